import { Field, InputType, ObjectType } from "type-graphql";

/** Contact fields as staff see them, each with its switch for the public site. */
@ObjectType()
export class AdminContactFields {
  @Field(() => String, { nullable: true }) contactPerson: string | null;
  @Field({ description: "Shown on the public site" }) contactPersonPublic: boolean;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field({ description: "Shown on the public site" }) phonePublic: boolean;
  @Field(() => String, { nullable: true, description: "A phone number or a zalo.me id" }) zalo: string | null;
  @Field({ description: "Shown on the public site" }) zaloPublic: boolean;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field({ description: "Shown on the public site" }) emailPublic: boolean;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field({ description: "Shown on the public site" }) websitePublic: boolean;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field({ description: "Shown on the public site" }) addressPublic: boolean;
}

/** Contact fields of a staff input; a switch left out is off (a website's is on). */
@InputType()
export class ContactInputFields {
  @Field(() => String, { nullable: true }) contactPerson?: string | null;
  @Field(() => Boolean, { nullable: true }) contactPersonPublic?: boolean | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => Boolean, { nullable: true }) phonePublic?: boolean | null;
  @Field(() => String, { nullable: true }) zalo?: string | null;
  @Field(() => Boolean, { nullable: true }) zaloPublic?: boolean | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => Boolean, { nullable: true }) emailPublic?: boolean | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => Boolean, { nullable: true }) websitePublic?: boolean | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => Boolean, { nullable: true }) addressPublic?: boolean | null;
}
