import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";
import { ConnectionRequestStatus, RequesterKind } from "./connection-request.entity";

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

export const ConnectionRequestConnection = ConnectionType(ConnectionRequestObject, "ConnectionRequest");

@InputType()
export class ConnectionRequestFilter {
  @Field(() => ConnectionRequestStatus, { nullable: true }) status?: ConnectionRequestStatus;
}
