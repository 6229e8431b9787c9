import type { DataSource } from "typeorm";
import DataLoader from "dataloader";
import { isSiteProduct } from "../../domain/rules";
import type { ReferenceData } from "../../db/reference-data";
import { countLoader } from "../../lib/loaders";
import { Category } from "./category.entity";

export function createCategoryLoaders(ds: DataSource, reference?: () => Promise<ReferenceData>) {
  // The whole tree is a few dozen rows: one query per request (or the shared copy) serves every lookup.
  let all: Promise<Category[]> | undefined;
  const allCategories = () =>
    (all ??= reference
      ? reference().then((r) => r.categories)
      : ds.getRepository(Category).find({ order: { position: "ASC", code: "ASC" } }));
  return {
    allCategories,
    categoryByCode: new DataLoader<string, Category | null>(async (codes) => {
      const byCode = new Map((await allCategories()).map((c) => [c.code, c]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    /** Published products in a group or set (a group counts the products of all its sets). */
    publishedProductCountByCategoryCode: countLoader<string>((codes) =>
      ds.query(
        `SELECT k.code AS key, count(p.id)::int AS count
           FROM unnest($1::text[]) AS k(code)
           JOIN category c ON c.code = k.code OR c.parent_code = k.code
           JOIN product p ON p.category_code = c.code AND ${isSiteProduct("p")}
          GROUP BY k.code`,
        [codes],
      ),
    ),
  };
}
