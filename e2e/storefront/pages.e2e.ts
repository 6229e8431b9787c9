import { describe, expect, it } from "vitest";
import { cards, expectedProblems, pageReady, useStorefront } from "./storefront";

// Events and their display tables, communes, and the 404 page (in the browser and over HTTP).
const sf = useStorefront();

const CONFERENCE = "hoi-nghi-tong-ket-ocop-lang-son-2021-2025";

describe("the review conference", () => {
  it("is listed on the events page and shows its 11 tables, numbered 1..11, table 1 given to Phường Kỳ Lừa, each product linking to its page", async () => {
    const [event] = await sf.sql<{ name_vi: string }>(`SELECT name_vi FROM showcase_event WHERE slug = $1`, [
      CONFERENCE,
    ]);
    const placements = await sf.sql<{ number: number; commune: string; code: string; slug: string; name: string }>(
      `SELECT t.number, au.full_name AS commune, au.code, p.slug, p.name_vi AS name
         FROM showcase_table t JOIN showcase_event e ON e.id = t.event_id
         JOIN administrative_unit au ON au.code = t.commune_code
         JOIN showcase_placement sp ON sp.table_id = t.id JOIN product p ON p.id = sp.product_id
        WHERE e.slug = $1 AND p.status = 'published' ORDER BY t.number, p.slug`,
      [CONFERENCE],
    );

    const page = await sf.open("/su-kien");
    await pageReady(page, "Sự kiện trưng bày");
    await page.getByRole("link", { name: event!.name_vi }).click();
    await page.waitForURL((url) => url.pathname === `/su-kien/${CONFERENCE}`);
    await pageReady(page, event!.name_vi);

    const tables = page.getByRole("region", { name: "Bàn trưng bày (11)" });
    await tables.waitFor();
    const titles = (await tables.getByRole("heading", { level: 3 }).allTextContents()).map((t) => t.trim());
    expect(titles.map((t) => Number(/^Bàn (\d+)\b/.exec(t)?.[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(titles[0]).toBe("Bàn 1 – Phường Kỳ Lừa");

    for (let n = 1; n <= 11; n++) {
      const card = tables
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(`^Bàn ${n} –`) }) });
      const expected = placements.filter((p) => p.number === n);
      expect(expected.length, `table ${n} has products in the database`).toBeGreaterThan(0);
      const heading = card.getByRole("heading", { level: 3 });
      expect((await heading.textContent())?.trim()).toBe(`Bàn ${n} – ${expected[0]!.commune}`);
      expect(await heading.getByRole("link").getAttribute("href")).toBe(`/xa-phuong/${expected[0]!.code}`);
      const links = await card.getByRole("listitem").getByRole("link").all();
      const shown = await Promise.all(
        links.map(async (a) => ({
          slug: (await a.getAttribute("href"))!.replace(/^\/san-pham\//, ""),
          name: (await a.textContent())!.trim(),
        })),
      );
      expect(shown.sort((a, b) => a.slug.localeCompare(b.slug))).toEqual(
        expected.map(({ slug, name }) => ({ slug, name })),
      );
    }

    // A product link opens the product, whose page names the event and the table.
    const first = placements.find((p) => p.number === 1)!;
    await tables.getByRole("link", { name: first.name, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/san-pham/${first.slug}`);
    await pageReady(page, first.name);
    const showcases = page.getByRole("region", { name: "Trưng bày tại sự kiện" });
    await showcases.getByRole("link", { name: event!.name_vi }).waitFor();
    expect(await showcases.getByRole("listitem").filter({ hasText: event!.name_vi }).textContent()).toContain(
      "Bàn 1 – Phường Kỳ Lừa",
    );
  });
});

describe("communes", () => {
  it("the communes list leads to a commune page listing exactly that commune's products", async () => {
    const [unit] = await sf.sql<{ code: string; name: string; full_name: string }>(
      `SELECT au.code, au.name, au.full_name FROM administrative_unit au
        WHERE EXISTS (SELECT 1 FROM product p JOIN producer pr ON pr.id = p.producer_id WHERE pr.commune_code = au.code AND p.status = 'published')
        ORDER BY (SELECT count(*) FROM product p JOIN producer pr ON pr.id = p.producer_id WHERE pr.commune_code = au.code AND p.status = 'published') DESC, au.code
        LIMIT 1`,
    );
    const products = await sf.sql<{ name_vi: string }>(
      `SELECT p.name_vi FROM product p JOIN producer pr ON pr.id = p.producer_id WHERE pr.commune_code = $1 AND p.status = 'published' ORDER BY 1`,
      [unit!.code],
    );
    expect(products.length).toBeLessThanOrEqual(20);

    const page = await sf.open("/xa-phuong");
    await pageReady(page, "Xã, phường");
    await page
      .getByRole("link", { name: new RegExp(`^${unit!.full_name}\\b`) })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === `/xa-phuong/${unit!.code}`);
    await pageReady(page, `${unit!.full_name}, tỉnh Lạng Sơn`);
    expect(await page.getByRole("status").textContent()).toBe(`${products.length} sản phẩm`);
    const names = (await cards(page.getByRole("main")).getByRole("heading", { level: 2 }).allTextContents()).map((n) =>
      n.trim(),
    );
    expect(names.sort()).toEqual(products.map((p) => p.name_vi).sort());
  });
});

describe("first visit", () => {
  it("home, catalog and product hydrate the server's HTML without an error, their page chunks announced in it", async () => {
    const [product] = await sf.sql<{ slug: string }>(
      `SELECT slug FROM product WHERE status = 'published' ORDER BY slug LIMIT 1`,
    );
    const pages = [
      { path: "/", chunk: "HomePage" },
      { path: "/san-pham", chunk: "CatalogPage" },
      { path: `/san-pham/${product!.slug}`, chunk: "ProductPage" },
      { path: `/en/san-pham/${product!.slug}`, chunk: "ProductPage" },
    ];
    for (const { path, chunk } of pages) {
      const page = await sf.open();
      // React reports a server rendering it could not adopt (minified errors #418, #419, #423,
      // #425) as an error in the console or as an uncaught error.
      const errors: string[] = [];
      page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
      page.on("pageerror", (e) => void errors.push(e.message));
      const response = await page.goto(sf.url(path));
      const html = (await response?.text()) ?? "";
      const head = html.slice(0, html.indexOf("</head>"));
      expect(head, path).toMatch(
        new RegExp(`<link rel="modulepreload" crossorigin href="/assets/${chunk}-[^"]+\\.js"`),
      );
      expect(head, path).toContain(`href="/assets/${path.startsWith("/en/") ? "en" : "vi"}-`);
      await pageReady(page);
      // (A missing product photo is the media's problem, not hydration's.)
      expect(
        errors.filter((e) => !e.startsWith("Failed to load resource")),
        path,
      ).toEqual([]);
    }
  });
});

describe("404", () => {
  it("an unknown URL answers 404 from the server and shows the not-found page, with a way back", async () => {
    const page = await sf.open();
    const response = await page.goto(sf.url("/trang-khong-ton-tai"));
    expect(response?.status()).toBe(404);
    await pageReady(page, "Không tìm thấy trang");
    expect(await page.title()).toBe("Không tìm thấy trang · OCOP Lạng Sơn");
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex");
    expect(await page.getByRole("search").getByRole("searchbox", { name: "Tìm sản phẩm OCOP" }).isVisible()).toBe(true);
    await page.getByRole("main").getByRole("link", { name: "Trang chủ" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await pageReady(page, "Sản phẩm OCOP Lạng Sơn");
  });

  it("answers 404 for an unknown product, an unpublished (draft) product, an unknown commune and an unknown language prefix", async () => {
    const [draft] = await sf.sql<{ slug: string }>(
      `SELECT slug FROM product WHERE status = 'draft' ORDER BY slug LIMIT 1`,
    );
    expect(draft).toBeDefined();
    const page = await sf.open();
    for (const path of [
      "/san-pham/khong-co-san-pham-nay",
      `/san-pham/${draft!.slug}`,
      "/xa-phuong/99999",
      "/su-kien/khong-co-su-kien",
      "/fr/san-pham",
    ]) {
      const response = await page.goto(sf.url(path));
      expect(response?.status(), path).toBe(404);
      await pageReady(page, "Không tìm thấy trang");
    }
  });

  it("in English, the 404 page is in English with <html lang=en>", async () => {
    const page = await sf.open();
    const response = await page.goto(sf.url("/en/no-such-page"));
    expect(response?.status()).toBe(404);
    await pageReady(page, "Page not found");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByRole("main").getByRole("link", { name: "Home" }).click();
    await page.waitForURL((url) => /^\/en\/?$/.test(url.pathname));
    await pageReady(page, "OCOP products of Lạng Sơn");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  });
});

describe("Chinese", () => {
  it("the home page in Chinese has <html lang> zh and links that stay in Chinese", async () => {
    const page = await sf.open("/zh");
    await pageReady(page, "谅山省OCOP产品");
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
    const nav = page.getByRole("navigation", { name: "主导航" });
    expect(await nav.getByRole("link", { name: "产品" }).getAttribute("href")).toBe("/zh/san-pham");
    await nav.getByRole("link", { name: "产品" }).click();
    await page.waitForURL((url) => url.pathname === "/zh/san-pham");
    await pageReady(page, "OCOP产品");
  });
});

describe("Content-Security-Policy", () => {
  it("refuses a script injected into a page, while the page's own data and JSON-LD keep working", async () => {
    const product = (
      await sf.sql<{ slug: string; name_vi: string }>(
        `SELECT slug, name_vi FROM product WHERE status = 'published' ORDER BY id LIMIT 1`,
      )
    )[0]!;
    const page = await sf.open(`/san-pham/${product.slug}`);
    await pageReady(page, product.name_vi);
    // The server's JSON-LD is there and readable.
    const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
    expect(JSON.parse(jsonLd ?? "null")).toMatchObject({ name: expect.any(String) });
    const outcome = await page.evaluate(async () => {
      const refused = new Promise<string>((resolve) =>
        document.addEventListener("securitypolicyviolation", (e) => resolve(e.violatedDirective), { once: true }),
      );
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.body.append(script);
      const directive = await Promise.race([refused, new Promise<string>((r) => setTimeout(() => r("none"), 2000))]);
      return { directive, ran: (window as { __injected?: boolean }).__injected === true };
    });
    expect(outcome).toEqual({ directive: "script-src-elem", ran: false });
    expect(expectedProblems(page, /Content Security Policy/)).toHaveLength(1);
  });
});
