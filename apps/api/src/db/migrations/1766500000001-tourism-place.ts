import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A tourism product (group 6) is a place a visitor goes to: its own address (a temple, a village,
 * not its managing board's office) and opening information a tourist can read in English or
 * Chinese. Empty translations fall back to the Vietnamese, as the other product texts do.
 */
export class TourismPlace1766500000001 implements MigrationInterface {
  name = "TourismPlace1766500000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE product
      ADD COLUMN place_address text,
      ADD COLUMN opening_hours_en text,
      ADD COLUMN opening_hours_zh text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE product
      DROP COLUMN opening_hours_zh, DROP COLUMN opening_hours_en, DROP COLUMN place_address`);
  }
}
