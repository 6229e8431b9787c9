import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The site logo's size in pixels, beside its file: the storefront's header gives the image its
 * width and height, so the page does not shift when the logo arrives.
 */
export class SiteLogoSize1766600000001 implements MigrationInterface {
  name = "SiteLogoSize1766600000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE site_settings ADD COLUMN logo_width integer, ADD COLUMN logo_height integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE site_settings DROP COLUMN logo_width, DROP COLUMN logo_height`);
  }
}
