import { In, type DataSource } from "typeorm";
import { isSiteProduct } from "../../domain/rules";
import { entityColumns, splitPrefixed } from "../../lib/entity-select";
import { countLoader, listLoader, primeJoined, recordLoader } from "../../lib/loaders";
import { unshared, type ShareFetch } from "../../lib/shared-fetch";
import { Distributor, DistributorLink } from "./distributor.entity";

export function createDistributorLoaders(ds: DataSource, share: ShareFetch = unshared) {
  const distributorById = recordLoader(
    share("distributorById", (ids: readonly number[]): Promise<Distributor[]> =>
      ds.query(`SELECT ${entityColumns(ds, Distributor, "d")} FROM distributor d WHERE d.id = ANY($1)`, [ids]),
    ),
    (d) => d.id,
  );
  const linksWithDistributors = share("distributorLinksByProductId", async (productIds: readonly number[]) => {
    const rows: Array<Record<string, unknown>> = await ds.query(
      `SELECT dl.id, dl.distributor_id AS "distributorId", dl.product_id AS "productId", dl.url, dl.note,
              dl.is_demo AS "isDemo", ${entityColumns(ds, Distributor, "d", "distributor.")}
         FROM distributor_link dl JOIN distributor d ON d.id = dl.distributor_id
        WHERE dl.product_id = ANY($1)
        ORDER BY dl.product_id, d.kind, d.name_vi`,
      [productIds],
    );
    return rows.map((row) => splitPrefixed<DistributorLink, Distributor>(row, "distributor."));
  });
  return {
    distributorById,
    /** With each link's distributor (primed into distributorById): one statement for a product's channels. */
    distributorLinksByProductId: listLoader(
      async (productIds: readonly number[]) => primeJoined(await linksWithDistributors(productIds), distributorById),
      (link) => link.productId,
    ),
    distributorLinksByDistributorId: listLoader(
      (distributorIds: readonly number[]) =>
        ds
          .getRepository(DistributorLink)
          .find({ where: { distributorId: In([...distributorIds]) }, order: { distributorId: "ASC", id: "ASC" } }),
      (link) => link.distributorId,
    ),
    publishedProductCountByDistributorId: countLoader<number>((ids) =>
      ds.query(
        `SELECT dl.distributor_id AS key, count(*)::int AS count
           FROM distributor_link dl JOIN product p ON p.id = dl.product_id AND ${isSiteProduct("p")}
          WHERE dl.distributor_id = ANY($1) GROUP BY dl.distributor_id`,
        [ids],
      ),
    ),
  };
}
