import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import express, { type Router } from "express";
import type { DataSource } from "typeorm";
import { todayInVietnam, type Language } from "@ocop/schema/enums";
import type { CatalogRevisionReader } from "../db/catalog-revision";
import { eventShareCard, producerShareCard, productShareCard, type ShareCardData } from "../modules/seo/seo.service";
import { renderShareCard, type CardLanguage } from "../modules/seo/share-card";
import { notFoundHandler } from "./error-handler";
import { PUBLIC_MAX_AGE } from "./graphql-endpoint";

export const SHARE_CARD_KINDS = ["product", "producer", "event"] as const;
export type ShareCardKind = (typeof SHARE_CARD_KINDS)[number];

/** The path of a record's share card; the page's og:image (its language picks the card's texts). */
export function shareCardPath(kind: ShareCardKind, slug: string, lang: Language): string {
  return `/og/${kind}/${encodeURIComponent(slug)}.jpg${lang === "vi" ? "" : `?lang=${lang}`}`;
}

const pageLanguage = (lang: unknown): Language => (lang === "en" || lang === "zh" ? lang : "vi");
/**
 * The card's font draws Latin and Vietnamese only (no CJK font of a reasonable size is on npm):
 * a Chinese page's card names the record in Vietnamese, its own name, with the English texts.
 */
const cardLanguage = (lang: Language): CardLanguage => (lang === "vi" ? "vi" : "en");
const nameLanguage = (lang: Language): Language => (lang === "zh" ? "vi" : lang);

/** Memory for rendered cards (bytes): about 200 cards of 40-100 kB. */
const CACHE_BYTES = 16 * 2 ** 20;

/**
 * Cards rendered at once per process: a crawler asking for many new cards together queues here
 * instead of holding one decoded photo and canvas per request in memory.
 */
const RENDERING_AT_ONCE = 2;

/** A least-recently-used map of cards bounded by their total size. */
class CardCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;
  get(key: string): Buffer | undefined {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }
  set(key: string, value: Buffer): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    this.bytes += value.length;
    for (const [oldest, card] of this.entries) {
      if (this.bytes <= CACHE_BYTES) break;
      this.entries.delete(oldest);
      this.bytes -= card.length;
    }
  }
}

/**
 * GET /og/<product|producer|event>/<slug>.jpg: the record's share card (1200×630 JPEG), rendered
 * once per catalog revision and Vietnam day (a certificate runs out at midnight without an edit).
 * The ETag names that revision and day, so a scraper's revalidation costs no rendering.
 */
export function shareCardRoutes(deps: {
  dataSource: DataSource;
  revision: CatalogRevisionReader;
  mediaDir: string;
  /** The site's name, printed on every card (a settings edit moves the revision, and so the cards). */
  brand: () => Promise<string>;
}): Router {
  const { dataSource } = deps;
  const router = express.Router();
  const cache = new CardCache();
  const rendering = new Map<string, Promise<Buffer | null>>();
  let running = 0;
  const waiting: Array<() => void> = [];
  const limited = async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= RENDERING_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await work();
    } finally {
      // The slot passes straight to the next waiter (running stays counted), or is freed.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
  const root = path.resolve(deps.mediaDir);
  const readMedia = (key: string) => {
    const file = path.resolve(root, key);
    if (!file.startsWith(root + path.sep)) throw new Error("media key escapes the folder");
    return readFile(file);
  };
  const lookUp = (kind: ShareCardKind, slug: string, lang: Language): Promise<ShareCardData | null> =>
    kind === "product"
      ? productShareCard(dataSource, slug, lang)
      : kind === "producer"
        ? producerShareCard(dataSource, slug)
        : eventShareCard(dataSource, slug, lang);

  router.get("/:kind/:file", async (req, res, next) => {
    const kind = SHARE_CARD_KINDS.find((k) => k === req.params.kind);
    const slug = /^(.+)\.jpg$/.exec(req.params.file ?? "")?.[1];
    if (!kind || !slug || slug.length > 200) {
      notFoundHandler(req, res, next);
      return;
    }
    const lang = pageLanguage(req.query.lang);
    const key = `${await deps.revision.current()} ${todayInVietnam()} ${kind} ${lang} ${slug}`;
    const etag = `"${createHash("sha256").update(key).digest("base64url").slice(0, 27)}"`;
    res.set({
      etag,
      "cache-control": `public, max-age=${PUBLIC_MAX_AGE}`,
    });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    let card = cache.get(key);
    if (!card) {
      // Simultaneous first requests (a link posted to a group: every member's app fetches it) share one rendering.
      let pending = rendering.get(key);
      if (!pending) {
        pending = (async () => {
          const data = await lookUp(kind, slug, nameLanguage(lang));
          if (!data) return null;
          const brand = await deps.brand();
          const rendered = await limited(() => renderShareCard(data, cardLanguage(lang), brand, readMedia));
          cache.set(key, rendered);
          return rendered;
        })();
        pending.finally(() => rendering.delete(key)).catch(() => undefined);
        rendering.set(key, pending);
      }
      card = (await pending) ?? undefined;
    }
    if (!card) {
      res.removeHeader("etag");
      notFoundHandler(req, res, next);
      return;
    }
    res.type("image/jpeg").send(card);
  });
  return router;
}
