import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  SHOWN_ON_SITE_SQL,
  TODAY_SQL,
  cards,
  escapeRegExp,
  pageReady,
  productWithCertificate,
  productsWithValidStars,
  results,
  settledResults,
  shownCount,
  useStorefront,
} from "./storefront";

// Truth first (issue 12): the certificate's standing on a phone's first screen, a valid-only
// filter with counts that follow the other filters, failures never shown as old results, and
// product photos that fail to load replaced by the group's art.
const sf = useStorefront();
const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
];

/** dd/mm/yyyy, as the Vietnamese pages print a date. */
const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Whether the element with this text lies wholly within the first screen (the page not scrolled). */
async function inFirstScreen(page: Page, text: string | RegExp): Promise<boolean> {
  const box = await page.getByText(text).first().boundingBox();
  const height = await page.evaluate(() => window.innerHeight);
  return !!box && box.y >= 0 && box.y + box.height <= height;
}

describe("a product page's first screen on a phone", () => {
  it.each(PHONES)("shows an expired certificate as expired, with its stars and date, at $width×$height", async (vp) => {
    const p = await productWithCertificate(sf.sql, "expired");
    expect(p.precision).toBe("day");
    const page = await sf.open(`/san-pham/${p.slug}`, { viewport: vp, deviceScaleFactor: 2, hasTouch: true });
    await pageReady(page, p.name_vi);
    const line = `Chứng nhận OCOP ${p.stars} sao, hết hạn ${ddmmyyyy(p.valid_until)}`;
    expect(await inFirstScreen(page, line)).toBe(true);
    // Nothing up there reads as "not certified yet".
    const top = await page.locator(".product__summary").innerText();
    expect(top).not.toMatch(/Chưa có chứng nhận/);
    // The detailed block is still further down.
    await page.getByRole("region", { name: "Giấy chứng nhận OCOP" }).getByRole("alert").waitFor();
  });

  it.each(PHONES)("shows a valid certificate's end date at $width×$height", async (vp) => {
    const p = await productWithCertificate(sf.sql, "valid");
    const page = await sf.open(`/san-pham/${p.slug}`, { viewport: vp, deviceScaleFactor: 2, hasTouch: true });
    await pageReady(page, p.name_vi);
    const end = p.precision === "day" ? ddmmyyyy(p.valid_until) : "";
    expect(await inFirstScreen(page, `Chứng nhận OCOP ${p.stars} sao, còn hiệu lực đến ${end}`)).toBe(true);
  });

  it("says it in English and Chinese too", async () => {
    const p = await productWithCertificate(sf.sql, "expired");
    const phone = { viewport: PHONES[1], deviceScaleFactor: 2, hasTouch: true };
    const en = await sf.open(`/en/san-pham/${p.slug}`, phone);
    await pageReady(en, p.name_en);
    expect(await inFirstScreen(en, new RegExp(`^OCOP ${p.stars}-star certificate, expired on `))).toBe(true);
    const zh = await sf.open(`/zh/san-pham/${p.slug}`, phone);
    await pageReady(zh, p.name_zh);
    expect(await inFirstScreen(zh, new RegExp(`^OCOP ${p.stars}星证书，已于.+过期$`))).toBe(true);
  });

  it("shows a revoked certificate as revoked", async () => {
    const p = await productWithCertificate(sf.sql, "valid");
    const [cert] = await sf.sql<{ id: number }>(
      `SELECT id FROM certification WHERE product_id = (SELECT id FROM product WHERE slug = $1) AND voided_at IS NULL
        ORDER BY decision_date DESC, id DESC LIMIT 1`,
      [p.slug],
    );
    await sf.sql(`UPDATE certification SET revoked_on = ${TODAY_SQL}, revocation_reason = 'thử' WHERE id = $1`, [
      cert!.id,
    ]);
    try {
      const page = await sf.open(`/san-pham/${p.slug}`, { viewport: PHONES[1], deviceScaleFactor: 2, hasTouch: true });
      await pageReady(page, p.name_vi);
      expect(await inFirstScreen(page, new RegExp(`^Chứng nhận OCOP ${p.stars} sao, bị thu hồi ngày `))).toBe(true);
    } finally {
      await sf.sql(`UPDATE certification SET revoked_on = NULL, revocation_reason = NULL WHERE id = $1`, [cert!.id]);
    }
  });
});

describe("the catalogue's filters", () => {
  it('"valid certificate only" lists exactly the products with a valid certificate, and its URL reloads the same', async () => {
    const valid = [
      ...(await productsWithValidStars(sf.sql, 3)),
      ...(await productsWithValidStars(sf.sql, 4)),
      ...(await productsWithValidStars(sf.sql, 5)),
    ];
    const page = await sf.open("/san-pham");
    await pageReady(page, "Sản phẩm OCOP");
    const region = results(page);
    const all = await settledResults(region);
    expect(all.count).toBeGreaterThan(valid.length);
    const box = page.getByRole("checkbox", { name: /^Chỉ chứng nhận còn hiệu lực/ });
    await expect
      .poll(() => box.getAttribute("name").then(() => box.evaluate((e) => e.parentElement!.textContent)))
      .toBe(`Chỉ chứng nhận còn hiệu lực (${valid.length})`);
    await box.check();
    await page.waitForURL((url) => url.searchParams.get("valid") === "1");
    await expect.poll(() => settledResults(region).then((r) => r.count)).toBe(valid.length);
    await page.reload();
    await pageReady(page, "Sản phẩm OCOP");
    expect((await settledResults(region)).count).toBe(valid.length);
    expect(await box.isChecked()).toBe(true);
  });

  it("counts each commune/ward and star level with the other filters applied", async () => {
    // The unit with the most published products, and a star level that only some of them have.
    const [unit] = await sf.sql<{ code: string; name: string; total: number; four: number }>(
      `WITH newest AS (
         SELECT DISTINCT ON (c.product_id) c.product_id, c.stars,
                (c.revoked_on IS NULL AND c.valid_until >= ${TODAY_SQL}) AS valid
           FROM certification c WHERE c.voided_at IS NULL ORDER BY c.product_id, c.decision_date DESC, c.id DESC)
       SELECT u.code, u.name, count(*)::int AS total,
              (count(*) FILTER (WHERE n.valid AND n.stars = 4))::int AS four
         FROM product p JOIN producer pr ON pr.id = p.producer_id JOIN administrative_unit u ON u.code = pr.commune_code
         LEFT JOIN newest n ON n.product_id = p.id
        WHERE p.status = 'published'
        GROUP BY u.code, u.name HAVING (count(*) FILTER (WHERE n.valid AND n.stars = 4)) BETWEEN 1 AND count(*) - 1
        ORDER BY total DESC, u.code LIMIT 1`,
    );
    expect(unit).toBeDefined();
    const page = await sf.open(`/san-pham?commune=${unit!.code}`);
    await pageReady(page, "Sản phẩm OCOP");
    const region = results(page);
    expect((await settledResults(region)).count).toBe(unit!.total);
    const communeSelect = page.getByRole("combobox", { name: "Xã, phường" });
    const selectedLabel = () => communeSelect.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
    await expect.poll(selectedLabel).toMatch(new RegExp(`${escapeRegExp(unit!.name)} \\(${unit!.total}\\)$`));
    const four = page.getByRole("group", { name: "Hạng sao" }).getByRole("checkbox", { name: /^4 sao/ });
    await expect.poll(() => four.evaluate((e) => e.parentElement!.textContent)).toBe(`4 sao (${unit!.four})`);

    await four.check();
    await page.waitForURL((url) => url.searchParams.get("stars") === "4");
    await expect.poll(() => settledResults(region).then((r) => r.count)).toBe(unit!.four);
    // The unit's own count now follows the star filter: it says what the list shows.
    await expect.poll(selectedLabel).toMatch(new RegExp(`\\(${unit!.four}\\)$`));
  });

  it("home-page shortcuts all lead to products, and 3 stars is one of them", async () => {
    const page = await sf.open("/");
    await pageReady(page, "Sản phẩm OCOP Lạng Sơn");
    const shortcuts = page.locator(".star-shortcut, .group-tile");
    const hrefs = await shortcuts.evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs).toContain("/san-pham?stars=3");
    expect(hrefs).not.toContain("/san-pham?stars=5"); // the demo has no five-star product
    for (const href of hrefs) {
      const list = await sf.open(href);
      await pageReady(list, "Sản phẩm OCOP");
      expect((await settledResults(results(list))).count, href).toBeGreaterThan(0);
      await list.close();
    }
  });
});

describe("a request that fails", () => {
  it("shows the failure and a retry instead of the old results under the new filter", async () => {
    const page = await sf.open("/san-pham");
    await pageReady(page, "Sản phẩm OCOP");
    const region = results(page);
    const all = await settledResults(region);
    expect(all.count).toBeGreaterThan(0);

    const isApi = (url: URL) => url.pathname === "/graphql";
    await page.route(isApi, (route) => route.abort("internetdisconnected"));
    await page
      .getByRole("group", { name: "Hạng sao" })
      .getByRole("checkbox", { name: /^4 sao/ })
      .check();
    await page.waitForURL((url) => url.searchParams.get("stars") === "4");
    const failure = region.getByRole("alert");
    await failure.getByRole("heading", { name: "Chưa kết nối được với danh mục" }).waitFor();
    expect(await cards(region).count()).toBe(0);
    expect(await shownCount(region)).toBeNull();

    await page.unroute(isApi);
    await failure.getByRole("button", { name: "Thử lại" }).click();
    const four = await productsWithValidStars(sf.sql, 4);
    await expect.poll(() => settledResults(region).then((r) => r.count)).toBe(four.length);
    expect(await region.getByRole("alert").count()).toBe(0);
  });
});

describe("a product photo that fails to load", () => {
  let imageId: number | undefined;
  afterAll(async () => {
    if (imageId !== undefined) await sf.sql(`DELETE FROM product_image WHERE id = $1`, [imageId]);
  });

  it("is replaced by the group's art, whether it failed before the page came alive or after", async () => {
    const p = await productWithCertificate(sf.sql, "valid");
    const variants = [{ key: "products/missing/a-400.jpg", width: 400, height: 300, format: "jpeg" }];
    const [row] = await sf.sql<{ id: number }>(
      `INSERT INTO product_image (product_id, alt_vi, width, height, variants, position)
       SELECT id, 'ảnh hỏng', 400, 300, $2, -1 FROM product WHERE slug = $1 RETURNING id`,
      [p.slug, JSON.stringify(variants)],
    );
    imageId = row!.id;

    // Server-rendered: the photo fails while the page's script is still on its way.
    const page = await sf.open(`/san-pham/${p.slug}`);
    await pageReady(page, p.name_vi);
    const gallery = page.locator(".gallery").first();
    await gallery
      .getByRole("img", { name: /^Hình minh họa nhóm/ })
      .first()
      .waitFor();
    expect(await gallery.locator("img").count()).toBe(0);

    // Rendered in the browser: reached from the catalogue, the photo fails after hydration.
    const list = await sf.open(`/san-pham?q=${encodeURIComponent(p.name_vi)}`);
    await pageReady(list, /Kết quả tìm kiếm/);
    await settledResults(results(list));
    await list.getByRole("link", { name: p.name_vi }).first().click();
    await list.getByRole("heading", { level: 1, name: p.name_vi }).waitFor();
    const galleryThere = list.locator(".gallery").first();
    await galleryThere
      .getByRole("img", { name: /^Hình minh họa nhóm/ })
      .first()
      .waitFor();
    expect(await galleryThere.locator("img").count()).toBe(0);
  });
});

describe("research notes", () => {
  /** The dataset's own notes and the remarks in brackets in its names and addresses. */
  async function researchTexts(): Promise<string[]> {
    const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../data/langson-ocop-demo.json");
    const data = JSON.parse(await readFile(file, "utf8")) as {
      products: Array<{ note?: string }>;
      distributors: Array<{ note?: string }>;
      producers: Array<{ name: string; address_as_reported?: string | null }>;
      showcase_event: { display_tables: Array<{ note?: string }> };
    };
    const bracketed = (text: string | null | undefined) =>
      [...(text ?? "").matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!.trim()).filter((r) => r !== "cũ" && r.length > 8);
    const texts = [
      ...data.products.map((p) => p.note),
      ...data.distributors.map((d) => d.note),
      ...data.showcase_event.display_tables.map((t) => t.note),
      ...data.producers.flatMap((p) => [...bracketed(p.name), ...bracketed(p.address_as_reported)]),
    ];
    return [...new Set(texts.filter((t): t is string => !!t && t.length > 8))];
  }

  it("never reach a server-rendered page of the demo", async () => {
    const notes = await researchTexts();
    // Every page the site shows (another province's records answer 404 on a one-province site).
    const products = await sf.sql<{ slug: string }>(
      `SELECT p.slug FROM product p WHERE p.status = 'published' AND ${SHOWN_ON_SITE_SQL}`,
    );
    const producers = await sf.sql<{ slug: string }>(
      `SELECT DISTINCT pr.slug FROM producer pr JOIN product p ON p.producer_id = pr.id AND p.status = 'published'
        WHERE ${SHOWN_ON_SITE_SQL}`,
    );
    const communes = await sf.sql<{ code: string }>(
      `SELECT DISTINCT pr.commune_code AS code FROM producer pr JOIN product p ON p.producer_id = pr.id
        WHERE pr.commune_code IS NOT NULL AND ${SHOWN_ON_SITE_SQL}`,
    );
    const events = await sf.sql<{ slug: string }>(`SELECT slug FROM showcase_event WHERE published`);
    const paths = [
      "/",
      "/san-pham",
      "/san-pham?page=3",
      "/xa-phuong?all=1",
      "/su-kien",
      "/nha-phan-phoi",
      "/gioi-thieu",
      ...products.map((p) => `/san-pham/${p.slug}`),
      ...producers.map((p) => `/chu-the/${p.slug}`),
      ...communes.map((c) => `/xa-phuong/${c.code}`),
      ...events.map((e) => `/su-kien/${e.slug}`),
    ];
    const leaks: string[] = [];
    for (const lang of ["", "/en"]) {
      for (let i = 0; i < paths.length; i += 6) {
        await Promise.all(
          paths.slice(i, i + 6).map(async (p) => {
            const response = await fetch(sf.url(`${lang}${p}`));
            expect(response.status, p).toBe(200);
            const html = await response.text();
            if (/chưa xác minh/i.test(html)) leaks.push(`${lang}${p}: “chưa xác minh”`);
            for (const note of notes) if (html.includes(note)) leaks.push(`${lang}${p}: ${note}`);
          }),
        );
      }
    }
    expect(leaks).toEqual([]);
  }, 240_000);

  it("a demo record says it is demo data where it is shown", async () => {
    const [table] = await sf.sql<{ slug: string; number: number }>(
      `SELECT e.slug, t.number FROM showcase_table t JOIN showcase_event e ON e.id = t.event_id
        WHERE t.is_demo AND e.published ORDER BY t.number LIMIT 1`,
    );
    const page = await sf.open(`/su-kien/${table!.slug}`);
    await pageReady(page);
    const card = page
      .locator(".table-card")
      .filter({ hasText: `Bàn ${table!.number}` })
      .first();
    await card.getByText("Dữ liệu minh họa").waitFor();
    // A producer whose name the sources do not confirm is demo data, and says so on its page.
    const [producer] = await sf.sql<{ slug: string; name: string }>(
      `SELECT pr.slug, pr.name FROM producer pr JOIN product p ON p.producer_id = pr.id AND p.status = 'published'
        WHERE pr.internal_note LIKE '%chưa xác minh%' ORDER BY pr.slug LIMIT 1`,
    );
    const producerPage = await sf.open(`/chu-the/${producer!.slug}`);
    await pageReady(producerPage, producer!.name);
    await producerPage
      .getByText(/^Dữ liệu minh họa/)
      .first()
      .waitFor();
  });
});
