import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A certificate typed in error can be voided: it stays in the history (who voided it, when, why)
 * but no rule reads it any more, so the certificate it had superseded is the newest again. One
 * decision number appears once among a product's live certificates.
 */
export class CertificateVoiding1765500000000 implements MigrationInterface {
  name = "CertificateVoiding1765500000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE certification
      ADD COLUMN voided_at timestamptz,
      ADD COLUMN voided_by integer,
      ADD COLUMN void_reason text,
      ADD CONSTRAINT certification_void_reason CHECK ((voided_at IS NULL) = (void_reason IS NULL)),
      ADD CONSTRAINT certification_voided_by_fkey FOREIGN KEY (voided_by) REFERENCES staff_user (id) ON DELETE SET NULL`);
    await q.query(`CREATE UNIQUE INDEX certification_decision_number_unique ON certification (product_id, decision_number)
      WHERE voided_at IS NULL AND decision_number IS NOT NULL`);
    // The product's copy of its newest certificate skips voided ones.
    await q.query(`
      CREATE OR REPLACE FUNCTION product_refresh_newest_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE product p
           SET (newest_stars, newest_valid_until, newest_decision_date, newest_revoked) = (
             SELECT c.stars, c.valid_until, c.decision_date, c.revoked_on IS NOT NULL
               FROM certification c WHERE c.product_id = p.id AND c.voided_at IS NULL
              ORDER BY c.decision_date DESC, c.id DESC LIMIT 1)
         WHERE p.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.product_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.product_id END);
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION product_refresh_newest_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE product p
           SET (newest_stars, newest_valid_until, newest_decision_date, newest_revoked) = (
             SELECT c.stars, c.valid_until, c.decision_date, c.revoked_on IS NOT NULL
               FROM certification c WHERE c.product_id = p.id
              ORDER BY c.decision_date DESC, c.id DESC LIMIT 1)
         WHERE p.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.product_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.product_id END);
        RETURN NULL;
      END $$`);
    await q.query(`DROP INDEX certification_decision_number_unique`);
    await q.query(`ALTER TABLE certification DROP COLUMN voided_at, DROP COLUMN voided_by, DROP COLUMN void_reason`);
  }
}
