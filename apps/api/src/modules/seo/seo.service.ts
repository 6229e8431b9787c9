import { siteNameOr } from "@ocop/schema/site-texts";
import type { Language } from "@ocop/schema/enums";
import type { DataSource } from "typeorm";
import {
  certificateExpired,
  currentStars,
  hasValidCertificate,
  isPublicEvent,
  isSiteProduct,
  isSiteProducer,
} from "../../domain/rules";
import { productOrder } from "../product/product.service";
import { ProductSort } from "../product/product.types";

/*
 * What the HTTP layer shows outside GraphQL (page metadata in server-rendered HTML, the sitemap):
 * small reads of public records, through the same visibility rules as the public API.
 */

export interface ImageVariant {
  key: string;
  width: number;
  format: string;
}

const localized = (lang: Language, column: string) =>
  lang === "vi" ? `${column}_vi` : `coalesce(nullif(${column}_${lang}, ''), ${column}_vi)`;

/** A text that was Vietnamese only first: its Vietnamese column has no suffix. */
const translated = (lang: Language, column: string) =>
  lang === "vi" ? column : `coalesce(nullif(${column}_${lang}, ''), ${column})`;

/** The image variants of the product the unfiltered catalogue shows first (its default order). */
export async function firstCatalogProductImage(ds: DataSource): Promise<ImageVariant[]> {
  const [row] = await ds.query(
    `SELECT (SELECT i.variants FROM product_image i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1) AS variants
       FROM product p WHERE ${isSiteProduct("p")} ORDER BY ${productOrder(ProductSort.RELEVANCE, null, "p.name_vi")} LIMIT 1`,
  );
  return Array.isArray(row?.variants) ? row.variants : [];
}

export interface ProductPageSummary {
  name: string;
  description: string | null;
  producer: string;
  isDemo: boolean;
  stars: number | null;
  /** Its current certificate has run out (not revoked, not renewed): share titles say so. */
  expired: boolean;
  variants: ImageVariant[] | null;
}

/** A public product's name, description, producer, current stars and first image, in `lang`. */
export async function publicProductSummary(
  ds: DataSource,
  slug: string,
  lang: Language,
): Promise<ProductPageSummary | null> {
  const [p] = await ds.query(
    `SELECT ${localized(lang, "p.name")} AS name, ${localized(lang, "p.description")} AS description,
            pr.name AS producer, p.is_demo AS "isDemo",
            ${currentStars("p")} AS stars, coalesce(${certificateExpired("p")}, false) AS expired,
            (SELECT i.variants FROM product_image i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1) AS variants
       FROM product p JOIN producer pr ON pr.id = p.producer_id WHERE p.slug = $1 AND ${isSiteProduct("p")}`,
    [slug],
  );
  return p ?? null;
}

/** A public producer's name and description in `lang`. */
export async function publicProducerSummary(
  ds: DataSource,
  slug: string,
  lang: Language,
): Promise<{ name: string; description: string | null } | null> {
  const [p] = await ds.query(
    `SELECT pr.name, ${localized(lang, "pr.description")} AS description FROM producer pr
      WHERE pr.slug = $1 AND ${isSiteProducer("pr")}`,
    [slug],
  );
  return p ?? null;
}

/** A public showcase event's name, description, venue and start in `lang`. */
export async function publicEventSummary(
  ds: DataSource,
  slug: string,
  lang: Language,
): Promise<{ name: string; description: string | null; venue: string | null; startsOn: string } | null> {
  const [e] = await ds.query(
    `SELECT ${localized(lang, "e.name")} AS name, ${localized(lang, "e.description")} AS description,
            ${translated(lang, "e.venue_name")} AS venue,
            e.starts_on AS "startsOn" FROM showcase_event e WHERE e.slug = $1 AND ${isPublicEvent("e")}`,
    [slug],
  );
  return e ?? null;
}

/** A commune or ward's full name ("Xã Chi Lăng"). */
export async function administrativeUnitFullName(ds: DataSource, code: string): Promise<string | null> {
  const [u] = await ds.query(`SELECT full_name AS "fullName" FROM administrative_unit WHERE code = $1`, [code]);
  return u?.fullName ?? null;
}

export const countPublicProducts = async (ds: DataSource): Promise<number> =>
  (await ds.query(`SELECT count(*)::int AS n FROM product p WHERE ${isSiteProduct("p")}`))[0].n;

/** Public products' slugs and last change dates, in a stable order, one page of them. */
export const publicProductSlugs = (
  ds: DataSource,
  offset: number,
  limit: number,
): Promise<Array<{ slug: string; lastmod: string }>> =>
  ds.query(
    `SELECT p.slug, p.updated_at::date::text AS lastmod FROM product p WHERE ${isSiteProduct("p")}
      ORDER BY p.id LIMIT $1 OFFSET $2`,
    [limit, offset],
  );

export const countPublicProducers = async (ds: DataSource): Promise<number> =>
  (await ds.query(`SELECT count(*)::int AS n FROM producer pr WHERE ${isSiteProducer("pr")}`))[0].n;

/** Public producers' slugs, in a stable order, one page of them. */
export const publicProducerSlugs = (ds: DataSource, offset: number, limit: number): Promise<Array<{ slug: string }>> =>
  ds.query(`SELECT pr.slug FROM producer pr WHERE ${isSiteProducer("pr")} ORDER BY pr.id LIMIT $1 OFFSET $2`, [
    limit,
    offset,
  ]);

/** A distributor's name and description in `lang` (every distributor is public). */
export async function publicDistributorSummary(
  ds: DataSource,
  slug: string,
  lang: Language,
): Promise<{ name: string; description: string | null } | null> {
  const [d] = await ds.query(
    `SELECT ${localized(lang, "d.name")} AS name, ${localized(lang, "d.description")} AS description
       FROM distributor d WHERE d.slug = $1`,
    [slug],
  );
  return d ?? null;
}

/** Every distributor's slug, in a stable order. */
export async function distributorSlugs(ds: DataSource): Promise<string[]> {
  const rows: Array<{ slug: string }> = await ds.query(`SELECT d.slug FROM distributor d ORDER BY d.id`);
  return rows.map((r) => r.slug);
}

/** Codes of the communes and wards where a public producer works. */
export async function communesWithPublicProducers(ds: DataSource): Promise<string[]> {
  const rows: Array<{ code: string }> = await ds.query(
    `SELECT DISTINCT pr.commune_code AS code FROM producer pr
      WHERE pr.commune_code IS NOT NULL AND ${isSiteProducer("pr")} ORDER BY 1`,
  );
  return rows.map((r) => r.code);
}

/** Public showcase events' slugs, newest first. */
export async function publicEventSlugs(ds: DataSource): Promise<string[]> {
  const rows: Array<{ slug: string }> = await ds.query(
    `SELECT e.slug FROM showcase_event e WHERE ${isPublicEvent("e")} ORDER BY e.starts_on DESC`,
  );
  return rows.map((r) => r.slug);
}

/** What a share card (og:image) shows of a record: photo or group art, name, stars and validity, province. */
export interface ShareCardData {
  name: string;
  /** The product group whose art stands in for a missing photo. */
  group: string | null;
  /** The first photo's variants (null: none). */
  variants: ImageVariant[] | null;
  /** Current stars (a valid certificate's), or for a producer its best product's. */
  stars: number | null;
  /** valid: until `validUntil`; expired: since `validUntil`; revoked; none: no certificate. */
  certificate: "valid" | "expired" | "revoked" | "none" | null;
  validUntil: string | null;
  province: string | null;
  /** A second line: the producer's commune, the number of products, the event's dates and venue. */
  detail: string | null;
  /** A producer's number of public products. */
  productCount?: number;
  startsOn?: string;
  endsOn?: string;
}

const provinceOfUnit = (unitCode: string) =>
  `(SELECT pv.name FROM administrative_unit au JOIN province pv ON pv.code = au.province_code WHERE au.code = ${unitCode})`;

/** A public product's share card data; the name in `lang` where the card's font can draw it (vi for zh). */
export async function productShareCard(ds: DataSource, slug: string, lang: Language): Promise<ShareCardData | null> {
  const [p] = await ds.query(
    `SELECT ${localized(lang, "p.name")} AS name, split_part(p.category_code, '-', 1) AS "group",
            (SELECT i.variants FROM product_image i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1) AS variants,
            ${currentStars("p")} AS stars,
            CASE WHEN p.newest_valid_until IS NULL THEN 'none'
                 WHEN p.newest_revoked THEN 'revoked'
                 WHEN ${hasValidCertificate("p")} THEN 'valid'
                 ELSE 'expired' END AS certificate,
            p.newest_valid_until::text AS "validUntil",
            ${provinceOfUnit("pr.commune_code")} AS province,
            (SELECT au.full_name FROM administrative_unit au WHERE au.code = pr.commune_code) AS detail
       FROM product p JOIN producer pr ON pr.id = p.producer_id WHERE p.slug = $1 AND ${isSiteProduct("p")}`,
    [slug],
  );
  return p ?? null;
}

/** A public producer's share card data: its first product's photo or group, its best current stars. */
export async function producerShareCard(ds: DataSource, slug: string): Promise<ShareCardData | null> {
  const [p] = await ds.query(
    `SELECT pr.name, first.group AS "group", first.variants, best.stars, NULL AS certificate, NULL AS "validUntil",
            ${provinceOfUnit("pr.commune_code")} AS province,
            (SELECT au.full_name FROM administrative_unit au WHERE au.code = pr.commune_code) AS detail,
            best.count AS "productCount"
       FROM producer pr
       LEFT JOIN LATERAL (
         SELECT split_part(p.category_code, '-', 1) AS "group",
                (SELECT i.variants FROM product_image i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1) AS variants
           FROM product p WHERE p.producer_id = pr.id AND ${isSiteProduct("p")}
          ORDER BY EXISTS (SELECT 1 FROM product_image i WHERE i.product_id = p.id) DESC, ${currentStars("p")} DESC NULLS LAST, p.id
          LIMIT 1) first ON true
       LEFT JOIN LATERAL (
         SELECT max(${currentStars("p")}) AS stars, count(*)::int AS count
           FROM product p WHERE p.producer_id = pr.id AND ${isSiteProduct("p")}) best ON true
      WHERE pr.slug = $1 AND ${isSiteProducer("pr")}`,
    [slug],
  );
  return p ?? null;
}

/** A public showcase event's share card data: its name in `lang`, dates, venue and province. */
export async function eventShareCard(ds: DataSource, slug: string, lang: Language): Promise<ShareCardData | null> {
  const [e] = await ds.query(
    `SELECT ${localized(lang, "e.name")} AS name, NULL AS "group", NULL AS variants, NULL AS stars, NULL AS certificate,
            NULL AS "validUntil", ${provinceOfUnit("e.commune_code")} AS province, e.venue_name AS detail,
            e.starts_on::text AS "startsOn", e.ends_on::text AS "endsOn"
       FROM showcase_event e WHERE e.slug = $1 AND ${isPublicEvent("e")}`,
    [slug],
  );
  return e ?? null;
}

/** Whose site this is, as page titles and share cards name it: the settings' name and provinces. */
export interface SiteIdentity {
  siteName: string | null;
  provinces: Array<{ code: string; name: string; fullName: string }>;
}

export const brandOf = (site: SiteIdentity): string => siteNameOr(site.siteName);

export async function siteIdentity(ds: DataSource): Promise<SiteIdentity> {
  const [row] = await ds.query(
    `SELECT s.site_name AS "siteName",
            coalesce(json_agg(json_build_object('code', pv.code, 'name', pv.name, 'fullName', pv.full_name)
                              ORDER BY pv.name) FILTER (WHERE pv.code IS NOT NULL), '[]') AS provinces
       FROM site_settings s LEFT JOIN province pv ON pv.code = ANY(s.provinces)
      WHERE s.id = 1 GROUP BY s.id`,
  );
  return row ?? { siteName: null, provinces: [] };
}

/**
 * The site's identity, read again only when the catalog revision moves (an edit of the settings
 * moves it): every rendered page and share card names the site, and one read serves them all.
 */
export function siteIdentityReader(ds: DataSource, revision: () => Promise<string>): () => Promise<SiteIdentity> {
  let cached: { revision: string; identity: Promise<SiteIdentity> } | null = null;
  return async () => {
    const current = await revision();
    if (cached?.revision !== current) {
      const identity = siteIdentity(ds);
      cached = { revision: current, identity };
      identity.catch(() => {
        if (cached?.identity === identity) cached = null;
      });
    }
    return cached.identity;
  };
}
