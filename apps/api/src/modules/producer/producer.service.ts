import type { RequestContext } from "../../graphql/context";
import { connectionFromLoader, type Connection, type Page } from "../../graphql/connection";
import { pageOfIds } from "../../lib/page-of-ids";
import { CERTIFIED_STARS } from "@ocop/schema/enums";
import { badUserInput, fieldError } from "../../graphql/errors";
import { currentStars, isPublicProduct, isSiteProduct, isSiteProducer } from "../../domain/rules";
import { fold, likeLiteral } from "@ocop/schema/text";
import type { Producer } from "./producer.entity";
import { ProducerSort, type ProducerFilter } from "./producer.types";

/** A producer's best current stars over its public products (null when none has a valid certificate). */
const BEST_STARS = (pr: string) =>
  `(SELECT max(${currentStars("bp")}) FROM product bp WHERE bp.producer_id = ${pr}.id AND ${isPublicProduct("bp")})`;

/** The producers the public sees (isPublicProducer). */
export async function listPublicProducers(
  ctx: RequestContext,
  filter: ProducerFilter | undefined,
  sort: ProducerSort,
  page: Page,
): Promise<Connection<Producer>> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  // The producers this site shows (one of its provinces): their public products are all shown on
  // it too, so the group and star conditions below need only isPublicProduct.
  const where = [isSiteProducer("pr")];
  if (filter?.search?.trim()) where.push(`ocop_fold(pr.name) LIKE ${param(`%${likeLiteral(fold(filter.search))}%`)}`);
  if (filter?.communeCode) where.push(`pr.commune_code = ${param(filter.communeCode)}`);
  if (filter?.provinceCode) where.push(`pr.province_code = ${param(filter.provinceCode)}`);
  if (filter?.type) where.push(`pr.type = ${param(filter.type)}`);
  if (filter?.categoryCode) {
    const code = param(filter.categoryCode);
    where.push(`EXISTS (SELECT 1 FROM product gp JOIN category gc ON gc.code = gp.category_code
      WHERE gp.producer_id = pr.id AND ${isPublicProduct("gp")} AND (gc.code = ${code} OR gc.parent_code = ${code}))`);
  }
  if (filter?.stars?.length) {
    if (filter.stars.some((s) => !(CERTIFIED_STARS as readonly number[]).includes(s))) {
      throw badUserInput([fieldError("stars", "starsFilter")]);
    }
    where.push(`${BEST_STARS("pr")} = ANY(${param(filter.stars)}::int[])`);
  }
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
