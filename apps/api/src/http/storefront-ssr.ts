import { access, readFile, stat } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { Request } from "express";
import type { FormattedExecutionResult } from "graphql";
import type { Language } from "@ocop/schema/enums";
import { matchPath, PRIVATE_ROUTE_NAMES, splitLanguage } from "@ocop/schema/routes";
import type { Logger } from "../logger";
import { PUBLIC_MAX_AGE, type ExecutePublicOperation } from "./graphql-endpoint";
import { escapeHtml, jsonForScript } from "./html";

/** What apps/storefront/src/entry-server.tsx exports (its build is loaded at run time, untyped). */
interface StorefrontServerEntry {
  renderPage(
    url: string,
    execute: (
      operation: { query: string; variables: Record<string, unknown>; operationName: string | undefined },
      lang: Language,
    ) => Promise<FormattedExecutionResult>,
    signal: AbortSignal,
  ): Promise<{ html: string; data: unknown; complete: boolean }>;
  SERVER_DATA_ID: string;
  /** The client build's manifest keys of the modules a URL runs before hydrating (page, messages). */
  pageModules?(url: string): string[];
}

/** The app's markup and the data it was rendered from, ready to go inside and after <div id="root">. */
export interface RenderedApp {
  html: string;
  dataScript: string;
  /** <link rel="modulepreload"> of the page's own chunks, for the document's <head>. */
  head: string;
}
export type RenderStorefrontPage = (req: Request) => Promise<RenderedApp | null>;

/**
 * Memory for rendered pages (string length units; a catalogue page is about 130,000). Rendering
 * costs 10 to 50 ms of CPU a page even with every answer cached, several times the answers
 * themselves; popular pages are rendered once per catalog revision and minute instead.
 */
const RENDERED_CACHE_SIZE = 4 * 2 ** 20;

/**
 * Loads the storefront's server renderer on first use. Without its build (e.g. `vite dev` only) or
 * when it fails on a page, the page goes out unrendered and the browser renders it as before:
 * slower to paint, never broken.
 */
export function storefrontServerRenderer(deps: {
  entryFile: string;
  /** The client build's manifest (dist/.vite/manifest.json): which chunks a page module needs. */
  manifestFile: string;
  execute: ExecutePublicOperation;
  /** The catalog revision: rendered pages are kept per revision, as public answers are. */
  revision: () => Promise<string>;
  /**
   * How long a page waits for its data on the server (SSR_RENDER_BUDGET_MS). Past it (a database
   * under strain), the page goes out with what was rendered, loading states included, and the
   * browser fetches the rest: a slow answer costs a visitor less than a blank screen.
   */
  renderBudgetMs: number;
  logger: Logger;
}): RenderStorefrontPage {
  const { entryFile, execute, logger } = deps;
  // Pages are public and differ only by URL (the language is in the path); kept as long as
  // public answers (PUBLIC_MAX_AGE), so a certificate expiring at midnight shows within a minute.
  const rendered = new InMemoryLRUCache<RenderedApp>({ maxSize: RENDERED_CACHE_SIZE });
  const rendering = new Map<string, Promise<RenderedApp | null>>();
  let entry: Promise<StorefrontServerEntry | null> | undefined;
  const load = () =>
    (entry ??= (async () => {
      try {
        await access(entryFile);
      } catch {
        logger.info({ entryFile }, "storefront server renderer not built: pages render in the browser");
        return null;
      }
      const mod = (await import(pathToFileURL(entryFile).href)) as Partial<StorefrontServerEntry>;
      if (typeof mod.renderPage !== "function" || typeof mod.SERVER_DATA_ID !== "string") {
        throw new Error(`${entryFile} does not export renderPage and SERVER_DATA_ID`);
      }
      return mod as StorefrontServerEntry;
    })());

  // Read again when the file changes, as index.html is: a rebuilt app's chunks have new names.
  let manifest: { mtimeMs: number; chunks: Promise<ViteManifest | null> } | undefined;
  const readManifest = async (): Promise<ViteManifest | null> => {
    const mtimeMs = await stat(deps.manifestFile).then(
      (s) => s.mtimeMs,
      () => -1,
    );
    if (manifest?.mtimeMs !== mtimeMs) {
      const chunks = mtimeMs < 0 ? Promise.resolve(null) : readFile(deps.manifestFile, "utf8").then(parseManifest);
      manifest = { mtimeMs, chunks: chunks.catch(() => null) };
    }
    return manifest.chunks;
  };
  const modulePreloads = async (modules: string[]): Promise<string> => {
    if (!modules.length) return "";
    const chunks = await readManifest();
    return chunks ? preloadLinks(chunks, modules) : "";
  };

  const render = async (req: Request): Promise<{ app: RenderedApp; complete: boolean } | null> => {
    try {
      const renderer = await load();
      if (!renderer) return null;
      const page = await renderer.renderPage(
        req.originalUrl,
        (operation, lang) => execute(req, operation, lang),
        AbortSignal.timeout(deps.renderBudgetMs),
      );
      if (!page.complete)
        logger.warn(
          { url: req.originalUrl, budgetMs: deps.renderBudgetMs },
          "storefront page sent before its data: the browser completes it",
        );
      const dataScript = `<script type="application/json" id="${renderer.SERVER_DATA_ID}">${jsonForScript(page.data)}</script>`;
      const head = await modulePreloads(renderer.pageModules?.(req.originalUrl) ?? []);
      return { app: { html: page.html, dataScript, head }, complete: page.complete };
    } catch (error) {
      logger.error(
        { err: error, url: req.originalUrl },
        "storefront server rendering failed: the browser renders the page",
      );
      return null;
    }
  };

  return async (req) => {
    // A private page (a requester's own request) is rendered for its visitor alone, never kept.
    const { lang, rest } = splitLanguage(req.path);
    const route = matchPath(rest.replace(/(.)\/+$/, "$1"));
    if (route && PRIVATE_ROUTE_NAMES.includes(route.name)) return (await render(req))?.app ?? null;
    // The language is the URL's (never a header's), named in the key so no page goes out in another.
    const key = `${await deps.revision()} ${lang} ${req.originalUrl}`;
    const kept = await rendered.get(key);
    if (kept) return kept;
    // Simultaneous first requests for one page share one rendering.
    let pending = rendering.get(key);
    if (!pending) {
      pending = render(req).then(async (page) => {
        if (page?.complete) await rendered.set(key, page.app, { ttl: PUBLIC_MAX_AGE });
        return page?.app ?? null;
      });
      pending.finally(() => rendering.delete(key)).catch(() => undefined);
      rendering.set(key, pending);
    }
    return pending;
  };
}

/** The chunks of Vite's build manifest, by module (https://vite.dev/guide/backend-integration). */
export type ViteManifest = Record<string, { file: string; isEntry?: boolean; imports?: string[] }>;

function parseManifest(text: string): ViteManifest {
  return JSON.parse(text) as ViteManifest;
}

/**
 * <link rel="modulepreload"> for the chunks of `modules` and the chunks they import, except what
 * the entry already loads (index.html names those itself). Without them the browser learns of
 * the page's chunks only once the entry has been downloaded and run: one round trip more before
 * the page can hydrate on a slow phone network.
 */
export function preloadLinks(manifest: ViteManifest, modules: string[]): string {
  const closure = (keys: string[], seen: Set<string>) => {
    const stack = [...keys];
    while (stack.length) {
      const chunk = manifest[stack.shift()!];
      if (!chunk || seen.has(chunk.file)) continue;
      seen.add(chunk.file);
      stack.push(...(chunk.imports ?? []));
    }
    return seen;
  };
  const entry = closure(
    Object.keys(manifest).filter((k) => manifest[k]!.isEntry),
    new Set(),
  );
  const files = [...closure(modules, new Set(entry))].filter((f) => !entry.has(f) && f.endsWith(".js"));
  return files.map((f) => `<link rel="modulepreload" crossorigin href="/${escapeHtml(f)}" />`).join("");
}
