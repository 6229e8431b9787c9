import { Allow } from "../../graphql/allow";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { type AdminContext } from "../../graphql/admin-context";
import { OffsetPageArgs, connectionComplexity, offsetPageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { AdminProducerObject } from "../producer/producer.admin.types";
import { AdminProductObject } from "../product/product.admin.types";
import {
  ConnectionRequest,
  ConnectionRequestOutcome,
  ConnectionRequestStatus,
  type ConnectionRequestEvent,
} from "./connection-request.entity";
import {
  addConnectionRequestNote,
  assignConnectionRequest,
  changeConnectionRequestStatus,
  connectionRequestAssignees,
  connectionRequestDrafts,
  countUnreadConnectionRequests,
  forwardToProducer,
  listConnectionRequests,
  openConnectionRequest,
  replyToRequester,
  updateConnectionRequest,
} from "./inquiry.admin.service";
import { inquiryLoaders } from "./inquiry.loaders";
import {
  ConnectionRequestConnection,
  ConnectionRequestDraftsObject,
  ConnectionRequestEventObject,
  ConnectionRequestFilter,
  ConnectionRequestForwardInput,
  ConnectionRequestItemObject,
  ConnectionRequestObject,
  ConnectionRequestReplyInput,
  ConnectionRequestStaffObject,
} from "./inquiry.admin.types";

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

  @Allow("request.read")
  @Query(() => ConnectionRequestObject, {
    nullable: true,
    description: "Opens a request: from now on it is read for the caller. Null outside the caller's scope",
  })
  connectionRequest(@Ctx() ctx: AdminContext, @Arg("id", () => ID) id: string) {
    return openConnectionRequest(ctx, toId(id));
  }

  @Allow("request.read")
  @Query(() => Int, { description: "Requests in the caller's scope, not closed, that the caller has not opened" })
  unreadConnectionRequestCount(@Ctx() ctx: AdminContext) {
    return countUnreadConnectionRequests(ctx);
  }

  @Allow("request.write")
  @Query(() => ConnectionRequestDraftsObject, {
    nullable: true,
    description: "Prefilled, editable mails: the reply to the requester and a forward per producer",
  })
  connectionRequestDrafts(@Ctx() ctx: AdminContext, @Arg("id", () => ID) id: string) {
    return connectionRequestDrafts(ctx, toId(id));
  }

  @Allow("request.write")
  @Query(() => [ConnectionRequestStaffObject], {
    description: "Who a request may be assigned to: active province staff and the officers of its units",
  })
  connectionRequestAssignees(@Ctx() ctx: AdminContext, @Arg("id", () => ID) id: string) {
    return connectionRequestAssignees(ctx, toId(id));
  }

  @Allow("request.write")
  @Mutation(() => ConnectionRequestObject, {
    deprecationReason: "Use changeConnectionRequestStatus and addConnectionRequestNote",
  })
  updateConnectionRequest(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("status", () => ConnectionRequestStatus) status: ConnectionRequestStatus,
    @Arg("staffNotes", () => String, { nullable: true }) staffNotes: string | null,
  ) {
    return updateConnectionRequest(ctx, toId(id), version, status, staffNotes);
  }

  @Allow("request.write")
  @Mutation(() => ConnectionRequestObject, { description: "Assigns to a staff member (null: nobody)" })
  assignConnectionRequest(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("assigneeId", () => ID, { nullable: true }) assigneeId: string | null,
  ) {
    return assignConnectionRequest(ctx, toId(id), version, assigneeId === null ? null : toId(assigneeId));
  }

  @Allow("request.write")
  @Mutation(() => ConnectionRequestObject, {
    description: "Moves a request on (never back); CLOSED needs an outcome. The note is kept in its history",
  })
  changeConnectionRequestStatus(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("status", () => ConnectionRequestStatus) status: ConnectionRequestStatus,
    @Arg("outcome", () => ConnectionRequestOutcome, { nullable: true }) outcome: ConnectionRequestOutcome | null,
    @Arg("note", () => String, { nullable: true }) note: string | null,
  ) {
    return changeConnectionRequestStatus(ctx, toId(id), version, status, outcome ?? null, note ?? null);
  }

  @Allow("request.write")
  @Mutation(() => ConnectionRequestObject)
  addConnectionRequestNote(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("text") text: string,
  ) {
    return addConnectionRequestNote(ctx, toId(id), version, text);
  }

  @Allow("request.write")
  @Mutation(() => ConnectionRequestObject, {
    description: "Mails the requester (through the outbox); the reply shows on their tracking page",
  })
  replyToRequester(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input", () => ConnectionRequestReplyInput) input: ConnectionRequestReplyInput,
  ) {
    return replyToRequester(ctx, toId(id), version, input);
  }

  @Allow("request.write")
  @Mutation(() => ConnectionRequestObject, {
    description: "Mails the request to one of its producers (through the outbox); a NEW request becomes FORWARDED",
  })
  forwardToProducer(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input", () => ConnectionRequestForwardInput) input: ConnectionRequestForwardInput,
  ) {
    return forwardToProducer(ctx, toId(id), version, input);
  }

  @FieldResolver(() => [ConnectionRequestItemObject], { description: "The products asked about, in order" })
  items(@Root() r: ConnectionRequest, @Ctx() ctx: AdminContext) {
    return inquiryLoaders(ctx).itemsOf(r.id);
  }

  @FieldResolver(() => [ConnectionRequestEventObject], { description: "The request's history, oldest first" })
  events(@Root() r: ConnectionRequest, @Ctx() ctx: AdminContext) {
    return inquiryLoaders(ctx).eventsOf.load(r.id);
  }

  @FieldResolver(() => ConnectionRequestStaffObject, { nullable: true })
  assignee(@Root() r: ConnectionRequest, @Ctx() ctx: AdminContext) {
    return r.assigneeId === null ? null : inquiryLoaders(ctx).staffById.load(r.assigneeId);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller has not opened it yet" })
  unread(@Root() r: ConnectionRequest, @Ctx() ctx: AdminContext) {
    return inquiryLoaders(ctx).unread(r.id);
  }

  @FieldResolver(() => AdminProductObject, {
    deprecationReason: "Use items: a request may ask about several products",
    description: "The first product asked about within the caller's scope",
  })
  async product(@Root() r: ConnectionRequest, @Ctx() ctx: AdminContext) {
    return ctx.loaders.productById.load((await firstInScope(ctx, r)).productId);
  }

  @FieldResolver(() => AdminProducerObject, {
    deprecationReason: "Use items: a request may ask about several producers",
    description: "The producer of the first product asked about within the caller's scope",
  })
  async producer(@Root() r: ConnectionRequest, @Ctx() ctx: AdminContext) {
    return ctx.loaders.producerById.load((await firstInScope(ctx, r)).producerId);
  }
}

/** A request the caller sees has a product in their scope (that is what puts it there). */
async function firstInScope(
  ctx: AdminContext,
  r: ConnectionRequest,
): Promise<{ productId: number; producerId: number }> {
  const items = await inquiryLoaders(ctx).itemsOf(r.id);
  return items.find((i) => i.inScope) ?? { productId: r.productId, producerId: r.producerId };
}

@Resolver(() => ConnectionRequestItemObject)
export class ConnectionRequestItemAdminResolver {
  @FieldResolver(() => AdminProductObject, { nullable: true, description: "Null outside the caller's scope" })
  product(@Root() item: ConnectionRequestItemObject, @Ctx() ctx: AdminContext) {
    return item.inScope ? ctx.loaders.productById.load(item.productId) : null;
  }

  @FieldResolver(() => AdminProducerObject, { nullable: true, description: "Null outside the caller's scope" })
  producer(@Root() item: ConnectionRequestItemObject, @Ctx() ctx: AdminContext) {
    return item.inScope ? ctx.loaders.producerById.load(item.producerId) : null;
  }
}

@Resolver(() => ConnectionRequestEventObject)
export class ConnectionRequestEventAdminResolver {
  @FieldResolver(() => ConnectionRequestStaffObject, { nullable: true, description: "Who did it" })
  staff(@Root() e: ConnectionRequestEvent, @Ctx() ctx: AdminContext) {
    return e.staffUserId === null ? null : inquiryLoaders(ctx).staffById.load(e.staffUserId);
  }

  @FieldResolver(() => ConnectionRequestStaffObject, { nullable: true, description: "ASSIGNED: to whom" })
  assignee(@Root() e: ConnectionRequestEvent, @Ctx() ctx: AdminContext) {
    return e.assigneeId === null ? null : inquiryLoaders(ctx).staffById.load(e.assigneeId);
  }

  @FieldResolver(() => String, { nullable: true, description: "FORWARD: the producer's name" })
  async producerName(@Root() e: ConnectionRequestEvent, @Ctx() ctx: AdminContext) {
    return e.producerId === null ? null : ((await ctx.loaders.producerById.load(e.producerId))?.name ?? null);
  }
}
