// Whose site this is, in words: the storefront's texts and the API's page titles name the site's
// provinces from its settings, never a province written into a message.

import { isCentralCity } from "./provinces";

/** What a site calls itself when its settings name nothing (or before they are known): no province assumed. */
export const NEUTRAL_SITE_NAME = "OCOP";

/** The site's name from its settings, or the neutral one. */
export function siteNameOr(siteName: string | null | undefined): string {
  return siteName?.trim() || NEUTRAL_SITE_NAME;
}

export type SiteTextLanguage = "vi" | "en" | "zh";

/**
 * A province as the settings name it: its code, its short name in the reader's language (the API's
 * Province.name is; provinceNameIn gives it) and its full Vietnamese name.
 */
export interface SiteProvinceName {
  code: string;
  name: string;
  fullName?: string | null;
}

/**
 * How many provinces a text names: `one` and `two` name them, `many` (a national site) and
 * `unknown` (settings not loaded yet) use a wording that names none.
 */
export type SiteScope = "one" | "two" | "many" | "unknown";

/** The ICU values every site-naming message takes: `{scope, select, …}`, `{provinces}`, `{provincesFull}`. */
export interface SiteScopeValues {
  [key: string]: string;
  scope: SiteScope;
  /** "Lạng Sơn", "Lạng Sơn và Lai Châu"; in Chinese "谅山", "谅山和莱州". */
  provinces: string;
  /** "tỉnh Lạng Sơn", "thành phố Huế"; "Lạng Sơn province"; "谅山省". */
  provincesFull: string;
}

const AND: Record<SiteTextLanguage, string> = { vi: " và ", en: " and ", zh: "和" };

function shortName(lang: SiteTextLanguage, p: SiteProvinceName): string {
  return p.name;
}

function fullName(lang: SiteTextLanguage, p: SiteProvinceName): string {
  const city = isCentralCity(p.fullName);
  if (lang === "zh") return `${shortName(lang, p)}${city ? "市" : "省"}`;
  const full = p.fullName?.trim();
  if (lang === "vi") return full ? full.charAt(0).toLowerCase() + full.slice(1) : p.name;
  // "Thành phố Hà Nội" is a city, "Tỉnh Lạng Sơn" a province.
  return city ? `${p.name} city` : `${p.name} province`;
}

/**
 * The values a site-naming message needs, in one language. `provinces` null: the settings are not
 * known (yet), and the message says nothing of a province.
 */
export function siteScopeValues(
  lang: SiteTextLanguage,
  provinces: readonly SiteProvinceName[] | null | undefined,
): SiteScopeValues {
  const list = provinces ?? [];
  const scope: SiteScope =
    list.length === 0 ? "unknown" : list.length === 1 ? "one" : list.length === 2 ? "two" : "many";
  if (scope === "unknown" || scope === "many") return { scope, provinces: "", provincesFull: "" };
  return {
    scope,
    provinces: list.map((p) => shortName(lang, p)).join(AND[lang]),
    provincesFull: list.map((p) => fullName(lang, p)).join(AND[lang]),
  };
}
