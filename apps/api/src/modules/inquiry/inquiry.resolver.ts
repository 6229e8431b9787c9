import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { sendConnectionRequest, trackedConnectionRequest } from "./inquiry.service";
import {
  ConnectionRequestInput,
  ConnectionRequestReceiptObject,
  TrackedConnectionRequestObject,
} from "./inquiry.types";

@Resolver()
export class PublicInquiryResolver {
  @Mutation(() => ConnectionRequestReceiptObject, {
    description:
      "Ask to be put in touch with the producers of one or more products; throttled per client address and per email or phone",
  })
  sendConnectionRequest(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ConnectionRequestInput) input: ConnectionRequestInput,
  ) {
    return sendConnectionRequest(ctx, input);
  }

  @Query(() => TrackedConnectionRequestObject, {
    nullable: true,
    description:
      "A request as its requester follows it, by the private token of its receipt; null for any other token. Never cached",
  })
  trackedConnectionRequest(@Ctx() ctx: RequestContext, @Arg("token") token: string) {
    return trackedConnectionRequest(ctx, token);
  }
}
