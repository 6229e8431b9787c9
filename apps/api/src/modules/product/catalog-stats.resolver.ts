import { Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { CategoryObject } from "../category/category.types";
import { currentStarsSql } from "../certification/certification.loader";
import { AdministrativeUnitObject } from "../place/place.types";

@ObjectType("StarCount")
class StarCountObject {
  @Field(() => Int, { nullable: true, description: "null: no valid certificate today (expired or revoked)" })
  stars: number | null;

  @Field(() => Int)
  count: number;
}

@ObjectType("CategoryCount")
class CategoryCountObject {
  categoryCode: string;

  @Field(() => Int)
  count: number;
}

@ObjectType("CommuneCount")
class CommuneCountObject {
  communeCode: string;

  @Field(() => Int)
  count: number;
}

@ObjectType("CatalogStats", { description: "Counts of published products" })
class CatalogStatsObject {
  @Field(() => Int)
  totalProducts: number;

  @Field(() => Int, { description: "Producers with published products" })
  totalProducers: number;

  @Field(() => [StarCountObject], { description: "By current stars" })
  byStars: StarCountObject[];

  @Field(() => [CategoryCountObject], { description: "By OCOP group" })
  byCategory: CategoryCountObject[];

  @Field(() => [CommuneCountObject], { description: "By the producer's commune/ward" })
  byCommune: CommuneCountObject[];
}

@Resolver(() => CatalogStatsObject)
export class CatalogStatsResolver {
  @Query(() => CatalogStatsObject)
  async catalogStats(@Ctx() ctx: RequestContext): Promise<CatalogStatsObject> {
    const [totals, byStars, byCategory, byCommune] = await Promise.all([
      ctx.dataSource.query(
        `SELECT count(*)::int AS "totalProducts", count(DISTINCT producer_id)::int AS "totalProducers"
           FROM product WHERE status = 'published'`,
      ),
      ctx.dataSource.query(
        `SELECT ${currentStarsSql("p")} AS stars, count(*)::int AS count
           FROM product p WHERE p.status = 'published' GROUP BY 1 ORDER BY 1 DESC NULLS LAST`,
      ),
      ctx.dataSource.query(
        `SELECT coalesce(c.parent_code, c.code) AS "categoryCode", count(*)::int AS count
           FROM product p JOIN category c ON c.code = p.category_code
          WHERE p.status = 'published' GROUP BY 1 ORDER BY 2 DESC, 1`,
      ),
      ctx.dataSource.query(
        `SELECT pr.commune_code AS "communeCode", count(*)::int AS count
           FROM product p JOIN producer pr ON pr.id = p.producer_id
          WHERE p.status = 'published' AND pr.commune_code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
      ),
    ]);
    return { ...totals[0], byStars, byCategory, byCommune };
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
    return ctx.loaders.administrativeUnitByCode.load(row.communeCode);
  }
}
