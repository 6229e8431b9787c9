import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { en } from "./en";
import { type MessageKey, vi } from "./vi";

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];
export const LANG_STORAGE_KEY = "ocop-admin-lang";

const dictionaries: Record<Lang, Record<MessageKey, string>> = { vi, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = dictionaries[lang][key] ?? vi[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function storedLang(): Lang {
  try {
    const v = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return v === "en" || v === "vi" ? v : "vi";
  } catch {
    return "vi";
  }
}

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
  /** A calendar date (YYYY-MM-DD) or timestamp as a date. */
  date(value: string | null | undefined): string;
  dateTime(value: string | null | undefined): string;
  number(value: number | null | undefined): string;
}

const locales: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

function makeI18n(lang: Lang, setLang: (l: Lang) => void): I18n {
  const dateFmt = new Intl.DateTimeFormat(locales[lang], {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "Asia/Ho_Chi_Minh",
  });
  const localDateFmt = new Intl.DateTimeFormat(locales[lang], {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  });
  const dateTimeFmt = new Intl.DateTimeFormat(locales[lang], {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: "Asia/Ho_Chi_Minh",
  });
  const numberFmt = new Intl.NumberFormat(locales[lang]);
  return {
    lang,
    setLang,
    t: (key, params) => translate(lang, key, params),
    date(value) {
      if (!value) return "–";
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return localDateFmt.format(new Date(`${value}T00:00:00Z`));
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? value : dateFmt.format(d);
    },
    dateTime(value) {
      if (!value) return "–";
      const d = new Date(value);
      return Number.isNaN(d.getTime()) ? value : dateTimeFmt.format(d);
    },
    number(value) {
      return value === null || value === undefined ? "–" : numberFmt.format(value);
    },
  };
}

const I18nContext = createContext<I18n>(makeI18n("vi", () => {}));

export function I18nProvider({ children, initialLang }: { children: ReactNode; initialLang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? storedLang());
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export type { MessageKey };
