import { isSiteProduct } from "../../domain/rules";
import type { RequestContext } from "../../graphql/context";
import type { ProvinceCountObject } from "./province-facet.types";

/** Published products of the site by their producer's province (the catalogue's province facet). */
export function productCountByProvince(ctx: RequestContext): Promise<ProvinceCountObject[]> {
  return ctx.dataSource.query(
    `SELECT pr.province_code AS "provinceCode", count(*)::int AS count
       FROM product p JOIN producer pr ON pr.id = p.producer_id
      WHERE ${isSiteProduct("p")} GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
}
