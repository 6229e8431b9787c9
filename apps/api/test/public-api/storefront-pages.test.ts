import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES } from "@ocop/schema/enums";
import { matchPath, PRIVATE_ROUTE_NAMES, ROUTE_NAMES, splitLanguage } from "@ocop/schema/routes";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({
    STOREFRONT_DIST: path.join(__dirname, "..", "fixtures", "storefront-dist"),
    PUBLIC_URL: "https://ocop.example.vn",
  });
  // The whole demo dataset, on a site of both its provinces (a one-province site's sitemap:
  // test/public-api/site-provinces.test.ts).
  await api.sql(`UPDATE site_settings SET provinces = '{12,20}' WHERE id = 1`);
});
afterAll(() => api?.close());

const page = async (pathname: string) => {
  const response = await fetch(`${api.url}${pathname}`);
  return { status: response.status, html: await response.text() };
};
const meta = (html: string, property: string) =>
  new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];

describe("storefront pages served by the API", () => {
  it("preload the unfiltered catalog's first card image, as the storefront's <picture> asks for it", async () => {
    // The first card of the default order: featured first.
    const variants = [
      { key: "products/1/a-400.webp", width: 400, height: 300, format: "webp" },
      { key: "products/1/a-400.jpg", width: 400, height: 300, format: "jpeg" },
      { key: "products/1/a-800.webp", width: 800, height: 600, format: "webp" },
    ];
    await api.sql(`UPDATE product SET featured = true WHERE slug = 'rau-cai-bo-xoi-huu-co-huu-lung'`);
    const [product] = (await api.sql(`SELECT id FROM product WHERE slug = 'rau-cai-bo-xoi-huu-co-huu-lung'`)) as Array<{
      id: number;
    }>;
    if (!product) throw new Error("the demo product is missing");
    await api.sql(
      `INSERT INTO product_image (product_id, alt_vi, width, height, variants, position) VALUES ($1, 'ảnh', 800, 600, $2, -1)`,
      [product.id, JSON.stringify(variants)],
    );
    const { html } = await page("/san-pham");
    expect(html).toContain(
      '<link rel="preload" as="image" type="image/webp" imagesrcset="/media/products/1/a-400.webp 400w, /media/products/1/a-800.webp 800w" imagesizes="(min-width: 64rem) 20rem, (min-width: 40rem) 45vw, 100vw" fetchpriority="high" />',
    );
    // A filtered list starts with other products: nothing to preload.
    expect((await page("/san-pham?sao=5")).html).not.toContain('rel="preload" as="image"');
    expect((await page("/su-kien")).html).not.toContain('rel="preload" as="image"');
    await api.sql(`UPDATE product SET featured = false WHERE id = $1`, [product.id]);
  });

  it("put a product's title, description and Open Graph tags in the HTML itself", async () => {
    const { status, html } = await page("/san-pham/rau-cai-bo-xoi-huu-co-huu-lung");
    expect(status).toBe(200);
    expect(html).toMatch(/<title>Rau cải bó xôi hữu cơ Hữu Lũng · OCOP ★★★★ · OCOP Lạng Sơn<\/title>/);
    expect(html).toContain(
      '<link rel="alternate" hreflang="zh-Hans" href="https://ocop.example.vn/zh/san-pham/rau-cai-bo-xoi-huu-co-huu-lung" />',
    );
    expect(meta(html, "og:title")).toContain("Rau cải bó xôi hữu cơ Hữu Lũng");
    expect(meta(html, "og:url")).toBe("https://ocop.example.vn/san-pham/rau-cai-bo-xoi-huu-co-huu-lung");
    expect(meta(html, "description")).not.toBe("placeholder");
    expect(html).toContain(
      '<link rel="alternate" hreflang="en" href="https://ocop.example.vn/en/san-pham/rau-cai-bo-xoi-huu-co-huu-lung" />',
    );
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!);
    expect(jsonLd).toMatchObject({
      "@type": "Product",
      name: "Rau cải bó xôi hữu cơ Hữu Lũng",
      brand: { name: "HTX Nông sản Hữu Lũng" },
    });
  });

  it("serves the English page in English with <html lang>", async () => {
    const { status, html } = await page("/en/san-pham/rau-cai-bo-xoi-huu-co-huu-lung");
    expect(status).toBe(200);
    expect(html).toContain('<html lang="en"');
    expect(meta(html, "og:title")).toMatch(/spinach/i);
    expect(meta(html, "og:locale")).toBe("en_US");
  });

  it("escapes text from the database", async () => {
    await api.sql(
      `UPDATE product SET name_vi = 'A "quoted" <b>name</b>' WHERE slug = 'rau-cai-bo-xoi-huu-co-huu-lung'`,
    );
    const { html } = await page("/san-pham/rau-cai-bo-xoi-huu-co-huu-lung");
    expect(html).not.toContain("<b>name</b>");
    expect(meta(html, "og:title")).toContain("A &quot;quoted&quot; &lt;b&gt;name&lt;/b&gt;");
  });

  it("answers unknown products, producers, events and paths with 404 and noindex", async () => {
    for (const p of [
      "/san-pham/khong-co",
      "/chu-the/khong-co",
      "/su-kien/khong-co",
      "/xa-phuong/99999",
      "/khong-co-trang-nay",
      "/en/nope",
    ]) {
      const { status, html } = await page(p);
      expect(status, p).toBe(404);
      expect(html, p).toContain('<meta name="robots" content="noindex" />');
    }
  });

  it("serves a request's tracking page for its holder only: not indexed, its address in no tag", async () => {
    const token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE";
    const { status, html } = await page(`/en/yeu-cau/${token}`);
    expect(status).toBe(200);
    expect(html).toContain("<title>Your connection request · OCOP Lạng Sơn</title>");
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).not.toContain(token);
  });

  it("serves the visitor's own pages (their list, their request) to them alone: no index, no shared cache", async () => {
    for (const p of ["/danh-sach", "/en/danh-sach", "/zh/danh-sach/", "/yeu-cau/abc123", "/en/yeu-cau/abc123"]) {
      const response = await fetch(`${api.url}${p}`);
      expect(response.headers.get("cache-control"), p).toBe("private, no-store");
      const html = await response.text();
      expect(response.status, p).toBe(200);
      expect(html, p).toContain('<meta name="robots" content="noindex" />');
      expect(html, p).not.toContain('rel="canonical"');
      expect(html, p).not.toContain('hreflang="en"');
    }
    expect(meta((await page("/en/danh-sach")).html, "og:title")).toBe("My list · OCOP Lạng Sơn");
  });

  it("knows the list pages and the event page", async () => {
    for (const p of [
      "/",
      "/san-pham",
      "/xa-phuong",
      "/su-kien",
      "/nha-phan-phoi",
      "/gioi-thieu",
      "/zh/su-kien/hoi-nghi-tong-ket-ocop-lang-son-2021-2025",
      "/xa-phuong/06187",
    ]) {
      expect((await page(p)).status, p).toBe(200);
    }
  });

  it("show and list only what the public sees: a draft, and a producer with nothing published, are not there", async () => {
    const { code: commune } = await api.one<{ code: string }>(
      `SELECT au.code FROM administrative_unit au
        WHERE NOT EXISTS (SELECT 1 FROM producer pr WHERE pr.commune_code = au.code) ORDER BY au.code LIMIT 1`,
    );
    const { id: producerId } = await api.one<{ id: number }>(
      `INSERT INTO producer (slug, name, type, province_code, commune_code)
       VALUES ('htx-chua-cong-bo', 'HTX Chưa công bố', 'cooperative', '20', $1) RETURNING id`,
      [commune],
    );
    const { id: productId } = await api.one<{ id: number }>(
      `INSERT INTO product (slug, name_vi, category_code, producer_id, status)
       VALUES ('san-pham-nhap', 'Sản phẩm nháp', (SELECT code FROM category WHERE parent_code = 'TP' ORDER BY code LIMIT 1), $1, 'draft')
       RETURNING id`,
      [producerId],
    );
    const sitemap = async (part: string) => (await fetch(`${api.url}/sitemaps/${part}-1.xml`)).text();
    const visible = async () => ({
      productPage: (await page("/san-pham/san-pham-nhap")).status,
      producerPage: (await page("/chu-the/htx-chua-cong-bo")).status,
      productListed: (await sitemap("products")).includes("/san-pham/san-pham-nhap<"),
      producerListed: (await sitemap("producers")).includes("/chu-the/htx-chua-cong-bo<"),
      communeListed: (await sitemap("places-and-events")).includes(`/xa-phuong/${commune}<`),
    });
    expect(await visible()).toEqual({
      productPage: 404,
      producerPage: 404,
      productListed: false,
      producerListed: false,
      communeListed: false,
    });
    await api.sql(`UPDATE product SET status = 'published' WHERE id = $1`, [productId]);
    expect(await visible()).toEqual({
      productPage: 200,
      producerPage: 200,
      productListed: true,
      producerListed: true,
      communeListed: true,
    });
    await api.sql(`UPDATE product SET status = 'archived' WHERE id = $1`, [productId]);
    expect((await visible()).producerPage).toBe(404);
    await api.sql(`DELETE FROM product WHERE id = $1`, [productId]);
    await api.sql(`DELETE FROM producer WHERE id = $1`, [producerId]);
  });

  it("publishes robots.txt and a sitemap index with every product in three languages", async () => {
    const robots = await (await fetch(`${api.url}/robots.txt`)).text();
    expect(robots).toContain("Disallow: /admin/");
    expect(robots).toContain("Sitemap: https://ocop.example.vn/sitemap.xml");
    const index = await (await fetch(`${api.url}/sitemap.xml`)).text();
    const files = [...index.matchAll(/<loc>https:\/\/ocop\.example\.vn(\/sitemaps\/[^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(files).toContain("/sitemaps/products-1.xml");
    const products = await (await fetch(`${api.url}/sitemaps/products-1.xml`)).text();
    const { n } = await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM product WHERE status = 'published'`);
    expect(products.match(/<url>/g)?.length).toBe(n * 3);
    expect(products).toContain("<loc>https://ocop.example.vn/zh/san-pham/rau-cai-bo-xoi-huu-co-huu-lung</loc>");
    expect((await fetch(`${api.url}/sitemaps/nope-1.xml`)).status).toBe(404);
  });

  it("lists only URLs of the storefront's route table, every route in every language, each a page the server knows", async () => {
    const ORIGIN = "https://ocop.example.vn";
    const index = await (await fetch(`${api.url}/sitemap.xml`)).text();
    const files = [...index.matchAll(/<loc>https:\/\/ocop\.example\.vn(\/sitemaps\/[^<]+)<\/loc>/g)].map((m) => m[1]!);
    const urls: string[] = [];
    for (const file of files) {
      const xml = await (await fetch(`${api.url}${file}`)).text();
      urls.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, "&")));
    }
    const seen = new Map<string, string>();
    for (const url of urls) {
      expect(url.startsWith(ORIGIN), url).toBe(true);
      const { lang, rest } = splitLanguage(url.slice(ORIGIN.length));
      const route = matchPath(rest);
      expect(route, url).not.toBeNull();
      if (!seen.has(`${lang} ${route!.name}`)) seen.set(`${lang} ${route!.name}`, url);
    }
    const listed = ROUTE_NAMES.filter((n) => !PRIVATE_ROUTE_NAMES.includes(n));
    expect([...seen.keys()].sort()).toEqual(LANGUAGES.flatMap((l) => listed.map((n) => `${l} ${n}`)).sort());
    // One URL of each route and language: the server renders it as a page (not the 404) under that address.
    for (const url of seen.values()) {
      const { status, html } = await page(url.slice(ORIGIN.length));
      expect(status, url).toBe(200);
      expect(meta(html, "og:url"), url).toBe(url);
    }
  });
});
