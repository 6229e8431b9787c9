import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("SiteSettings", { description: "Whose site this is and how to reach its office; empty fields are unknown" })
export class SiteSettingsObject {
  @Field(() => String, { nullable: true }) siteName: string | null;
  @Field(() => String, { nullable: true }) officeName: string | null;
  @Field(() => String, { nullable: true }) officeAddress: string | null;
  @Field(() => String, { nullable: true }) officePhone: string | null;
  @Field(() => String, { nullable: true }) officeEmail: string | null;
  @Field(() => String, { nullable: true, description: "Opening hours, as the office writes them" }) officeHours:
    string | null;
  @Field(() => String, { nullable: true, description: "The site's logo, or null" }) logoUrl: string | null;
  @Field(() => Int, { nullable: true, description: "The logo's width in pixels" }) logoWidth: number | null;
  @Field(() => Int, { nullable: true, description: "The logo's height in pixels" }) logoHeight: number | null;
  @Field(() => String, { description: "The language (vi, en or zh) a visitor gets when nothing else says which" })
  defaultLanguage: string;
  // `provinces` is resolved from the record's codes (SiteSettingsResolver).
}

@ObjectType("Office", { description: "An OCOP office's public contact; empty fields are unknown" })
export class OfficeObject {
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true, description: "Opening hours, as the office writes them" }) hours:
    string | null;
}
