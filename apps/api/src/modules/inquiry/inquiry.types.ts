import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { RequesterKind } from "./connection-request.entity";

registerEnumType(RequesterKind, {
  name: "RequesterKind",
  description: "Who asks: a distributor, a buyer, or someone else",
});

@InputType({ description: "A request to be put in touch with the producer of a product" })
export class ConnectionRequestInput {
  @Field({ description: "The product asked about" })
  productSlug: string;

  @Field(() => RequesterKind, { defaultValue: RequesterKind.BUYER })
  requesterKind: RequesterKind;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  organisation?: string | null;

  @Field(() => String, { nullable: true, description: "An email or a phone number is required" })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "An email or a phone number is required" })
  phone?: string | null;

  @Field()
  message: string;
}

@ObjectType("ConnectionRequestReceipt", { description: "What was received; staff of the OCOP office follow up" })
export class ConnectionRequestReceiptObject {
  @Field(() => ID)
  id: number;

  @Field(() => Date)
  createdAt: Date;

  @Field()
  productName: string;

  @Field()
  producerName: string;
}
