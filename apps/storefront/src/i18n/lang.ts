import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "@ocop/schema/enums";

export { DEFAULT_LANGUAGE, LANGUAGES, type Language };
// The language prefix is part of the URL space, defined with the route table.
export { htmlLang, languageBase, localizedPath, splitLanguage } from "@ocop/schema/routes";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** BCP 47 locale for Intl formatting. */
export function intlLocale(lang: Language): string {
  return lang === "vi" ? "vi-VN" : lang === "zh" ? "zh-CN" : "en-GB";
}

/** Native names, shown in the language switcher in their own language. */
export const LANGUAGE_NAMES: Record<Language, string> = { vi: "Tiếng Việt", en: "English", zh: "中文" };
