import express, { type Router } from "express";
import type { DataSource } from "typeorm";
import { LANGUAGES } from "@ocop/schema/enums";
import {
  communesWithPublicProducers,
  countPublicProducers,
  countPublicProducts,
  distributorSlugs,
  publicEventSlugs,
  publicProducerSlugs,
  publicProductSlugs,
} from "../modules/seo/seo.service";
import { htmlLang, localizedPath, paths } from "@ocop/schema/routes";
import { escapeHtml } from "./html";

/** URLs per sitemap file: search engines take at most 50,000, and each URL is listed in 3 languages. */
const URLS_PER_SITEMAP = 10_000;
const STATIC_PATHS = [
  paths.home(),
  paths.catalog(),
  paths.communes(),
  paths.events(),
  paths.producers(),
  paths.distributors(),
  paths.about(),
];

interface SitemapSource {
  name: string;
  count(ds: DataSource): Promise<number>;
  paths(ds: DataSource, offset: number, limit: number): Promise<Array<{ path: string; lastmod?: string }>>;
}

const sources: SitemapSource[] = [
  {
    name: "pages",
    count: async () => 1,
    paths: async () => STATIC_PATHS.map((path) => ({ path })),
  },
  {
    name: "products",
    count: countPublicProducts,
    paths: async (ds, offset, limit) =>
      (await publicProductSlugs(ds, offset, limit)).map((r) => ({ path: paths.product(r.slug), lastmod: r.lastmod })),
  },
  {
    name: "producers",
    count: countPublicProducers,
    paths: async (ds, offset, limit) =>
      (await publicProducerSlugs(ds, offset, limit)).map((r) => ({ path: paths.producer(r.slug) })),
  },
  {
    name: "places-and-events",
    count: async () => 1,
    paths: async (ds) => [
      ...(await communesWithPublicProducers(ds)).map((code) => ({ path: paths.commune(code) })),
      ...(await publicEventSlugs(ds)).map((slug) => ({ path: paths.event(slug) })),
      ...(await distributorSlugs(ds)).map((slug) => ({ path: paths.distributor(slug) })),
    ],
  },
];

/**
 * /sitemap.xml (an index), /sitemaps/<part>-<n>.xml, and /robots.txt, all in three languages.
 * `publicOrigin` is PUBLIC_URL (or its configured fallback), never the request's Host: these
 * answers are cached for an hour, so a forged Host would be served to everyone.
 */
export function sitemapRoutes(ds: DataSource, publicOrigin: string): Router {
  const router = express.Router();
  const origin = () => publicOrigin;
  const send = (res: express.Response, body: string) =>
    res
      .type("application/xml")
      .set("cache-control", "public, max-age=3600")
      .send(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);

  router.get("/robots.txt", (req, res) => {
    res
      .type("text/plain")
      .send(`User-agent: *\nAllow: /\nDisallow: /admin/\nDisallow: /graphql\n\nSitemap: ${origin()}/sitemap.xml\n`);
  });

  router.get("/sitemap.xml", async (req, res) => {
    const parts: string[] = [];
    for (const source of sources) {
      const count = source.name === "pages" || source.name === "places-and-events" ? 1 : await source.count(ds);
      const files = Math.max(1, Math.ceil(count / URLS_PER_SITEMAP));
      for (let n = 1; n <= files; n++) parts.push(`${origin()}/sitemaps/${source.name}-${n}.xml`);
    }
    send(
      res,
      `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts
        .map((loc) => `  <sitemap><loc>${escapeHtml(loc)}</loc></sitemap>`)
        .join("\n")}\n</sitemapindex>\n`,
    );
  });

  router.get("/sitemaps/:file", async (req, res) => {
    const match = /^([a-z-]+)-(\d{1,5})\.xml$/.exec(req.params.file ?? "");
    const source = sources.find((s) => s.name === match?.[1]);
    if (!match || !source) {
      res.status(404).type("text/plain").send("No such sitemap");
      return;
    }
    const page = Number(match[2]) - 1;
    const entries = await source.paths(ds, page * URLS_PER_SITEMAP, URLS_PER_SITEMAP);
    const base = origin();
    const urls = entries.flatMap(({ path, lastmod }) =>
      LANGUAGES.map((lang) => {
        const alternates = LANGUAGES.map(
          (l) =>
            `<xhtml:link rel="alternate" hreflang="${htmlLang(l)}" href="${escapeHtml(base + localizedPath(l, path))}"/>`,
        ).join("");
        return `  <url><loc>${escapeHtml(base + localizedPath(lang, path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}${alternates}</url>`;
      }),
    );
    send(
      res,
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`,
    );
  });
  return router;
}
