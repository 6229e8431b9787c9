import { setupI18n, type I18n, type Messages } from "@lingui/core";
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import vi from "virtual:i18n/vi";
import type viSource from "./locales/vi.json";
import { DEFAULT_LANGUAGE, htmlLang, type Language } from "./lang";

/** Every UI-chrome message id; vi.json is the reference catalog. */
export type MessageId = keyof typeof viSource;
export type MessageValues = Record<string, string | number | undefined | null>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

type Loader = () => Promise<{ default: Messages }>;

// Non-default catalogs are separate chunks, fetched only when that language is visited.
const loaders: Record<Exclude<Language, typeof DEFAULT_LANGUAGE>, Loader> = {
  en: () => import("virtual:i18n/en"),
  zh: () => import("virtual:i18n/zh"),
};

/**
 * A language's messages with Vietnamese underneath: a message a translation lacks falls back
 * to the Vietnamese one (never to a bare message id).
 */
export function withFallback(messages: Messages, fallback: Messages = vi): Messages {
  return { ...fallback, ...messages };
}

/** One Lingui instance per language: switching never mutates a shared "current locale". */
const instances = new Map<Language, I18n>([
  [DEFAULT_LANGUAGE, setupI18n({ locale: DEFAULT_LANGUAGE, messages: { [DEFAULT_LANGUAGE]: vi } })],
]);

export function createI18n(lang: Language, messages: Messages): I18n {
  return setupI18n({ locale: lang, messages: { [lang]: withFallback(messages) } });
}

export async function loadLanguage(lang: Language): Promise<I18n> {
  const have = instances.get(lang);
  if (have) return have;
  const load = (loaders as Partial<Record<Language, Loader>>)[lang];
  if (!load) throw new Error(`no catalog for ${lang}`);
  const mod = await load();
  const made = createI18n(lang, mod.default);
  instances.set(lang, made);
  return made;
}

export function translator(i18n: I18n): Translate {
  return (id, values) => i18n._(id, values as Record<string, unknown> | undefined);
}

type LangState = { lang: Language; t: Translate };
const LangContext = createContext<LangState>({
  lang: DEFAULT_LANGUAGE,
  t: translator(instances.get(DEFAULT_LANGUAGE)!),
});

/**
 * Provides the language of the URL and its translate function, loading a non-default catalog
 * first. While a catalog is on its way the previous language stays on screen (no flash of ids).
 */
export function LanguageProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const [, setTick] = useState(0);
  const current = instances.get(lang);
  const shown = useRef<LangState | null>(null);
  if (current && shown.current?.lang !== lang) shown.current = { lang, t: translator(current) };

  useEffect(() => {
    let live = true;
    if (!instances.has(lang)) void loadLanguage(lang).then(() => live && setTick((n) => n + 1));
    return () => {
      live = false;
    };
  }, [lang]);
  useEffect(() => {
    if (current) document.documentElement.lang = htmlLang(lang);
  }, [lang, current]);

  if (!shown.current) return null;
  return <LangContext.Provider value={shown.current}>{children}</LangContext.Provider>;
}

/** The translate function of the active language. */
export function useT(): Translate {
  return useContext(LangContext).t;
}

/** The active language (for formatting and links). */
export function useLang(): Language {
  return useContext(LangContext).lang;
}
