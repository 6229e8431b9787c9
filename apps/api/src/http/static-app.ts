import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import express, { type Request, type Response, type Router } from "express";

export interface StaticAppOptions {
  /** The built app folder (vite's dist). */
  dist: string;
  /** Produces the HTML for an app route; the default serves index.html as it is with status 200. */
  renderPage?: (req: Request, indexHtml: string) => Promise<{ status: number; html: string }>;
}

/**
 * Serves a built single-page app: hashed assets cached for a year, every other GET path answered
 * with index.html so client-side routes work on reload and in shared links.
 */
export function staticApp({ dist, renderPage }: StaticAppOptions): Router {
  const router = express.Router();
  const indexFile = path.join(dist, "index.html");
  router.use(
    "/assets",
    express.static(path.join(dist, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }),
  );
  router.use(express.static(dist, { index: false, maxAge: "1h" }));
  let indexHtml: string | undefined;
  router.get(/.*/, async (req: Request, res: Response) => {
    if (!existsSync(indexFile)) {
      res.status(503).type("text/plain").send(`This app is not built yet: run "pnpm build" (missing ${indexFile}).`);
      return;
    }
    indexHtml ??= readFileSync(indexFile, "utf8");
    const page = renderPage ? await renderPage(req, indexHtml) : { status: 200, html: indexHtml };
    res.status(page.status).set("cache-control", "no-cache").type("html").send(page.html);
  });
  return router;
}
