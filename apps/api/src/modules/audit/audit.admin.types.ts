import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";

@ObjectType("AuditEntry", { description: "Who changed what, when, with the record before and after" })
export class AuditEntryObject {
  @Field(() => ID) id: string;
  @Field({ description: 'e.g. "product.update"' }) action: string;
  @Field() entityType: string;
  @Field() entityId: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) before: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) after: Record<string, unknown> | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType("AuditAuthor", { description: "A staff member who changed something, as the audit filter lists them" })
export class AuditAuthorObject {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}

export const AuditEntryConnection = ConnectionType(AuditEntryObject, "AuditEntry");

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field({ nullable: true }) entityType?: string;
  @Field({ nullable: true, description: "With entityType Product: its certificates' and images' entries too" })
  entityId?: string;
  @Field(() => Date, { nullable: true }) from?: Date;
  @Field(() => Date, { nullable: true }) to?: Date;
}
