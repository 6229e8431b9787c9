import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pageReady, productWithCertificate, useStorefront } from "./storefront";

const PUBLIC_URL = "https://ocop.example.vn";
const sf = useStorefront({ PUBLIC_URL });

const metaContent = (page: Page, property: string) =>
  page.locator(`head meta[property="${property}"], head meta[name="${property}"]`).getAttribute("content");

describe("shared links", () => {
  it("a product page carries its share card and canonical URL, absolute to PUBLIC_URL", async () => {
    const product = await productWithCertificate(sf.sql, "valid");
    const page = await sf.open(`/en/san-pham/${product.slug}`);
    await pageReady(page, product.name_en);
    const image = await metaContent(page, "og:image");
    expect(image).toBe(`${PUBLIC_URL}/og/product/${product.slug}.jpg?lang=en`);
    expect(await metaContent(page, "og:image:width")).toBe("1200");
    expect(await metaContent(page, "og:image:height")).toBe("630");
    expect(await metaContent(page, "twitter:card")).toBe("summary_large_image");
    expect(await metaContent(page, "og:url")).toBe(`${PUBLIC_URL}/en/san-pham/${product.slug}`);
    expect(await page.locator('head link[rel="canonical"]').getAttribute("href")).toBe(
      `${PUBLIC_URL}/en/san-pham/${product.slug}`,
    );
    // The card is served by this server at the path og:image names.
    const card = await page.request.get(sf.url(new URL(image!).pathname + new URL(image!).search));
    expect(card.status()).toBe(200);
    expect(card.headers()["content-type"]).toBe("image/jpeg");
    expect((await card.body()).length).toBeLessThanOrEqual(100 * 1024);
  });

  it("an expired product's share title says so", async () => {
    const product = await productWithCertificate(sf.sql, "expired");
    const page = await sf.open(`/san-pham/${product.slug}`);
    await pageReady(page, product.name_vi);
    expect(await metaContent(page, "og:title")).toContain("(hết hạn chứng nhận)");
  });
});

describe("the first visit's language", () => {
  it("follows the browser's language, then the switcher's choice on the next visit to /", async () => {
    const page = await sf.open(undefined, { locale: "en-US" });
    await page.goto(sf.url("/"));
    await page.waitForURL((url) => url.pathname === "/en");
    await pageReady(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");

    // The visitor chooses Vietnamese; a new visit to / (a new tab, typed address) stays Vietnamese.
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Tiếng Việt" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    const again = await sf.open(undefined, { locale: "en-US" });
    await again.goto(sf.url("/"));
    await pageReady(again, "Sản phẩm OCOP Lạng Sơn");
    expect(new URL(again.url()).pathname).toBe("/");
    expect(await again.evaluate(() => document.documentElement.lang)).toBe("vi");

    // Choosing Chinese is remembered the same way.
    await again.getByRole("navigation", { name: "Ngôn ngữ" }).getByRole("link", { name: "中文" }).click();
    await again.waitForURL((url) => url.pathname === "/zh");
    const third = await sf.open(undefined, { locale: "en-US" });
    await third.goto(sf.url("/"));
    await third.waitForURL((url) => url.pathname === "/zh");
    await pageReady(third);
    expect(await third.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
  });
});
