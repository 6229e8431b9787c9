import type { DataSource } from "typeorm";
import { certificateStatus, isLiveCertificate } from "../../domain/rules";
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
  voidedAt: Date | null;
  voidReason: string | null;
  status: CertificationStatus;
}

/**
 * Every certificate of the given products, live ones newest first and then the voided ones (so the
 * first is the current one), each with its computed status.
 */
export function certificationsOfProducts(
  db: { query(sql: string, params?: unknown[]): Promise<unknown> },
  productIds: readonly number[],
): Promise<CertificationRecord[]> {
  return db.query(
    `SELECT c.id, c.version, c.product_id AS "productId", c.stars, c.score, c.level, c.legal_basis AS "legalBasis",
            c.issuer, c.decision_number AS "decisionNumber", c.decision_date AS "decisionDate",
            c.decision_date_precision AS "decisionDatePrecision", c.valid_until AS "validUntil",
            c.revoked_on AS "revokedOn", c.revocation_reason AS "revocationReason",
            c.voided_at AS "voidedAt", c.void_reason AS "voidReason",
            ${certificateStatus("c", "(row_number() OVER w = 1)")} AS status
       FROM certification c
      WHERE c.product_id = ANY($1)
     WINDOW w AS (PARTITION BY c.product_id, ${isLiveCertificate("c")} ORDER BY c.decision_date DESC, c.id DESC)
      ORDER BY c.product_id, ${isLiveCertificate("c")} DESC, c.decision_date DESC, c.id DESC`,
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
