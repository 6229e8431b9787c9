import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Chinese product names are searched inside the name (they have no spaces), and the trigram index
 * cannot serve a two-character query such as 蜂蜜 (honey): every such search read the whole product
 * table. This indexes each name's Chinese characters and pairs of neighbouring characters (the
 * n-grams CJK search engines use), so a search first finds the names holding all of the query's
 * pairs and only checks those.
 */
export class HanNameIndex1764200000000 implements MigrationInterface {
  name = "HanNameIndex1764200000000";

  async up(q: QueryRunner): Promise<void> {
    // Runs of CJK Unified Ideographs (and extension A); each character and each pair within a run.
    await q.query(`
      CREATE FUNCTION ocop_han_grams(text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$
        SELECT coalesce(array_agg(DISTINCT g), '{}')
          FROM regexp_matches($1, '[㐀-䶿一-鿿]+', 'g') AS run(m),
               LATERAL generate_series(1, char_length(m[1])) AS i,
               LATERAL (VALUES (substr(m[1], i, 1)),
                               (CASE WHEN i < char_length(m[1]) THEN substr(m[1], i, 2) END)) AS gram(g)
         WHERE g IS NOT NULL
      $$`);
    await q.query(`CREATE INDEX product_han_grams_idx ON product USING gin (ocop_han_grams(search_name))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX product_han_grams_idx`);
    await q.query(`DROP FUNCTION ocop_han_grams(text)`);
  }
}
