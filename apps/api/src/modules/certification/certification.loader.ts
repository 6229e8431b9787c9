import type { DataSource } from "typeorm";
import { listLoader } from "../../lib/loaders";
import { unshared, type ShareFetch } from "../../lib/shared-fetch";
import type { CertificationLevel, DatePrecision } from "./certification.entity";
import type { CertificationStatus } from "./certification.types";

export interface CertificationRecord {
  id: number;
  version: number;
  productId: number;
  stars: number;
  score: number | null;
  level: CertificationLevel;
  legalBasis: string | null;
  issuer: string | null;
  decisionNumber: string | null;
  decisionDate: string;
  decisionDatePrecision: DatePrecision;
  validUntil: string;
  revokedOn: string | null;
  revocationReason: string | null;
  status: CertificationStatus;
}

/**
 * Today in Vietnam: a certificate valid until 25/11 is valid all of 25/11 there. A scalar subquery,
 * so PostgreSQL computes it once per statement: written inline, the time-zone conversion ran for
 * every row compared, which doubled the cost of sorting the catalogue by current stars.
 */
export const TODAY_SQL = `(SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)`;

/**
 * Stars a product shows today, from the newest-certificate columns a trigger keeps on product:
 * those of its newest certificate while it is neither revoked nor expired.
 */
export const currentStarsSql = (p: string) =>
  `(CASE WHEN ${p}.newest_revoked = false AND ${p}.newest_valid_until >= ${TODAY_SQL} THEN ${p}.newest_stars END)`;

/**
 * The status rules in one place: revoked if revoked; superseded when a newer certificate of the same
 * product exists (an upgrade replaces the old one); otherwise valid until 36 months have passed.
 * `newest` must be true for the product's newest certificate.
 */
export const certificationStatusSql = (c: string, newest: string) => `CASE
  WHEN ${c}.revoked_on IS NOT NULL THEN 'REVOKED'
  WHEN NOT ${newest} THEN 'SUPERSEDED'
  WHEN ${c}.valid_until < ${TODAY_SQL} THEN 'EXPIRED'
  ELSE 'VALID' END`;

/** Every certificate of the given products, newest first, with its computed status. */
export function certificationsOfProducts(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  productIds: readonly number[],
): Promise<CertificationRecord[]> {
  return db.query(
    `SELECT c.id, c.version, c.product_id AS "productId", c.stars, c.score, c.level, c.legal_basis AS "legalBasis",
            c.issuer, c.decision_number AS "decisionNumber", c.decision_date AS "decisionDate",
            c.decision_date_precision AS "decisionDatePrecision", c.valid_until AS "validUntil",
            c.revoked_on AS "revokedOn", c.revocation_reason AS "revocationReason",
            ${certificationStatusSql("c", "(row_number() OVER w = 1)")} AS status
       FROM certification c
      WHERE c.product_id = ANY($1)
     WINDOW w AS (PARTITION BY c.product_id ORDER BY c.decision_date DESC, c.id DESC)
      ORDER BY c.product_id, c.decision_date DESC, c.id DESC`,
    [productIds],
  ) as Promise<CertificationRecord[]>;
}

export function createCertificationLoaders(ds: DataSource, share: ShareFetch = unshared) {
  return {
    /** Every certificate of a product, newest first, with its computed status. */
    certificationsByProductId: listLoader(
      share("certificationsByProductId", (productIds: readonly number[]) => certificationsOfProducts(ds, productIds)),
      (c) => c.productId,
    ),
  };
}
