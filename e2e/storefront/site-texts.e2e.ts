import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pageReady, useStorefront } from "./storefront";

// No text assumes one province: the site's name and provinces come from its settings (seeded for
// Lạng Sơn), and beside a product's connection form is the office that will receive the request.
const sf = useStorefront();

const SETTINGS_COLUMNS = `site_name, provinces, office_name, office_address, office_phone, office_email, office_hours`;
type Settings = {
  site_name: string | null;
  provinces: string[];
  office_name: string | null;
  office_address: string | null;
  office_phone: string | null;
  office_email: string | null;
  office_hours: string | null;
};

/** Runs `test` with the settings changed, and puts the demo's settings back whatever happens. */
async function withSettings(change: string, test: () => Promise<void>) {
  const [saved] = await sf.sql<Settings>(`SELECT ${SETTINGS_COLUMNS} FROM site_settings WHERE id = 1`);
  await sf.sql(`UPDATE site_settings SET ${change} WHERE id = 1`);
  try {
    await test();
  } finally {
    await sf.sql(
      `UPDATE site_settings SET site_name = $1, provinces = $2, office_name = $3, office_address = $4,
              office_phone = $5, office_email = $6, office_hours = $7 WHERE id = 1`,
      [
        saved!.site_name,
        saved!.provinces,
        saved!.office_name,
        saved!.office_address,
        saved!.office_phone,
        saved!.office_email,
        saved!.office_hours,
      ],
    );
    await sf.sql(`DELETE FROM province_office`);
  }
}

const metaDescription = (page: Page) => page.locator('meta[name="description"]').getAttribute("content");

/** Opens a page once the settings' change has reached the API's caches (its revision is trusted for a second). */
async function openWhen(path: string, ready: (page: Page) => Promise<boolean>): Promise<Page> {
  let page: Page | undefined;
  await expect
    .poll(
      async () => {
        page = await sf.open(path);
        await pageReady(page);
        return ready(page);
      },
      { timeout: 20_000, interval: 1_000 },
    )
    .toBe(true);
  return page!;
}

describe("a site of another province", () => {
  it("names Lai Châu in the title, the home heading, the footer, the metas and the About page, never Lạng Sơn", async () => {
    await withSettings(`site_name = 'OCOP Lai Châu', provinces = '{12}'`, async () => {
      const home = await openWhen("/", async (p) => (await p.title()) === "OCOP Lai Châu");
      await pageReady(home, "Sản phẩm OCOP Lai Châu");
      expect(await metaDescription(home)).toMatch(/^Tìm sản phẩm OCOP tỉnh Lai Châu: /);
      const footer = home.locator("footer");
      expect(await footer.innerText()).toContain("Danh mục sản phẩm OCOP tỉnh Lai Châu:");
      expect(await footer.innerText()).not.toMatch(/Lạng Sơn/);
      expect(await home.locator("header").innerText()).not.toMatch(/Lạng Sơn/);

      const about = await sf.open("/gioi-thieu");
      await pageReady(about, "Giới thiệu chương trình OCOP");
      const aboutText = await about.locator("main").innerText();
      expect(aboutText).toContain("tìm sản phẩm OCOP của tỉnh Lai Châu");
      expect(aboutText).not.toMatch(/Lạng Sơn/);

      const zh = await sf.open("/zh");
      await pageReady(zh, "莱州省OCOP产品");
      expect(await zh.locator("footer").innerText()).not.toMatch(/谅山|Lạng Sơn/);

      const catalog = await sf.open("/en/san-pham");
      await pageReady(catalog);
      expect(await metaDescription(catalog)).toMatch(/^Catalogue of Lai Châu OCOP products/);
    });
  });
});

describe("beside a product's connection form", () => {
  it("is the office of the product's province, else the site office, named in what happens next", async () => {
    const [laiChau] = await sf.sql<{ slug: string }>(
      `SELECT p.slug FROM product p JOIN producer pr ON pr.id = p.producer_id
        WHERE pr.province_code = '12' AND p.status = 'published' ORDER BY p.id LIMIT 1`,
    );
    const [langSon] = await sf.sql<{ slug: string }>(
      `SELECT p.slug FROM product p JOIN producer pr ON pr.id = p.producer_id
        WHERE pr.province_code = '20' AND p.status = 'published' ORDER BY p.id LIMIT 1`,
    );
    await withSettings(
      `provinces = '{12,20}', office_name = 'Văn phòng điều phối OCOP (thử)', office_phone = '0205 3812 345',
       office_email = 'site@example.vn'`,
      async () => {
        await sf.sql(
          `INSERT INTO province_office (province_code, name, phone, email)
           VALUES ('12', 'Văn phòng OCOP tỉnh Lai Châu (thử)', '0213 3876 543', 'ocop@laichau.example.vn')`,
        );
        const lc = await openWhen(`/san-pham/${laiChau!.slug}`, async (p) =>
          (await p.locator("#connect").innerText()).includes("Lai Châu (thử)"),
        );
        const office = lc.locator("#connect").getByRole("region", { name: "Liên hệ văn phòng OCOP" });
        expect(await office.innerText()).toContain("Văn phòng OCOP tỉnh Lai Châu (thử)");
        expect(await office.getByRole("link", { name: "0213 3876 543" }).getAttribute("href")).toBe("tel:02133876543");
        expect(await lc.locator("#connect-next").innerText()).toMatch(
          /^Yêu cầu của bạn được gửi tới Văn phòng OCOP tỉnh Lai Châu \(thử\)\./,
        );

        const ls = await sf.open(`/san-pham/${langSon!.slug}`);
        await pageReady(ls);
        const siteOffice = ls.locator("#connect").getByRole("region", { name: "Liên hệ văn phòng OCOP" });
        expect(await siteOffice.innerText()).toContain("Văn phòng điều phối OCOP (thử)");
        expect(await siteOffice.innerText()).not.toContain("Lai Châu");
        expect(await ls.locator("#connect-next").innerText()).toMatch(
          /^Yêu cầu của bạn được gửi tới Văn phòng điều phối OCOP \(thử\)\./,
        );
      },
    );
  });
});
