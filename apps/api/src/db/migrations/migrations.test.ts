import {
  CERTIFICATE_VALIDITY_MONTHS,
  CERTIFIED_STARS,
  scoreBandOf,
  scoreFitsStars,
  STAR_SCORE_BANDS,
} from "@ocop/schema/enums";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase } from "../../test-support/fresh-database";
import { createDataSource } from "../data-source";
import { entities } from "../entities";
import { migrations } from "./index";

let ds: DataSource;
let drop: () => Promise<void>;

beforeAll(async () => {
  const db = await createEmptyDatabase();
  drop = db.drop;
  ds = createDataSource(db.url, 2);
  await ds.initialize();
});
afterAll(async () => {
  await ds?.destroy();
  await drop?.();
});

const tables = async () =>
  (
    await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    )
  )
    .map((r: { table_name: string }) => r.table_name)
    .sort();

describe("migrations", () => {
  it("build the whole schema from an empty database", async () => {
    expect(await tables()).toEqual([]);
    const applied = await ds.runMigrations({ transaction: "each" });
    expect(applied.length).toBe(migrations.length);
    const expected = entities.map((e) => ds.getMetadata(e).tableName);
    // TypeORM keeps its own bookkeeping tables: migrations, and typeorm_metadata for generated columns.
    expect(await tables()).toEqual([...expected, "migrations", "typeorm_metadata"].sort());
    expect(
      await ds.query(`SELECT extname FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm') ORDER BY 1`),
    ).toEqual([{ extname: "pg_trgm" }, { extname: "unaccent" }]);
  });

  it("give every entity column a database column", async () => {
    for (const entity of entities) {
      const meta = ds.getMetadata(entity);
      const columns = (
        await ds.query(`SELECT column_name FROM information_schema.columns WHERE table_name = $1`, [meta.tableName])
      ).map((r: { column_name: string }) => r.column_name);
      expect(columns.sort(), meta.tableName).toEqual(meta.columns.map((c) => c.databaseName).sort());
    }
  });

  it("hold the domain rules in the database", async () => {
    await ds.query(`INSERT INTO province (code, name, full_name) VALUES ('20', 'Lạng Sơn', 'Tỉnh Lạng Sơn')`);
    await ds.query(`INSERT INTO category (code, name_vi) VALUES ('TP', 'Thực phẩm'), ('DV', 'Du lịch')`);
    const [producer] = await ds.query(
      `INSERT INTO producer (slug, name, type, province_code) VALUES ('htx-a', 'HTX A', 'cooperative', '20') RETURNING id`,
    );
    const [product] = await ds.query(
      `INSERT INTO product (slug, name_vi, category_code, producer_id) VALUES ('mat-ong', 'Mật ong Đồng Bành', 'TP', $1) RETURNING id, search_name`,
      [producer.id],
    );
    expect(product.search_name).toBe(" mat ong dong banh");
    const certify = (stars: number, score: number | null, date = "2024-02-29") =>
      ds.query(
        `INSERT INTO certification (product_id, stars, score, level, decision_date) VALUES ($1, $2, $3, 'province', $4) RETURNING valid_until`,
        [product.id, stars, score, date],
      );
    // 36 months after the decision date, computed by the database (29/2 → 28/2 three years on).
    expect((await certify(4, 75))[0].valid_until).toBe("2027-02-28");
    await expect(certify(2, null)).rejects.toThrow(/certification_stars_range/);
    await expect(certify(6, null)).rejects.toThrow(/certification_stars_range/);
    await expect(certify(4, 101)).rejects.toThrow(/certification_score/);
    await expect(certify(4, 60)).rejects.toThrow(/certification_score_band/);
    await expect(
      ds.query(`INSERT INTO product (slug, name_vi, category_code, producer_id) VALUES ('mat-ong', 'Khác', 'TP', $1)`, [
        producer.id,
      ]),
    ).rejects.toThrow(/product_slug_unique/);
    await expect(
      ds.query(`INSERT INTO product (slug, name_vi, category_code, producer_id) VALUES ('x', 'X', 'NONE', $1)`, [
        producer.id,
      ]),
    ).rejects.toThrow(/foreign key/);
    await expect(
      ds.query(
        `INSERT INTO product (slug, name_vi, category_code, producer_id, price_min) VALUES ('dl', 'Điểm du lịch', 'DV', $1, 1000)`,
        [producer.id],
      ),
    ).rejects.toThrow(/tourism product has no price/);
    await expect(ds.query(`UPDATE certification SET valid_until = '2099-01-01'`)).rejects.toThrow(
      /can only be updated to DEFAULT/,
    );
    // The product keeps a copy of its newest certificate, whatever happens to its certificates.
    const newest = async () =>
      (
        await ds.query(`SELECT newest_stars, newest_valid_until, newest_revoked FROM product WHERE id = $1`, [
          product.id,
        ])
      )[0];
    expect(await newest()).toEqual({ newest_stars: 4, newest_valid_until: "2027-02-28", newest_revoked: false });
    const [upgrade] = await ds.query(
      `INSERT INTO certification (product_id, stars, level, decision_date) VALUES ($1, 5, 'central', '2025-01-10') RETURNING id`,
      [product.id],
    );
    expect((await newest()).newest_stars).toBe(5);
    await ds.query(`UPDATE certification SET revoked_on = '2025-06-01', revocation_reason = 'x' WHERE id = $1`, [
      upgrade.id,
    ]);
    expect((await newest()).newest_revoked).toBe(true);
    await ds.query(`DELETE FROM certification WHERE product_id = $1`, [product.id]);
    expect(await newest()).toEqual({ newest_stars: null, newest_valid_until: null, newest_revoked: null });
    // Renaming the producer refreshes what its products are found by.
    await ds.query(`UPDATE producer SET name = 'HTX Quảng Lạc' WHERE id = $1`, [producer.id]);
    const [{ search_text }] = await ds.query(`SELECT search_text FROM product WHERE id = $1`, [product.id]);
    expect(search_text).toContain("htx quang lac");
  });

  it("hold the same score bands and validity as the constants both apps show", async () => {
    const [product] = await ds.query(`SELECT id FROM product WHERE slug = 'mat-ong'`);
    // The certificate the database makes of these, or null when a check refuses it; nothing is kept.
    const certify = async (stars: number, score: number | null): Promise<{ valid_until: string } | null> => {
      const runner = ds.createQueryRunner();
      await runner.startTransaction();
      try {
        const [row] = await runner.query(
          `INSERT INTO certification (product_id, stars, score, level, decision_date)
           VALUES ($1, $2, $3, 'central', '2025-01-10') RETURNING valid_until`,
          [product.id, stars, score],
        );
        return row;
      } catch (error) {
        if ((error as { code?: string }).code === "23514") return null; // check_violation
        throw error;
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    // Every band edge and its neighbours, for every star level and one on either side of them.
    const levels = [Math.min(...CERTIFIED_STARS) - 1, ...CERTIFIED_STARS, Math.max(...CERTIFIED_STARS) + 1];
    const edges = [0, 100, ...Object.values(STAR_SCORE_BANDS).flatMap(([min, max]) => [min - 1, min, max, max + 1])];
    const scores = [...new Set(edges)].filter((score) => score >= 0 && score <= 100);
    for (const stars of levels) {
      expect((await certify(stars, null)) !== null, `${stars}★ without a score`).toBe(scoreBandOf(stars) !== undefined);
      for (const score of scores) {
        expect((await certify(stars, score)) !== null, `${stars}★ ${score} points`).toBe(scoreFitsStars(stars, score));
      }
    }
    const validUntil = new Date(Date.UTC(2025, 0 + CERTIFICATE_VALIDITY_MONTHS, 10)).toISOString().slice(0, 10);
    expect((await certify(4, 75))?.valid_until).toBe(validUntil);
  });

  it("index the Chinese characters of names and their neighbouring pairs", async () => {
    const [row] = await ds.query(`SELECT ocop_han_grams('mat ong 天然蜂蜜 lang son 茶') AS grams`);
    expect([...row.grams].sort()).toEqual(["天", "天然", "然", "然蜂", "茶", "蜂", "蜂蜜", "蜜"].sort());
    expect((await ds.query(`SELECT ocop_han_grams('mat ong') AS grams`))[0].grams).toEqual([]);
  });

  it("fold synonyms staff type into the form searches use", async () => {
    const [row] = await ds.query(
      `INSERT INTO search_synonym (label, terms) VALUES ('lạc', ARRAY['Lạc', 'Đậu phộng ']) RETURNING terms`,
    );
    expect(row.terms.sort()).toEqual(["dau phong", "lac"]);
  });

  it("can be reverted", async () => {
    for (let i = 0; i < ds.migrations.length; i++) await ds.undoLastMigration({ transaction: "each" });
    expect(await tables()).toEqual(["migrations", "typeorm_metadata"]);
    await ds.runMigrations({ transaction: "each" });
    expect((await tables()).length).toBe(entities.length + 2);
  });
});
