import type { DataSource } from "typeorm";
import { isSiteProduct } from "../../domain/rules";
import type { ReferenceData } from "../../db/reference-data";
import { entityColumns } from "../../lib/entity-select";
import { countLoader, recordLoader } from "../../lib/loaders";
import { AdministrativeUnit, Province } from "./place.entity";

export function createPlaceLoaders(ds: DataSource, reference?: () => Promise<ReferenceData>) {
  const fromReference =
    <V>(pick: (r: ReferenceData) => Map<string, V>) =>
    async (codes: readonly string[]) => {
      const map = pick(await reference!());
      return codes.map((code) => map.get(code)).filter((v): v is V => v !== undefined);
    };
  return {
    provinceByCode: recordLoader(
      reference
        ? fromReference((r) => r.provinces)
        : (codes: readonly string[]): Promise<Province[]> =>
            ds.query(`SELECT ${entityColumns(ds, Province, "pv")} FROM province pv WHERE pv.code = ANY($1)`, [codes]),
      (p) => p.code,
    ),
    administrativeUnitByCode: recordLoader(
      reference
        ? fromReference((r) => r.units)
        : (codes: readonly string[]): Promise<AdministrativeUnit[]> =>
            ds.query(
              `SELECT ${entityColumns(ds, AdministrativeUnit, "au")} FROM administrative_unit au WHERE au.code = ANY($1)`,
              [codes],
            ),
      (u) => u.code,
    ),
    publishedProductCountByCommuneCode: countLoader<string>((codes) =>
      ds.query(
        `SELECT pr.commune_code AS key, count(*)::int AS count
           FROM product p JOIN producer pr ON pr.id = p.producer_id
          WHERE ${isSiteProduct("p")} AND pr.commune_code = ANY($1)
          GROUP BY pr.commune_code`,
        [codes],
      ),
    ),
  };
}
