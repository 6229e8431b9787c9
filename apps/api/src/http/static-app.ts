import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import express, { type Request, type Response, type Router } from "express";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, type DatabaseHealth } from "../db/database-health";

export interface StaticAppOptions {
  /** The built app folder (vite's dist). */
  dist: string;
  /**
   * Produces the HTML for an app route; the default serves index.html as it is with status 200.
   * `private`: the page is one visitor's own (no shared cache may keep it).
   */
  renderPage?: (req: Request, indexHtml: string) => Promise<{ status: number; html: string; private?: boolean }>;
  /** Told when a page could not be rendered because the database is away (the shell goes out). */
  health?: DatabaseHealth;
}

/**
 * Serves a built single-page app: hashed assets cached for a year, every other GET path answered
 * with index.html so client-side routes work on reload and in shared links.
 */
export function staticApp({ dist, renderPage, health }: StaticAppOptions): Router {
  const router = express.Router();
  const indexFile = path.join(dist, "index.html");
  router.use(
    "/assets",
    express.static(path.join(dist, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }),
  );
  router.use(express.static(dist, { index: false, maxAge: "1h" }));
  // Re-read when the file changes: a rebuilt app must not be served an index.html whose assets are gone.
  let cached: { mtimeMs: number; html: string } | undefined;
  router.get(/.*/, async (req: Request, res: Response) => {
    const mtimeMs = await stat(indexFile).then(
      (s) => s.mtimeMs,
      () => undefined,
    );
    if (mtimeMs === undefined) {
      res.status(503).type("text/plain").send(`This app is not built yet: run "pnpm build" (missing ${indexFile}).`);
      return;
    }
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: await readFile(indexFile, "utf8") };
    const indexHtml = cached.html;
    let page: { status: number; html: string; private?: boolean } = { status: 200, html: indexHtml };
    if (renderPage) {
      try {
        page = await renderPage(req, indexHtml);
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        // The app shell still loads and shows what the browser can get (cached answers among it).
        health?.failed(error);
        page = { status: 503, html: indexHtml };
        res.set("retry-after", String(RETRY_AFTER_SECONDS));
      }
    }
    res
      .status(page.status)
      .set("cache-control", page.private ? "private, no-store" : "no-cache")
      .type("html")
      .send(page.html);
  });
  return router;
}
