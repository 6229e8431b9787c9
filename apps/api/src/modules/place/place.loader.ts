import type { DataSource } from "typeorm";
import { entityColumns } from "../../lib/entity-select";
import { countLoader, recordLoader } from "../../lib/loaders";
import { AdministrativeUnit, Province } from "./place.entity";

export function createPlaceLoaders(ds: DataSource) {
  return {
    provinceByCode: recordLoader(
      (codes: readonly string[]): Promise<Province[]> =>
        ds.query(`SELECT ${entityColumns(ds, Province, "pv")} FROM province pv WHERE pv.code = ANY($1)`, [codes]),
      (p) => p.code,
    ),
    administrativeUnitByCode: recordLoader(
      (codes: readonly string[]): Promise<AdministrativeUnit[]> =>
        ds.query(`SELECT ${entityColumns(ds, AdministrativeUnit, "au")} FROM administrative_unit au WHERE au.code = ANY($1)`, [codes]),
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
