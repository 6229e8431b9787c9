import { describe, expect, it } from "vitest";
import {
  cards,
  pageReady,
  productsWithValidStars,
  results,
  settledResults,
  SHOWN_ON_SITE_SQL,
  starLabelsPerCard,
  useStorefront,
} from "./storefront";

// Search, star filters, filtered URLs and the catalogue in other languages.
const sf = useStorefront();

describe("search", () => {
  it('finds the "Mật ong" products from "mat ong" typed without diacritics, and opens one with its certificate', async () => {
    const honey = await sf.sql<{ name_vi: string }>(
      `SELECT name_vi FROM product p WHERE status = 'published' AND ${SHOWN_ON_SITE_SQL} AND name_vi ILIKE 'mật ong%'`,
    );
    expect(honey.length).toBeGreaterThan(0);

    const page = await sf.open("/");
    await pageReady(page, "Sản phẩm OCOP Lạng Sơn");
    const search = page.getByRole("search").first();
    await search.getByRole("searchbox", { name: "Tìm sản phẩm OCOP" }).fill("mat ong");
    await search.getByRole("button", { name: "Tìm" }).click();
    await page.waitForURL((url) => url.pathname === "/san-pham" && url.searchParams.get("q") === "mat ong");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Kết quả tìm kiếm “mat ong”");

    const region = results(page);
    const { count, names } = await settledResults(region);
    expect(count).toBeGreaterThanOrEqual(honey.length);
    // The products named "Mật ong …" come first, all of them.
    expect(names.slice(0, honey.length).sort()).toEqual(honey.map((h) => h.name_vi).sort());

    const link = cards(region).first().getByRole("link", { name: names[0] });
    await link.click();
    await page.waitForURL(/\/san-pham\/mat-ong-/);
    await pageReady(page, names[0]);
    const certificate = page.getByRole("region", { name: "Giấy chứng nhận OCOP" });
    await expect.poll(() => certificate.isVisible()).toBe(true);
    const slug = new URL(page.url()).pathname.split("/").pop()!;
    const [cert] = await sf.sql<{ valid_until: string }>(
      `SELECT to_char(c.valid_until, 'YYYY-MM-DD') AS valid_until FROM certification c JOIN product p ON p.id = c.product_id
        WHERE p.slug = $1 ORDER BY c.decision_date DESC, c.id DESC LIMIT 1`,
      [slug],
    );
    // The block shows the newest certificate's stars, decision and validity.
    expect(await certificate.getByRole("term").allTextContents()).toEqual(
      expect.arrayContaining(["Hạng", "Quyết định", "Hiệu lực đến"]),
    );
    expect(await certificate.locator("time").getAttribute("datetime")).toBe(cert!.valid_until);
  });
});

describe("star filter", () => {
  it("4 stars: only cards with 4 valid stars, as many as the database's currently valid 4-star products", async () => {
    const expected = await productsWithValidStars(sf.sql, 4);
    expect(expected.length).toBeGreaterThan(0); // the demo data has some
    expect(expected.length).toBeLessThanOrEqual(20); // one page of cards

    const page = await sf.open("/san-pham");
    await pageReady(page, "Sản phẩm OCOP");
    const region = results(page);
    const all = await settledResults(region);
    expect(all.count).toBeGreaterThan(expected.length);

    await page.getByRole("group", { name: "Hạng sao" }).getByRole("checkbox", { name: "4 sao" }).check();
    await page.waitForURL((url) => url.pathname === "/san-pham" && url.searchParams.get("stars") === "4");
    await expect.poll(() => settledResults(region).then((r) => r.count)).toBe(expected.length);

    const { names } = await settledResults(region);
    expect(names.sort()).toEqual(expected.map((p) => p.name_vi).sort());
    const stars = await starLabelsPerCard(region, /sao OCOP$/);
    expect(stars).toHaveLength(expected.length);
    for (const labels of stars) expect(labels).toEqual(["4 sao OCOP"]);
    expect(await page.getByRole("checkbox", { name: "4 sao" }).isChecked()).toBe(true);
  });

  it("5 stars: none in the demo data, so the empty state suggests dropping the filter, which brings the products back", async () => {
    expect(await productsWithValidStars(sf.sql, 5)).toHaveLength(0);

    const page = await sf.open("/san-pham");
    await pageReady(page, "Sản phẩm OCOP");
    const region = results(page);
    const all = await settledResults(region);

    await page.getByRole("checkbox", { name: "5 sao" }).check();
    await page.waitForURL((url) => url.searchParams.get("stars") === "5");
    await expect.poll(() => settledResults(region).then((r) => r.count)).toBe(0);
    expect(await cards(region).count()).toBe(0);
    await region.getByRole("heading", { name: "Không có sản phẩm nào phù hợp" }).waitFor();
    await region.getByText("Hãy thử bỏ bớt một bộ lọc:").waitFor();

    const drop = region.getByRole("link", { name: "Bỏ Hạng sao: 5 sao" });
    await drop.click();
    await page.waitForURL((url) => url.pathname === "/san-pham" && !url.searchParams.has("stars"));
    await expect.poll(() => settledResults(region).then((r) => r.count)).toBe(all.count);
    expect(await page.getByRole("checkbox", { name: "5 sao" }).isChecked()).toBe(false);
  });

  it("a reloaded filtered URL gives the same results", async () => {
    const page = await sf.open("/san-pham");
    await pageReady(page, "Sản phẩm OCOP");
    const region = results(page);
    await settledResults(region);
    await page.getByRole("checkbox", { name: "3 sao" }).check();
    await page.waitForURL((url) => url.searchParams.get("stars") === "3");
    const expected = await productsWithValidStars(sf.sql, 3);
    await expect.poll(() => settledResults(region).then((r) => r.count)).toBe(expected.length);
    const before = await settledResults(region);
    expect(before.names.length).toBe(Math.min(before.count, 20));

    const url = page.url();
    await page.reload();
    await pageReady(page, "Sản phẩm OCOP");
    expect(page.url()).toBe(url);
    const after = await settledResults(region);
    expect(after).toEqual(before);
    expect(await page.getByRole("checkbox", { name: "3 sao" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "4 sao" }).isChecked()).toBe(false);
  });
});

describe("more results", () => {
  it('"Xem thêm sản phẩm" adds the next 20 cards without repeating any, and the page=2 URL reloads the same 40', async () => {
    const [{ n: published }] = (await sf.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM product p WHERE status = 'published' AND ${SHOWN_ON_SITE_SQL}`,
    )) as [{ n: number }];
    expect(published).toBeGreaterThan(40);
    const page = await sf.open("/san-pham");
    await pageReady(page, "Sản phẩm OCOP");
    const region = results(page);
    const first = await settledResults(region);
    expect(first.count).toBe(published);
    expect(first.names).toHaveLength(20);
    await region.getByText(`Đang hiển thị 20 / ${published}`).waitFor();

    await region.getByRole("link", { name: "Xem thêm sản phẩm" }).click();
    await page.waitForURL((url) => url.searchParams.get("page") === "2");
    await expect.poll(async () => await cards(region).count(), { timeout: 15_000 }).toBe(40);
    const more = await settledResults(region);
    expect(more.names.slice(0, 20)).toEqual(first.names);
    expect(new Set(more.names).size).toBe(40);
    await region.getByText(`Đang hiển thị 40 / ${published}`).waitFor();

    await page.reload();
    await pageReady(page, "Sản phẩm OCOP");
    await expect.poll(async () => (await settledResults(region)).names, { timeout: 15_000 }).toEqual(more.names);
  });
});

describe("languages", () => {
  it("switching to English, then Chinese, keeps the filter and shows the names in that language", async () => {
    const expected = await productsWithValidStars(sf.sql, 4);
    const page = await sf.open("/san-pham?stars=4");
    await pageReady(page, "Sản phẩm OCOP");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");
    await expect
      .poll(() => settledResults(results(page)).then((r) => r.names.sort()))
      .toEqual(expected.map((p) => p.name_vi).sort());

    const languages = page.getByRole("navigation", { name: "Ngôn ngữ" });
    await languages.getByRole("link", { name: "English" }).click();
    await page.waitForURL((url) => url.pathname === "/en/san-pham" && url.searchParams.get("stars") === "4");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByRole("heading", { level: 1, name: "OCOP products" }).waitFor();
    const en = results(page, "Results");
    await expect
      .poll(() => settledResults(en).then((r) => r.names.sort()))
      .toEqual(expected.map((p) => p.name_en).sort());
    expect(await en.getByRole("status").first().textContent()).toBe(`${expected.length} products`);
    expect(await page.getByRole("checkbox", { name: "4 stars" }).isChecked()).toBe(true);
    for (const labels of await starLabelsPerCard(en, /OCOP stars$/)) expect(labels).toEqual(["4 OCOP stars"]);

    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "中文" }).click();
    await page.waitForURL((url) => url.pathname === "/zh/san-pham" && url.searchParams.get("stars") === "4");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
    const zh = results(page, "结果");
    await expect
      .poll(() => settledResults(zh).then((r) => r.names.sort()))
      .toEqual(expected.map((p) => p.name_zh).sort());
    expect(expected.some((p) => p.name_zh !== p.name_vi)).toBe(true);

    // Back to Vietnamese: no prefix.
    await page.getByRole("navigation", { name: "语言" }).getByRole("link", { name: "Tiếng Việt" }).click();
    await page.waitForURL((url) => url.pathname === "/san-pham" && url.searchParams.get("stars") === "4");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("vi");
    await expect
      .poll(() => settledResults(results(page)).then((r) => r.names.sort()))
      .toEqual(expected.map((p) => p.name_vi).sort());
  });

  it("opening an English product URL directly shows the English name and <html lang=en>", async () => {
    const [product] = await productsWithValidStars(sf.sql, 4);
    expect(product!.name_en).not.toBe(product!.name_vi);
    const page = await sf.open(`/en/san-pham/${product!.slug}`);
    await pageReady(page, product!.name_en);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(product!.name_en);
    await page.getByRole("region", { name: "OCOP certificate" }).getByText("Valid", { exact: true }).waitFor();
    // Links stay in English.
    expect(
      await page
        .getByRole("navigation", { name: "Breadcrumb" })
        .getByRole("link", { name: "OCOP products" })
        .getAttribute("href"),
    ).toBe("/en/san-pham");
  });
});
