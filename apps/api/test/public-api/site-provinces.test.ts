import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, EDITOR, errorCode, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

/*
 * Whose site this is: the settings' provinces decide what the public sees. The demo dataset holds
 * Lạng Sơn (code 20) and six Lai Châu (code 12) records; the site is seeded as Lạng Sơn's.
 */

let api: TestApi;
let admin: StaffClient;
let laiChau: { products: string[]; producers: string[] };

beforeAll(async () => {
  api = await startTestApi();
  admin = await signedIn(api, ADMIN);
  const products = await api.sql<{ slug: string }>(
    `SELECT p.slug FROM product p JOIN producer pr ON pr.id = p.producer_id
      WHERE pr.province_code = '12' AND p.status = 'published'`,
  );
  const producers = await api.sql<{ slug: string }>(`SELECT slug FROM producer WHERE province_code = '12'`);
  laiChau = { products: products.map((p) => p.slug), producers: producers.map((p) => p.slug) };
  expect(laiChau.products.length).toBeGreaterThan(0);
});
afterAll(() => api?.close());

async function data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.gql<T>(query, variables, { method: "GET" });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!;
}

const SETTINGS = `{ adminSiteSettings { provinces defaultLanguage version } }`;
const UPDATE = `mutation($v: Int!, $input: SiteSettingsInput!) {
  updateSiteSettings(version: $v, input: $input) { provinces defaultLanguage logoUrl version } }`;

async function setProvinces(provinces: string[]) {
  const current = (await admin.gql(SETTINGS)).body.data!.adminSiteSettings;
  const saved = await admin.gql(UPDATE, { v: current.version, input: { provinces } });
  expect(saved.body.errors).toBeUndefined();
}

const fieldCodes = (result: { body: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> } }) =>
  ((result.body.errors?.[0]?.extensions?.fields ?? []) as Array<{ field: string; code?: string }>).map((f) => [
    f.field,
    f.code,
  ]);

describe("a one-province site (the demo: Lạng Sơn)", () => {
  it("says whose site it is: its province, no logo, Vietnamese by default", async () => {
    expect((await data(`{ siteSettings { provinces { code name } logoUrl defaultLanguage } }`)).siteSettings).toEqual({
      provinces: [{ code: "20", name: "Lạng Sơn" }],
      logoUrl: null,
      defaultLanguage: "vi",
    });
    expect((await data(`{ provinces { code } }`)).provinces).toEqual([{ code: "20" }]);
  });

  it('finds no Lai Châu product for "mật ong", in any list or count', async () => {
    const { products } = await data(`{ products(first: 50, filter: { search: "mật ong" }) { edges { node { name slug
      producer { province { code } } } } } }`);
    const names = products.edges.map((e: any) => e.node.name);
    expect(names).toContain("Mật ong hương rừng Xứ Lạng");
    expect(names).not.toContain("Mật ong Pa Ủ");
    for (const e of products.edges) expect(e.node.producer.province.code).toBe("20");

    const { n } = await api.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM product p JOIN producer pr ON pr.id = p.producer_id
        WHERE p.status = 'published' AND pr.province_code = '20'`,
    );
    const all = await data(`{ products(first: 100) { totalCount edges { node { slug } } }
      catalogStats { totalProducts byStars { count } byCategory { count } byProvince { province { code } count } }
      categories { productCount }
      producers(first: 100) { totalCount edges { node { slug province { code } } } }
      communes(first: 100) { edges { node { province { code } } } } }`);
    expect(all.products.totalCount).toBe(n);
    expect(all.products.edges.map((e: any) => e.node.slug)).not.toContain(laiChau.products[0]);
    expect(all.catalogStats.totalProducts).toBe(n);
    expect(all.catalogStats.byStars.reduce((s: number, r: any) => s + r.count, 0)).toBe(n);
    expect(all.catalogStats.byCategory.reduce((s: number, r: any) => s + r.count, 0)).toBe(n);
    expect(all.catalogStats.byProvince).toEqual([{ province: { code: "20" }, count: n }]);
    expect(all.categories.reduce((s: number, c: any) => s + c.productCount, 0)).toBe(n);
    for (const e of all.producers.edges) expect(e.node.province.code).toBe("20");
    for (const e of all.communes.edges) expect(e.node.province.code).toBe("20");
  });

  it("answers null for another province's product and producer pages, and leaves them out of the sitemap", async () => {
    for (const slug of laiChau.products)
      expect((await data(`{ product(slug: "${slug}") { name } }`)).product).toBeNull();
    for (const slug of laiChau.producers)
      expect((await data(`{ producer(slug: "${slug}") { name } }`)).producer).toBeNull();
    const index = await (await fetch(`${api.url}/sitemap.xml`)).text();
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const sitemap = (await Promise.all(files.map(async (f) => (await fetch(`${api.url}${f}`)).text()))).join("\n");
    expect(sitemap).toContain("/san-pham/");
    for (const slug of [...laiChau.products, ...laiChau.producers]) expect(sitemap).not.toContain(`/${slug}<`);
  });

  it("takes no connection request about another province's product", async () => {
    const result = await api.gql(
      `mutation($input: ConnectionRequestInput!) { sendConnectionRequest(input: $input) { id } }`,
      {
        input: {
          productSlugs: [laiChau.products[0]],
          name: "Nguyễn Văn An",
          email: "an.nguyen@example.vn",
          message: "Chúng tôi muốn nhập hàng cho chuỗi cửa hàng ở Hà Nội.",
        },
      },
    );
    expect(result.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const { n } = await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM connection_request`);
    expect(n).toBe(0);
  });
});

describe("the settings", () => {
  it("are changed by an administrator only: provinces (at least one, known) and default language, audited and version-checked", async () => {
    const editor = await signedIn(api, EDITOR);
    const { version } = (await admin.gql(SETTINGS)).body.data!.adminSiteSettings;
    expect(errorCode(await editor.gql(UPDATE, { v: version, input: { provinces: ["12", "20"] } }))).toBe("FORBIDDEN");

    expect(fieldCodes(await admin.gql(UPDATE, { v: version, input: { provinces: [] } }))).toEqual([
      ["provinces", "tooFew"],
    ]);
    expect(fieldCodes(await admin.gql(UPDATE, { v: version, input: { provinces: ["99"] } }))).toEqual([
      ["provinces", "unknownReference"],
    ]);
    expect(fieldCodes(await admin.gql(UPDATE, { v: version, input: { defaultLanguage: "fr" } }))).toEqual([
      ["defaultLanguage", "notAllowedValue"],
    ]);
    // A refused change changed nothing.
    expect((await admin.gql(SETTINGS)).body.data!.adminSiteSettings).toEqual({
      provinces: ["20"],
      defaultLanguage: "vi",
      version,
    });

    const saved = await admin.gql(UPDATE, { v: version, input: { provinces: ["20", "12"], defaultLanguage: "en" } });
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data!.updateSiteSettings).toEqual({
      provinces: ["12", "20"],
      defaultLanguage: "en",
      logoUrl: null,
      version: version + 1,
    });
    const audit = await api.one<{ before: { provinces: string[] }; after: { provinces: string[] } }>(
      `SELECT before, after FROM audit_entry WHERE action = 'siteSettings.update' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({ before: { provinces: ["20"] }, after: { provinces: ["12", "20"] } });
    expect(errorCode(await admin.gql(UPDATE, { v: version, input: { provinces: ["20"] } }))).toBe("CONFLICT");

    // Public at once (the catalog revision moved on).
    expect((await data(`{ siteSettings { defaultLanguage provinces { code } } }`)).siteSettings).toEqual({
      defaultLanguage: "en",
      provinces: [{ code: "12" }, { code: "20" }],
    });
    await admin.gql(UPDATE, { v: version + 1, input: { provinces: ["20"], defaultLanguage: "vi" } });
  });
});

describe("a site of several provinces", () => {
  beforeAll(() => setProvinces(["12", "20"]));
  afterAll(() => setProvinces(["20"]));

  it("shows every province's products, each with its province, and filters and counts by province", async () => {
    const honey = await data(`{ products(first: 50, filter: { search: "mật ong" }) { edges { node { name
      producer { province { code name } } } } } }`);
    const paU = honey.products.edges.find((e: any) => e.node.name === "Mật ong Pa Ủ");
    expect(paU?.node.producer.province).toEqual({ code: "12", name: "Lai Châu" });

    const only12 = await data(
      `{ products(first: 50, filter: { provinceCode: "12" }) { totalCount edges { node { slug } } } }`,
    );
    expect(only12.products.edges.map((e: any) => e.node.slug).sort()).toEqual([...laiChau.products].sort());
    const { catalogStats } = await data(`{ catalogStats { totalProducts byProvince { province { code } count } } }`);
    const byProvince = Object.fromEntries(catalogStats.byProvince.map((r: any) => [r.province.code, r.count]));
    expect(byProvince["12"]).toBe(laiChau.products.length);
    expect(byProvince["12"] + byProvince["20"]).toBe(catalogStats.totalProducts);

    expect((await data(`{ product(slug: "${laiChau.products[0]}") { slug } }`)).product).toEqual({
      slug: laiChau.products[0],
    });
    expect((await data(`{ provinces { code } }`)).provinces).toEqual([{ code: "12" }, { code: "20" }]);
  });
});

describe("a province's name in the reader's language", () => {
  it("is its Chinese name on Chinese pages, as the Chinese texts write it, and a city is told from a province", async () => {
    const query = `{ siteSettings { provinces { code name isCity } } product(slug: $slug) { producer { province { name } } } }`;
    const [first] = await api.sql<{ slug: string }>(
      `SELECT p.slug FROM product p JOIN producer pr ON pr.id = p.producer_id
        WHERE pr.province_code = '20' AND p.status = 'published' ORDER BY p.id LIMIT 1`,
    );
    const slug = first!.slug;
    const ask = async (lang: "vi" | "zh") => {
      const result = await api.gql<{
        siteSettings: { provinces: Array<{ code: string; name: string; isCity: boolean }> };
        product: { producer: { province: { name: string } } };
      }>(query.replace("{ siteSettings", "query($slug: String!) { siteSettings"), { slug }, { lang });
      expect(result.body.errors).toBeUndefined();
      return result.body.data!;
    };
    const [vi, zh] = await Promise.all([ask("vi"), ask("zh")]);
    expect(vi.siteSettings.provinces).toEqual([{ code: "20", name: "Lạng Sơn", isCity: false }]);
    expect(zh.siteSettings.provinces).toEqual([{ code: "20", name: "谅山", isCity: false }]);
    expect(zh.product.producer.province.name).toBe("谅山");

    // A centrally-run city is called one.
    await api.sql(`INSERT INTO province (code, name, full_name) VALUES ('46', 'Huế', 'Thành phố Huế')
      ON CONFLICT (code) DO NOTHING`);
    await setProvinces(["20", "46"]);
    try {
      const cities = await ask("zh");
      expect(cities.siteSettings.provinces).toContainEqual({ code: "46", name: "顺化", isCity: true });
    } finally {
      await setProvinces(["20"]);
    }
  });
});
