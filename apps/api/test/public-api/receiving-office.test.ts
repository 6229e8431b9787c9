import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

/*
 * Beside a product's connection form the visitor sees the office that will receive the request:
 * the product's province's own office where it has one (with an email: requests go there), else
 * the site office. The demo data holds Lạng Sơn (20) and Lai Châu (12) records.
 */

let api: TestApi;
let admin: StaffClient;

const SITE_OFFICE = {
  name: "Văn phòng điều phối OCOP (site)",
  address: "1 Đường Test, Lạng Sơn",
  phone: "0205 3812 345",
  email: "site-office@example.vn",
  hours: "7:30-17:00",
};
const LAI_CHAU_OFFICE = {
  name: "Văn phòng OCOP tỉnh Lai Châu",
  address: "2 Đường Test, Lai Châu",
  phone: "0213 3876 543",
  email: "ocop@laichau.example.vn",
  hours: null,
};

async function ok<T = any>(client: StaffClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await client.gql<T>(query, variables);
  expect(result.body.errors).toBeUndefined();
  return result.body.data!;
}

beforeAll(async () => {
  api = await startTestApi();
  admin = await signedIn(api, ADMIN);
  const { adminSiteSettings } = await ok(admin, `{ adminSiteSettings { version } }`);
  await ok(
    admin,
    `mutation($v: Int!, $input: SiteSettingsInput!) { updateSiteSettings(version: $v, input: $input) { version } }`,
    {
      v: adminSiteSettings.version,
      input: {
        provinces: ["12", "20"],
        officeName: SITE_OFFICE.name,
        officeAddress: SITE_OFFICE.address,
        officePhone: SITE_OFFICE.phone,
        officeEmail: SITE_OFFICE.email,
        officeHours: SITE_OFFICE.hours,
      },
    },
  );
  await ok(
    admin,
    `mutation($input: ProvinceOfficeInput!) { updateProvinceOffice(provinceCode: "12", version: 0, input: $input) { version } }`,
    { input: LAI_CHAU_OFFICE },
  );
});
afterAll(() => api?.close());

const PRODUCTS = `{ products(first: 100) { edges { node { slug producer { province { code } }
  receivingOffice { name address phone email hours } } } } }`;

describe("the office beside a product's connection form", () => {
  it("is the product's province's own office, else the site office, for a whole list in one statement", async () => {
    const ds = api.dataSource;
    const original = ds.query.bind(ds);
    let officeStatements = 0;
    ds.query = ((sql: string, ...rest: unknown[]) => {
      if (sql.includes("province_office")) officeStatements++;
      return (original as (...a: unknown[]) => Promise<unknown>)(sql, ...rest);
    }) as typeof ds.query;
    let edges: Array<{ node: any }>;
    try {
      const result = await api.gql<any>(PRODUCTS, undefined, { method: "GET" });
      expect(result.body.errors).toBeUndefined();
      edges = result.body.data.products.edges;
    } finally {
      ds.query = original;
    }
    const laiChau = edges.filter((e) => e.node.producer.province.code === "12");
    const langSon = edges.filter((e) => e.node.producer.province.code === "20");
    expect(laiChau.length).toBeGreaterThan(0);
    expect(langSon.length).toBeGreaterThan(10);
    for (const e of laiChau) expect(e.node.receivingOffice, e.node.slug).toEqual(LAI_CHAU_OFFICE);
    for (const e of langSon) expect(e.node.receivingOffice, e.node.slug).toEqual(SITE_OFFICE);
    expect(officeStatements).toBe(1);
  });

  it("falls back to the site office when the province's own office has no email (the request goes there)", async () => {
    await ok(
      admin,
      `mutation($input: ProvinceOfficeInput!) { updateProvinceOffice(provinceCode: "12", version: 1, input: $input) { version } }`,
      { input: { ...LAI_CHAU_OFFICE, email: null } },
    );
    const [row] = await api.sql<{ slug: string }>(
      `SELECT p.slug FROM product p JOIN producer pr ON pr.id = p.producer_id
        WHERE pr.province_code = '12' AND p.status = 'published' LIMIT 1`,
    );
    const result = await api.gql<any>(`query($s: String!) { product(slug: $s) { receivingOffice { name email } } }`, {
      s: row!.slug,
    });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.product.receivingOffice).toEqual({ name: SITE_OFFICE.name, email: SITE_OFFICE.email });
  });

  it("is null when no office has any contact", async () => {
    await api.sql(
      `UPDATE site_settings SET office_name = NULL, office_address = NULL, office_phone = NULL, office_email = NULL,
              office_hours = NULL WHERE id = 1`,
    );
    const [row] = await api.sql<{ slug: string }>(
      `SELECT p.slug FROM product p JOIN producer pr ON pr.id = p.producer_id
        WHERE pr.province_code = '20' AND p.status = 'published' LIMIT 1`,
    );
    const result = await api.gql<any>(`query($s: String!) { product(slug: $s) { receivingOffice { name } } }`, {
      s: row!.slug,
    });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.product.receivingOffice).toBeNull();
  });
});
