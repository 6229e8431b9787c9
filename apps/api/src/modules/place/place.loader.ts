import { In, type DataSource } from "typeorm";
import { countLoader, recordLoader } from "../../lib/loaders";
import { AdministrativeUnit, Province } from "./place.entity";

export function createPlaceLoaders(ds: DataSource) {
  return {
    provinceByCode: recordLoader(
      (codes: readonly string[]) => ds.getRepository(Province).findBy({ code: In([...codes]) }),
      (p) => p.code,
    ),
    administrativeUnitByCode: recordLoader(
      (codes: readonly string[]) => ds.getRepository(AdministrativeUnit).findBy({ code: In([...codes]) }),
      (u) => u.code,
    ),
    publishedProductCountByCommuneCode: countLoader<string>((codes) =>
      ds.query(
        `SELECT pr.commune_code AS key, count(*)::int AS count
           FROM product p JOIN producer pr ON pr.id = p.producer_id
          WHERE p.status = 'published' AND pr.commune_code = ANY($1)
          GROUP BY pr.commune_code`,
        [codes],
      ),
    ),
  };
}
