import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase } from "../../test-support/fresh-database";
import { createDataSource } from "../data-source";
import { readDemoDataset } from "./demo-dataset";
import { certificatesOf, issuingLevel, seedDemoData } from "./seed";

let ds: DataSource;
let drop: () => Promise<void>;

beforeAll(async () => {
  const db = await createEmptyDatabase();
  drop = db.drop;
  ds = createDataSource(db.url, 2);
  await ds.initialize();
  await ds.runMigrations();
});
afterAll(async () => {
  await ds?.destroy();
  await drop?.();
});

const TABLES = [
  "province",
  "administrative_unit",
  "category",
  "producer",
  "product",
  "certification",
  "showcase_event",
  "showcase_table",
  "showcase_placement",
  "distributor",
  "distributor_link",
  "search_synonym",
];

async function counts() {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = (await ds.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
  return out;
}

describe("demo seed", () => {
  it("loads the whole Lạng Sơn dataset", async () => {
    const data = await readDemoDataset();
    const { inserted } = await seedDemoData(ds);
    const c = await counts();
    expect(c.administrative_unit).toBe(data.communes.length);
    expect(c.producer).toBe(data.producers.length);
    expect(c.product).toBe(data.products.length);
    expect(c.showcase_table).toBe(11);
    expect(c.category).toBe(6 + 26);
    expect(inserted.products).toBe(data.products.length);
    // Illustrative records stay recognisable as demo data.
    const illustrative = data.products.filter((p) => p.illustrative).map((p) => p.id);
    const demo = await ds.query(`SELECT external_ref FROM product WHERE is_demo ORDER BY external_ref`);
    expect(demo.map((r: { external_ref: string }) => r.external_ref)).toEqual(illustrative.sort());
    // A product with no known decision date is kept as a draft, not shown with made-up validity.
    const [ls52] = await ds.query(`SELECT status FROM product WHERE external_ref = 'LS52'`);
    expect(ls52.status).toBe("draft");
  });

  it("is idempotent: a second run adds nothing and changes nothing", async () => {
    const before = await counts();
    const snapshot = await ds.query(`SELECT slug, name_vi, status, featured FROM product ORDER BY slug`);
    const { inserted } = await seedDemoData(ds);
    expect(Object.values(inserted).every((n) => n === 0)).toBe(true);
    expect(await counts()).toEqual(before);
    expect(await ds.query(`SELECT slug, name_vi, status, featured FROM product ORDER BY slug`)).toEqual(snapshot);
  });

  it("leaves what staff changed alone", async () => {
    await ds.query(`UPDATE product SET name_vi = 'Tên đã sửa' WHERE external_ref = 'LS01'`);
    await seedDemoData(ds);
    expect((await ds.query(`SELECT name_vi FROM product WHERE external_ref = 'LS01'`))[0].name_vi).toBe("Tên đã sửa");
  });

  it("changes nothing when the dataset is broken part-way", async () => {
    const data = await readDemoDataset();
    const before = await counts();
    const broken = structuredClone(data);
    broken.products.push({ ...broken.products[0]!, id: "NEW1", producer: "Chủ thể không tồn tại" });
    broken.communes.push({ code: "99999", name: "Mới", full_name: "Xã Mới", type: "xa" });
    await expect(seedDemoData(ds, broken)).rejects.toThrow(/unknown producer/);
    expect(await counts()).toEqual(before);
  });
});

describe("certificates implied by a demo record", () => {
  const base = {
    id: "X",
    name_vi: "X",
    category: "TP",
    subgroup: "TP-TS-1",
    producer: "P",
    province: "Lạng Sơn",
    stars: 4,
    sources: [],
  };

  it("dates a certificate as exactly as the source allows", () => {
    expect(certificatesOf({ ...base, certified_on: "2025-06" })[0]).toMatchObject({
      date: "2025-06-01",
      precision: "month",
    });
    expect(certificatesOf({ ...base, year: 2024 })[0]).toMatchObject({ date: "2024-01-01", precision: "year" });
    expect(certificatesOf({ ...base })).toEqual([]);
  });

  it("records an upgrade as an older certificate followed by the current one", () => {
    const certs = certificatesOf({
      ...base,
      certified_on: "2022-12-07",
      star_history: [
        { year: 2021, stars: 3 },
        { year: 2022, stars: 4 },
      ],
    });
    expect(certs.map((c) => [c.stars, c.date])).toEqual([
      [3, "2021-01-01"],
      [4, "2022-12-07"],
    ]);
  });

  it("names the issuing level by the rules in force", () => {
    expect(issuingLevel(3, "2024-03-01", "QD148/QD-TTg (2023)")).toBe("district");
    expect(issuingLevel(4, "2024-03-01", "QD148/QD-TTg (2023)")).toBe("province");
    expect(issuingLevel(3, "2025-12-31", "QD148/QD-TTg sửa đổi bởi QD1489/QD-TTg (2025)")).toBe("province");
    expect(issuingLevel(3, "2020-09-04", "QD1048/QD-TTg (2019)")).toBe("province");
    expect(issuingLevel(5, "2024-03-01", null)).toBe("central");
  });
});
