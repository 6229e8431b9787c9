import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";
import {
  ConnectionRequestEventKind,
  ConnectionRequestOutcome,
  ConnectionRequestStatus,
  RequesterKind,
} from "./connection-request.entity";
// The enums the public schema shares with this one are registered there.
import "./inquiry.types";

registerEnumType(ConnectionRequestEventKind, {
  name: "ConnectionRequestEventKind",
  description: "What a step of a request's history records",
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
  @Field({ description: "The language it was written from (vi, en or zh): replies are drafted in it" })
  language: string;
  @Field(() => ConnectionRequestStatus) status: ConnectionRequestStatus;
  @Field(() => ConnectionRequestOutcome, { nullable: true, description: "Set when CLOSED" })
  outcome: ConnectionRequestOutcome | null;
  @Field(() => String, {
    nullable: true,
    deprecationReason: "Notes are kept in `events` (addConnectionRequestNote)",
  })
  staffNotes: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType("ConnectionRequestStaff", { description: "A staff member as a request's handling shows them" })
export class ConnectionRequestStaffObject {
  @Field(() => ID) id: number;
  @Field() displayName: string;
}

@ObjectType("ConnectionRequestItem", {
  description:
    "A product the request asks about. A commune officer sees the names of every product of the request " +
    "(they are published), but the records (product, producer) only of their own unit's: null otherwise.",
})
export class ConnectionRequestItemObject {
  @Field(() => ID) productId: number;
  @Field() productSlug: string;
  @Field({ description: "In Vietnamese" }) productName: string;
  @Field(() => ID) producerId: number;
  @Field() producerName: string;
  @Field(() => String, { nullable: true, description: "The producer's commune/ward" }) communeCode: string | null;
  @Field({ description: "Whether the caller may handle this product's side (their unit, or province-wide)" })
  inScope: boolean;
}

@ObjectType("ConnectionRequestEvent", { description: "One step of a request's history, oldest first" })
export class ConnectionRequestEventObject {
  @Field(() => ID) id: number;
  @Field(() => ConnectionRequestEventKind) kind: ConnectionRequestEventKind;
  @Field(() => Date) createdAt: Date;
  @Field(() => String, { nullable: true, description: "NOTE: the note; REPLY and FORWARD: the mail's body" })
  text: string | null;
  @Field(() => ConnectionRequestStatus, { nullable: true, description: "STATUS: the status moved to" })
  status: ConnectionRequestStatus | null;
  @Field(() => ConnectionRequestOutcome, { nullable: true, description: "STATUS to CLOSED: the outcome" })
  outcome: ConnectionRequestOutcome | null;
  @Field(() => String, { nullable: true, description: "REPLY and FORWARD: the recipient" }) mailTo: string | null;
  @Field(() => String, { nullable: true, description: "REPLY and FORWARD: the subject" }) subject: string | null;
  staffUserId: number | null;
  assigneeId: number | null;
  producerId: number | null;
}

@ObjectType("ConnectionRequestMailDraft", { description: "A prefilled mail staff edit before sending" })
export class ConnectionRequestMailDraftObject {
  @Field(() => String, { nullable: true, description: "The recipient when known" }) to: string | null;
  @Field() subject: string;
  @Field() body: string;
  @Field({ description: "The language it is written in" }) language: string;
}

@ObjectType("ConnectionRequestForwardDraft", { description: "The forward to one producer of the request" })
export class ConnectionRequestForwardDraftObject extends ConnectionRequestMailDraftObject {
  @Field(() => ID) producerId: number;
  @Field() producerName: string;
}

@ObjectType("ConnectionRequestDrafts")
export class ConnectionRequestDraftsObject {
  @Field(() => ConnectionRequestMailDraftObject, {
    nullable: true,
    description: "To the requester, in their language; null when they left no email",
  })
  reply: ConnectionRequestMailDraftObject | null;
  @Field(() => [ConnectionRequestForwardDraftObject], {
    description: "In Vietnamese, one per producer of the request the caller may handle",
  })
  forwards: ConnectionRequestForwardDraftObject[];
}

export const ConnectionRequestConnection = ConnectionType(ConnectionRequestObject, "ConnectionRequest");

@InputType()
export class ConnectionRequestFilter {
  @Field(() => ConnectionRequestStatus, { nullable: true }) status?: ConnectionRequestStatus;
  @Field(() => Boolean, { nullable: true, description: "Only those assigned to the caller" }) mine?: boolean;
  @Field(() => Boolean, { nullable: true, description: "Only those the caller has not opened" }) unread?: boolean;
}

@InputType({ description: "A mail to the requester, as edited from its draft" })
export class ConnectionRequestReplyInput {
  @Field() subject: string;
  @Field() body: string;
}

@InputType({ description: "A mail forwarding the request to one of its producers, as edited from its draft" })
export class ConnectionRequestForwardInput {
  @Field(() => ID) producerId: string;
  @Field({ description: "The producer's email address" }) to: string;
  @Field() subject: string;
  @Field() body: string;
}
