import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

/*
 * The communes page's groups: the site's units by province, counted from the data (no "65" written
 * anywhere), on the demo's one province and on a site of two (Lai Châu 12, Lạng Sơn 20).
 */

let api: TestApi;
let admin: StaffClient;

beforeAll(async () => {
  api = await startTestApi();
  admin = await signedIn(api, ADMIN);
});
afterAll(() => api?.close());

type Unit = { code: string; name: string; type: string; productCount: number; province: { code: string } };
type Group = {
  province: { code: string; name: string };
  total: number;
  communes: number;
  wards: number;
  specialZones: number;
  units?: Unit[];
};

const GROUPS = `query($withProducts: Boolean, $provinceCode: String, $withUnits: Boolean!) {
  communesByProvince(withProducts: $withProducts, provinceCode: $provinceCode) {
    province { code name } total communes wards specialZones
    units @include(if: $withUnits) { code name type productCount province { code } }
  } }`;

async function groups(variables: { withProducts?: boolean; provinceCode?: string; withUnits: boolean }) {
  const result = await api.gql<{ communesByProvince: Group[] }>(GROUPS, variables, { method: "GET" });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.communesByProvince;
}

/** The oracle: units of a province by type, straight from the tables. */
async function countsOf(provinceCode: string, withProducts: boolean) {
  const rows = await api.sql<{ type: string; n: number }>(
    `SELECT au.type, count(*)::int AS n FROM administrative_unit au
      WHERE au.province_code = $1
        AND ($2 = false OR EXISTS (SELECT 1 FROM producer pr JOIN product p ON p.producer_id = pr.id
                                    WHERE pr.commune_code = au.code AND p.status = 'published'))
      GROUP BY au.type`,
    [provinceCode, withProducts],
  );
  const of = (type: string) => rows.find((r) => r.type === type)?.n ?? 0;
  return {
    total: rows.reduce((sum, r) => sum + r.n, 0),
    communes: of("xa"),
    wards: of("phuong"),
    specialZones: of("dac_khu"),
  };
}

async function setProvinces(provinces: string[]) {
  const current = (await admin.gql(`{ adminSiteSettings { version } }`)).body.data!.adminSiteSettings;
  const saved = await admin.gql(
    `mutation($v: Int!, $input: SiteSettingsInput!) { updateSiteSettings(version: $v, input: $input) { version } }`,
    { v: current.version, input: { provinces } },
  );
  expect(saved.body.errors).toBeUndefined();
}

describe("a one-province site (the demo: Lạng Sơn)", () => {
  it("is one group whose counts are Lạng Sơn's 65 units (61 communes, 4 wards)", async () => {
    const [langSon, ...others] = await groups({ withUnits: true });
    expect(others).toEqual([]);
    if (!langSon) throw new Error("no group");
    expect(langSon).toMatchObject({
      province: { code: "20", name: "Lạng Sơn" },
      total: 65,
      communes: 61,
      wards: 4,
      specialZones: 0,
    });
    expect(langSon.units).toHaveLength(65);
  });

  it("counts and lists only the units with products, as the page shows by default", async () => {
    const [langSon] = await groups({ withProducts: true, withUnits: true });
    if (!langSon) throw new Error("no group");
    expect(langSon).toMatchObject(await countsOf("20", true));
    expect(langSon.total).toBeLessThan(65);
    expect(langSon.units).toHaveLength(langSon.total);
    for (const unit of langSon.units!) {
      expect(unit.province.code).toBe("20");
      expect(unit.productCount).toBeGreaterThan(0);
    }
    const names = langSon.units!.map((u) => u.name);
    expect(names).toContain("Chi Lăng");
  });
});

describe("a site of two provinces", () => {
  // The demo's Lai Châu producers name pre-2025 places only; one gets a commune of today here.
  beforeAll(async () => {
    await api.sql(`INSERT INTO administrative_unit (code, name, full_name, type, province_code)
                   VALUES ('03800', 'Bình Lư', 'Xã Bình Lư', 'xa', '12')`);
    await api.sql(`UPDATE producer SET commune_code = '03800'
                    WHERE id = (SELECT producer_id FROM product WHERE name_vi = 'Miến dong Bình Lư')`);
    await setProvinces(["12", "20"]);
  });
  afterAll(() => setProvinces(["20"]));

  it("has one group per province, by name, each counted from its own units", async () => {
    const both = await groups({ withProducts: true, withUnits: false });
    expect(both.map((g) => g.province.name)).toEqual(["Lai Châu", "Lạng Sơn"]);
    expect(both[0]).toMatchObject(await countsOf("12", true));
    expect(both[1]).toMatchObject(await countsOf("20", true));
    expect(both[0]).toMatchObject({ total: 1, communes: 1, wards: 0 });
    expect(both[0]!.units).toBeUndefined();
  });

  it("lists a province's units alone when asked for that province", async () => {
    const [laiChau, ...others] = await groups({ withProducts: true, provinceCode: "12", withUnits: true });
    expect(others).toEqual([]);
    expect(laiChau!.province.code).toBe("12");
    expect(laiChau!.units!.length).toBe(laiChau!.total);
    expect(laiChau!.units!.map((u) => [u.name, u.province.code, u.productCount])).toEqual([["Bình Lư", "12", 1]]);
  });

  it("answers both provinces' units within the query cost limit", async () => {
    const both = await groups({ withUnits: true });
    expect(both.map((g) => g.units!.length)).toEqual(both.map((g) => g.total));
  });
});

describe("a province the site does not show", () => {
  it("has no group", async () => {
    expect(await groups({ provinceCode: "12", withUnits: true })).toEqual([]);
  });
});
