import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The public free texts of producers (what a buyer asks first), events (venue name, organizer)
 * and display tables (label) get English and Chinese beside their Vietnamese, as product texts
 * have: the Vietnamese column keeps its name, an empty translation falls back to it.
 */
export class TranslatableTexts1766300000001 implements MigrationInterface {
  name = "TranslatableTexts1766300000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE producer
      ADD COLUMN production_capacity_en text,
      ADD COLUMN production_capacity_zh text,
      ADD COLUMN minimum_order_en text,
      ADD COLUMN minimum_order_zh text,
      ADD COLUMN packaging_en text,
      ADD COLUMN packaging_zh text,
      ADD COLUMN shelf_life_en text,
      ADD COLUMN shelf_life_zh text,
      ADD COLUMN standards_en text,
      ADD COLUMN standards_zh text`);
    await q.query(`ALTER TABLE showcase_event
      ADD COLUMN venue_name_en text,
      ADD COLUMN venue_name_zh text,
      ADD COLUMN organizer_en text,
      ADD COLUMN organizer_zh text`);
    await q.query(`ALTER TABLE showcase_table
      ADD COLUMN label_en text,
      ADD COLUMN label_zh text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE showcase_table DROP COLUMN label_en, DROP COLUMN label_zh`);
    await q.query(`ALTER TABLE showcase_event
      DROP COLUMN venue_name_en, DROP COLUMN venue_name_zh, DROP COLUMN organizer_en, DROP COLUMN organizer_zh`);
    await q.query(`ALTER TABLE producer
      DROP COLUMN production_capacity_en, DROP COLUMN production_capacity_zh,
      DROP COLUMN minimum_order_en, DROP COLUMN minimum_order_zh,
      DROP COLUMN packaging_en, DROP COLUMN packaging_zh,
      DROP COLUMN shelf_life_en, DROP COLUMN shelf_life_zh,
      DROP COLUMN standards_en, DROP COLUMN standards_zh`);
  }
}
