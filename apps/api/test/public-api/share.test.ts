import http from "node:http";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certificateExpired, isPublicProduct } from "../../src/domain/rules";
import { languageFromAcceptLanguage } from "../../src/http/first-visit-language";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

const STOREFRONT_DIST = path.join(__dirname, "..", "fixtures", "storefront-dist");
const PRODUCT = "rau-cai-bo-xoi-huu-co-huu-lung";

/** A GET with headers fetch() will not send as given (Host). */
function get(
  base: string,
  pathname: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(pathname, base), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

const meta = (html: string, property: string) =>
  new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];

/** A red picture of random pixels (a fixed seed: the same bytes every run). */
function redNoise(width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < pixels.length; i += 3) {
    pixels[i] = 200 + Math.floor(next() * 56);
    pixels[i + 1] = Math.floor(next() * 40);
    pixels[i + 2] = Math.floor(next() * 40);
  }
  return pixels;
}

/** Mean colour of a region of a decoded card. */
async function meanColour(jpeg: Buffer, left: number, top: number): Promise<number[]> {
  const region = await sharp(jpeg).extract({ left, top, width: 40, height: 40 }).toBuffer();
  const { channels } = await sharp(region).stats();
  return channels.slice(0, 3).map((c) => Math.round(c.mean));
}

describe("share cards and canonical origin, with PUBLIC_URL", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ STOREFRONT_DIST, PUBLIC_URL: "https://ocop.example.vn" });
  });
  afterAll(() => api?.close());

  it("gives product, producer and event pages an absolute og:image card of 1200×630", async () => {
    const producer = await api.one<{ slug: string }>(
      `SELECT pr.slug FROM producer pr JOIN product p ON p.producer_id = pr.id WHERE p.slug = $1`,
      [PRODUCT],
    );
    const event = await api.one<{ slug: string }>(`SELECT slug FROM showcase_event WHERE published LIMIT 1`);
    for (const page of [
      `/san-pham/${PRODUCT}`,
      `/zh/san-pham/${PRODUCT}`,
      `/chu-the/${producer.slug}`,
      `/en/su-kien/${event.slug}`,
    ]) {
      const { body } = await get(api.url, page);
      const html = body.toString();
      const image = meta(html, "og:image");
      expect(image, page).toMatch(/^https:\/\/ocop\.example\.vn\/og\/(product|producer|event)\/[^"]+\.jpg/);
      expect(meta(html, "og:image:width"), page).toBe("1200");
      expect(meta(html, "og:image:height"), page).toBe("630");
      expect(meta(html, "twitter:card"), page).toBe("summary_large_image");
      const card = await get(api.url, new URL(image!.replace(/&amp;/g, "&")).pathname + new URL(image!).search);
      expect(card.status, page).toBe(200);
      expect(card.headers["content-type"]).toBe("image/jpeg");
      expect(card.body.length, page).toBeLessThanOrEqual(100 * 1024);
      const decoded = await sharp(card.body).metadata();
      expect([decoded.format, decoded.width, decoded.height], page).toEqual(["jpeg", 1200, 630]);
    }
    expect((await get(api.url, "/og/product/no-such-product.jpg")).status).toBe(404);
    expect((await get(api.url, "/og/nothing/x.jpg")).status).toBe(404);
  });

  it("draws the photo when there is one, else the group art, and re-renders after a change (new ETag)", async () => {
    const path_ = `/og/product/${PRODUCT}.jpg`;
    const before = await get(api.url, path_);
    expect(before.headers["cache-control"]).toMatch(/max-age=\d+/);
    const etag = before.headers.etag!;
    expect(etag).toBeTruthy();
    // Group art: a pale background, nothing like the red photo below.
    const [r0, g0] = await meanColour(before.body, 10, 10);
    expect(r0! - g0!).toBeLessThan(60);
    // Revalidation answers 304 without a body.
    expect((await get(api.url, path_, { "if-none-match": etag })).status).toBe(304);

    const { id } = await api.one<{ id: number }>(`SELECT id FROM product WHERE slug = $1`, [PRODUCT]);
    const key = `products/${id}/share-test-800.jpg`;
    await mkdir(path.join(api.config.MEDIA_DIR, `products/${id}`), { recursive: true });
    await writeFile(
      path.join(api.config.MEDIA_DIR, key),
      // Red, and noisy: the hardest photo to compress, which must still fit the card's budget.
      await sharp(redNoise(800, 600), { raw: { width: 800, height: 600, channels: 3 } })
        .jpeg({ quality: 90 })
        .toBuffer(),
    );
    await api.sql(
      `INSERT INTO product_image (product_id, alt_vi, width, height, variants, position) VALUES ($1, 'ảnh', 800, 600, $2, -1)`,
      [id, JSON.stringify([{ key, width: 800, height: 600, format: "jpeg" }])],
    );
    const after = await get(api.url, path_);
    expect(after.headers.etag).not.toBe(etag);
    expect((await get(api.url, path_, { "if-none-match": etag })).status).toBe(200);
    const [r, g, b] = await meanColour(after.body, 10, 10);
    expect(r).toBeGreaterThan(180);
    expect(g! + b!).toBeLessThan(80);
    expect(after.body.length).toBeLessThanOrEqual(100 * 1024);
    // The text half stays white.
    const [wr, wg, wb] = await meanColour(after.body, 1140, 10);
    expect(Math.min(wr!, wg!, wb!)).toBeGreaterThan(230);
  });

  it("answers many simultaneous requests for new cards, queued, each with its own card", async () => {
    const slugs = (
      await api.sql<{ slug: string }>(
        `SELECT p.slug FROM product p WHERE ${isPublicProduct("p")} ORDER BY p.id LIMIT 6`,
      )
    ).map((r) => r.slug);
    const answers = await Promise.all(
      [...slugs, slugs[0]!, slugs[0]!].map((slug) => get(api.url, `/og/product/${slug}.jpg?lang=en`)),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const etags = answers.map((a) => a.headers.etag);
    expect(new Set(etags.slice(0, 6)).size).toBe(6);
    expect(etags.slice(6)).toEqual([etags[0], etags[0]]);
    for (const a of answers) expect((await sharp(a.body).metadata()).width).toBe(1200);
  });

  it("says in the share title when a product's certificate has expired, in each language", async () => {
    let expired = (
      await api.sql<{ slug: string }>(
        `SELECT p.slug FROM product p WHERE ${isPublicProduct("p")} AND ${certificateExpired("p")} LIMIT 1`,
      )
    )[0];
    if (!expired) {
      await api.sql(
        `UPDATE certification SET decision_date = '2019-01-01' WHERE product_id = (SELECT id FROM product WHERE slug = $1)`,
        [PRODUCT],
      );
      expired = { slug: PRODUCT };
    }
    const title = async (prefix: string) => {
      const html = (await get(api.url, `${prefix}/san-pham/${expired.slug}`)).body.toString();
      expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe(meta(html, "og:title"));
      return meta(html, "og:title");
    };
    expect(await title("")).toContain("(hết hạn chứng nhận)");
    expect(await title("/en")).toContain("(certificate expired)");
    expect(await title("/zh")).toContain("（认证已过期）");
    const valid = await api.one<{ slug: string }>(
      `SELECT p.slug FROM product p WHERE ${isPublicProduct("p")} AND p.newest_valid_until > now() + interval '1 month' LIMIT 1`,
    );
    const html = (await get(api.url, `/san-pham/${valid.slug}`)).body.toString();
    expect(meta(html, "og:title")).not.toContain("hết hạn");
  });

  it("never reflects a forged Host header in links, the sitemap or robots.txt", async () => {
    const forged = { host: "evil.example", "x-forwarded-host": "evil.example" };
    const html = (await get(api.url, `/san-pham/${PRODUCT}`, forged)).body.toString();
    const sitemap = (await get(api.url, "/sitemap.xml", forged)).body.toString();
    const products = (await get(api.url, "/sitemaps/products-1.xml", forged)).body.toString();
    const robots = (await get(api.url, "/robots.txt", forged)).body.toString();
    for (const text of [html, sitemap, products, robots]) expect(text).not.toContain("evil.example");
    expect(html).toContain(`<link rel="canonical" href="https://ocop.example.vn/san-pham/${PRODUCT}" />`);
    expect(sitemap).toContain("<loc>https://ocop.example.vn/sitemaps/products-1.xml</loc>");
    expect(products).toContain(`<loc>https://ocop.example.vn/en/san-pham/${PRODUCT}</loc>`);
  });
});

describe("without PUBLIC_URL", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ STOREFRONT_DIST, PORT: "4321" });
  });
  afterAll(() => api?.close());

  it("links relatively where allowed and uses the configured fallback where a URL must be absolute", async () => {
    const forged = { host: "evil.example" };
    const html = (await get(api.url, `/en/san-pham/${PRODUCT}`, forged)).body.toString();
    expect(html).not.toContain("evil.example");
    expect(html).toContain(`<link rel="canonical" href="/en/san-pham/${PRODUCT}" />`);
    expect(html).toContain(`<link rel="alternate" hreflang="vi" href="/san-pham/${PRODUCT}" />`);
    expect(meta(html, "og:url")).toBe(`http://localhost:4321/en/san-pham/${PRODUCT}`);
    expect(meta(html, "og:image")).toBe(`http://localhost:4321/og/product/${PRODUCT}.jpg?lang=en`);
    const sitemap = (await get(api.url, "/sitemap.xml", forged)).body.toString();
    expect(sitemap).not.toContain("evil.example");
    expect(sitemap).toContain("<loc>http://localhost:4321/sitemaps/pages-1.xml</loc>");
  });
});

describe("the first visit's language", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ STOREFRONT_DIST });
  });
  afterAll(() => api?.close());

  it("reads Accept-Language by q-value, folding Chinese variants into zh", () => {
    expect(languageFromAcceptLanguage("en-US,en;q=0.9")).toBe("en");
    expect(languageFromAcceptLanguage("fr-FR, zh-TW;q=0.8, en;q=0.7")).toBe("zh");
    expect(languageFromAcceptLanguage("zh-Hans-CN")).toBe("zh");
    expect(languageFromAcceptLanguage("en;q=0.5, vi;q=0.8")).toBe("vi");
    expect(languageFromAcceptLanguage("en;q=0, zh-CN")).toBe("zh");
    expect(languageFromAcceptLanguage("fr, de;q=0.5")).toBeUndefined();
    expect(languageFromAcceptLanguage("*")).toBeUndefined();
  });

  it("sends / to the browser's language, lets the switcher's cookie win, and varies on both", async () => {
    const home = (headers: Record<string, string>) => get(api.url, "/", headers);
    const en = await home({ "accept-language": "en-GB,en;q=0.9" });
    expect([en.status, en.headers.location]).toEqual([302, "/en"]);
    const zh = await home({ "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" });
    expect([zh.status, zh.headers.location]).toEqual([302, "/zh"]);
    const vi = await home({ "accept-language": "vi-VN,vi;q=0.9,en;q=0.5" });
    expect(vi.status).toBe(200);
    expect(vi.body.toString()).toContain('<html lang="vi"');
    // No usable header: the site's default language (Vietnamese in the demo).
    expect((await home({ "accept-language": "fr-FR" })).status).toBe(200);
    expect((await home({})).status).toBe(200);
    // An explicit choice wins over the browser's language, either way.
    expect((await home({ "accept-language": "en", cookie: "other=1; lang=vi" })).status).toBe(200);
    const chosen = await home({ "accept-language": "vi", cookie: "lang=zh" });
    expect([chosen.status, chosen.headers.location]).toEqual([302, "/zh"]);
    // A tracking query stays on the redirect.
    expect((await get(api.url, "/?utm_source=zalo", { "accept-language": "en" })).headers.location).toBe(
      "/en?utm_source=zalo",
    );
    for (const answer of [en, vi]) {
      const vary = String(answer.headers.vary).toLowerCase();
      expect(vary).toContain("accept-language");
      expect(vary).toContain("cookie");
    }
    // The site's default language (site settings) when neither the cookie nor the browser decides.
    await api.sql(`UPDATE site_settings SET default_language = 'en'`);
    await expect
      .poll(async () => (await home({ "accept-language": "fr-FR" })).headers.location, { timeout: 15_000 })
      .toBe("/en");
    expect((await home({ "accept-language": "vi" })).status).toBe(200);
    expect((await home({ "accept-language": "en", cookie: "lang=vi" })).status).toBe(200);
    await api.sql(`UPDATE site_settings SET default_language = 'vi'`);
    // Pages at a language's own URL are not redirected.
    expect((await get(api.url, "/san-pham", { "accept-language": "en" })).status).toBe(200);
    expect((await get(api.url, "/en", { "accept-language": "vi", cookie: "lang=vi" })).status).toBe(200);
  });
});
