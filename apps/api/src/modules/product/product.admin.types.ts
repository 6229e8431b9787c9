import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";
import { ProductStatus } from "./product.entity";

registerEnumType(ProductStatus, { name: "ProductStatus", description: "Only PUBLISHED products are public" });

export enum AdminProductSort {
  UPDATED_DESC = "UPDATED_DESC",
  NAME = "NAME",
  STARS = "STARS",
  VALID_UNTIL = "VALID_UNTIL",
  RELEVANCE = "RELEVANCE",
}
registerEnumType(AdminProductSort, {
  name: "AdminProductSort",
  description: "VALID_UNTIL: soonest-ending certificate first",
});

/** What a product list filters by its current certificate (each one a named rule in domain/rules.ts). */
export enum CertificateFilter {
  EXPIRED = "EXPIRED",
  NO_VALID_CERTIFICATE = "NO_VALID_CERTIFICATE",
}
registerEnumType(CertificateFilter, {
  name: "CertificateFilter",
  description:
    "EXPIRED: the current certificate has ended (not revoked, not renewed); NO_VALID_CERTIFICATE: none valid today (none at all, revoked or ended)",
});

/** What a published product may lack (the completeness worklist); rules in domain/rules.ts. */
export enum CompletenessIssue {
  DECISION_NUMBER = "DECISION_NUMBER",
  PHOTO = "PHOTO",
  TRANSLATED_DESCRIPTION = "TRANSLATED_DESCRIPTION",
  PUBLIC_CONTACT = "PUBLIC_CONTACT",
}
registerEnumType(CompletenessIssue, {
  name: "CompletenessIssue",
  description:
    "DECISION_NUMBER: no certificate records one; PHOTO: no image; TRANSLATED_DESCRIPTION: no description in English or Chinese; PUBLIC_CONTACT: its producer has no public contact",
});

/** A product as staff see it: every language, status, internal note, version. */
@ObjectType("Product")
export class AdminProductObject {
  @Field(() => ID) id: number;
  @Field() slug: string;
  @Field(() => ProductStatus) status: ProductStatus;
  @Field() featured: boolean;
  @Field() nameVi: string;
  @Field(() => String, { nullable: true }) nameEn: string | null;
  @Field(() => String, { nullable: true }) nameZh: string | null;
  @Field(() => String, { nullable: true }) descriptionVi: string | null;
  @Field(() => String, { nullable: true }) descriptionEn: string | null;
  @Field(() => String, { nullable: true }) descriptionZh: string | null;
  @Field(() => String, { nullable: true }) packaging: string | null;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => Int, { nullable: true }) priceMin: number | null;
  @Field(() => Int, { nullable: true }) priceMax: number | null;
  @Field(() => String, { nullable: true }) seasons: string | null;
  @Field(() => String, { nullable: true }) placeAddress: string | null;
  @Field(() => String, { nullable: true }) openingHours: string | null;
  @Field(() => String, { nullable: true }) openingHoursEn: string | null;
  @Field(() => String, { nullable: true }) openingHoursZh: string | null;
  @Field(() => Float, { nullable: true }) latitude: number | null;
  @Field(() => Float, { nullable: true }) longitude: number | null;
  @Field(() => String, { nullable: true }) traceabilityUrl: string | null;
  @Field(() => String, { nullable: true }) internalNote: string | null;
  @Field() isDemo: boolean;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Int) version: number;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

export const AdminProductConnection = ConnectionType(AdminProductObject, "Product");

@InputType()
export class AdminProductFilter {
  @Field({ nullable: true }) search?: string;
  @Field(() => ProductStatus, { nullable: true }) status?: ProductStatus;
  @Field({ nullable: true }) categoryCode?: string;
  @Field({ nullable: true }) communeCode?: string;
  @Field(() => ID, { nullable: true }) producerId?: string;
  @Field(() => [Int], { nullable: true }) stars?: number[];
  @Field({ nullable: true }) featured?: boolean;
  @Field(() => Int, { nullable: true, description: "Only valid certificates ending within this many days" })
  expiringWithinDays?: number;
  @Field(() => CertificateFilter, { nullable: true }) certificate?: CertificateFilter;
  @Field(() => CompletenessIssue, { nullable: true, description: "Products that lack this" })
  missing?: CompletenessIssue;
}

@InputType()
export class ProductInput {
  @Field() nameVi: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { nullable: true }) nameZh?: string | null;
  @Field(() => String, { nullable: true }) descriptionVi?: string | null;
  @Field(() => String, { nullable: true }) descriptionEn?: string | null;
  @Field(() => String, { nullable: true }) descriptionZh?: string | null;
  @Field() categoryCode: string;
  @Field(() => ID) producerId: string;
  @Field(() => String, { nullable: true }) packaging?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => Int, { nullable: true }) priceMin?: number | null;
  @Field(() => Int, { nullable: true }) priceMax?: number | null;
  @Field(() => String, { nullable: true }) seasons?: string | null;
  @Field(() => String, { nullable: true }) placeAddress?: string | null;
  @Field(() => String, { nullable: true }) openingHours?: string | null;
  @Field(() => String, { nullable: true }) openingHoursEn?: string | null;
  @Field(() => String, { nullable: true }) openingHoursZh?: string | null;
  @Field(() => Float, { nullable: true }) latitude?: number | null;
  @Field(() => Float, { nullable: true }) longitude?: number | null;
  @Field(() => String, { nullable: true }) traceabilityUrl?: string | null;
  @Field(() => String, { nullable: true }) internalNote?: string | null;
  @Field(() => Boolean, { nullable: true }) featured?: boolean | null;
}

@InputType()
export class VersionedId {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
}

@ObjectType("BulkChange", { description: "What a change of every product a filter matches did" })
export class BulkChangeObject {
  @Field(() => Int, { description: "Products changed" }) count: number;
}
