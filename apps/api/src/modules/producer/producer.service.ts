import type { RequestContext } from "../../graphql/context";
import { connectionFromLoader, type Connection, type Page } from "../../graphql/connection";
import { pageOfIds } from "../../lib/page-of-ids";
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
  const orderBy =
    sort === ProducerSort.PRODUCT_COUNT ? "pc.n DESC, ocop_fold(pr.name), pr.id" : "ocop_fold(pr.name), pr.id";
  const from = `FROM producer pr
    JOIN LATERAL (SELECT count(*)::int AS n FROM product p WHERE p.producer_id = pr.id AND p.status = 'published') pc ON true
    WHERE ${where.join(" AND ")}`;
  return connectionFromLoader(
    ctx.loaders.producerById,
    await pageOfIds(ctx.dataSource, "pr.id", from, orderBy, params, page),
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
