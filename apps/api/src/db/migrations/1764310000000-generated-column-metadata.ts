import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * TypeORM keeps the expression of each generated column in its typeorm_metadata table and, when
 * comparing the entities with the database, takes a generated column without that row for one to
 * drop and add again. The initial migration made certification.valid_until in SQL without the row;
 * this records it, so the entities and the migrated schema agree (db/entity-schema.test.ts).
 */
export class GeneratedColumnMetadata1764310000000 implements MigrationInterface {
  name = "GeneratedColumnMetadata1764310000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE IF NOT EXISTS typeorm_metadata (
      type varchar NOT NULL, database varchar, schema varchar, "table" varchar, name varchar, value text)`);
    await q.query(
      `INSERT INTO typeorm_metadata (type, database, schema, "table", name, value)
       VALUES ('GENERATED_COLUMN', current_database(), current_schema(), 'certification', 'valid_until', $1)`,
      ["(decision_date + interval '36 months')::date"],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM typeorm_metadata WHERE type = 'GENERATED_COLUMN' AND "table" = 'certification' AND name = 'valid_until'`,
    );
  }
}
