import { setupI18n, type I18n as Lingui, type Messages } from "@lingui/core";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import en from "virtual:i18n/en";
import vi from "virtual:i18n/vi";
import type enSource from "./locales/en.json";
import type viSource from "./locales/vi.json";

/** Every message key; locales/vi.json is the reference catalog. */
export type MessageKey = keyof typeof viSource;

// en.json carries exactly the Vietnamese keys: a key added to one catalog only fails the type check.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _enHasEveryKey: SameKeys<keyof typeof enSource, MessageKey> = true;

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];
export const LANG_STORAGE_KEY = "ocop-admin-lang";

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * Both catalogs are compiled at build time by @ocop/i18n (the storefront's plugin), English over
 * Vietnamese so a missing translation reads in Vietnamese, never as a key. Unlike the storefront
 * they are bundled, not lazy: a staff app switches language in place, without a loading state.
 */
export function createLingui(lang: Lang, messages: Messages): Lingui {
  return setupI18n({ locale: lang, messages: { [lang]: messages } });
}

export function translator(lingui: Lingui): Translate {
  return (key, params) => lingui._(key, params);
}

const translators: Record<Lang, Translate> = {
  vi: translator(createLingui("vi", vi)),
  en: translator(createLingui("en", en)),
};

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return translators[lang](key, params);
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
  // Vietnam time, with the date as dd/mm/yyyy like every other date staff read.
  const dateTimeFmt = new Intl.DateTimeFormat(locales[lang], {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Asia/Ho_Chi_Minh",
  });
  const numberFmt = new Intl.NumberFormat(locales[lang]);
  return {
    lang,
    setLang,
    t: translators[lang],
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
