import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { productFacets } from "./product-facets.service";
import { FacetCountObject, ProductFacetsObject } from "./product-facets.types";
import { ProductFilter } from "./product.types";

@Resolver(() => ProductFacetsObject)
export class ProductFacetsResolver {
  @Query(() => ProductFacetsObject, {
    description: "Counts for the catalogue's filters under a filter (each facet with the other filters applied)",
  })
  productFacets(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => ProductFilter, { nullable: true }) filter: ProductFilter | undefined,
  ) {
    return productFacets(ctx, filter);
  }

  @FieldResolver(() => [FacetCountObject], {
    description:
      "By the producer's commune/ward code. Narrow it with the filter's provinceCode on a site of several provinces: without it, every unit of the site is counted",
  })
  communes(@Root() facets: ProductFacetsObject) {
    return facets.countCommunes();
  }
}
