import { connectionRequestChangeSchema } from "@ocop/schema/inputs";
import {
  Arg,
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
import { requireContentEditor, requireStaff, type AdminContext } from "../../graphql/admin-context";
import { ConnectionType, connectionComplexity, connectionOf, pageOf } from "../../graphql/connection";
import { badUserInput, fieldError } from "../../graphql/errors";
import { parseInput } from "../../graphql/validation";
import { lockVersioned, snapshot, toId } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { AdminProducerObject } from "../producer/producer.admin.types";
import { AdminProductObject } from "../product/product.admin.types";
import { ConnectionRequest, ConnectionRequestStatus, RequesterKind } from "./connection-request.entity";

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
  @Query(() => ConnectionRequestConnection, { complexity: connectionComplexity, description: "Newest first" })
  async connectionRequests(
    @Ctx() ctx: AdminContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => ConnectionRequestFilter, { nullable: true }) filter: ConnectionRequestFilter | undefined,
  ) {
    requireStaff(ctx);
    const page = pageOf(first, after);
    const [rows, total] = await ctx.dataSource.getRepository(ConnectionRequest).findAndCount({
      where: filter?.status ? { status: filter.status } : {},
      order: { createdAt: "DESC", id: "DESC" },
      skip: page.offset,
      take: page.limit,
    });
    return connectionOf(rows, total, page);
  }

  @Mutation(() => ConnectionRequestObject)
  async updateConnectionRequest(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("status", () => ConnectionRequestStatus) status: ConnectionRequestStatus,
    @Arg("staffNotes", () => String, { nullable: true }) staffNotes: string | null,
  ) {
    requireContentEditor(ctx);
    const notes = parseInput(connectionRequestChangeSchema, { staffNotes }).staffNotes;
    return ctx.dataSource.transaction(async (em) => {
      const request = await lockVersioned(em, ConnectionRequest, toId(id), version, "Connection request");
      if (!NEXT[request.status].includes(status)) {
        throw badUserInput([fieldError("status", "statusBackwards", { from: request.status, to: status })]);
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
