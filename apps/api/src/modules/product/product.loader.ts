import { In, type DataSource } from "typeorm";
import { entityColumns } from "../../lib/entity-select";
import DataLoader from "dataloader";
import { countLoader, recordLoader } from "../../lib/loaders";
import { unshared, type ShareFetch } from "../../lib/shared-fetch";
import { currentStars, isSiteProduct } from "../../domain/rules";
import { Product, type PublishedProduct } from "./product.entity";

/** A published product's columns plus its current stars, from the newest-certificate copy on the row. */
export const publishedProductColumns = (ds: DataSource, alias: string) =>
  `${entityColumns(ds, Product, alias)}, ${currentStars(alias)} AS "currentStars"`;

export function createProductLoaders(ds: DataSource, share: ShareFetch = unshared) {
  return {
    /** Published products only: everything public goes through this loader. */
    publishedProductById: recordLoader(
      share("publishedProductById", (ids: readonly number[]): Promise<PublishedProduct[]> =>
        ds.query(
          `SELECT ${publishedProductColumns(ds, "p")} FROM product p WHERE p.id = ANY($1) AND ${isSiteProduct("p")}`,
          [ids],
        ),
      ),
      (p) => p.id,
    ),
    /** Any status: for staff operations only. */
    productById: recordLoader(
      (ids: readonly number[]) => ds.getRepository(Product).findBy({ id: In([...ids]) }),
      (p) => p.id,
    ),
    productCountByProducerId: countLoader<number>((ids) =>
      ds.query(
        `SELECT producer_id AS key, count(*)::int AS count FROM product WHERE producer_id = ANY($1) GROUP BY producer_id`,
        [ids],
      ),
    ),
    publishedProductCountByProducerId: countLoader<number>((ids) =>
      ds.query(
        `SELECT p.producer_id AS key, count(*)::int AS count FROM product p
          WHERE ${isSiteProduct("p")} AND p.producer_id = ANY($1) GROUP BY p.producer_id`,
        [ids],
      ),
    ),
    /** The best current stars of a producer's products on this site; null when none has a valid certificate. */
    bestStarsByProducerId: new DataLoader<number, number | null>(async (ids) => {
      const rows: Array<{ key: number; stars: number | null }> = await ds.query(
        `SELECT p.producer_id AS key, max(${currentStars("p")})::int AS stars FROM product p
          WHERE ${isSiteProduct("p")} AND p.producer_id = ANY($1) GROUP BY p.producer_id`,
        [ids],
      );
      const byKey = new Map(rows.map((r) => [r.key, r.stars]));
      return ids.map((id) => byKey.get(id) ?? null);
    }),
  };
}
