import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { sendConnectionRequest } from "./inquiry.service";
import { ConnectionRequestInput, ConnectionRequestReceiptObject } from "./inquiry.types";

@Resolver()
export class PublicInquiryResolver {
  @Mutation(() => ConnectionRequestReceiptObject, {
    description: "Ask to be put in touch with a product's producer; throttled per client address",
  })
  sendConnectionRequest(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ConnectionRequestInput) input: ConnectionRequestInput,
  ) {
    return sendConnectionRequest(ctx, input);
  }
}
