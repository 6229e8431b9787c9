import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "@ocop/schema/enums";

export { DEFAULT_LANGUAGE, LANGUAGES, type Language };

const PREFIXED = LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE);
const PREFIX_RE = new RegExp(`^/(${PREFIXED.join("|")})(?=/|$)`);

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

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

/** The value for <html lang> and hreflang. */
export function htmlLang(lang: Language): string {
  return lang === "zh" ? "zh-Hans" : lang;
}

/** BCP 47 locale for Intl formatting. */
export function intlLocale(lang: Language): string {
  return lang === "vi" ? "vi-VN" : lang === "zh" ? "zh-CN" : "en-GB";
}

/** Native names, shown in the language switcher in their own language. */
export const LANGUAGE_NAMES: Record<Language, string> = { vi: "Tiếng Việt", en: "English", zh: "中文" };
