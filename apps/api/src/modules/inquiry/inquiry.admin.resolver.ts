import { Allow } from "../../graphql/allow";
import { z } from "zod";
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from "type-graphql";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { ConnectionType, OffsetPageArgs, connectionComplexity, offsetPageOf } from "../../graphql/connection";
import { badUserInput } from "../../graphql/errors";
import { optionalText } from "../../graphql/input-schemas";
import { parseInput } from "../../graphql/validation";
import { snapshot, toId } from "../../lib/versioned";
import { lockConnectionRequestInScope } from "./inquiry.service";
import { recordAudit } from "../audit/audit.service";
import { AdminProducerObject } from "../producer/producer.admin.types";
import { AdminProductObject } from "../product/product.admin.types";
import { ConnectionRequest, ConnectionRequestStatus, RequesterKind } from "./connection-request.entity";
import { listConnectionRequests } from "./inquiry.admin.service";

registerEnumType(ConnectionRequestStatus, {
  name: "ConnectionRequestStatus",
  description: "NEW → FORWARDED (to the producer) → CLOSED",
});

@ObjectType("ConnectionRequest", { description: "A distributor's or buyer's request, sent from the storefront" })
export class ConnectionRequestObject {
  @Field(() => ID) id: number;
  @Field(() => RequesterKind) requesterKind: RequesterKind;
  @Field() name: string;
  @Field(() => String, { nullable: true }) organisation: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field() message: string;
  @Field({ description: "The language it was written from" }) language: string;
  @Field(() => ConnectionRequestStatus) status: ConnectionRequestStatus;
  @Field(() => String, { nullable: true }) staffNotes: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;
}

const ConnectionRequestConnection = ConnectionType(ConnectionRequestObject, "ConnectionRequest");

@InputType()
export class ConnectionRequestFilter {
  @Field(() => ConnectionRequestStatus, { nullable: true }) status?: ConnectionRequestStatus;
}

/** Allowed moves; a closed request stays closed. */
const NEXT: Record<ConnectionRequestStatus, ConnectionRequestStatus[]> = {
  [ConnectionRequestStatus.NEW]: [
    ConnectionRequestStatus.NEW,
    ConnectionRequestStatus.FORWARDED,
    ConnectionRequestStatus.CLOSED,
  ],
  [ConnectionRequestStatus.FORWARDED]: [ConnectionRequestStatus.FORWARDED, ConnectionRequestStatus.CLOSED],
  [ConnectionRequestStatus.CLOSED]: [ConnectionRequestStatus.CLOSED],
};

@Resolver(() => ConnectionRequestObject)
export class ConnectionRequestAdminResolver {
  @Allow("request.read")
  @Query(() => ConnectionRequestConnection, { complexity: connectionComplexity, description: "Newest first" })
  connectionRequests(
    @Ctx() ctx: AdminContext,
    @Args() paging: OffsetPageArgs,
    @Arg("filter", () => ConnectionRequestFilter, { nullable: true }) filter: ConnectionRequestFilter | undefined,
  ) {
    return listConnectionRequests(ctx, filter, offsetPageOf(paging));
  }

  @Allow("request.write")
  @Mutation(() => ConnectionRequestObject)
  async updateConnectionRequest(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("status", () => ConnectionRequestStatus) status: ConnectionRequestStatus,
    @Arg("staffNotes", () => String, { nullable: true }) staffNotes: string | null,
  ) {
    const notes = parseInput(z.object({ staffNotes: optionalText(5000) }), { staffNotes }).staffNotes;
    return ctx.dataSource.transaction(async (em) => {
      const request = await lockConnectionRequestInScope(em, principalOf(ctx), toId(id), version);
      if (!NEXT[request.status].includes(status)) {
        throw badUserInput([{ field: "status", message: `cannot go from ${request.status} back to ${status}` }]);
      }
      const before = snapshot(request);
      request.status = status;
      request.staffNotes = notes;
      const saved = await em.getRepository(ConnectionRequest).save(request);
      await recordAudit(
        em,
        ctx,
        "connectionRequest.update",
        { type: "ConnectionRequest", id: saved.id },
        before,
        snapshot(saved),
      );
      return saved;
    });
  }

  @FieldResolver(() => AdminProductObject)
  product(@Root() r: ConnectionRequest, @Ctx() ctx: AdminContext) {
    return ctx.loaders.productById.load(r.productId);
  }

  @FieldResolver(() => AdminProducerObject)
  producer(@Root() r: ConnectionRequest, @Ctx() ctx: AdminContext) {
    return ctx.loaders.producerById.load(r.producerId);
  }
}
