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
  isSiteProduct,
  lacksValidCertificate,
} from "../../domain/rules";
import { fold, likeLiteral } from "@ocop/schema/text";
import { correctWords, vocabularyOf } from "../search/search-vocabulary";
import { expandWithSynonyms } from "../search/search.service";
import { ProductStatus, type PublishedProduct } from "./product.entity";
import { publishedProductColumns } from "./product.loader";
import { ProductSort, type ProductFilter } from "./product.types";

/** Longest search text taken: enough for any product name, short enough to keep trigram work small. */
const MAX_SEARCH_LENGTH = 100;

class SqlParams {
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
): Promise<Connection<PublishedProduct>> {
  const found = await findProductIds(ctx, { ...filter, publicOnly: true }, sort, page);
  return connectionFromLoader(ctx.loaders.publishedProductById, found, page);
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

export type ProductOrder = `${ProductSort}` | "UPDATED_DESC" | "VALID_UNTIL";

/**
 * One SQL statement for every product list, public or staff: filters, search and sort give the
 * ordered ids of one page and the total count; records then come through the loaders.
 */
export async function findProductIds(
  ctx: RequestContext,
  filter: ProductQuery,
  sort: ProductOrder,
  page: Page,
): Promise<{ ids: number[]; total: number }> {
  const params = new SqlParams();
  const where: string[] = [];
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
  const joins = new Set<string>();
  if (filter.categoryCode) {
    const code = params.add(filter.categoryCode);
    where.push(`p.category_code IN (SELECT code FROM category WHERE code = ${code} OR parent_code = ${code})`);
  }
  if (filter.stars?.length) {
    const invalid = filter.stars.find((s) => !(CERTIFIED_STARS as readonly number[]).includes(s));
    if (invalid !== undefined) throw badUserInput([fieldError("stars", "starsFilter")]);
    where.push(`(${CURRENT_STARS}) = ANY(${params.add(filter.stars)}::int[])`);
  }
  if (filter.validOnly) where.push(`(${CURRENT_STARS}) IS NOT NULL`);
  if (filter.communeCode || filter.provinceCode || filter.producerSlug || filter.producerType) {
    joins.add("JOIN producer pr ON pr.id = p.producer_id");
    if (filter.communeCode) where.push(`pr.commune_code = ${params.add(filter.communeCode)}`);
    if (filter.provinceCode) where.push(`pr.province_code = ${params.add(filter.provinceCode)}`);
    if (filter.producerSlug) where.push(`pr.slug = ${params.add(filter.producerSlug)}`);
    if (filter.producerType) where.push(`pr.type = ${params.add(filter.producerType)}`);
  }
  if (filter.featured !== undefined && filter.featured !== null)
    where.push(`p.featured = ${params.add(filter.featured)}`);
  if (filter.distributorSlug) {
    where.push(`EXISTS (SELECT 1 FROM distributor_link dl JOIN distributor d ON d.id = dl.distributor_id
                         WHERE dl.product_id = p.id AND d.slug = ${params.add(filter.distributorSlug)})`);
  }

  const search = fold(filter.search ?? "").slice(0, MAX_SEARCH_LENGTH);
  const localName = ctx.lang === "vi" ? "p.name_vi" : `coalesce(nullif(p.name_${ctx.lang}, ''), p.name_vi)`;
  const filterParamCount = params.values.length;
  // Without a search, one attempt. With one: the word match, then (only if that matched nothing
  // under the filters) the word match of the query with its typos corrected, then a fuzzy match of
  // the names. No probe first: each attempt is its own probe.
  const attempts: SearchAttempt[] = search
    ? searchAttempts(ctx, await expandWithSynonyms(ctx, search))
    : [async () => null];
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
      rank = `(CASE WHEN p.search_name LIKE ${phrase} THEN 2 WHEN p.search_text LIKE ${phrase} THEN 1 ELSE 0 END) DESC,
            word_similarity(${q}, p.search_name) DESC`;
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
    if (found.total > 0 || i === attempts.length - 1) return found;
  }
  throw new Error("unreachable: the last attempt returns");
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

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff]+/gu;

/** The pairs of neighbouring characters in each run of Chinese characters (a lone one: itself), as ocop_han_grams() indexes them. */
export function hanGrams(text: string): string[] {
  const grams = new Set<string>();
  for (const [run] of text.matchAll(HAN_RUN)) {
    const chars = [...run];
    if (chars.length === 1) grams.add(run);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...grams];
}

/** One way of matching a search: its SQL condition and the text its matches are ranked against. */
type SearchAttempt = () => Promise<{ condition: (params: SqlParams) => string; text: string } | null>;

/**
 * Which products a search matches, as the attempts to make in turn. Words match in any order
 * through the text-search index, the last one from its start ("mat on" finds "Mật ong"); Chinese, written without
 * spaces, matches inside names. When the words match nothing, the same with typos corrected against
 * the catalogue's own words ("mat ogn" → "mat ong"), then all of its words but one (queries of
 * three words or more), and then a fuzzy match of the names.
 */
function searchAttempts(ctx: RequestContext, variants: string[]): SearchAttempt[] {
  const typed = variants[0] as string;
  if (variants.some((v) => HAN.test(v))) {
    // The n-gram index narrows the names to those holding all the query's pairs of characters;
    // LIKE then checks they stand together in that order.
    const inside = (params: SqlParams, v: string) => {
      const like = `p.search_name LIKE ${params.add(`%${likeLiteral(v)}%`)}`;
      const grams = hanGrams(v);
      return grams.length ? `(ocop_han_grams(p.search_name) @> ${params.add(grams)}::text[] AND ${like})` : like;
    };
    const condition = (params: SqlParams) => `(${variants.map((v) => inside(params, v)).join(" OR ")})`;
    return [async () => ({ condition, text: typed })];
  }
  // Each spelling as its words, the last one marked as possibly unfinished.
  const wordsOf = (spelling: string) =>
    spelling.split(" ").map((word, i, all) => ({ word, last: i === all.length - 1 }));
  // Words before the last are finished and match themselves; the last one, still being typed,
  // matches words that start with it ("mat on" finds "mật ong"), unless it is a single letter (as a
  // prefix it would match a quarter of the catalogue). Prefix matching only the last word is what
  // search-as-you-type engines do, and it keeps the index lookups exact: 2 to 5 times cheaper.
  const wordMatch = (spellings: Array<Array<{ word: string; last: boolean }>>) => {
    const term = ({ word, last }: { word: string; last: boolean }) =>
      last && [...word].length > 1 ? `${word}:*` : word;
    const tsquery = spellings.map((words) => `(${words.map(term).join(" & ")})`).join(" | ");
    return (params: SqlParams) => `p.search_vector @@ to_tsquery('simple', ${params.add(tsquery)})`;
  };
  // The query with its typos corrected (null: nothing to correct), worked out once when needed.
  let correction: Promise<string | null> | undefined;
  const corrected = () => (correction ??= vocabularyOf(ctx).then((vocabulary) => correctWords(typed, vocabulary)));
  return [
    async () => ({ condition: wordMatch(variants.map(wordsOf)), text: typed }),
    async () => {
      const text = await corrected();
      return text ? { condition: wordMatch([wordsOf(text)]), text } : null;
    },
    // Long queries often name a place the product is not listed under ("tra hoa cuc binh thanh"):
    // every word but one, still through the word index, before the costlier fuzzy match.
    async () => {
      const text = (await corrected()) ?? typed;
      const words = wordsOf(text);
      if (words.length < 3) return null;
      const allButOne = words.map((_, i) => words.filter((__, j) => j !== i));
      return { condition: wordMatch(allButOne), text };
    },
    // Fuzzy matching reads many trigrams per spelling: the query as typed only, not its synonyms.
    async () => ({ condition: (params: SqlParams) => `${params.add(typed)} <% p.search_name`, text: typed }),
  ];
}
