import type { MigrationInterface, QueryRunner } from "typeorm";

const CONTACT_FLAGS = ["contact_person", "phone", "zalo", "email", "website", "address"] as const;

/**
 * Contact fields of producers and distributors, each with its own switch for the public site
 * (replacing the producer's one consent flag: a producer that had agreed keeps every field it had
 * public), a producer's answers to what a buyer asks, and the deployment's one settings record.
 */
export class ContactsAndSiteSettings1765100000000 implements MigrationInterface {
  name = "ContactsAndSiteSettings1765100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE producer
      ADD COLUMN contact_person text,
      ADD COLUMN zalo text,
      ADD COLUMN production_capacity text,
      ADD COLUMN minimum_order text,
      ADD COLUMN packaging text,
      ADD COLUMN shelf_life text,
      ADD COLUMN standards text,
      ${CONTACT_FLAGS.map((f) => `ADD COLUMN ${f}_public boolean NOT NULL DEFAULT false`).join(",\n      ")}`);
    await q.query(
      `UPDATE producer SET ${CONTACT_FLAGS.map((f) => `${f}_public = contact_published`).join(", ")}
        WHERE contact_published`,
    );
    await q.query(`ALTER TABLE producer DROP COLUMN contact_published`);

    await q.query(`ALTER TABLE distributor
      ADD COLUMN contact_person text,
      ADD COLUMN phone text,
      ADD COLUMN zalo text,
      ADD COLUMN email text,
      ADD COLUMN address text,
      ${CONTACT_FLAGS.map((f) => `ADD COLUMN ${f}_public boolean NOT NULL DEFAULT false`).join(",\n      ")}`);
    // Distributors' websites were public before the switch existed.
    await q.query(`UPDATE distributor SET website_public = true`);

    await q.query(`CREATE TABLE site_settings (
      id integer PRIMARY KEY CONSTRAINT site_settings_single_row CHECK (id = 1),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      site_name text,
      office_name text,
      office_address text,
      office_phone text,
      office_email text,
      office_hours text)`);
    await q.query(`INSERT INTO site_settings (id) VALUES (1)`);
    // Rendered pages show the office contact: they are cached per catalog revision.
    await q.query(`CREATE TRIGGER site_settings_catalog_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON site_settings FOR EACH STATEMENT EXECUTE FUNCTION catalog_revision_bump()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE site_settings`);
    await q.query(`ALTER TABLE distributor
      DROP COLUMN contact_person, DROP COLUMN phone, DROP COLUMN zalo, DROP COLUMN email, DROP COLUMN address,
      ${CONTACT_FLAGS.map((f) => `DROP COLUMN ${f}_public`).join(", ")}`);
    await q.query(`ALTER TABLE producer ADD COLUMN contact_published boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE producer SET contact_published = phone_public OR email_public OR website_public`);
    await q.query(`ALTER TABLE producer
      DROP COLUMN contact_person, DROP COLUMN zalo, DROP COLUMN production_capacity, DROP COLUMN minimum_order,
      DROP COLUMN packaging, DROP COLUMN shelf_life, DROP COLUMN standards,
      ${CONTACT_FLAGS.map((f) => `DROP COLUMN ${f}_public`).join(", ")}`);
  }
}
