import { VIETNAM_TIME_ZONE } from "@ocop/schema/enums";
import { CertificationStatus } from "../modules/certification/certification.types";
import { ProductStatus } from "../modules/product/product.entity";

/*
 * The catalogue's rules, each with one name, as the SQL every statement embeds: services, loaders,
 * search and the HTTP layer call these instead of spelling a rule out. They are emitted fragments,
 * not database functions, so that PostgreSQL plans them exactly as if written inline: the partial
 * index product_published_listing_idx is matched against `status = 'published'` in the statement,
 * and today's date stays one value per statement. Score bands and validity months are constants in
 * @ocop/schema/enums, which both apps read; the database holds them as constraints too.
 */

/**
 * Today's date in Vietnam. A scalar subquery (cast, so that `= ANY` reads it as one array, not as rows), so PostgreSQL computes it once per statement: written
 * inline, the time-zone conversion ran for every row compared, which doubled the cost of sorting the
 * catalogue by current stars.
 */
export const TODAY_IN_VIETNAM = `(SELECT (now() AT TIME ZONE '${VIETNAM_TIME_ZONE}')::date)`;

/** A product the public sees (`p` is a product row): a published one; drafts and archived ones are staff's. */
export const isPublicProduct = (p: string) => `${p}.status = '${ProductStatus.PUBLISHED}'`;

/** A product staff still work on (`p` is a product row): a draft or a published one, not an archived one. */
export const isActiveProduct = (p: string) => `${p}.status <> '${ProductStatus.ARCHIVED}'`;

/**
 * A producer the public sees (`pr` is a producer row): one with a public product, so the public never
 * meets a producer with nothing to show.
 */
export const isPublicProducer = (pr: string) =>
  `EXISTS (SELECT 1 FROM product public_product WHERE public_product.producer_id = ${pr}.id AND ${isPublicProduct("public_product")})`;

/** A producer the public sees on this site: a public one (isPublicProducer) of the site's provinces (shownOnSite). */
export const isSiteProducer = (pr: string) => `${shownOnSite.producer(pr)} AND ${isPublicProducer(pr)}`;

/**
 * The provinces this site shows (the site settings' `provinces`). A scalar subquery (cast, so that `= ANY` reads it as one array, not as rows), so PostgreSQL
 * reads the one settings record once per statement.
 */
export const SITE_PROVINCES = `(SELECT site.provinces FROM site_settings site WHERE site.id = 1)::text[]`;

/**
 * A record "shown on this site": it belongs to one of the site's provinces (a product through its
 * producer's unit, a producer by its unit). Every public query adds it to what the public sees, so a
 * one-province site never shows another province's products (they stay in the data for a national
 * site). `p` is a product row; use shownOnSite.producer / shownOnSite.unit for the other records.
 */
export const shownOnSite = Object.assign(
  (p: string) =>
    `EXISTS (SELECT 1 FROM producer site_pr WHERE site_pr.id = ${p}.producer_id AND site_pr.province_code = ANY(${SITE_PROVINCES}))`,
  {
    /** A producer of one of the site's provinces (`pr` is a producer row). */
    producer: (pr: string) => `${pr}.province_code = ANY(${SITE_PROVINCES})`,
    /** A commune/ward of one of the site's provinces (`au` is an administrative_unit row). */
    unit: (au: string) => `${au}.province_code = ANY(${SITE_PROVINCES})`,
    /** A province the site shows (`code` is the SQL of a province code). */
    province: (code: string) => `${code} = ANY(${SITE_PROVINCES})`,
  },
);

/** A product the public sees on this site: public (isPublicProduct) and shown on this site (shownOnSite). */
export const isSiteProduct = (p: string) => `${isPublicProduct(p)} AND ${shownOnSite(p)}`;

/** A commune/ward where the public sees a product on this site (`au` is an administrative_unit row): through its producers. */
export const hasSiteProducts = (au: string) =>
  `EXISTS (SELECT 1 FROM producer unit_pr JOIN product unit_p ON unit_p.producer_id = unit_pr.id
            WHERE unit_pr.commune_code = ${au}.code AND ${isSiteProduct("unit_p")})`;

/** A showcase event the public sees (`e` is a showcase_event row): one staff marked published. */
export const isPublicEvent = (e: string) => `${e}.published`;

/**
 * Whether a product's current certificate is valid today (`p` is a product row): its newest
 * certificate, which a trigger copies onto the product, is neither revoked nor expired.
 */
export const hasValidCertificate = (p: string) =>
  `${p}.newest_revoked = false AND ${p}.newest_valid_until >= ${TODAY_IN_VIETNAM}`;

/** The stars a product shows today (`p` is a product row): its newest certificate's while that is valid, else null. */
export const currentStars = (p: string) => `(CASE WHEN ${hasValidCertificate(p)} THEN ${p}.newest_stars END)`;

/**
 * currentStars for a product whose certificates were loaded (newest first, each with its
 * certificateStatus): the same rule where no product row with its newest-certificate copy is at hand.
 */
export const currentStarsOf = (certificates: ReadonlyArray<{ stars: number; status: CertificationStatus }>) => {
  const newest = certificates.find((c) => c.status !== CertificationStatus.VOIDED);
  return newest?.status === CertificationStatus.VALID ? newest.stars : null;
};

/** A product whose valid current certificate ends within `days` (an SQL integer expression) from today. */
export const certificateEndsWithin = (p: string, days: string) =>
  `${hasValidCertificate(p)} AND ${p}.newest_valid_until < ${TODAY_IN_VIETNAM} + ${days}::int`;

/** A product whose current certificate has ended (it was valid once, and no newer one replaced it). */
export const certificateExpired = (p: string) =>
  `${p}.newest_revoked = false AND ${p}.newest_valid_until < ${TODAY_IN_VIETNAM}`;

/** A product with no valid certificate today: none at all, or its newest one is revoked or has ended. */
export const lacksValidCertificate = (p: string) => `NOT coalesce(${hasValidCertificate(p)}, false)`;

/**
 * A certificate that counts (`c` is a certification row): not voided as entered in error. A voided
 * one stays in the staff history and nowhere else; the product's newest-certificate copy, which
 * hasValidCertificate and currentStars read, skips it too (its trigger, migration 1765500000000).
 */
export const isLiveCertificate = (c: string) => `${c}.voided_at IS NULL`;

/**
 * A certificate's status today (`c` is a certification row; `newest` is true for its product's
 * newest live one): voided if entered in error; revoked if revoked; superseded when a newer
 * certificate of the same product exists (an upgrade replaces the old one); otherwise valid until
 * its validity has passed.
 */
export const certificateStatus = (c: string, newest: string) => `CASE
  WHEN NOT (${isLiveCertificate(c)}) THEN '${CertificationStatus.VOIDED}'
  WHEN ${c}.revoked_on IS NOT NULL THEN '${CertificationStatus.REVOKED}'
  WHEN NOT ${newest} THEN '${CertificationStatus.SUPERSEDED}'
  WHEN ${c}.valid_until < ${TODAY_IN_VIETNAM} THEN '${CertificationStatus.EXPIRED}'
  ELSE '${CertificationStatus.VALID}' END`;

/**
 * A product whose current certificate has run out and was not renewed (`p` is a product row): its
 * newest certificate, not revoked, ended before today.
 */
export const hasLapsedCertificate = (p: string) =>
  `${p}.newest_revoked = false AND ${p}.newest_valid_until < ${TODAY_IN_VIETNAM}`;

/** A product whose valid current certificate ends in the calendar year after today's (renewal due then). */
export const certificateEndsNextYear = (p: string) =>
  `${hasValidCertificate(p)} AND extract(year FROM ${p}.newest_valid_until) = extract(year FROM ${TODAY_IN_VIETNAM}) + 1`;

/**
 * A connection request about the products of a commune/ward (`r` is a connection_request row,
 * `commune` the SQL of a commune code): one of its products is made by a producer of that unit. A
 * commune officer sees and handles exactly these; a request about two units is in both scopes.
 */
export const isConnectionRequestOfCommune = (r: string, commune: string) =>
  `EXISTS (SELECT 1 FROM connection_request_product scope_item
     JOIN product scope_product ON scope_product.id = scope_item.product_id
     JOIN producer scope_producer ON scope_producer.id = scope_product.producer_id
     WHERE scope_item.request_id = ${r}.id AND scope_producer.commune_code = ${commune})`;
/** A product that lacks its decision number: no live certificate of it records one. */
export const lacksDecisionNumber = (p: string) =>
  `NOT EXISTS (SELECT 1 FROM certification dn WHERE dn.product_id = ${p}.id AND ${isLiveCertificate("dn")}
     AND nullif(btrim(dn.decision_number), '') IS NOT NULL)`;

/** A product without any photo. */
export const lacksPhoto = (p: string) => `NOT EXISTS (SELECT 1 FROM product_image pi WHERE pi.product_id = ${p}.id)`;

/** A product whose description is missing in English or in Chinese (the storefront's other languages). */
export const lacksTranslatedDescription = (p: string) =>
  `(nullif(btrim(${p}.description_en), '') IS NULL OR nullif(btrim(${p}.description_zh), '') IS NULL)`;

/** The contact fields a buyer reaches a producer by (a contact person or an address alone is not enough). */
const REACHABLE_BY = ["phone", "zalo", "email", "website"] as const;

/**
 * A producer the public can contact (`pr` is a producer row): one of the fields a buyer reaches it
 * by is filled in and switched public.
 */
export const hasPublicContact = (pr: string) =>
  `(${REACHABLE_BY.map((f) => `(${pr}.${f}_public AND nullif(btrim(${pr}.${f}), '') IS NOT NULL)`).join(" OR ")})`;

/** A product whose producer the public cannot contact (hasPublicContact). */
export const lacksPublicContact = (p: string) =>
  `NOT EXISTS (SELECT 1 FROM producer contact_pr WHERE contact_pr.id = ${p}.producer_id AND ${hasPublicContact("contact_pr")})`;

/**
 * What a published product may lack that the public expects (the completeness worklist), each a
 * rule on a product row `p`.
 */
export const COMPLETENESS_RULES = {
  DECISION_NUMBER: lacksDecisionNumber,
  PHOTO: lacksPhoto,
  TRANSLATED_DESCRIPTION: lacksTranslatedDescription,
  PUBLIC_CONTACT: lacksPublicContact,
} as const;
export type CompletenessIssue = keyof typeof COMPLETENESS_RULES;
