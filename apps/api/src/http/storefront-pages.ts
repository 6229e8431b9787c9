import type { Request } from "express";
import type { DataSource } from "typeorm";
import { LANGUAGES, type Language } from "@ocop/schema/enums";
import { provinceNameIn } from "@ocop/schema/provinces";
import { siteScopeValues, type SiteScopeValues } from "@ocop/schema/site-texts";
import {
  htmlLang,
  localizedPath,
  matchPath,
  PRIVATE_ROUTE_NAMES,
  splitLanguage,
  type RouteName,
} from "@ocop/schema/routes";
import { mediaUrl } from "../modules/media/media.fields";
import {
  administrativeUnitFullName,
  firstCatalogProductImage,
  publicDistributorSummary,
  publicEventSummary,
  publicProducerSummary,
  publicProductSummary,
  brandOf,
  type ImageVariant,
  type SiteIdentity,
} from "../modules/seo/seo.service";
import { escapeHtml, jsonForScript } from "./html";
import { CARD_HEIGHT, CARD_WIDTH } from "../modules/seo/share-card";
import { shareCardPath } from "./share-cards";
import type { RenderStorefrontPage } from "./storefront-ssr";

/** Titles of the pages whose content the server does not look up, by route. */
type StaticPage = Extract<
  RouteName,
  "catalog" | "producers" | "communes" | "events" | "distributors" | "about" | "shortlist"
>;

/** Whether a text names the site's provinces: one or two are named, a national site's are not. */
const named = (site: SiteScopeValues) => site.scope === "one" || site.scope === "two";

/**
 * Site-wide texts, naming the site's provinces from its settings as the storefront's home title
 * and footer do (apps/storefront/src/i18n/locales: home.title, footer.about).
 */
const SITE: Record<
  Language,
  {
    name: (site: SiteScopeValues) => string;
    description: (site: SiteScopeValues) => string;
    pages: Record<StaticPage, string>;
  }
> = {
  vi: {
    name: (site) => `Sản phẩm OCOP${named(site) ? ` ${site.provinces}` : ""}`,
    description: (site) =>
      `Danh mục sản phẩm OCOP (Mỗi xã một sản phẩm)${named(site) ? ` ${site.provincesFull}` : ""}: hạng sao, chứng nhận còn hiệu lực, chủ thể sản xuất và nơi mua.`,
    pages: {
      catalog: "Tìm sản phẩm",
      producers: "Chủ thể OCOP",
      communes: "Xã, phường",
      events: "Sự kiện trưng bày",
      distributors: "Nhà phân phối",
      about: "Giới thiệu OCOP",
      shortlist: "Danh sách quan tâm",
    },
  },
  en: {
    name: (site) => `${named(site) ? `${site.provinces} ` : ""}OCOP products`,
    description: (site) =>
      `Certified OCOP (One Commune One Product) products${named(site) ? ` of ${site.provincesFull}` : ""}: star ratings, valid certificates, producers and where to buy.`,
    pages: {
      catalog: "Find products",
      producers: "OCOP producers",
      communes: "Communes and wards",
      events: "Showcase events",
      distributors: "Distributors",
      about: "About OCOP",
      shortlist: "My list",
    },
  },
  zh: {
    name: (site) => `${zhPlace(site)}OCOP产品`,
    description: (site) => `${zhPlace(site)}“一乡一品”（OCOP）认证产品目录：星级、有效证书、生产主体及购买渠道。`,
    pages: {
      catalog: "查找产品",
      producers: "OCOP生产主体",
      communes: "乡、坊",
      events: "展示活动",
      distributors: "经销商",
      about: "关于OCOP",
      shortlist: "我的清单",
    },
  },
};

function zhPlace(site: SiteScopeValues): string {
  return site.scope === "one" ? site.provincesFull : site.scope === "two" ? `${site.provinces}两省` : "";
}

/** apps/storefront/src/components/ProductImage.tsx's default `sizes`: how wide a card's image is shown. */
const CARD_IMAGE_SIZES = "(min-width: 64rem) 20rem, (min-width: 40rem) 45vw, 100vw";

const TRACKED_REQUEST_TITLE: Record<Language, string> = {
  vi: "Theo dõi yêu cầu kết nối",
  en: "Your connection request",
  zh: "跟踪对接请求",
};

const OG_LOCALE: Record<Language, string> = { vi: "vi_VN", en: "en_US", zh: "zh_CN" };

/** What a shared link's title adds when the product's certificate has run out. */
const EXPIRED_TITLE: Record<Language, string> = {
  vi: "(hết hạn chứng nhận)",
  en: "(certificate expired)",
  zh: "（认证已过期）",
};

interface PageMeta {
  title: string;
  description: string;
  /** A <link rel="preload"> for the image the page will paint largest, known before its script runs. */
  preload?: string;
  /** The share card's path (og:image, 1200×630). */
  image?: string;
  type?: string;
  jsonLd?: Record<string, unknown>;
  /** A page for one person (a request's tracking page): never indexed, no canonical or alternates. */
  private?: boolean;
}

/**
 * Gives each storefront URL its title, description and Open Graph tags in the HTML itself, so link
 * previews (Zalo, Facebook) work for a single-page app, and answers unknown pages with 404.
 * `origins.canonical` prefixes canonical and alternate links ("" without PUBLIC_URL: root-relative,
 * never the request's Host); `origins.absolute` prefixes og:url and og:image, which must be absolute.
 * `site` names the site (titles end with its name, as the storefront's own titles do).
 */
export function createStorefrontPageRenderer(
  dataSource: DataSource,
  origins: { canonical: string; absolute: string },
  site: () => Promise<SiteIdentity>,
  renderApp?: RenderStorefrontPage,
) {
  // The catalog's first card, for a minute: a stale answer costs one unused image download at most.
  let firstCard: { at: number; tag: Promise<string | undefined> } | null = null;
  /**
   * The unfiltered catalog shows the default order's first product first; on a phone its image is
   * the page's largest paint. Preloading it lets the download start with the HTML instead of after
   * the script, the data and the layout. The srcset and sizes are the storefront's ProductImage
   * ones (its first modern format and default sizes), so the browser picks the same file.
   */
  function firstCardImagePreload(): Promise<string | undefined> {
    if (firstCard && Date.now() - firstCard.at < 60_000) return firstCard.tag;
    const tag = (async () => {
      const variants = await firstCatalogProductImage(dataSource);
      const format = ["avif", "webp"].find((f) => variants.some((v) => v.format === f));
      if (!format) return undefined;
      const srcset = variants
        .filter((v) => v.format === format)
        .sort((a, b) => a.width - b.width)
        .map((v) => `${mediaUrl(v.key)} ${v.width}w`)
        .join(", ");
      return `<link rel="preload" as="image" type="image/${format}" imagesrcset="${escapeHtml(srcset)}" imagesizes="${CARD_IMAGE_SIZES}" fetchpriority="high" />`;
    })();
    firstCard = { at: Date.now(), tag };
    tag.catch(() => (firstCard = null));
    return tag;
  }

  async function metaFor(
    lang: Language,
    path: string,
    hasQuery: boolean,
    texts: { brand: string; name: string; description: string },
  ): Promise<PageMeta | null> {
    const site = { ...SITE[lang], ...texts };
    const { brand } = texts;
    const route = matchPath(path);
    if (!route) return null;
    if (route.name === "home")
      return {
        title: lang === "vi" ? brand : `${site.name} · ${brand}`,
        description: site.description,
        type: "website",
      };
    if (route.name === "catalog" && !hasQuery) {
      return {
        title: `${site.pages.catalog} · ${brand}`,
        description: site.description,
        preload: await firstCardImagePreload(),
      };
    }
    if (route.name in site.pages) {
      return {
        title: `${site.pages[route.name as StaticPage]} · ${brand}`,
        description: site.description,
        private: PRIVATE_ROUTE_NAMES.includes(route.name),
      };
    }
    if (route.name === "product") {
      const p = await publicProductSummary(dataSource, route.params.slug, lang);
      if (!p) return null;
      const starsText = p.stars ? ` · OCOP ${"★".repeat(p.stars)}` : "";
      const expiredText = p.expired ? ` ${EXPIRED_TITLE[lang]}` : "";
      const image = Array.isArray(p.variants) ? largestJpeg(p.variants) : undefined;
      return {
        title: `${p.name}${starsText}${expiredText} · ${brand}`,
        description: summary(p.description ?? `${p.name} – ${p.producer}`),
        image: shareCardPath("product", route.params.slug, lang),
        type: "product",
        jsonLd: {
          "@context": "https://schema.org",
          "@type": "Product",
          name: p.name,
          description: p.description ?? undefined,
          brand: { "@type": "Organization", name: p.producer },
          award: p.stars ? `OCOP ${p.stars}★` : undefined,
          image: image ? origins.absolute + image : undefined,
        },
      };
    }
    if (route.name === "producer") {
      const p = await publicProducerSummary(dataSource, route.params.slug, lang);
      return p
        ? {
            title: `${p.name} · ${brand}`,
            description: summary(p.description ?? p.name),
            image: shareCardPath("producer", route.params.slug, lang),
          }
        : null;
    }
    if (route.name === "distributor") {
      const d = await publicDistributorSummary(dataSource, route.params.slug, lang);
      return d ? { title: `${d.name} · ${brand}`, description: summary(d.description ?? d.name) } : null;
    }
    if (route.name === "event") {
      const e = await publicEventSummary(dataSource, route.params.slug, lang);
      return e
        ? {
            title: `${e.name} · ${brand}`,
            description: summary(e.description ?? [e.venue, e.startsOn].filter(Boolean).join(", ")),
            image: shareCardPath("event", route.params.slug, lang),
          }
        : null;
    }
    if (route.name === "trackedRequest") {
      return { title: `${TRACKED_REQUEST_TITLE[lang]} · ${brand}`, description: site.description, private: true };
    }
    if (route.name === "commune") {
      const fullName = await administrativeUnitFullName(dataSource, route.params.code);
      return fullName ? { title: `${fullName} · ${brand}`, description: site.description } : null;
    }
    return null;
  }

  return async (req: Request, indexHtml: string): Promise<{ status: number; html: string; private: boolean }> => {
    const { lang, rest: path } = splitLanguage(req.path);
    const identity = await site();
    const scope = siteScopeValues(
      lang,
      identity.provinces.map((p) => ({ ...p, name: provinceNameIn(lang, p) })),
    );
    const texts = {
      brand: brandOf(identity),
      name: SITE[lang].name(scope),
      description: SITE[lang].description(scope),
    };
    const [found, app] = await Promise.all([
      metaFor(lang, path.length > 1 ? path.replace(/\/$/, "") : path, req.originalUrl.includes("?"), texts),
      renderApp?.(req) ?? null,
    ]);
    const meta: PageMeta = found ?? { title: `404 · ${texts.brand}`, description: texts.description };
    const url = `${origins.canonical}${localizedPath(lang, path)}`;
    const absoluteUrl = `${origins.absolute}${localizedPath(lang, path)}`;
    const tags = [
      `<meta property="og:site_name" content="${escapeHtml(texts.name)}" />`,
      `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
      `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
      `<meta property="og:type" content="${meta.type ?? "website"}" />`,
      meta.private ? "" : `<meta property="og:url" content="${escapeHtml(absoluteUrl)}" />`,
      `<meta property="og:locale" content="${OG_LOCALE[lang]}" />`,
      ...(meta.image
        ? [
            `<meta property="og:image" content="${escapeHtml(origins.absolute + meta.image)}" />`,
            `<meta property="og:image:type" content="image/jpeg" />`,
            `<meta property="og:image:width" content="${CARD_WIDTH}" />`,
            `<meta property="og:image:height" content="${CARD_HEIGHT}" />`,
          ]
        : []),
      `<meta name="twitter:card" content="${meta.image ? "summary_large_image" : "summary"}" />`,
      found && !meta.private
        ? `<link rel="canonical" href="${escapeHtml(url)}" />`
        : `<meta name="robots" content="noindex" />`,
      ...(found && !meta.private
        ? LANGUAGES.map(
            (l) =>
              `<link rel="alternate" hreflang="${htmlLang(l)}" href="${escapeHtml(`${origins.canonical}${localizedPath(l, path)}`)}" />`,
          )
        : []),
      meta.jsonLd ? `<script type="application/ld+json">${jsonForScript(meta.jsonLd)}</script>` : "",
      meta.preload ?? "",
      app?.head ?? "",
    ].filter(Boolean);
    const html = indexHtml
      .replace(/<html lang="[^"]*"/, `<html lang="${htmlLang(lang)}"`)
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`)
      .replace(
        /<meta name="description" content="[^"]*"\s*\/?>/,
        `<meta name="description" content="${escapeHtml(meta.description)}" />`,
      )
      .replace("</head>", `    ${tags.join("\n    ")}\n  </head>`);
    // The rendered page replaces index.html's header-only placeholder; a function replacement, as
    // `$` in product text must not be read as a replacement pattern.
    const page = app
      ? html.replace(/<!--app-->[\s\S]*<!--\/app--><\/div>/, () => `${app.html}</div>${app.dataScript}`)
      : html;
    return { status: found ? 200 : 404, html: page, private: meta.private === true };
  };
}

function summary(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= 200 ? flat : `${flat.slice(0, 197).replace(/\s\S*$/, "")}…`;
}

function largestJpeg(variants: ImageVariant[]): string | undefined {
  // Link previews want JPEG or PNG; WebP and AVIF are for browsers.
  const jpeg = variants.filter((v) => v.format === "jpeg").sort((a, b) => b.width - a.width)[0];
  return jpeg ? `/media/${jpeg.key}` : undefined;
}
