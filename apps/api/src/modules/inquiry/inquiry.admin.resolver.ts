import { Allow } from "../../graphql/allow";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { type AdminContext } from "../../graphql/admin-context";
import { OffsetPageArgs, connectionComplexity, offsetPageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { AdminProducerObject } from "../producer/producer.admin.types";
import { AdminProductObject } from "../product/product.admin.types";
import { ConnectionRequest, ConnectionRequestStatus } from "./connection-request.entity";
import { listConnectionRequests, updateConnectionRequest } from "./inquiry.admin.service";
import { ConnectionRequestConnection, ConnectionRequestFilter, ConnectionRequestObject } from "./inquiry.admin.types";

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
  updateConnectionRequest(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("status", () => ConnectionRequestStatus) status: ConnectionRequestStatus,
    @Arg("staffNotes", () => String, { nullable: true }) staffNotes: string | null,
  ) {
    return updateConnectionRequest(ctx, toId(id), version, status, staffNotes);
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
