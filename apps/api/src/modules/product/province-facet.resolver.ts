import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { provinceOf } from "../place/place.fields";
import { ProvinceObject } from "../place/place.types";
import { CatalogStatsObject } from "./catalog-stats.types";
import { productCountByProvince } from "./province-facet.service";
import { ProvinceCountObject } from "./province-facet.types";

/** The province facet of the catalogue (a site of several provinces). */
@Resolver(() => CatalogStatsObject)
export class ProvinceFacetResolver {
  @FieldResolver(() => [ProvinceCountObject], { description: "By the producer's province (the site's provinces)" })
  byProvince(@Ctx() ctx: RequestContext) {
    return productCountByProvince(ctx);
  }
}

@Resolver(() => ProvinceCountObject)
export class ProvinceCountResolver {
  @FieldResolver(() => ProvinceObject)
  province(@Root() row: ProvinceCountObject, @Ctx() ctx: RequestContext) {
    return provinceOf(ctx, row.provinceCode);
  }
}
