import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

/*
 * No text assumes one province: the titles, descriptions and site name the server writes into
 * every page come from the settings (seeded for Lạng Sơn), so another deployment reads as its own.
 */

let api: TestApi;
let admin: StaffClient;

beforeAll(async () => {
  api = await startTestApi({ STOREFRONT_DIST: path.join(__dirname, "..", "fixtures", "storefront-dist") });
  admin = await signedIn(api, ADMIN);
});
afterAll(() => api?.close());

async function settle(input: Record<string, unknown>) {
  const current = await admin.gql<any>(`{ adminSiteSettings { version } }`);
  const saved = await admin.gql(
    `mutation($v: Int!, $input: SiteSettingsInput!) { updateSiteSettings(version: $v, input: $input) { version } }`,
    { v: current.body.data.adminSiteSettings.version, input },
  );
  expect(saved.body.errors).toBeUndefined();
}

const head = async (pathname: string) => {
  const html = await (await fetch(`${api.url}${pathname}`)).text();
  const meta = (property: string) =>
    new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
  return {
    title: /<title>([^<]*)<\/title>/.exec(html)?.[1],
    description: meta("description"),
    siteName: meta("og:site_name"),
  };
};

describe("the server's page texts", () => {
  it("name the seeded province (the demo, Lạng Sơn) in every language", async () => {
    expect(await head("/")).toEqual({
      title: "OCOP Lạng Sơn",
      siteName: "Sản phẩm OCOP Lạng Sơn",
      description:
        "Danh mục sản phẩm OCOP (Mỗi xã một sản phẩm) tỉnh Lạng Sơn: hạng sao, chứng nhận còn hiệu lực, chủ thể sản xuất và nơi mua.",
    });
    expect((await head("/en")).title).toBe("Lạng Sơn OCOP products · OCOP Lạng Sơn");
    expect((await head("/zh")).title).toBe("谅山省OCOP产品 · OCOP Lạng Sơn");
  });

  it("follow the settings: another site's name and province, never Lạng Sơn", async () => {
    await settle({ siteName: "OCOP Lai Châu", provinces: ["12"] });
    for (const p of ["/", "/en", "/zh", "/gioi-thieu", "/en/san-pham", "/zh/su-kien", "/khong-co-trang-nay"]) {
      const h = await head(p);
      expect(JSON.stringify(h), p).not.toMatch(/Lạng Sơn|Lang Son|谅山/);
      expect(h.title, p).toMatch(/OCOP Lai Châu$/);
    }
    expect(await head("/")).toMatchObject({
      title: "OCOP Lai Châu",
      siteName: "Sản phẩm OCOP Lai Châu",
      description: expect.stringContaining("(Mỗi xã một sản phẩm) tỉnh Lai Châu:"),
    });
    expect(await head("/en")).toMatchObject({
      title: "Lai Châu OCOP products · OCOP Lai Châu",
      description: expect.stringContaining("products of Lai Châu province:"),
    });
    expect((await head("/zh")).siteName).toBe("莱州省OCOP产品");
  });

  it("name two provinces, and none on a national site or one without a name", async () => {
    await settle({ siteName: "OCOP Tây Bắc", provinces: ["12", "20"] });
    expect((await head("/")).siteName).toBe("Sản phẩm OCOP Lai Châu và Lạng Sơn");
    expect((await head("/zh")).siteName).toBe("莱州和谅山两省OCOP产品");

    // A national site: a third province (the demo data holds two).
    await api.sql(
      `INSERT INTO province (code, name, full_name) VALUES ('01', 'Hà Nội', 'Thành phố Hà Nội') ON CONFLICT DO NOTHING`,
    );
    await settle({ siteName: null, provinces: ["01", "12", "20"] });
    expect(await head("/")).toEqual({
      title: "OCOP",
      siteName: "Sản phẩm OCOP",
      description:
        "Danh mục sản phẩm OCOP (Mỗi xã một sản phẩm): hạng sao, chứng nhận còn hiệu lực, chủ thể sản xuất và nơi mua.",
    });
    expect((await head("/en")).title).toBe("OCOP products · OCOP");
  });
});
