import { Allow } from "../../graphql/allow";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { connectionComplexity, connectionOf, pageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { AdminProducerObject } from "../producer/producer.admin.types";
import { AdminProductObject } from "../product/product.admin.types";
import { ConnectionRequest, ConnectionRequestStatus } from "./connection-request.entity";
import { updateConnectionRequest } from "./inquiry.admin.service";
import { connectionRequestsInScope } from "./inquiry.service";
import { ConnectionRequestConnection, ConnectionRequestFilter, ConnectionRequestObject } from "./inquiry.admin.types";

@Resolver(() => ConnectionRequestObject)
export class ConnectionRequestAdminResolver {
  @Allow("request.read")
  @Query(() => ConnectionRequestConnection, { complexity: connectionComplexity, description: "Newest first" })
  async connectionRequests(
    @Ctx() ctx: AdminContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => ConnectionRequestFilter, { nullable: true }) filter: ConnectionRequestFilter | undefined,
  ) {
    const page = pageOf(first, after);
    // eslint-disable-next-line no-restricted-properties -- branch lists moves this staff list into a service with the list helper
    const [rows, total] = await ctx.dataSource.getRepository(ConnectionRequest).findAndCount({
      where: {
        ...connectionRequestsInScope(principalOf(ctx)),
        ...(filter?.status ? { status: filter.status } : {}),
      },
      order: { createdAt: "DESC", id: "DESC" },
      skip: page.offset,
      take: page.limit,
    });
    return connectionOf(rows, total, page);
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
