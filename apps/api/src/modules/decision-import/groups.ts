import { fold } from "@ocop/schema/text";
import type { EntityManager } from "typeorm";

/** Short and long ways annexes name the six groups (shared/DOMAIN.md), folded, by our group codes. */
const GROUP_ALIASES: Record<string, string[]> = {
  TP: ["thuc pham", "nhom thuc pham"],
  DU: ["do uong", "nhom do uong"],
  DL: ["duoc lieu", "thao duoc", "duoc lieu va san pham tu duoc lieu", "san pham tu duoc lieu"],
  TC: ["thu cong my nghe", "tcmn", "hang thu cong my nghe", "thu cong my nghe trang tri", "thu cong"],
  SV: ["sinh vat canh", "hoa cay canh", "hoa sinh vat canh"],
  DV: [
    "dich vu du lich",
    "du lich",
    "dich vu du lich cong dong",
    "dich vu du lich cong dong du lich sinh thai va diem du lich",
    "du lich cong dong du lich sinh thai va diem du lich",
  ],
};

/**
 * The category a group cell names: a product set by its name or code (most precise), a family of
 * sets or a group by name, alias or code (the group then). Null when none fits.
 */
export class GroupIndex {
  private readonly byName = new Map<string, string>();
  private readonly aliases: Array<[string, string]> = [];

  constructor(categories: Array<{ code: string; parentCode: string | null; nameVi: string; familyVi: string | null }>) {
    // Sets first: a set named like its group ("Cà phê, ca cao") is the set.
    for (const c of categories) {
      if (c.parentCode) this.byName.set(fold(c.nameVi), c.code);
      this.byName.set(fold(c.code), c.code);
    }
    for (const c of categories) {
      if (!c.parentCode) {
        if (!this.byName.has(fold(c.nameVi))) this.byName.set(fold(c.nameVi), c.code);
        for (const alias of GROUP_ALIASES[c.code] ?? []) {
          if (!this.byName.has(alias)) this.byName.set(alias, c.code);
          this.aliases.push([alias, c.code]);
        }
      } else if (c.familyVi && !this.byName.has(fold(c.familyVi))) this.byName.set(fold(c.familyVi), c.parentCode);
    }
    // Longest alias first, so "du lich cong dong ..." wins over "du lich".
    this.aliases.sort((a, b) => b[0].length - a[0].length);
  }

  static async load(em: EntityManager): Promise<GroupIndex> {
    return new GroupIndex(
      await em.query(
        `SELECT code, parent_code AS "parentCode", name_vi AS "nameVi", family_vi AS "familyVi" FROM category`,
      ),
    );
  }

  codeOf(text: string): string | null {
    // "1. Thực phẩm", "Nhóm 1: Thực phẩm": the numbering is not the name.
    const folded = fold(text)
      .replace(/^(nhom\s+)?([0-9]+|[ivx]+)\s+/, "")
      .trim();
    if (!folded) return null;
    const exact = this.byName.get(folded);
    if (exact) return exact;
    return this.aliases.find(([alias]) => folded.startsWith(`${alias} `) || folded === alias)?.[1] ?? null;
  }
}
