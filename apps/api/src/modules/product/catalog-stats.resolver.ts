import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { CategoryObject } from "../category/category.types";
import { AdministrativeUnitObject } from "../place/place.types";
import { catalogStats } from "./catalog-stats.service";
import { CatalogStatsObject, CategoryCountObject, CommuneCountObject } from "./catalog-stats.types";
import { communeOf } from "../place/place.fields";

@Resolver(() => CatalogStatsObject)
export class CatalogStatsResolver {
  @Query(() => CatalogStatsObject)
  catalogStats(@Ctx() ctx: RequestContext): Promise<CatalogStatsObject> {
    return catalogStats(ctx);
  }
}

@Resolver(() => CategoryCountObject)
export class CategoryCountResolver {
  @FieldResolver(() => CategoryObject)
  category(@Root() row: CategoryCountObject, @Ctx() ctx: RequestContext) {
    return ctx.loaders.categoryByCode.load(row.categoryCode);
  }
}

@Resolver(() => CommuneCountObject)
export class CommuneCountResolver {
  @FieldResolver(() => AdministrativeUnitObject)
  commune(@Root() row: CommuneCountObject, @Ctx() ctx: RequestContext) {
    return communeOf(ctx, row.communeCode);
  }
}
