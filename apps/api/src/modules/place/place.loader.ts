import type { DataSource } from "typeorm";
import { hasSiteProducts, isSiteProduct } from "../../domain/rules";
import type { ReferenceData } from "../../db/reference-data";
import { entityColumns } from "../../lib/entity-select";
import { countLoader, listLoader, recordLoader } from "../../lib/loaders";
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
    /** Every unit of each province, by name (the communes page's "all"); its province must be one the site shows. */
    siteUnitsByProvinceCode: listLoader(
      (codes: readonly string[]): Promise<AdministrativeUnit[]> => unitsOfProvinces(ds, codes, false),
      (u) => u.provinceCode,
    ),
    /** The units of each province with a product the public sees, by name. */
    siteUnitsWithProductsByProvinceCode: listLoader(
      (codes: readonly string[]): Promise<AdministrativeUnit[]> => unitsOfProvinces(ds, codes, true),
      (u) => u.provinceCode,
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

function unitsOfProvinces(
  ds: DataSource,
  codes: readonly string[],
  withProducts: boolean,
): Promise<AdministrativeUnit[]> {
  return ds.query(
    `SELECT ${entityColumns(ds, AdministrativeUnit, "au")} FROM administrative_unit au
      WHERE au.province_code = ANY($1) ${withProducts ? `AND ${hasSiteProducts("au")}` : ""}
      ORDER BY ocop_fold(au.name), au.code`,
    [codes],
  );
}
