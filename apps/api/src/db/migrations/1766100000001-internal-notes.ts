import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Staff-only notes on producers, distributors and showcase tables, as products already have: where
 * research remarks (sources, what is not verified, a pending certification) live, never shown to
 * the public.
 */
export class InternalNotes1766100000001 implements MigrationInterface {
  name = "InternalNotes1766100000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE producer ADD COLUMN internal_note text`);
    await q.query(`ALTER TABLE distributor ADD COLUMN internal_note text`);
    await q.query(`ALTER TABLE showcase_table ADD COLUMN internal_note text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE showcase_table DROP COLUMN internal_note`);
    await q.query(`ALTER TABLE distributor DROP COLUMN internal_note`);
    await q.query(`ALTER TABLE producer DROP COLUMN internal_note`);
  }
}
