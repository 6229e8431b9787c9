import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";
import { ProducerType } from "../producer/producer.entity";
import { SearchNoteKind } from "../search/search-plan";

export enum ProductSort {
  RELEVANCE = "RELEVANCE",
  NAME = "NAME",
  STARS = "STARS",
  NEWEST = "NEWEST",
}
registerEnumType(ProductSort, {
  name: "ProductSort",
  description: "RELEVANCE ranks search matches (featured and highest stars first without a search)",
});

@ObjectType("Product", { description: "An OCOP product; tourism products (group 6) are places" })
export class ProductObject {
  @Field(() => ID)
  id: number;

  @Field()
  slug: string;

  @Field(() => String, { nullable: true })
  packaging: string | null;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => String, { nullable: true })
  seasons: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Where a tourism product's place is, as its office wrote it; null when only its producer's address is known",
  })
  placeAddress: string | null;

  // `openingHours` is resolved in the visitor's language (ProductResolver).

  @Field(() => String, {
    nullable: true,
    description: "An outbound traceability page (QR stamp); not a verification by this catalogue",
  })
  traceabilityUrl: string | null;

  @Field()
  featured: boolean;

  @Field({ description: "Records with values filled in for the demo, to be shown as demo data" })
  isDemo: boolean;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}

registerEnumType(SearchNoteKind, {
  name: "SearchNoteKind",
  description:
    "Why a search shows other results than those of the query as typed: CORRECTED (typos corrected), DROPPED_WORDS (the last words matched nothing and were left out), FUZZY (names only resembling the query)",
});

@ObjectType("SearchNote", { description: "Said above the results: they are those of another query than the one typed" })
export class SearchNoteObject {
  @Field(() => SearchNoteKind)
  kind: SearchNoteKind;

  @Field({ description: "The query whose results are shown (the typed one for FUZZY)" })
  shownQuery: string;
}

@ObjectType("ProductConnection", { description: "A page of Product records" })
export class ProductConnection extends ConnectionType(ProductObject, "Product", true) {
  @Field(() => SearchNoteObject, {
    nullable: true,
    description: "Set when the results are not those of the search as typed; null otherwise, and without a search",
  })
  searchNote: SearchNoteObject | null;
}

@InputType()
export class ProductFilter {
  @Field({ nullable: true, description: "Words in any language, with or without diacritics; typos tolerated" })
  search?: string;

  @Field({ nullable: true, description: "A group code (TP) or a product set code (TP-SC-2)" })
  categoryCode?: string;

  @Field(() => [Int], { nullable: true, description: "Current stars (from a valid certificate), any of" })
  stars?: number[];

  @Field({ nullable: true })
  communeCode?: string;

  @Field({ nullable: true, description: "The producer's province (a code of the site's provinces, e.g. 20)" })
  provinceCode?: string;

  @Field({ nullable: true })
  producerSlug?: string;

  @Field(() => ProducerType, { nullable: true })
  producerType?: ProducerType;

  @Field({ nullable: true })
  featured?: boolean;

  @Field({ nullable: true, description: "Products carried by this distributor" })
  distributorSlug?: string;

  @Field({ nullable: true, description: "Only products whose certificate is valid today" })
  validOnly?: boolean;
}
