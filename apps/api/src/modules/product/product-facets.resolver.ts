import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { productFacets } from "./product-facets.service";
import { ProductFacetsObject } from "./product-facets.types";
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
}
