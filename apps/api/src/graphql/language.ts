import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "@ocop/schema/enums";

export type { Language };

/**
 * The response language: `?lang=` on the URL first (cache-safe: the URL is the cache key), then
 * Accept-Language (the response then varies by that header), then Vietnamese.
 */
export function languageOf(
  query: unknown,
  acceptLanguage: string | undefined,
): { lang: Language; fromHeader: boolean } {
  const param = typeof query === "string" ? query.toLowerCase() : undefined;
  if (isLanguage(param)) return { lang: param, fromHeader: false };
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase().slice(0, 2);
    if (isLanguage(tag)) return { lang: tag, fromHeader: true };
  }
  return { lang: DEFAULT_LANGUAGE, fromHeader: acceptLanguage !== undefined };
}

function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? "");
}

/** The text in the wanted language, falling back to Vietnamese, which is always present. */
export function pick(lang: Language, vi: string, en: string | null | undefined, zh: string | null | undefined): string;
export function pick(
  lang: Language,
  vi: string | null,
  en: string | null | undefined,
  zh: string | null | undefined,
): string | null;
export function pick(
  lang: Language,
  vi: string | null,
  en: string | null | undefined,
  zh: string | null | undefined,
): string | null {
  const wanted = lang === "en" ? en : lang === "zh" ? zh : vi;
  return wanted?.trim() ? wanted : vi;
}
