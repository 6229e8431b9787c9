import { fold } from "@ocop/schema/text";
import type { EntityManager } from "typeorm";

export interface Unit {
  code: string;
  name: string;
  fullName: string;
  type: string;
  provinceCode: string;
}

/** Unit types as addresses write them, folded. */
const UNIT_PREFIXES: ReadonlyArray<[string, string]> = [
  ["dac khu", "dac_khu"],
  ["phuong", "phuong"],
  ["xa", "xa"],
];
const PROVINCE_PREFIXES = ["tinh", "thanh pho", "tp"];
/** Parts of an address that are never a commune/ward (hamlets, streets, former districts). */
const NOT_A_UNIT = /^(thon|ban|ap|to|khoi|khu|so|duong|pho|ngo|huyen|quan|thi xa|thi tran|xom|lang)\b/;

const words = (text: string) =>
  text
    .normalize("NFC")
    .toLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter(Boolean);

/** Whether an address part ends with a unit's name as spelled (diacritics kept, case ignored). */
function endsWithName(part: string, name: string): boolean {
  const nameWords = words(name);
  return words(part).slice(-nameWords.length).join(" ") === nameWords.join(" ");
}

/** The current communes/wards and provinces, to find an address's unit by its names. */
export class PlaceIndex {
  private readonly unitsByName = new Map<string, Unit[]>();
  private readonly provinceByName = new Map<string, string>();
  readonly unitByCode = new Map<string, Unit>();

  constructor(units: Unit[], provinces: Array<{ code: string; name: string }>) {
    for (const u of units) {
      this.unitByCode.set(u.code, u);
      const key = fold(u.name);
      const list = this.unitsByName.get(key);
      if (list) list.push(u);
      else this.unitsByName.set(key, [u]);
    }
    for (const p of provinces) this.provinceByName.set(fold(p.name), p.code);
  }

  static async load(em: EntityManager): Promise<PlaceIndex> {
    // One after the other: in a transaction both run on its one connection.
    const units: Unit[] = await em.query(
      `SELECT code, name, full_name AS "fullName", type, province_code AS "provinceCode" FROM administrative_unit`,
    );
    const provinces: Array<{ code: string; name: string }> = await em.query(`SELECT code, name FROM province`);
    return new PlaceIndex(units, provinces);
  }

  /** The province an address names ("tỉnh Lạng Sơn"), or null. */
  provinceOf(address: string): string | null {
    let found: string | null = null;
    for (const part of address.split(/[,;]/)) {
      const folded = fold(part);
      for (const prefix of PROVINCE_PREFIXES) {
        if (folded.startsWith(`${prefix} `)) {
          const code = this.provinceByName.get(folded.slice(prefix.length + 1));
          // "tỉnh" is the province; "thành phố" may be a former provincial city, so it only counts alone.
          if (code && (prefix === "tinh" || !found)) found = code;
        }
      }
    }
    return found;
  }

  /**
   * The current commune/ward an address names, in `province` when known: the parts that say
   * "xã"/"phường"/"đặc khu" first, then the bare parts that are not hamlets or former districts.
   * Null when none, or more than one unit, fits.
   */
  communeOf(address: string, province: string | null): Unit | null {
    const prefixed: Array<{ type: string; name: string; part: string }> = [];
    const bare: Array<{ name: string; part: string }> = [];
    for (const part of address.split(/[,;]/)) {
      const folded = fold(part);
      if (!folded) continue;
      const prefix = UNIT_PREFIXES.find(([p]) => folded.startsWith(`${p} `));
      if (prefix) prefixed.push({ type: prefix[1], name: folded.slice(prefix[0].length + 1), part });
      else if (!NOT_A_UNIT.test(folded) && !PROVINCE_PREFIXES.some((p) => folded.startsWith(`${p} `)))
        bare.push({ name: folded, part });
    }
    const fits = (name: string, type: string | null, part: string) => {
      let list = (this.unitsByName.get(name) ?? []).filter(
        (u) => (type === null || u.type === type) && (province === null || u.provinceCode === province),
      );
      // Names that differ only by their diacritics ("Bình Đông", "Bình Động"): the address's own
      // spelling decides.
      if (list.length > 1) list = list.filter((u) => endsWithName(part, u.name));
      return list.length === 1 ? list[0]! : null;
    };
    for (const p of prefixed) {
      const unit = fits(p.name, p.type, p.part);
      if (unit) return unit;
    }
    for (const b of bare) {
      const unit = fits(b.name, null, b.part);
      if (unit) return unit;
    }
    return null;
  }
}
