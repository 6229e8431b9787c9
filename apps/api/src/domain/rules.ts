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
 * Today's date in Vietnam. A scalar subquery, so PostgreSQL computes it once per statement: written
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
  const newest = certificates[0];
  return newest?.status === CertificationStatus.VALID ? newest.stars : null;
};

/** A product whose valid current certificate ends within `days` (an SQL integer expression) from today. */
export const certificateEndsWithin = (p: string, days: string) =>
  `${hasValidCertificate(p)} AND ${p}.newest_valid_until < ${TODAY_IN_VIETNAM} + ${days}::int`;

/**
 * A certificate's status today (`c` is a certification row; `newest` is true for its product's
 * newest one): revoked if revoked; superseded when a newer certificate of the same product exists
 * (an upgrade replaces the old one); otherwise valid until its validity has passed.
 */
export const certificateStatus = (c: string, newest: string) => `CASE
  WHEN ${c}.revoked_on IS NOT NULL THEN '${CertificationStatus.REVOKED}'
  WHEN NOT ${newest} THEN '${CertificationStatus.SUPERSEDED}'
  WHEN ${c}.valid_until < ${TODAY_IN_VIETNAM} THEN '${CertificationStatus.EXPIRED}'
  ELSE '${CertificationStatus.VALID}' END`;

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
