import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";
import { MailErrorCode, MailStatus } from "./outbox-mail.entity";

registerEnumType(MailStatus, {
  name: "MailStatus",
  description: "QUEUED (waiting to be sent, or to be tried again) → SENT, or FAILED after the last attempt",
});
registerEnumType(MailErrorCode, {
  name: "MailErrorCode",
  description: "Why the last attempt failed (the admin shows each in the staff member's language)",
});

@ObjectType("OutboxMail", { description: "An outgoing mail, as queued and as far as it got" })
export class OutboxMailObject {
  @Field(() => ID) id: number;
  @Field({ description: 'What it is, e.g. "connection-request.confirmation"' }) kind: string;
  @Field(() => [String]) recipients: string[];
  @Field(() => String, { nullable: true }) replyTo: string | null;
  @Field() subject: string;
  @Field({ description: "The plain-text body (the HTML body says the same)" }) textBody: string;
  @Field(() => String, { nullable: true, description: 'The record that caused it, e.g. "ConnectionRequest"' })
  aboutType: string | null;
  @Field(() => ID, { nullable: true }) aboutId: number | null;
  @Field({ description: "The Message-ID header every attempt sends" }) messageId: string;
  @Field(() => MailStatus) status: MailStatus;
  @Field(() => Int, { description: "Attempts so far" }) attempts: number;
  @Field(() => Date, { nullable: true, description: "When it is tried next (QUEUED only)" })
  nextAttemptAt: Date | null;
  @Field(() => MailErrorCode, { nullable: true }) lastErrorCode: MailErrorCode | null;
  @Field(() => String, { nullable: true, description: "The mail server's own reply to the last failed attempt" })
  lastErrorReply: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}

export const OutboxMailConnection = ConnectionType(OutboxMailObject, "OutboxMail");

@InputType()
export class OutboxMailFilter {
  @Field(() => MailStatus, { nullable: true }) status?: MailStatus;
}
