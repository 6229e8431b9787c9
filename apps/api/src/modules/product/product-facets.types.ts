import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("FacetCount", { description: "How many products a filter value would give" })
export class FacetCountObject {
  @Field({ description: 'The filter\'s value: stars ("4"), a category, province, commune/ward or producer type code' })
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType("ProductFacets", {
  description:
    "Counts for the catalogue's filters: each facet counts its values with every OTHER filter of the request applied (its own left out), as the list would show them",
})
export class ProductFacetsObject {
  @Field(() => Int, { description: "Products matching the whole filter" })
  total: number;

  @Field(() => Int, { description: "Of the products matching the other filters, those with a certificate valid today" })
  valid: number;

  @Field(() => [FacetCountObject], { description: "By current stars (3, 4, 5)" })
  stars: FacetCountObject[];

  @Field(() => [FacetCountObject], { description: "By OCOP group (TP, DU, …)" })
  groups: FacetCountObject[];

  @Field(() => [FacetCountObject], { description: "By product set (TP-SC-2, …)" })
  subgroups: FacetCountObject[];

  /** The `communes` field: counted only when a query selects it (product-facets.resolver.ts). */
  countCommunes: () => Promise<FacetCountObject[]>;

  @Field(() => [FacetCountObject], {
    description:
      "By the producer's province code (the site's provinces); this facet leaves out the commune/ward filter too, as choosing a province drops it",
  })
  provinces: FacetCountObject[];

  @Field(() => [FacetCountObject], { description: "By producer type" })
  producerTypes: FacetCountObject[];
}
