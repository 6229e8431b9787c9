import { likeLiteral } from "@ocop/schema/text";

/**
 * Hand-written SQL of the baseline: each page is one statement that returns the whole GraphQL
 * response body as JSON text, built by PostgreSQL (json_build_object / json_agg). Same rules as
 * the API (published products only, current stars from the newest valid certificate, language
 * fallback to Vietnamese, image URLs from the largest variant), same ordering.
 */

export type Lang = "vi" | "en" | "zh";

/** Today in Vietnam, computed once per statement (a scalar subquery), as the API does. */
export const TODAY = `(SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)`;

/** The localized column with fallback to Vietnamese (the API's pick()). */
export function loc(lang: Lang, column: string): string {
  if (lang === "vi") return `${column}_vi`;
  return `CASE WHEN btrim(coalesce(${column}_${lang}, '')) <> '' THEN ${column}_${lang} ELSE ${column}_vi END`;
}

/** Current stars from the newest-certificate columns the database keeps on product (trigger-maintained). */
export const currentStars = (p = "p") =>
  `(CASE WHEN ${p}.newest_revoked = false AND ${p}.newest_valid_until >= ${TODAY} THEN ${p}.newest_stars END)`;

/** The API's cursor: base64url("o:<offset>") without padding. */
export const cursorSql = (offset: string) =>
  `rtrim(translate(encode(convert_to('o:' || (${offset})::text, 'UTF8'), 'base64'), '+/', '-_'), '=')`;

export function imagesJson(lang: Lang, p: string): string {
  return `(SELECT coalesce(json_agg(json_build_object(
      'id', i.id::text, 'alt', ${loc(lang, "i.alt")}, 'width', i.width, 'height', i.height,
      'url', coalesce((SELECT '/media/' || (v.value->>'key') FROM jsonb_array_elements(i.variants) WITH ORDINALITY AS v(value, n)
                        ORDER BY (v.value->>'width')::int DESC, v.n LIMIT 1), ''),
      'variants', (SELECT coalesce(json_agg(json_build_object('url', '/media/' || (v.value->>'key'), 'width', (v.value->>'width')::int,
                                                             'height', (v.value->>'height')::int, 'format', v.value->>'format')
                                            ORDER BY (v.value->>'width')::int, v.n), '[]'::json)
                     FROM jsonb_array_elements(i.variants) WITH ORDINALITY AS v(value, n))
    ) ORDER BY i.position, i.id), '[]'::json) FROM product_image i WHERE i.product_id = ${p}.id)`;
}

const unitJson = (au: string, withProvince: boolean) =>
  `CASE WHEN ${au}.code IS NULL THEN NULL ELSE json_build_object('code', ${au}.code, 'name', ${au}.name, 'type', upper(${au}.type::text)${
    withProvince
      ? `, 'fullName', ${au}.full_name, 'province', (SELECT json_build_object('code', pv.code, 'name', pv.name) FROM province pv WHERE pv.code = ${au}.province_code)`
      : ""
  }) END`;

/** The ProductCard fields of product `p` (joined: category c, producer pr, commune au). */
function cardFields(lang: Lang): string {
  return `'id', p.id::text, 'slug', p.slug, 'name', ${loc(lang, "p.name")}, 'stars', ${currentStars()}, 'isDemo', p.is_demo,
    'isTourism', coalesce(c.parent_code, c.code) = 'DV',
    'images', ${imagesJson(lang, "p")}`;
}

const cardJoins = `JOIN category c ON c.code = p.category_code
  JOIN producer pr ON pr.id = p.producer_id
  LEFT JOIN administrative_unit au ON au.code = pr.commune_code`;

export interface ListQuery {
  sql: string;
  params: unknown[];
}

/**
 * A catalog page: published products filtered like listPublishedProducts, ordered by relevance,
 * as a ProductConnection with totalCount, edges (cursor + card) and pageInfo.
 */
export type SearchMatch =
  { kind: "words"; tsquery: string } | { kind: "fuzzy"; variants: string[] } | { kind: "han"; variants: string[] };

/** The filters of a catalog request as SQL conditions on product p (shared by the probe and the page). */
export function catalogWhere(
  filter: {
    categoryCode?: string;
    stars?: number[];
    communeCode?: string;
    provinceCode?: string;
    producerType?: string;
  },
  add: (v: unknown) => string,
): string[] {
  const where = [`p.status = 'published'`];
  if (filter.communeCode || filter.provinceCode || filter.producerType) {
    const conditions = [
      ...(filter.communeCode ? [`f.commune_code = ${add(filter.communeCode)}`] : []),
      ...(filter.provinceCode ? [`f.province_code = ${add(filter.provinceCode)}`] : []),
      ...(filter.producerType ? [`f.type = ${add(filter.producerType.toLowerCase())}::producer_type`] : []),
    ];
    where.push(`EXISTS (SELECT 1 FROM producer f WHERE f.id = p.producer_id AND ${conditions.join(" AND ")})`);
  }
  if (filter.categoryCode) {
    const code = add(filter.categoryCode);
    where.push(`p.category_code IN (SELECT code FROM category WHERE code = ${code} OR parent_code = ${code})`);
  }
  if (filter.stars?.length) where.push(`${currentStars()} = ANY(${add(filter.stars)}::int[])`);
  return where;
}

/** The word match of the API: every word from its start through the text-search index. */
export function tsqueryOf(variants: string[]): string {
  return variants
    .map(
      (v) =>
        `(${v
          .split(" ")
          .map((w) => `${w}:*`)
          .join(" & ")})`,
    )
    .join(" | ");
}

/**
 * A catalog page: published products filtered like the API's findProductIds, ordered by relevance,
 * as a ProductConnection with totalCount, edges (cursor + card) and pageInfo.
 */
export function catalogSql(
  lang: Lang,
  filter: {
    categoryCode?: string;
    stars?: number[];
    communeCode?: string;
    provinceCode?: string;
    producerType?: string;
    search?: string;
    match?: SearchMatch;
  },
  page: { offset: number; limit: number },
): ListQuery {
  const params: unknown[] = [];
  const add = (v: unknown) => `$${params.push(v)}`;
  const where = catalogWhere(filter, add);
  let keys: string;
  let order: string;
  if (filter.search && filter.match) {
    const m = filter.match;
    if (m.kind === "words") where.push(`p.search_vector @@ to_tsquery('simple', ${add(m.tsquery)})`);
    else if (m.kind === "han")
      where.push(`(${m.variants.map((v) => `p.search_name LIKE ${add(`%${likeLiteral(v)}%`)}`).join(" OR ")})`);
    else where.push(`(${m.variants.map((v) => `${add(v)} <% p.search_name`).join(" OR ")})`);
    const q = add(filter.search);
    const phrase = add(`% ${likeLiteral(filter.search)}%`);
    keys = `(CASE WHEN p.search_name LIKE ${phrase} THEN 2 WHEN p.search_text LIKE ${phrase} THEN 1 ELSE 0 END) AS k1,
            word_similarity(${q}, p.search_name) AS k2, ${currentStars()} AS k3, NULL::int AS k4`;
    order = `k1 DESC, k2 DESC, k3 DESC NULLS LAST`;
  } else {
    keys = `p.featured AS k1, ${currentStars()} AS k2, p.newest_decision_date AS k3, NULL::int AS k4`;
    order = `k1 DESC, k2 DESC NULLS LAST, k3 DESC NULLS LAST`;
  }
  const from = `FROM product p WHERE ${where.join(" AND ")}`;
  const offset = add(page.offset);
  const limit = add(page.limit);
  const sql = `
WITH page AS MATERIALIZED (
  SELECT p.id, ${keys} ${from}
   ORDER BY ${order}, id LIMIT ${limit} OFFSET ${offset}
), tot AS (
  SELECT (SELECT count(*) ${from}) AS n, (SELECT count(*) FROM page) AS got
), cards AS (
  SELECT row_number() OVER (ORDER BY ${order}, page.id) AS rn,
         json_build_object(${cardFields(lang)},
           'category', json_build_object('code', c.code, 'name', ${loc(lang, "c.name")}),
           'producer', json_build_object('id', pr.id::text, 'slug', pr.slug, 'name', pr.name, 'commune', ${unitJson("au", false)})) AS card
    FROM page JOIN product p ON p.id = page.id ${cardJoins}
)
SELECT json_build_object('data', json_build_object('products', json_build_object(
  'totalCount', tot.n,
  'edges', coalesce((SELECT json_agg(json_build_object('cursor', ${cursorSql(`${offset}::int + rn - 1`)}, 'node', card) ORDER BY rn) FROM cards), '[]'::json),
  'pageInfo', json_build_object('hasNextPage', ${offset}::int + tot.got < tot.n,
                                'endCursor', CASE WHEN tot.got > 0 THEN ${cursorSql(`${offset}::int + tot.got - 1`)} END)
)))::text AS body FROM tot`;
  return { sql, params };
}

/** The product page: the card plus certificate, producer, places, where to buy and showcases. */
export function productSql(lang: Lang, slug: string): ListQuery {
  const sql = `
SELECT json_build_object('data', json_build_object('product', (
  SELECT json_build_object(${cardFields(lang)},
    'description', ${loc(lang, "p.description")}, 'packaging', p.packaging, 'unit', p.unit, 'priceMin', p.price_min, 'priceMax', p.price_max,
    'seasons', p.seasons, 'openingHours', p.opening_hours, 'traceabilityUrl', p.traceability_url,
    'location', CASE WHEN p.latitude IS NULL OR p.longitude IS NULL THEN NULL ELSE json_build_object('lat', p.latitude, 'lng', p.longitude) END,
    'category', json_build_object('code', c.code, 'name', ${loc(lang, "c.name")},
      'parent', (SELECT json_build_object('code', g.code, 'name', ${loc(lang, "g.name")}) FROM category g WHERE g.code = c.parent_code)),
    'certification', (
      SELECT json_build_object('stars', ce.stars, 'score', ce.score, 'level', upper(ce.level::text), 'decisionNumber', ce.decision_number,
        'decisionDate', ce.decision_date, 'decisionDatePrecision', upper(ce.decision_date_precision::text), 'validUntil', ce.valid_until,
        'revokedOn', ce.revoked_on, 'revocationReason', ce.revocation_reason,
        'status', CASE WHEN ce.revoked_on IS NOT NULL THEN 'REVOKED' WHEN ce.valid_until < ${TODAY} THEN 'EXPIRED' ELSE 'VALID' END,
        'legalBasis', ce.legal_basis, 'issuer', ce.issuer)
        FROM certification ce WHERE ce.product_id = p.id ORDER BY ce.decision_date DESC, ce.id DESC LIMIT 1),
    'producer', json_build_object('id', pr.id::text, 'slug', pr.slug, 'name', pr.name, 'type', upper(pr.type::text),
      'address', CASE WHEN pr.address_public THEN pr.address END, 'addressAsReported', pr.address_as_reported,
      'website', CASE WHEN pr.website_public THEN pr.website END, 'email', CASE WHEN pr.email_public THEN pr.email END,
      'phone', CASE WHEN pr.phone_public THEN pr.phone END, 'isDemo', pr.is_demo,
      'commune', ${unitJson("au", true)},
      'province', (SELECT json_build_object('code', pv.code, 'name', pv.name) FROM province pv WHERE pv.code = pr.province_code)),
    'whereToBuy', (
      SELECT coalesce(json_agg(json_build_object('url', dl.url, 'note', dl.note,
               'distributor', json_build_object('id', d.id::text, 'slug', d.slug, 'name', ${loc(lang, "d.name")}, 'kind', upper(d.kind::text), 'website', d.website))
             ORDER BY d.kind, d.name_vi), '[]'::json)
        FROM distributor_link dl JOIN distributor d ON d.id = dl.distributor_id WHERE dl.product_id = p.id),
    'showcases', (
      SELECT coalesce(json_agg(json_build_object('tableNumber', t.number,
               'event', json_build_object('id', e.id::text, 'slug', e.slug, 'name', ${loc(lang, "e.name")}, 'startsOn', e.starts_on,
                                          'endsOn', e.ends_on, 'venueName', e.venue_name),
               'commune', ${unitJson("tu", true)})
             ORDER BY e.starts_on DESC), '[]'::json)
        FROM showcase_placement sp
        JOIN showcase_table t ON t.id = sp.table_id
        JOIN showcase_event e ON e.id = sp.event_id AND e.published
        LEFT JOIN administrative_unit tu ON tu.code = t.commune_code
       WHERE sp.product_id = p.id))
    FROM product p ${cardJoins}
   WHERE p.slug = $1 AND p.status = 'published')))::text AS body`;
  return { sql, params: [slug] };
}

/** The event page: the event, its tables by number, each table's commune and published products. */
export function eventSql(lang: Lang, slug: string): ListQuery {
  const sql = `
SELECT json_build_object('data', json_build_object('showcaseEvent', (
  SELECT json_build_object('slug', e.slug, 'name', ${loc(lang, "e.name")}, 'startsOn', e.starts_on,
    'tables', (
      SELECT coalesce(json_agg(json_build_object('number', t.number,
               'commune', CASE WHEN au.code IS NULL THEN NULL ELSE json_build_object('fullName', au.full_name) END,
               'products', (
                 SELECT coalesce(json_agg(json_build_object('slug', p.slug, 'name', ${loc(lang, "p.name")}, 'stars', ${currentStars()})
                                 ORDER BY sp.position, sp.product_id), '[]'::json)
                   FROM showcase_placement sp JOIN product p ON p.id = sp.product_id AND p.status = 'published'
                  WHERE sp.table_id = t.id))
             ORDER BY t.number), '[]'::json)
        FROM showcase_table t LEFT JOIN administrative_unit au ON au.code = t.commune_code
       WHERE t.event_id = e.id))
    FROM showcase_event e WHERE e.slug = $1 AND e.published)))::text AS body`;
  return { sql, params: [slug] };
}

/** The synonym lookup of the API's expandWithSynonyms (same SQL, same expansion). */
export const SYNONYM_SQL = `SELECT terms FROM search_synonym WHERE terms && $1::text[] OR EXISTS (
  SELECT 1 FROM unnest(terms) t WHERE position(' ' IN t) > 0 AND position(t IN $2) > 0)`;

export function expandVariants(foldedQuery: string, groups: Array<{ terms: string[] }>): string[] {
  const variants = new Set([foldedQuery]);
  const padded = ` ${foldedQuery} `;
  for (const { terms } of groups) {
    const present = terms.find((t) => padded.includes(` ${t} `));
    if (!present) continue;
    for (const other of terms) {
      if (other !== present) variants.add(padded.replace(` ${present} `, ` ${other} `).trim());
      if (variants.size >= 6) return [...variants];
    }
  }
  return [...variants];
}
