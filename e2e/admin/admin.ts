import pg from "pg";
import { freePort } from "@ocop/schema/net";
import sharp from "sharp";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { launchBrowser } from "../support/browser";
import { startProductServer, type ProductServer } from "../support/product-server";

/** The demo staff accounts the server creates with DEMO_MODE=true (README, "Staff accounts"). */
export const ADMIN = "admin@demo.ocop.vn";
export const EDITOR = "editor@demo.ocop.vn";
/** COMMUNE_OFFICER of Xã Chi Lăng (06463). */
export const CHI_LANG_OFFICER = "chilang@demo.ocop.vn";
export const DEMO_PASSWORD = "ocop-demo-2026";

export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export interface AdminSuite {
  readonly server: ProductServer;
  /** SQL against the server's own database (what a browser action stored). */
  sql: Sql;
  /** Absolute URL of a path on the product server ("/admin/products", "/san-pham?q=…"). */
  url(path: string): string;
  /** A fresh browser context (own cookies, cache and storage), closed after the test. */
  newContext(): Promise<BrowserContext>;
  /** A fresh context signed in as `email` through the sign-in form; returns its page on the dashboard. */
  signIn(email: string): Promise<Page>;
  /** Uncaught exceptions thrown in the pages of this test (checked after each test). */
  pageErrors: string[];
}

/**
 * One product server (its own embedded PostgreSQL, seeded) and one Chromium per test file;
 * `env` adds to the server's environment (e.g. SMTP_URL of a mail server the test started).
 *
 * The database is read through a client of our own, closed before the server stops (the
 * harness's `server.sql` pool is ended without waiting for its sockets to close, which can race
 * PostgreSQL's shutdown and surface as an unhandled 57P01 error).
 */
export function useAdminSuite(options: { env?: () => Promise<Record<string, string>> } = {}): AdminSuite {
  let server: ProductServer | undefined;
  let browser: Browser | undefined;
  let db: pg.Client | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const pgPort = await freePort();
    const env = { ...(await options.env?.()), EMBEDDED_PG_PORT: String(pgPort) };
    [server, browser] = await Promise.all([startProductServer(env), launchBrowser()]);
    db = new pg.Client({ connectionString: `postgresql://ocop:ocop-local@127.0.0.1:${pgPort}/ocop` });
    await db.connect();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    const errors = pageErrors.splice(0);
    expect(errors, "uncaught exceptions in the admin pages").toEqual([]);
  });
  afterAll(async () => {
    await db?.end();
    await browser?.close();
    await server?.stop();
  });

  const suite: AdminSuite = {
    get server() {
      if (!server) throw new Error("the product server is not started");
      return server;
    },
    pageErrors,
    url: (path) => `${suite.server.url}${path}`,
    async sql<T>(text: string, params?: unknown[]) {
      if (!db) throw new Error("the database client is not connected");
      return (await db.query(text, params)).rows as T[];
    },
    async newContext() {
      if (!browser) throw new Error("the browser is not started");
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "vi-VN" });
      // Fail in seconds, not after half a minute, when something does not show up.
      context.setDefaultTimeout(10_000);
      context.on("page", (page) => {
        page.on("pageerror", (e) => pageErrors.push(`${page.url()}: ${e.message}`));
        // Anything the Content-Security-Policy refused fails the test like an uncaught error.
        page.on("console", (m) => {
          if (m.type() === "error" && /Content Security Policy/i.test(m.text()))
            pageErrors.push(`${page.url()}: ${m.text()}`);
        });
      });
      contexts.push(context);
      return context;
    },
    async signIn(email) {
      const page = await (await suite.newContext()).newPage();
      await page.goto(suite.url("/admin/"));
      // Not signed in: the app sends us to its sign-in page.
      await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/sign-in");
      const form = page.getByRole("form", { name: "Đăng nhập" });
      await form.getByLabel("Email").fill(email);
      await form.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
      await form.getByRole("button", { name: "Đăng nhập" }).click();
      await page.getByRole("heading", { level: 1, name: "Tổng quan" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/admin/");
      return page;
    },
  };
  return suite;
}

/** expect.poll with a patience that suits a browser on a busy 2-core machine. */
export function poll<T>(fn: () => T | Promise<T>, message?: string) {
  return expect.poll(fn, { timeout: 10_000, interval: 100, ...(message ? { message } : {}) });
}

/** Vietnamese text without its diacritics, as a visitor types it ("Mứt gừng Đồng" → "Mut gung Dong"). */
export { withoutDiacritics } from "@ocop/schema/text";

/** A real JPEG photo-like image (noise compresses badly, so the file has some weight). */
export function makeJpeg(width = 1200, height = 900): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 60 } },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A real PNG: a plain coloured square. */
export function makePng(size = 640, colour = { r: 200, g: 140, b: 30 }): Promise<Buffer> {
  return sharp({ create: { width: size, height: size, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

/** Sends a staff GraphQL request from a signed-in page, as the admin app does (cookie + CSRF header). */
export function staffGraphql(
  page: Page,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ status: number; body: GraphqlAnswer }> {
  return page.evaluate(
    async ({ query, variables }) => {
      const res = await fetch("/admin/graphql", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: await res.json() };
    },
    { query, variables },
  );
}

export interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}
