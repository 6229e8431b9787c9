import { describe, expect, it } from "vitest";
import vi from "virtual:i18n/vi";
import en from "virtual:i18n/en";
import zh from "virtual:i18n/zh";
import viSource from "./locales/vi.json";
import enSource from "./locales/en.json";
import zhSource from "./locales/zh.json";
import { compileCatalog } from "@ocop/i18n";
import { createI18n, loadLanguage, translator } from "./i18n";
import { htmlLang, languageBase, localizedPath, splitLanguage } from "./lang";

describe("language from the URL", () => {
  it("reads the /en and /zh prefixes and strips them", () => {
    expect(splitLanguage("/en/san-pham/na-chi-lang")).toEqual({ lang: "en", rest: "/san-pham/na-chi-lang" });
    expect(splitLanguage("/zh")).toEqual({ lang: "zh", rest: "/" });
    expect(splitLanguage("/zh/")).toEqual({ lang: "zh", rest: "/" });
  });

  it("treats unprefixed paths as Vietnamese, the default", () => {
    expect(splitLanguage("/")).toEqual({ lang: "vi", rest: "/" });
    expect(splitLanguage("/san-pham")).toEqual({ lang: "vi", rest: "/san-pham" });
  });

  it("does not take a look-alike or unknown prefix for a language", () => {
    expect(splitLanguage("/english")).toEqual({ lang: "vi", rest: "/english" });
    expect(splitLanguage("/fr/san-pham")).toEqual({ lang: "vi", rest: "/fr/san-pham" });
    expect(splitLanguage("/EN/san-pham").lang).toBe("vi");
    expect(splitLanguage("/vi/san-pham")).toEqual({ lang: "vi", rest: "/vi/san-pham" });
  });

  it("builds the same page in another language, and back", () => {
    expect(localizedPath("en", "/su-kien/hoi-nghi")).toBe("/en/su-kien/hoi-nghi");
    expect(localizedPath("zh", "/")).toBe("/zh");
    expect(localizedPath("vi", "/")).toBe("/");
    expect(localizedPath("en", "/san-pham?stars=5")).toBe("/en/san-pham?stars=5");
    for (const path of ["/", "/xa-phuong/06463", "/gioi-thieu"]) {
      for (const lang of ["vi", "en", "zh"] as const)
        expect(splitLanguage(localizedPath(lang, path))).toEqual({ lang, rest: path });
    }
    expect(languageBase("vi")).toBe("");
    expect(htmlLang("zh")).toBe("zh-Hans");
  });
});

describe("message catalogs and fallback", () => {
  it("has every Vietnamese message translated in English and Chinese", () => {
    expect(Object.keys(enSource).sort()).toEqual(Object.keys(viSource).sort());
    expect(Object.keys(zhSource).sort()).toEqual(Object.keys(viSource).sort());
  });

  it("falls back to the Vietnamese message, not to the id, when a translation is missing", () => {
    const { "nav.catalog": _dropped, ...partial } = enSource;
    const t = translator(createI18n("en", compileCatalog(partial, viSource) as typeof en));
    expect(t("nav.catalog")).toBe("Sản phẩm");
    expect(t("nav.events")).toBe("Events");
    expect(t("count.products", { count: 2 })).toBe("2 products");
  });

  it("ships each language with every message id (translations merged over Vietnamese)", () => {
    for (const catalog of [vi, en, zh]) expect(Object.keys(catalog).sort()).toEqual(Object.keys(viSource).sort());
  });

  it("interpolates values and plurals per language", () => {
    const ten = translator(createI18n("en", en));
    expect(ten("count.products", { count: 1 })).toBe("1 product");
    expect(ten("count.products", { count: 12 })).toBe("12 products");
    expect(translator(createI18n("vi", vi))("count.products", { count: 12 })).toBe("12 sản phẩm");
    expect(translator(createI18n("zh", zh))("stars.label", { count: 4 })).toBe("OCOP 4星");
  });

  it("loads a non-default catalog on demand", async () => {
    const i18n = await loadLanguage("zh");
    expect(translator(i18n)("nav.about")).toBe("关于OCOP");
    expect(await loadLanguage("zh")).toBe(i18n);
  });
});
