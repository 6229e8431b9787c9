import pg from "pg";
import { freePort } from "@ocop/schema/net";
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { launchBrowser } from "../support/browser";
import { startProductServer, type ProductServer } from "../support/product-server";

export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/**
 * Shared set-up of the storefront browser tests: one product server (its own seeded database)
 * and one Chromium per test file. Every test opens fresh pages (a page holds the app's state:
 * Apollo cache, language, forms), closed after the test; pages with the same options share a
 * browser context for the file, so the built assets are fetched and compiled once. The only
 * cookie the storefront sets (the language switcher's choice) is cleared after each test, so
 * this does not couple the tests.
 */
export interface Storefront {
  readonly server: ProductServer;
  /**
   * SQL against the server's database. (Not server.sql: its pool is ended without waiting for
   * its connections to close, so stopping the server right after races them and the pool's
   * unhandled "57P01 terminating connection" error fails the run. This client is closed first.)
   */
  sql: Sql;
  /** A new page (1280×900 unless `options` say otherwise); `path` (e.g. "/san-pham") is opened when given. */
  open(path?: string, options?: BrowserContextOptions): Promise<Page>;
  /** The absolute URL of a storefront path. */
  url(path: string): string;
}

/** `env`: the product server's extra environment (e.g. PUBLIC_URL). */
export function useStorefront(env: Record<string, string> = {}): Storefront {
  let server: ProductServer | undefined;
  let browser: Browser | undefined;
  let db: pg.Client | undefined;
  const contexts = new Map<string, Promise<BrowserContext>>();
  const pages: Page[] = [];
  beforeAll(async () => {
    const pgPort = await freePort();
    [server, browser] = await Promise.all([
      startProductServer({ EMBEDDED_PG_PORT: String(pgPort), ...env }),
      launchBrowser(),
    ]);
    db = new pg.Client({ connectionString: `postgresql://ocop:ocop-local@127.0.0.1:${pgPort}/ocop` });
    await db.connect();
  });
  afterEach(async () => {
    const opened = pages.splice(0);
    // An uncaught error in any page fails the test, React's hydration mismatches among them
    // (the server's HTML and the browser's first render must agree).
    const errors = opened.flatMap(
      (p) => trouble.get(p)?.problems.filter((line) => line.includes(" page error: ")) ?? [],
    );
    await Promise.all(opened.map((p) => p.close()));
    await Promise.all([...contexts.values()].map(async (context) => (await context).clearCookies()));
    expect(errors, "uncaught errors in the pages").toEqual([]);
  });
  afterAll(async () => {
    await db?.end();
    await browser?.close();
    await server?.stop();
  });
  // When a test last changed the database itself: the server learns of a change made beside it (not
  // through its API) within a second (CatalogRevisionReader trusts the revision it read for 1 s), so
  // a page opened sooner could still be the cached one from before.
  let lastWriteAt = 0;
  const SERVER_SEES_WRITES_MS = 1_100;
  const self: Storefront = {
    get server() {
      if (!server) throw new Error("the product server is not started");
      return server;
    },
    url: (path) => `${self.server.url}${path}`,
    async sql<T>(text: string, params?: unknown[]) {
      if (!db) throw new Error("the database client is not connected");
      const result = await db.query(text, params);
      if (!/^\s*(SELECT|WITH)\b/i.test(text)) lastWriteAt = Date.now();
      return result.rows as T[];
    },
    async open(path, options) {
      if (!browser) throw new Error("the browser is not started");
      const key = JSON.stringify(options ?? {});
      if (!contexts.has(key))
        // A Vietnamese visitor unless a test says otherwise: a first visit to "/" follows the
        // browser's Accept-Language (Chromium's own is English).
        contexts.set(key, browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN", ...options }));
      const page = await (await contexts.get(key)!).newPage();
      pages.push(page);
      const sinceWrite = Date.now() - lastWriteAt;
      if (sinceWrite < SERVER_SEES_WRITES_MS)
        await new Promise((r) => setTimeout(r, SERVER_SEES_WRITES_MS - sinceWrite));
      watch(page);
      if (path !== undefined) {
        await page.goto(self.url(path));
        await appReady(page);
      }
      return page;
    },
  };
  return self;
}

/** What went wrong in a page (console errors, failed and unanswered requests), for failure messages. */
const trouble = new WeakMap<Page, { problems: string[]; pending: Set<string> }>();

/** Takes back the problems a test caused on purpose (e.g. a script it injected to see it refused). */
export function expectedProblems(page: Page, pattern: RegExp): string[] {
  const log = trouble.get(page);
  if (!log) return [];
  const matching = log.problems.filter((line) => pattern.test(line));
  log.problems = log.problems.filter((line) => !pattern.test(line));
  return matching;
}

function watch(page: Page): void {
  const log = { problems: [] as string[], pending: new Set<string>() };
  trouble.set(page, log);
  const stamp = () => new Date().toISOString().slice(11, 23);
  // A script or style the Content-Security-Policy refused fails the test like an uncaught error.
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const kind = /Content Security Policy/i.test(m.text()) ? "page error" : "console";
    log.problems.push(`${stamp()} ${kind}: ${m.text()}`);
  });
  page.on("pageerror", (e) => log.problems.push(`${stamp()} page error: ${e.message}`));
  page.on("request", (r) => log.pending.add(`${stamp()} ${r.method()} ${r.url()}`));
  const done = (r: { method(): string; url(): string }) => {
    for (const p of log.pending) if (p.endsWith(` ${r.method()} ${r.url()}`)) log.pending.delete(p);
  };
  page.on("requestfinished", done);
  page.on("requestfailed", (r) => {
    done(r);
    log.problems.push(`${stamp()} request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ""}`);
  });
}

function troubleOf(page: Page): string {
  const log = trouble.get(page);
  if (!log) return "";
  return [...log.problems, ...[...log.pending].map((p) => `unanswered: ${p}`)].join("\n");
}

/** Today in Vietnam, as the API computes certificate validity. */
export const TODAY_SQL = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/**
 * Each product's newest certificate (by decision date), and whether it is valid today: not
 * revoked and valid_until >= today in Asia/Ho_Chi_Minh.
 */
const NEWEST_CERTIFICATE = `
  SELECT DISTINCT ON (c.product_id) c.product_id, c.stars, c.valid_until, c.revoked_on, c.decision_date_precision,
         (c.revoked_on IS NULL AND c.valid_until >= ${TODAY_SQL}) AS valid
    FROM certification c
   ORDER BY c.product_id, c.decision_date DESC, c.id DESC`;

export interface ProductRow {
  slug: string;
  name_vi: string;
  name_en: string;
  name_zh: string;
}

/** Names as the API localises them: the translation when it is not blank, else Vietnamese. */
const NAMES = `p.slug, p.name_vi,
  coalesce(nullif(btrim(p.name_en), ''), p.name_vi) AS name_en,
  coalesce(nullif(btrim(p.name_zh), ''), p.name_vi) AS name_zh`;

/**
 * A product `p` of one of the site's provinces (the API's shownOnSite): the demo site is Lạng Sơn's,
 * and its Lai Châu records are shown only on a site of both provinces.
 */
export const SHOWN_ON_SITE_SQL = `EXISTS (SELECT 1 FROM producer site_pr WHERE site_pr.id = p.producer_id
  AND site_pr.province_code = ANY((SELECT provinces FROM site_settings WHERE id = 1)::text[]))`;

/** Published products whose newest certificate is valid today with `stars` stars. */
export function productsWithValidStars(sql: Sql, stars: number): Promise<ProductRow[]> {
  return sql<ProductRow>(
    `WITH newest AS (${NEWEST_CERTIFICATE})
     SELECT ${NAMES} FROM product p JOIN newest n ON n.product_id = p.id
      WHERE p.status = 'published' AND ${SHOWN_ON_SITE_SQL} AND n.valid AND n.stars = $1 ORDER BY p.slug`,
    [stars],
  );
}

export interface CertifiedProductRow extends ProductRow {
  stars: number;
  valid_until: string;
  precision: "day" | "month" | "year";
  producer_id: number;
}

/** A published product whose newest certificate is in the given state (`expired`: not revoked, past its date). */
export async function productWithCertificate(sql: Sql, state: "expired" | "valid"): Promise<CertifiedProductRow> {
  const rows = await sql<CertifiedProductRow>(
    `WITH newest AS (${NEWEST_CERTIFICATE})
     SELECT ${NAMES}, n.stars, to_char(n.valid_until, 'YYYY-MM-DD') AS valid_until,
            n.decision_date_precision::text AS precision, p.producer_id
       FROM product p JOIN newest n ON n.product_id = p.id
      WHERE p.status = 'published' AND ${SHOWN_ON_SITE_SQL} AND n.revoked_on IS NULL
        AND ${state === "expired" ? `n.valid_until < ${TODAY_SQL}` : `n.valid_until > ${TODAY_SQL} + 90`}
      ORDER BY (n.decision_date_precision = 'day') DESC, p.slug LIMIT 1`,
  );
  if (!rows[0]) throw new Error(`the demo data has no published product with a ${state} certificate`);
  return rows[0];
}

/** The catalogue's results region in the page's language. */
export function results(page: Page, name: string | RegExp = "Kết quả"): Locator {
  return page.getByRole("region", { name });
}

/** The product cards shown in a results region. */
export function cards(region: Locator): Locator {
  return region.getByRole("article");
}

/** The number in the result count ("7 sản phẩm", "7 products", "7个产品"); null while there is none. */
export async function shownCount(region: Locator): Promise<number | null> {
  const texts = await region.getByRole("status").allTextContents();
  const match = texts.map((t) => /^(\d+)\D/.exec(t.trim())).find(Boolean);
  return match ? Number(match[1]) : null;
}

/**
 * Waits until the results have settled (a count is shown and the region is no longer busy) and
 * returns the count and the card titles in order.
 */
export async function settledResults(region: Locator): Promise<{ count: number; names: string[] }> {
  await expect
    .poll(async () => (await region.getAttribute("aria-busy")) !== "true" && (await shownCount(region)) !== null, {
      timeout: 15_000,
    })
    .toBe(true);
  const count = (await shownCount(region))!;
  const names = (await cards(region).getByRole("heading").allTextContents()).map((n) => n.trim());
  return { count, names };
}

/** The text alternatives of the star ratings on each card ("4 sao OCOP"), one list per card. */
export async function starLabelsPerCard(region: Locator, pattern: RegExp): Promise<string[][]> {
  const out: string[][] = [];
  for (const card of await cards(region).all()) {
    out.push(
      await Promise.all(
        (await card.getByRole("img", { name: pattern }).all()).map(
          async (img) => (await img.getAttribute("aria-label")) ?? "",
        ),
      ),
    );
  }
  return out;
}

/**
 * Waits for a page's content: its h1 (exactly `h1` when given), and no visible loading indicator
 * left. Fails at once, saying so, when the page shows an error panel instead.
 */
/** Waits until the app has taken over the page (App.tsx sets data-app-ready once its first render is committed). */
export async function appReady(page: Page): Promise<void> {
  try {
    await page.locator("html[data-app-ready]").waitFor({ state: "attached", timeout: 15_000 });
  } catch (error) {
    throw new Error(`${page.url()}: the app did not start within 15 s\n${troubleOf(page)}`, { cause: error });
  }
}

export async function pageReady(page: Page, h1?: string | RegExp): Promise<void> {
  await appReady(page);
  const heading = page.getByRole("heading", { level: 1, ...(h1 ? { name: h1, exact: true } : {}) }).first();
  const errorPanel = page.locator(".panel--error");
  try {
    await heading.or(errorPanel).first().waitFor({ timeout: 15_000 });
  } catch (error) {
    const main =
      (
        await page
          .locator("body")
          .innerText()
          .catch(() => "")
      ).trim() || "(nothing: a blank page, #root is empty)";
    throw new Error(
      `${page.url()}: no h1 ${h1 ?? ""} within 15 s; the page shows:\n${main.slice(0, 600)}\n${troubleOf(page)}`,
      { cause: error },
    );
  }
  if (await errorPanel.isVisible())
    throw new Error(`${page.url()}: the page shows an error panel: ${await errorPanel.innerText()}`);
  await expect
    .poll(
      () =>
        page
          .getByText(/^(Đang tải…|Loading…|加载中…)$/)
          .filter({ visible: true })
          .count(),
      { timeout: 15_000 },
    )
    .toBe(0);
}

/** The texts an element's aria-describedby points at, one per element. */
export function descriptions(locator: Locator): Promise<string[]> {
  return locator.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.replace(/^⚠\s*/, "").trim() ?? ""),
  );
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
