import { setupI18n, type I18n, type Messages } from "@lingui/core";
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type viSource from "./locales/vi.json";
import { DEFAULT_LANGUAGE, htmlLang, type Language } from "./lang";

/** Every UI-chrome message id; vi.json is the reference catalog. */
export type MessageId = keyof typeof viSource;
export type MessageValues = Record<string, string | number | undefined | null>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

type Loader = () => Promise<{ default: Messages }>;

// Each language's catalog is its own chunk (compiled at build time by @ocop/i18n, with the
// Vietnamese messages filling any gap), fetched in parallel with the page's chunk (main.tsx).
const loaders: Record<Language, Loader> = {
  vi: () => import("virtual:i18n/vi"),
  en: () => import("virtual:i18n/en"),
  zh: () => import("virtual:i18n/zh"),
};

/** One Lingui instance per language: switching never mutates a shared "current locale". */
const instances = new Map<Language, I18n>();
const pending = new Map<Language, Promise<I18n>>();

export function createI18n(lang: Language, messages: Messages): I18n {
  return setupI18n({ locale: lang, messages: { [lang]: messages } });
}

export function loadLanguage(lang: Language): Promise<I18n> {
  const have = instances.get(lang);
  if (have) return Promise.resolve(have);
  let p = pending.get(lang);
  if (!p) {
    p = loaders[lang]().then((mod) => {
      const made = createI18n(lang, mod.default);
      instances.set(lang, made);
      return made;
    });
    p.catch(() => pending.delete(lang));
    pending.set(lang, p);
  }
  return p;
}

export function translator(i18n: I18n): Translate {
  return (id, values) => i18n._(id, values as Record<string, unknown> | undefined);
}

type LangState = { lang: Language; t: Translate };
const LangContext = createContext<LangState>({ lang: DEFAULT_LANGUAGE, t: (id) => id });

/**
 * Provides the language of the URL and its translate function, loading its catalog first.
 * While a catalog is on its way the previous language stays on screen (no flash of ids); on the
 * very first load nothing is shown for those few milliseconds.
 */
export function LanguageProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const [, setTick] = useState(0);
  const [failed, setFailed] = useState(false);
  const current = instances.get(lang);
  const shown = useRef<LangState | null>(null);
  if (current && shown.current?.lang !== lang) shown.current = { lang, t: translator(current) };

  useEffect(() => {
    let live = true;
    // Always ask, even if the catalog arrived between render and effect: loadLanguage answers at
    // once then, and the re-render shows the page (skipping it here left the first visit blank).
    if (!current) {
      loadLanguage(lang).then(
        () => live && setTick((n) => n + 1),
        () => live && setFailed(true),
      );
    }
    return () => {
      live = false;
    };
  }, [lang, current]);
  useEffect(() => {
    if (current) document.documentElement.lang = htmlLang(lang);
  }, [lang, current]);

  if (!shown.current) {
    // The catalog chunk could not be fetched (offline, or a deploy replaced the files): say so
    // in all three languages rather than leaving a blank page.
    return failed ? (
      <p role="alert" style={{ padding: "2rem 1rem" }}>
        Không tải được trang. Could not load the page. 无法加载页面。{" "}
        <a href={window.location.href}>Tải lại · Reload · 重新加载</a>
      </p>
    ) : null;
  }
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
