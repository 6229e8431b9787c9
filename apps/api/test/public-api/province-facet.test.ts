import { CatalogCountsDocument, CatalogFacetsDocument } from "@ocop/schema/public";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

// The catalog's province filter and its counts, on a site of the demo's two provinces (Lai Châu
// "12", Lạng Sơn "20"); the one-province demo's facets are in facets.test.ts. The demo places Lai
// Châu's producers in no unit (its data names pre-2025 districts): two units are given them here,
// one named as a Lạng Sơn commune.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await api.sql(`UPDATE site_settings SET provinces = '{12,20}' WHERE id = 1`);
  await api.sql(
    `INSERT INTO administrative_unit (code, name, full_name, type, province_code)
     VALUES ('03901', 'Chi Lăng', 'Xã Chi Lăng, tỉnh Lai Châu', 'xa', '12'),
            ('03902', 'Tân Uyên', 'Xã Tân Uyên, tỉnh Lai Châu', 'xa', '12')`,
  );
  await api.sql(
    `UPDATE producer SET commune_code = CASE WHEN id % 2 = 0 THEN '03901' ELSE '03902' END WHERE province_code = '12'`,
  );
});
afterAll(() => api?.close());

type Filter = {
  search?: string;
  stars?: number[];
  provinceCode?: string;
  communeCode?: string;
  producerType?: string;
};
type FacetCount = { value: string; count: number };

const FACETS = `query ($filter: ProductFilter) {
  productFacets(filter: $filter) { total provinces { value count } communes { value count } }
}`;

async function facets(filter: Filter) {
  const result = await api.gql<{
    productFacets: { total: number; provinces: FacetCount[]; communes: FacetCount[] };
  }>(FACETS, { filter });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.productFacets;
}

async function list(filter: Filter) {
  const result = await api.gql<{
    products: { totalCount: number; edges: Array<{ node: { producer: { province: { code: string } } } }> };
  }>(
    `query ($filter: ProductFilter) {
      products(first: 100, filter: $filter) { totalCount edges { node { producer { province { code } } } } }
    }`,
    { filter },
  );
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.products;
}

const unitsOf = async (province: string) =>
  new Set(
    (await api.sql<{ code: string }>(`SELECT code FROM administrative_unit WHERE province_code = $1`, [province])).map(
      (r) => r.code,
    ),
  );

describe("the province filter", () => {
  it("lists only the products of the chosen province", async () => {
    const laiChau = await list({ provinceCode: "12" });
    const langSon = await list({ provinceCode: "20" });
    expect(laiChau.totalCount).toBeGreaterThan(0);
    expect(langSon.totalCount).toBeGreaterThan(laiChau.totalCount);
    expect(laiChau.totalCount + langSon.totalCount).toBe((await list({})).totalCount);
    expect(new Set(laiChau.edges.map((e) => e.node.producer.province.code))).toEqual(new Set(["12"]));
    // A province that is not the site's shows nothing, not another province's products.
    expect((await list({ provinceCode: "01" })).totalCount).toBe(0);
  });
});

describe("productFacets.provinces", () => {
  it("counts each of the site's provinces as the list gives it, with the other filters applied", async () => {
    for (const filter of [{}, { search: "mat ong" }, { stars: [4] }, { producerType: "COOPERATIVE" }] as Filter[]) {
      const f = await facets(filter);
      for (const p of f.provinces) expect(["12", "20"], JSON.stringify(filter)).toContain(p.value);
      for (const { value, count } of f.provinces) {
        expect(count, `${JSON.stringify(filter)} ${value}`).toBe(
          (await list({ ...filter, provinceCode: value })).totalCount,
        );
        expect(count).toBeGreaterThan(0);
      }
      expect(f.provinces.reduce((n, p) => n + p.count, 0)).toBe(f.total);
    }
    // Both provinces have honey: "mật ong" (Lai Châu's Pa Ủ honey among them) counts in each.
    expect((await facets({ search: "mat ong" })).provinces.map((p) => p.value).sort()).toEqual(["12", "20"]);
  });

  it("ignores its own choice, and the commune/ward that choosing another province drops", async () => {
    const all = await facets({});
    const chosen = await facets({ provinceCode: "12" });
    expect(chosen.provinces).toEqual(all.provinces);
    expect(chosen.total).toBe(all.provinces.find((p) => p.value === "12")!.count);

    const langSonUnits = await unitsOf("20");
    const unit = all.communes.find((c) => langSonUnits.has(c.value))!;
    const inUnit = await facets({ provinceCode: "20", communeCode: unit.value });
    expect(inUnit.total).toBe(unit.count);
    expect(inUnit.provinces).toEqual(all.provinces);
  });
});

describe("productFacets.communes on a site of several provinces", () => {
  it("counts only the units of the chosen province, each as the list gives it", async () => {
    const laiChauUnits = await unitsOf("12");
    const f = await facets({ provinceCode: "12" });
    expect(f.communes.length).toBeGreaterThan(0);
    for (const { value, count } of f.communes) {
      expect(laiChauUnits.has(value), value).toBe(true);
      expect(count).toBe((await list({ provinceCode: "12", communeCode: value })).totalCount);
    }
    expect(f.communes.reduce((n, c) => n + c.count, 0)).toBeLessThanOrEqual(f.total);
    // Without a province, every unit of the site with products: more than Lai Châu's.
    expect((await facets({})).communes.length).toBeGreaterThan(f.communes.length);
  });

  it("is left out of the storefront's counts while no province is chosen, and its list is the province's", async () => {
    const counts = await api.gql<{ productFacets: Record<string, unknown> }>(print(CatalogCountsDocument), {
      filter: {},
      withCommunes: false,
    });
    expect(counts.body.errors).toBeUndefined();
    expect(counts.body.data!.productFacets).not.toHaveProperty("communes");
    expect(counts.body.data!.productFacets.provinces).toEqual((await facets({})).provinces);

    const options = await api.gql<{
      communes: { edges: Array<{ node: { code: string; province: { code: string; name: string } } }> };
    }>(print(CatalogFacetsDocument), { province: "12", withCommunes: true });
    expect(options.body.errors).toBeUndefined();
    const units = options.body.data!.communes.edges.map((e) => e.node);
    expect(units.map((u) => u.code).sort()).toEqual(
      (await facets({ provinceCode: "12" })).communes.map((c) => c.value).sort(),
    );
    expect(new Set(units.map((u) => u.province.name))).toEqual(new Set(["Lai Châu"]));

    const none = await api.gql<Record<string, unknown>>(print(CatalogFacetsDocument), { withCommunes: false });
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data).not.toHaveProperty("communes");
  });
});
