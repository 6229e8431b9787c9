import type { DataSource } from "typeorm";
import { entityColumns } from "../lib/entity-select";
import { Category } from "../modules/category/category.entity";
import { AdministrativeUnit, Province } from "../modules/place/place.entity";

export interface ReferenceData {
  categories: Category[];
  provinces: Map<string, Province>;
  units: Map<string, AdministrativeUnit>;
}

/**
 * Categories, provinces and communes/wards change rarely and are few (about 3,400 rows for the
 * whole country): public requests share one copy per catalog revision instead of asking the
 * database on every page. Any change to the catalog moves the revision, and the copy with it.
 */
export class ReferenceDataCache {
  private entry: { revision: string; data: Promise<ReferenceData> } | undefined;

  constructor(private readonly ds: DataSource) {}

  get(revision: string): Promise<ReferenceData> {
    if (this.entry?.revision !== revision) {
      const data = this.load();
      data.catch(() => (this.entry = undefined));
      this.entry = { revision, data };
    }
    return this.entry.data;
  }

  private async load(): Promise<ReferenceData> {
    const ds = this.ds;
    const [categories, provinces, units] = await Promise.all([
      ds.query(`SELECT ${entityColumns(ds, Category, "c")} FROM category c ORDER BY c.position, c.code`) as Promise<
        Category[]
      >,
      ds.query(`SELECT ${entityColumns(ds, Province, "pv")} FROM province pv`) as Promise<Province[]>,
      ds.query(`SELECT ${entityColumns(ds, AdministrativeUnit, "au")} FROM administrative_unit au`) as Promise<
        AdministrativeUnit[]
      >,
    ]);
    return {
      categories,
      provinces: new Map(provinces.map((p) => [p.code, p])),
      units: new Map(units.map((u) => [u.code, u])),
    };
  }
}
