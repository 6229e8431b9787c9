import type { RequestContext } from "../../graphql/context";
import { currentStars, isSiteProduct } from "../../domain/rules";
import type { CatalogStatsObject } from "./catalog-stats.types";

/** Counts of published products, by stars, group and commune/ward (the storefront's overview). */
export async function catalogStats(ctx: RequestContext): Promise<CatalogStatsObject> {
  const [totals, byStars, byCategory, byCommune] = await Promise.all([
    ctx.dataSource.query(
      `SELECT count(*)::int AS "totalProducts", count(DISTINCT producer_id)::int AS "totalProducers"
         FROM product p WHERE ${isSiteProduct("p")}`,
    ),
    ctx.dataSource.query(
      `SELECT ${currentStars("p")} AS stars, count(*)::int AS count
         FROM product p WHERE ${isSiteProduct("p")} GROUP BY 1 ORDER BY 1 DESC NULLS LAST`,
    ),
    ctx.dataSource.query(
      `SELECT coalesce(c.parent_code, c.code) AS "categoryCode", count(*)::int AS count
         FROM product p JOIN category c ON c.code = p.category_code
        WHERE ${isSiteProduct("p")} GROUP BY 1 ORDER BY 2 DESC, 1`,
    ),
    ctx.dataSource.query(
      `SELECT pr.commune_code AS "communeCode", count(*)::int AS count
         FROM product p JOIN producer pr ON pr.id = p.producer_id
        WHERE ${isSiteProduct("p")} AND pr.commune_code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
    ),
  ]);
  return { ...totals[0], byStars, byCategory, byCommune };
}
