import { In, type DataSource } from "typeorm";
import { isPublicEvent, isSiteProduct } from "../../domain/rules";
import { entityColumns, splitPrefixed } from "../../lib/entity-select";
import { listLoader, primeJoined, recordLoader } from "../../lib/loaders";
import { unshared, type ShareFetch } from "../../lib/shared-fetch";
import { ShowcaseEvent, ShowcaseTable } from "./showcase.entity";

export interface PlacementRecord {
  productId: number;
  eventId: number;
  tableId: number;
  tableNumber: number;
  communeCode: string | null;
}

export function createShowcaseLoaders(ds: DataSource, share: ShareFetch = unshared) {
  const showcaseEventById = recordLoader(
    share("showcaseEventById", (ids: readonly number[]): Promise<ShowcaseEvent[]> =>
      ds.query(
        `SELECT ${entityColumns(ds, ShowcaseEvent, "e")} FROM showcase_event e WHERE e.id = ANY($1) AND ${isPublicEvent("e")}`,
        [ids],
      ),
    ),
    (e) => e.id,
  );
  const placementsWithEvents = share("showcasePlacementsByProductId", async (productIds: readonly number[]) => {
    const rows: Array<Record<string, unknown>> = await ds.query(
      `SELECT sp.product_id AS "productId", sp.event_id AS "eventId", sp.table_id AS "tableId",
              t.number AS "tableNumber", t.commune_code AS "communeCode", ${entityColumns(ds, ShowcaseEvent, "e", "event.")}
         FROM showcase_placement sp
         JOIN showcase_table t ON t.id = sp.table_id
         JOIN showcase_event e ON e.id = sp.event_id AND ${isPublicEvent("e")}
        WHERE sp.product_id = ANY($1) ORDER BY sp.product_id, e.starts_on DESC`,
      [productIds],
    );
    return rows.map((row) => splitPrefixed<PlacementRecord, ShowcaseEvent>(row, "event."));
  });
  return {
    showcaseEventById,
    showcaseTablesByEventId: listLoader(
      (eventIds: readonly number[]) =>
        ds.getRepository(ShowcaseTable).find({
          where: { eventId: In([...eventIds]) },
          order: { eventId: "ASC", number: "ASC" },
        }),
      (t) => t.eventId,
    ),
    /** Published products on each table, in their order on it. */
    publishedProductIdsByTableId: listLoader(
      share(
        "publishedProductIdsByTableId",
        (tableIds: readonly number[]): Promise<Array<{ tableId: number; productId: number }>> =>
          ds.query(
            `SELECT sp.table_id AS "tableId", sp.product_id AS "productId"
             FROM showcase_placement sp JOIN product p ON p.id = sp.product_id AND ${isSiteProduct("p")}
            WHERE sp.table_id = ANY($1) ORDER BY sp.table_id, sp.position, sp.product_id`,
            [tableIds],
          ),
      ),
      (row) => row.tableId,
    ),
    /** Every product on each table, whatever its status: for staff. */
    productIdsByTableId: listLoader(
      (tableIds: readonly number[]): Promise<Array<{ tableId: number; productId: number }>> =>
        ds.query(
          `SELECT table_id AS "tableId", product_id AS "productId" FROM showcase_placement
            WHERE table_id = ANY($1) ORDER BY table_id, position, product_id`,
          [tableIds],
        ),
      (row) => row.tableId,
    ),
    /** With each placement's event (primed into showcaseEventById): one statement for a product's events. */
    showcasePlacementsByProductId: listLoader(
      async (productIds: readonly number[]) => primeJoined(await placementsWithEvents(productIds), showcaseEventById),
      (row) => row.productId,
    ),
  };
}
