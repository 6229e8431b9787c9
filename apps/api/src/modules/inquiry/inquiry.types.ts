import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionRequestOutcome, ConnectionRequestStatus, RequesterKind } from "./connection-request.entity";

registerEnumType(RequesterKind, {
  name: "RequesterKind",
  description: "Who asks: a distributor, a buyer, or someone else",
});
registerEnumType(ConnectionRequestStatus, {
  name: "ConnectionRequestStatus",
  description: "NEW → FORWARDED (to the producer) → IN_CONTACT → CLOSED (with an outcome); never back",
});
registerEnumType(ConnectionRequestOutcome, {
  name: "ConnectionRequestOutcome",
  description: "How a closed request ended",
});

@InputType({ description: "A request to be put in touch with the producers of one or more products" })
export class ConnectionRequestInput {
  @Field(() => [String], {
    nullable: true,
    description: "The products asked about (1 to 20), of one or more producers",
  })
  productSlugs?: string[] | null;

  @Field(() => String, { nullable: true, deprecationReason: "Use productSlugs" })
  productSlug?: string | null;

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

  @Field(() => Date, {
    nullable: true,
    description: "When the form was opened (required): a form sent faster than a person can fill it is refused",
  })
  startedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Leave empty: a field hidden from people, which only bots fill in",
  })
  website?: string | null;
}

@ObjectType("ConnectionRequestProduct", { description: "A product a request asks about" })
export class ConnectionRequestProductObject {
  @Field() slug: string;
  @Field({ description: "In the language asked for" }) name: string;
  @Field() producerName: string;
}

@ObjectType("ConnectionRequestReceipt", { description: "What was received; staff of the OCOP office follow up" })
export class ConnectionRequestReceiptObject {
  @Field(() => ID)
  id: number;

  @Field(() => Date)
  createdAt: Date;

  @Field({
    description:
      "The private key of the request's tracking page (paths.trackedRequest): shown once, never stored in clear",
  })
  trackingToken: string;

  @Field(() => [ConnectionRequestProductObject])
  products: ConnectionRequestProductObject[];

  @Field({ description: "The first product's name", deprecationReason: "Use products" })
  productName: string;

  @Field({ description: "The first product's producer", deprecationReason: "Use products" })
  producerName: string;
}

@ObjectType("ConnectionRequestReply", { description: "A mail the office sent to the requester" })
export class ConnectionRequestReplyObject {
  @Field(() => Date) sentAt: Date;
  @Field() subject: string;
  @Field() body: string;
}

@ObjectType("TrackedConnectionRequest", {
  description: "A request as its requester follows it: no staff notes, no staff names",
})
export class TrackedConnectionRequestObject {
  @Field(() => ConnectionRequestStatus) status: ConnectionRequestStatus;
  @Field(() => ConnectionRequestOutcome, { nullable: true }) outcome: ConnectionRequestOutcome | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => [ConnectionRequestProductObject]) products: ConnectionRequestProductObject[];
  @Field(() => [ConnectionRequestReplyObject], { description: "Oldest first" })
  replies: ConnectionRequestReplyObject[];
}
