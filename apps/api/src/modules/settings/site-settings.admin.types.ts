import { Field, InputType, Int, ObjectType } from "type-graphql";

@ObjectType("SiteSettings", { description: "The deployment's identity and its office's contact" })
export class AdminSiteSettingsObject {
  @Field(() => String, { nullable: true }) siteName: string | null;
  @Field(() => String, { nullable: true }) officeName: string | null;
  @Field(() => String, { nullable: true }) officeAddress: string | null;
  @Field(() => String, { nullable: true }) officePhone: string | null;
  @Field(() => String, { nullable: true }) officeEmail: string | null;
  @Field(() => String, { nullable: true }) officeHours: string | null;
  @Field(() => [String], { description: "The codes of the provinces whose products the site shows" })
  provinces: string[];
  @Field(() => String, { nullable: true }) logoUrl: string | null;
  @Field(() => Int, { nullable: true, description: "The logo's width in pixels" }) logoWidth: number | null;
  @Field(() => Int, { nullable: true, description: "The logo's height in pixels" }) logoHeight: number | null;
  @Field(() => String) defaultLanguage: string;
  @Field(() => Int) version: number;
  @Field(() => Date) updatedAt: Date;
}

@InputType()
export class SiteSettingsInput {
  @Field(() => String, { nullable: true }) siteName?: string | null;
  @Field(() => String, { nullable: true }) officeName?: string | null;
  @Field(() => String, { nullable: true }) officeAddress?: string | null;
  @Field(() => String, { nullable: true }) officePhone?: string | null;
  @Field(() => String, { nullable: true }) officeEmail?: string | null;
  @Field(() => String, { nullable: true }) officeHours?: string | null;
  @Field(() => [String], { nullable: true, description: "Left out: unchanged" }) provinces?: string[] | null;
  @Field(() => String, { nullable: true, description: "Left out: unchanged" }) defaultLanguage?: string | null;
}

@ObjectType("ProvinceOffice", { description: "A province's own OCOP office, to which requests about its products go" })
export class AdminProvinceOfficeObject {
  @Field(() => String) provinceCode: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) hours: string | null;
  @Field(() => Int, { description: "0 while the province has no office record yet" }) version: number;
}

@InputType()
export class ProvinceOfficeInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) hours?: string | null;
}
