import type { RequestContext } from "../../graphql/context";
import { connectionOf, type Connection, type Page } from "../../graphql/connection";
import { fold, likeLiteral } from "../../lib/fold";
import type { Producer } from "./producer.entity";
import { ProducerSort, type ProducerFilter } from "./producer.types";

/** Producers with at least one published product: the public never sees a producer with nothing to show. */
export async function listPublicProducers(
  ctx: RequestContext,
  filter: ProducerFilter | undefined,
  sort: ProducerSort,
  page: Page,
): Promise<Connection<Producer>> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = ["pc.n > 0"];
  if (filter?.search?.trim()) where.push(`ocop_fold(pr.name) LIKE ${param(`%${likeLiteral(fold(filter.search))}%`)}`);
  if (filter?.communeCode) where.push(`pr.commune_code = ${param(filter.communeCode)}`);
  if (filter?.provinceCode) where.push(`pr.province_code = ${param(filter.provinceCode)}`);
  if (filter?.type) where.push(`pr.type = ${param(filter.type)}`);
  const orderBy = sort === ProducerSort.PRODUCT_COUNT ? "pc.n DESC, ocop_fold(pr.name), pr.id" : "ocop_fold(pr.name), pr.id";
  const from = `FROM producer pr
    JOIN LATERAL (SELECT count(*)::int AS n FROM product p WHERE p.producer_id = pr.id AND p.status = 'published') pc ON true
    WHERE ${where.join(" AND ")}`;
  const rows: Array<{ id: number; total: number }> = await ctx.dataSource.query(
    `SELECT pr.id, count(*) OVER () AS total ${from} ORDER BY ${orderBy}
      LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
    params,
  );
  let total = rows[0]?.total;
  if (total === undefined) {
    const [row] = await ctx.dataSource.query(`SELECT count(*)::int AS n ${from}`, params.slice(0, -2));
    total = Number(row.n);
  }
  const producers = await ctx.loaders.producerById.loadMany(rows.map((r) => r.id));
  return connectionOf(
    producers.filter((p): p is Producer => p !== null && !(p instanceof Error)),
    total,
    page,
  );
}

export async function publicProducerBySlug(ctx: RequestContext, slug: string): Promise<Producer | null> {
  const [row] = await ctx.dataSource.query(
    `SELECT pr.id FROM producer pr WHERE pr.slug = $1
        AND EXISTS (SELECT 1 FROM product p WHERE p.producer_id = pr.id AND p.status = 'published')`,
    [slug],
  );
  return row ? ctx.loaders.producerById.load(row.id) : null;
}
