import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The public search finds the products of a decision by its number ("2865" for "2865/QĐ-UBND"):
 * this indexes the part before the first "/" of live certificates' decision numbers, so such a
 * search reads the few certificates of that decision instead of every certificate.
 */
export class DecisionNumberSearchIndex1766400000001 implements MigrationInterface {
  name = "DecisionNumberSearchIndex1766400000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX certification_decision_no_idx ON certification (split_part(decision_number, '/', 1))
      WHERE voided_at IS NULL AND decision_number IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX certification_decision_no_idx`);
  }
}
