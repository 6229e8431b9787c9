import { CERTIFIED_STARS } from "@ocop/schema/enums";
import type { RequestContext } from "../../graphql/context";
import { connectionFromLoader, type Connection, type Page } from "../../graphql/connection";
import { pageOfIds } from "../../lib/page-of-ids";
import { badUserInput, fieldError } from "../../graphql/errors";
import {
  COMPLETENESS_RULES,
  type CompletenessIssue,
  certificateEndsWithin,
  certificateExpired,
  currentStars,
  hasValidCertificate,
  isSiteProduct,
  lacksValidCertificate,
} from "../../domain/rules";
import { fold, likeLiteral } from "@ocop/schema/text";
import { searchAttempts, type SearchAttempt, type SearchNote } from "../search/search-plan";
import { ProductStatus, type PublishedProduct } from "./product.entity";
import { publishedProductColumns } from "./product.loader";
import { ProductSort, type ProductFilter } from "./product.types";

/** Longest search text taken: enough for any product name, short enough to keep trigram work small. */
const MAX_SEARCH_LENGTH = 100;

export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}

const CURRENT_STARS = currentStars("p");

/**
 * Public product list: published products only, filtered, searched and sorted in one SQL statement
 * (ids and total count); the records themselves then come through the per-request loader.
 */
export async function listPublishedProducts(
  ctx: RequestContext,
  filter: ProductFilter | undefined,
  sort: ProductSort,
  page: Page,
): Promise<Connection<PublishedProduct> & { searchNote: SearchNote | null }> {
  const found = await findProductIds(ctx, { ...filter, publicOnly: true }, sort, page, "RELAXED");
  return { ...(await connectionFromLoader(ctx.loaders.publishedProductById, found, page)), searchNote: found.note };
}

/** What staff lists filter by beyond the public filter. */
export interface ProductQuery extends ProductFilter {
  /** Only what the public sees (the public catalogue). */
  publicOnly?: boolean;
  status?: ProductStatus;
  producerId?: number;
  /** Products whose current certificate ends within this many days (and has not ended yet). */
  expiringWithinDays?: number;
  /** Products by their current certificate: ended, or none valid today. */
  certificate?: "EXPIRED" | "NO_VALID_CERTIFICATE";
  /** Products lacking what the public expects (the completeness worklist). */
  missing?: CompletenessIssue;
}

/** The join a condition on the producer needs (`pr`). */
export const JOIN_PRODUCER = "JOIN producer pr ON pr.id = p.producer_id";

/** The filters a facet leaves out to count its own values (each facet ignores its own filter). */
export type FacetFilterKey = "categoryCode" | "stars" | "communeCode" | "provinceCode" | "producerType" | "validOnly";

/**
 * The SQL conditions (on `p`, and `pr` through `joins`) of every filter but the search, less those
 * in `omit`: the lists and the facet counts share this one reading of a filter.
 */
export function productConditions(
  filter: ProductQuery,
  params: SqlParams,
  omit: ReadonlySet<FacetFilterKey> = new Set(),
): { where: string[]; joins: Set<string> } {
  const where: string[] = [];
  const joins = new Set<string>();
  if (filter.publicOnly) where.push(isSiteProduct("p"));
  if (filter.status) where.push(`p.status = ${params.add(filter.status)}`);
  if (filter.producerId) where.push(`p.producer_id = ${params.add(filter.producerId)}`);
  if (filter.expiringWithinDays !== undefined && filter.expiringWithinDays !== null) {
    where.push(certificateEndsWithin("p", params.add(filter.expiringWithinDays)));
  }
  // Both read the product's copy of its newest certificate: a scan of the product table's few
  // columns (staff lists are over one province; the public listing index serves published ones).
  if (filter.certificate === "EXPIRED") where.push(certificateExpired("p"));
  if (filter.certificate === "NO_VALID_CERTIFICATE") where.push(lacksValidCertificate("p"));
  // Through the image, certificate and producer primary keys / product_id indexes, per product row.
  if (filter.missing) where.push(COMPLETENESS_RULES[filter.missing]("p"));
  if (filter.categoryCode && !omit.has("categoryCode")) {
    const code = params.add(filter.categoryCode);
    where.push(`p.category_code IN (SELECT code FROM category WHERE code = ${code} OR parent_code = ${code})`);
  }
  if (filter.stars?.length && !omit.has("stars")) {
    const invalid = filter.stars.find((s) => !(CERTIFIED_STARS as readonly number[]).includes(s));
    if (invalid !== undefined) throw badUserInput([fieldError("stars", "starsFilter")]);
    where.push(`(${CURRENT_STARS}) = ANY(${params.add(filter.stars)}::int[])`);
  }
  if (filter.validOnly && !omit.has("validOnly")) where.push(hasValidCertificate("p"));
  const communeCode = omit.has("communeCode") ? undefined : filter.communeCode;
  const provinceCode = omit.has("provinceCode") ? undefined : filter.provinceCode;
  const producerType = omit.has("producerType") ? undefined : filter.producerType;
  if (communeCode || provinceCode || filter.producerSlug || producerType) {
    joins.add(JOIN_PRODUCER);
    if (communeCode) where.push(`pr.commune_code = ${params.add(communeCode)}`);
    if (provinceCode) where.push(`pr.province_code = ${params.add(provinceCode)}`);
    if (filter.producerSlug) where.push(`pr.slug = ${params.add(filter.producerSlug)}`);
    if (producerType) where.push(`pr.type = ${params.add(producerType)}`);
  }
  if (filter.featured !== undefined && filter.featured !== null)
    where.push(`p.featured = ${params.add(filter.featured)}`);
  if (filter.distributorSlug) {
    where.push(`EXISTS (SELECT 1 FROM distributor_link dl JOIN distributor d ON d.id = dl.distributor_id
                         WHERE dl.product_id = p.id AND d.slug = ${params.add(filter.distributorSlug)})`);
  }

  return { where, joins };
}

export type ProductOrder = `${ProductSort}` | "UPDATED_DESC" | "VALID_UNTIL";

/**
 * How a list reads its search. RELAXED (the storefront): when the words match nothing, the next
 * attempts of the search plan (typos corrected, words dropped, fuzzy) are tried and the answer
 * says so. EXACT (staff lists, exports, bulk changes): only what the words match, since staff act
 * on the whole list and a guess would widen a change beyond what they typed.
 */
export type SearchMode = "RELAXED" | "EXACT";

/**
 * One SQL statement for every product list, public or staff: filters, search and sort give the
 * ordered ids of one page and the total count; records then come through the loaders.
 */
export async function findProductIds(
  ctx: RequestContext,
  filter: ProductQuery,
  sort: ProductOrder,
  page: Page,
  mode: SearchMode = "EXACT",
): Promise<{ ids: number[]; total: number; note: SearchNote | null }> {
  const params = new SqlParams();
  const { where, joins } = productConditions(filter, params);

  const search = fold(filter.search ?? "").slice(0, MAX_SEARCH_LENGTH);
  const localName = ctx.lang === "vi" ? "p.name_vi" : `coalesce(nullif(p.name_${ctx.lang}, ''), p.name_vi)`;
  const filterParamCount = params.values.length;
  // Without a search, one attempt. With one, the attempts of the search plan in turn (word match,
  // typos corrected, words dropped, fuzzy), each only if the one before matched nothing under the
  // filters. No probe first: each attempt is its own probe.
  const plan: SearchAttempt[] = search ? await searchAttempts(ctx, search) : [async () => null];
  const attempts = mode === "RELAXED" ? plan : plan.slice(0, 1);
  for (const [i, attempt] of attempts.entries()) {
    const match = await attempt();
    if (search && !match) continue; // nothing to try at this step (no word to correct)
    params.values.length = filterParamCount; // the previous attempt's own parameters
    const conditions = match ? [...where, match.condition(params)] : where;
    // Ranking parameters only when the order uses them: PostgreSQL refuses unused parameters.
    let rank: string | null = null;
    if (match && sort === ProductSort.RELEVANCE) {
      const q = params.add(match.text);
      const phrase = params.add(`% ${likeLiteral(match.text)}%`);
      // A product whose (Vietnamese) name starts with the query first ("banh" → "Bánh gai", before
      // a custard apple whose producer is "Đồng Bành"), then the query in any name, then in the
      // producer or place; products found only by their group or decision number last. The
      // folded Vietnamese name opens search_name: no function call per matched row.
      const starts = params.add(` ${likeLiteral(match.text)}%`);
      const byWords = match.wordCondition?.(params);
      // Resemblance to the query orders word matches only: for the rest it is noise.
      const similarity = `word_similarity(${q}, p.search_name)`;
      rank = `(CASE ${byWords ? `WHEN NOT ${byWords} THEN 0` : ""} WHEN p.search_name LIKE ${starts} THEN 4
                  WHEN p.search_name LIKE ${phrase} THEN 3 WHEN p.search_text LIKE ${phrase} THEN 2 ELSE 1 END) DESC,
            ${byWords ? `(CASE WHEN ${byWords} THEN ${similarity} END) DESC NULLS LAST` : `${similarity} DESC`}`;
    }
    const from = `FROM product p ${[...joins].join(" ")} WHERE ${conditions.length ? conditions.join(" AND ") : "true"}`;
    const found = await pageOfIds(
      ctx.dataSource,
      "p.id",
      from,
      productOrder(sort, rank, localName),
      params.values,
      page,
      search ? "window" : "scan",
    );
    if (found.total > 0 || i === attempts.length - 1)
      return { ...found, note: found.total > 0 ? (match?.note ?? null) : null };
  }
  throw new Error("unreachable: the last attempt returns");
}

/**
 * The search's condition as the list applies it: the first of its attempts that matches anything
 * under the whole filter, else the last one tried (null: no search). Facet counts use it, so that
 * they count what the list shows.
 */
export async function matchedSearch(
  ctx: RequestContext,
  filter: ProductQuery,
): Promise<((params: SqlParams) => string) | null> {
  const search = fold(filter.search ?? "").slice(0, MAX_SEARCH_LENGTH);
  if (!search) return null;
  let last: ((params: SqlParams) => string) | null = null;
  for (const attempt of await searchAttempts(ctx, search)) {
    const match = await attempt();
    if (!match) continue;
    last = match.condition;
    const params = new SqlParams();
    const { where, joins } = productConditions(filter, params);
    where.push(match.condition(params));
    const [row] = (await ctx.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM product p ${[...joins].join(" ")} WHERE ${where.join(" AND ")}) AS found`,
      params.values,
    )) as Array<{ found: boolean }>;
    if (row?.found) return match.condition;
  }
  return last;
}

/** The ORDER BY of a product list (`p` is product); `rank` orders search matches first. */
export function productOrder(sort: ProductOrder, rank: string | null, localName: string): string {
  const byName = `ocop_fold(${localName}), p.id`;
  return {
    [ProductSort.RELEVANCE]: rank
      ? `${rank}, ${CURRENT_STARS} DESC NULLS LAST, p.id`
      : `p.featured DESC, ${CURRENT_STARS} DESC NULLS LAST, p.newest_decision_date DESC NULLS LAST, p.id`,
    [ProductSort.NAME]: byName,
    [ProductSort.STARS]: `${CURRENT_STARS} DESC NULLS LAST, ${byName}`,
    [ProductSort.NEWEST]: `p.newest_decision_date DESC NULLS LAST, p.id DESC`,
    UPDATED_DESC: `p.updated_at DESC, p.id DESC`,
    VALID_UNTIL: `p.newest_valid_until ASC NULLS LAST, p.id`,
  }[sort];
}

export async function publishedProductBySlug(ctx: RequestContext, slug: string): Promise<PublishedProduct | null> {
  const [product] = (await ctx.dataSource.query(
    `SELECT ${publishedProductColumns(ctx.dataSource, "p")} FROM product p WHERE p.slug = $1 AND ${isSiteProduct("p")}`,
    [slug],
  )) as PublishedProduct[];
  if (!product) return null;
  ctx.loaders.publishedProductById.prime(product.id, product);
  return product;
}
