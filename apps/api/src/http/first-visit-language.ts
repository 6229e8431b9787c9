import type { RequestHandler } from "express";
import type { DataSource } from "typeorm";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "@ocop/schema/enums";
import { LANGUAGE_COOKIE, localizedPath } from "@ocop/schema/routes";
import { SITE_SETTINGS_ID, SiteSettings } from "../modules/settings/site-settings.entity";

const isLanguage = (value: unknown): value is Language =>
  typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);

/**
 * The first language of an Accept-Language header that the site has, by q-value (zh-CN, zh-TW,
 * zh-Hans… are all zh); undefined when none is.
 */
export function languageFromAcceptLanguage(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: tag.trim().toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.primary).find(isLanguage);
}

/** The visitor's explicit choice, remembered by the storefront's language switcher. */
export function languageFromCookie(header: string | undefined): Language | undefined {
  const value = new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([^;]*)`).exec(header ?? "")?.[1];
  return isLanguage(value) ? value : undefined;
}

/** How long the site's default language is trusted once read (an administrator's change shows within it). */
const DEFAULT_LANGUAGE_TTL_MS = 5_000;

/**
 * The first visit to `/` (Vietnamese, the unprefixed URL): a visitor whose cookie or browser asks
 * for English or Chinese is sent (302) to that language's home. The cookie (an explicit choice)
 * wins over Accept-Language, which wins over the site's default language. Every answer for `/`
 * varies by both headers, so no shared cache hands one visitor's language to another; pages at
 * their language's URL are cached as before.
 */
export function firstVisitLanguage(dataSource: DataSource): RequestHandler {
  let siteDefault: { at: number; lang: Promise<Language> } | undefined;
  const defaultLanguage = (): Promise<Language> => {
    if (siteDefault && Date.now() - siteDefault.at < DEFAULT_LANGUAGE_TTL_MS) return siteDefault.lang;
    const lang = dataSource
      .getRepository(SiteSettings)
      .findOne({ where: { id: SITE_SETTINGS_ID }, select: { id: true, defaultLanguage: true } })
      .then((settings) => (isLanguage(settings?.defaultLanguage) ? settings.defaultLanguage : DEFAULT_LANGUAGE));
    siteDefault = { at: Date.now(), lang };
    lang.catch(() => (siteDefault = undefined));
    return lang;
  };

  return async (req, res, next) => {
    if (req.path !== "/") {
      next();
      return;
    }
    res.vary("Accept-Language").vary("Cookie");
    const lang =
      languageFromCookie(req.get("cookie")) ??
      languageFromAcceptLanguage(req.get("accept-language")) ??
      (await defaultLanguage());
    if (lang === DEFAULT_LANGUAGE) {
      next();
      return;
    }
    const query = req.originalUrl.indexOf("?");
    res
      .status(302)
      .set("cache-control", "private, no-cache")
      .location(localizedPath(lang, "/") + (query >= 0 ? req.originalUrl.slice(query) : ""))
      .end();
  };
}
