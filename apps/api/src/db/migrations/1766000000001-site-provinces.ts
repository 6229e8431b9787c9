import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Whose site this is: the province(s) whose products it shows (at least one; Lạng Sơn, code 20,
 * was the only one before), its logo and the language a visitor gets when nothing else says which;
 * and each province's own OCOP office, to which a request about that province's products goes.
 */
export class SiteProvinces1766000000001 implements MigrationInterface {
  name = "SiteProvinces1766000000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE site_settings
      ADD COLUMN provinces text[] NOT NULL DEFAULT '{20}'
        CONSTRAINT site_settings_provinces_given CHECK (cardinality(provinces) >= 1),
      ADD COLUMN logo_path text,
      ADD COLUMN default_language text NOT NULL DEFAULT 'vi'
        CONSTRAINT site_settings_default_language CHECK (default_language IN ('vi', 'en', 'zh'))`);
    // The default only fills the existing record: an administrator chooses the provinces from then on.
    await q.query(`ALTER TABLE site_settings ALTER COLUMN provinces DROP DEFAULT`);

    await q.query(`CREATE TABLE province_office (
      province_code varchar(2) PRIMARY KEY REFERENCES province (code) ON DELETE CASCADE,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      name text,
      address text,
      phone text,
      email text,
      hours text)`);
    // Product pages show their province's office: rendered pages are cached per catalog revision.
    await q.query(`CREATE TRIGGER province_office_catalog_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON province_office FOR EACH STATEMENT EXECUTE FUNCTION catalog_revision_bump()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE province_office`);
    await q.query(
      `ALTER TABLE site_settings DROP COLUMN provinces, DROP COLUMN logo_path, DROP COLUMN default_language`,
    );
  }
}
