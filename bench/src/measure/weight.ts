import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { onCleanup } from "../processes.js";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface PageWeight {
  page: string;
  url: string;
  status: number | null;
  js: { files: number; bytes: number; gzip: number };
  css: { files: number; bytes: number; gzip: number };
  /** The HTML document itself (the entry stylesheet is inlined in it). */
  html: { files: number; bytes: number; gzip: number };
  files: Array<{ url: string; type: "script" | "stylesheet" | "document"; bytes: number; gzip: number }>;
}

/**
 * First-visit weight: each page opened in a fresh browser context (empty cache) in headless
 * Chromium; the document and every script and stylesheet response is recorded and its body gzipped here (level 9,
 * as apps/storefront/scripts/bundle-size.mjs does), whatever encoding the server used.
 */
export async function measureWeight(
  executablePath: string,
  pages: Array<{ page: string; url: string }>,
): Promise<PageWeight[]> {
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const remove = onCleanup("Chromium (weight)", () => browser.close());
  try {
    const out: PageWeight[] = [];
    for (const { page: name, url } of pages) {
      const context = await browser.newContext({ bypassCSP: false });
      const page = await context.newPage();
      const pending: Array<Promise<void>> = [];
      const files: PageWeight["files"] = [];
      page.on("response", (response) => {
        const type = response.request().resourceType();
        if (type !== "script" && type !== "stylesheet" && type !== "document") return;
        pending.push(
          response.body().then(
            (body) =>
              void files.push({
                url: new URL(response.url()).pathname,
                type,
                bytes: body.length,
                gzip: gzipSync(body, { level: 9 }).length,
              }),
            () => undefined,
          ),
        );
      });
      const response = await page.goto(url, { waitUntil: "networkidle", timeout: 60_000 });
      await Promise.all(pending);
      await context.close();
      const sum = (type: string) => {
        const f = files.filter((x) => x.type === type);
        return { files: f.length, bytes: f.reduce((s, x) => s + x.bytes, 0), gzip: f.reduce((s, x) => s + x.gzip, 0) };
      };
      out.push({
        page: name,
        url,
        status: response?.status() ?? null,
        js: sum("script"),
        css: sum("stylesheet"),
        html: sum("document"),
        files: files.sort((a, b) => b.gzip - a.gzip),
      });
    }
    return out;
  } finally {
    await browser.close();
    remove();
  }
}
