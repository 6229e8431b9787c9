import type { RequestContext } from "../../graphql/context";
import { connectionFromLoader, type Connection, type Page } from "../../graphql/connection";
import { pageOfIds } from "../../lib/page-of-ids";
import { isSiteProduct, isSiteProducer } from "../../domain/rules";
import { fold, likeLiteral } from "@ocop/schema/text";
import type { Producer } from "./producer.entity";
import { ProducerSort, type ProducerFilter } from "./producer.types";

/** The producers the public sees (isPublicProducer). */
export async function listPublicProducers(
  ctx: RequestContext,
  filter: ProducerFilter | undefined,
  sort: ProducerSort,
  page: Page,
): Promise<Connection<Producer>> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = [isSiteProducer("pr")];
  if (filter?.search?.trim()) where.push(`ocop_fold(pr.name) LIKE ${param(`%${likeLiteral(fold(filter.search))}%`)}`);
  if (filter?.communeCode) where.push(`pr.commune_code = ${param(filter.communeCode)}`);
  if (filter?.provinceCode) where.push(`pr.province_code = ${param(filter.provinceCode)}`);
  if (filter?.type) where.push(`pr.type = ${param(filter.type)}`);
  const byCount = sort === ProducerSort.PRODUCT_COUNT;
  const orderBy = byCount ? "pc.n DESC, ocop_fold(pr.name), pr.id" : "ocop_fold(pr.name), pr.id";
  const count = `JOIN LATERAL (SELECT count(*)::int AS n FROM product p WHERE p.producer_id = pr.id AND ${isSiteProduct("p")}) pc ON true`;
  const from = `FROM producer pr ${byCount ? count : ""} WHERE ${where.join(" AND ")}`;
  return connectionFromLoader(
    ctx.loaders.producerById,
    await pageOfIds(ctx.dataSource, "pr.id", from, orderBy, params, page),
    page,
  );
}

export async function publicProducerBySlug(ctx: RequestContext, slug: string): Promise<Producer | null> {
  const [row] = await ctx.dataSource.query(
    `SELECT pr.id FROM producer pr WHERE pr.slug = $1 AND ${isSiteProducer("pr")}`,
    [slug],
  );
  return row ? ctx.loaders.producerById.load(row.id) : null;
}
