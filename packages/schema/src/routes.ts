// The storefront's URL space, in one table: the storefront routes with it, the API gives its pages
// their metadata and lists them in the sitemap with it, and the admin links to the public site
// with it. A path here is without its language prefix ("/san-pham/x"); `localizedPath` adds it.
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "./enums";

/** Every storefront page's path pattern (wouter's syntax: one `:name` per parameter). */
export const ROUTE_PATTERNS = {
  home: "/",
  catalog: "/san-pham",
  product: "/san-pham/:slug",
  /** The producer directory: search and filters in its query string (producersSearch). */
  producers: "/chu-the",
  producer: "/chu-the/:slug",
  communes: "/xa-phuong",
  commune: "/xa-phuong/:code",
  events: "/su-kien",
  event: "/su-kien/:slug",
  distributors: "/nha-phan-phoi",
  /** One distributor or channel with every product it carries (`?page=` as the catalog's). */
  distributor: "/nha-phan-phoi/:slug",
  about: "/gioi-thieu",
  shortlist: "/danh-sach",
  /** A connection request's private tracking page: the token is the only key (never listed, never indexed). */
  trackedRequest: "/yeu-cau/:token",
} as const;

export type RouteName = keyof typeof ROUTE_PATTERNS;
export const ROUTE_NAMES = Object.keys(ROUTE_PATTERNS) as RouteName[];
/**
 * Pages for one person (their list in the browser, their request by its private link): never in
 * the sitemap, never indexed, never kept by a shared cache.
 */
export const PRIVATE_ROUTE_NAMES: readonly RouteName[] = ["shortlist", "trackedRequest"];

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;
/** The parameters a route's path carries: `{ slug: string }` for "product", `{}` for "about". */
export type RouteParams<N extends RouteName> = { [K in ParamNames<(typeof ROUTE_PATTERNS)[N]>]: string };

/** A path matched to its route. */
export type RouteMatch = { [N in RouteName]: { name: N; params: RouteParams<N> } }[RouteName];

/** The path of a route (no language prefix), its parameters encoded. */
export function buildPath<N extends RouteName>(name: N, params: RouteParams<N>, search = ""): string {
  const values = params as Record<string, string>;
  const path = ROUTE_PATTERNS[name].replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(values[key] ?? ""));
  return path + search;
}

const MATCHERS = ROUTE_NAMES.map((name) => {
  const keys: string[] = [];
  const source = ROUTE_PATTERNS[name].replace(/:(\w+)/g, (_, key: string) => {
    keys.push(key);
    return "([^/]+)";
  });
  return { name, keys, regex: new RegExp(`^${source}$`) };
});

/**
 * Which route a path (without language prefix or query) opens, with its parameters decoded; null
 * for anything else, which is the 404 page. A trailing slash is ignored ("/san-pham/" is the catalog).
 */
export function matchPath(path: string): RouteMatch | null {
  const clean = path.length > 1 ? path.replace(/\/+$/, "") || "/" : path;
  for (const { name, keys, regex } of MATCHERS) {
    const found = regex.exec(clean);
    if (!found) continue;
    const params: Record<string, string> = {};
    try {
      keys.forEach((key, i) => (params[key] = decodeURIComponent(found[i + 1]!)));
    } catch {
      return null; // a malformed %-escape is no page
    }
    return { name, params } as RouteMatch;
  }
  return null;
}

/** The catalog's filters as its URL carries them; the storefront validates what it reads back. */
export interface CatalogFilters {
  q?: string;
  group?: string | null;
  cat?: string | null;
  stars?: readonly number[];
  /** The producer's province (its code), on a site of several provinces. */
  province?: string | null;
  commune?: string | null;
  type?: string | null;
  /** Only products whose certificate is valid today ("valid=1"). */
  valid?: boolean;
  /** Left out when RELEVANCE, the default order. */
  sort?: string;
  /** Left out when 1. */
  page?: number;
}

/** The catalog's query string ("" when unfiltered): one canonical order, defaults left out. */
export function catalogSearch(filters: CatalogFilters): string {
  const p = new URLSearchParams();
  const q = filters.q?.trim();
  if (q) p.set("q", q);
  if (filters.group) p.set("group", filters.group);
  if (filters.cat) p.set("cat", filters.cat);
  if (filters.stars?.length) p.set("stars", [...filters.stars].sort((a, b) => b - a).join(","));
  if (filters.province) p.set("province", filters.province);
  if (filters.commune) p.set("commune", filters.commune);
  if (filters.type) p.set("type", filters.type);
  if (filters.valid) p.set("valid", "1");
  if (filters.sort && filters.sort !== "RELEVANCE") p.set("sort", filters.sort);
  if (filters.page && filters.page > 1) p.set("page", String(filters.page));
  // Star lists stay readable ("stars=5,4"): a comma needs no escaping in a query string.
  const s = p.toString().replace(/%2C/g, ",");
  return s ? `?${s}` : "";
}

/** The producer directory's filters as its URL carries them (the same names as the catalog's). */
export interface ProducerDirectoryFilters {
  q?: string;
  group?: string | null;
  stars?: readonly number[];
  commune?: string | null;
  type?: string | null;
  /** Left out when 1. */
  page?: number;
}

/** The producer directory's query string ("" when unfiltered), in the catalog's canonical form. */
export function producersSearch(filters: ProducerDirectoryFilters): string {
  return catalogSearch(filters);
}

/**
 * Where the connection form posts without JavaScript (with the language prefix, as pages): the
 * server answers with a redirect to the request's tracking page or the form with its errors.
 */
export const CONNECTION_FORM_PATH = "/yeu-cau";

/** Typed builders of every storefront path (no language prefix), for links and redirects. */
export const paths = {
  home: () => buildPath("home", {}),
  catalog: (filters: CatalogFilters = {}) => buildPath("catalog", {}, catalogSearch(filters)),
  product: (slug: string) => buildPath("product", { slug }),
  producers: (filters: ProducerDirectoryFilters = {}) => buildPath("producers", {}, producersSearch(filters)),
  producer: (slug: string) => buildPath("producer", { slug }),
  /**
   * `all`: every commune/ward, not only those with products; `province`: that province's units
   * alone (a site of many provinces lists its provinces first).
   */
  communes: (options: { all?: boolean; province?: string } = {}) => {
    const search = new URLSearchParams();
    if (options.province) search.set("province", options.province);
    if (options.all) search.set("all", "1");
    const query = search.toString();
    return buildPath("communes", {}, query ? `?${query}` : "");
  },
  commune: (code: string) => buildPath("commune", { code }),
  events: () => buildPath("events", {}),
  event: (slug: string) => buildPath("event", { slug }),
  distributors: () => buildPath("distributors", {}),
  /** `page`: how many pages of its products to show (left out when 1). */
  distributor: (slug: string, page = 1) => buildPath("distributor", { slug }, page > 1 ? `?page=${page}` : ""),
  about: () => buildPath("about", {}),
  /** The visitor's list of products to ask about, kept in their browser. */
  shortlist: () => buildPath("shortlist", {}),
  trackedRequest: (token: string) => buildPath("trackedRequest", { token }),
} satisfies Record<RouteName, (...args: never[]) => string>;

const PREFIXED = LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE);
const PREFIX_RE = new RegExp(`^/(${PREFIXED.join("|")})(?=/|$)`);

/**
 * The language is the URL's first segment (/en/..., /zh/...); Vietnamese, the default, has no
 * prefix. Anything else (/fr/..., /EN/..., /english) is a Vietnamese path, left untouched, so an
 * unknown prefix ends on the 404 page instead of silently switching language.
 */
export function splitLanguage(pathname: string): { lang: Language; rest: string } {
  const m = PREFIX_RE.exec(pathname);
  if (!m) return { lang: DEFAULT_LANGUAGE, rest: pathname || "/" };
  const rest = pathname.slice(m[0].length);
  return { lang: m[1] as Language, rest: rest === "" ? "/" : rest };
}

/**
 * The cookie where the storefront's language switcher remembers a visitor's explicit choice; the
 * server reads it on a visit to `/` (it wins over the browser's Accept-Language).
 */
export const LANGUAGE_COOKIE = "lang";

/** The router base for a language: "" for Vietnamese, "/en" or "/zh" otherwise. */
export function languageBase(lang: Language): string {
  return lang === DEFAULT_LANGUAGE ? "" : `/${lang}`;
}

/** An absolute path for `rest` (a path without language prefix, with optional ?query) in `lang`. */
export function localizedPath(lang: Language, rest: string): string {
  const base = languageBase(lang);
  if (rest === "/" || rest === "") return base || "/";
  if (rest.startsWith("/?")) return (base || "") + (base ? rest.slice(1) : rest);
  return base + rest;
}

/** The value for <html lang> and hreflang (simplified Chinese is what the site writes). */
export function htmlLang(lang: Language): string {
  return lang === "zh" ? "zh-Hans" : lang;
}
