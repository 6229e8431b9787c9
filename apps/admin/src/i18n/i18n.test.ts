import { compileCatalog } from "@ocop/i18n";
import { describe, expect, it } from "vitest";
import en from "virtual:i18n/en";
import vi from "virtual:i18n/vi";
import enSource from "./locales/en.json";
import viSource from "./locales/vi.json";
import { createLingui, type MessageKey, translate, translator } from "./i18n";

describe("admin message catalogs", () => {
  it("has every Vietnamese message translated in English, and no other", () => {
    expect(Object.keys(enSource).sort()).toEqual(Object.keys(viSource).sort());
    for (const catalog of [vi, en]) expect(Object.keys(catalog).sort()).toEqual(Object.keys(viSource).sort());
  });

  it("falls back to the Vietnamese message, not to the key, when an English one is missing", () => {
    const { "shell.signOut": _signOut, "board.movedTo": _movedTo, ...partial } = enSource;
    const t = translator(createLingui("en", compileCatalog(partial, viSource)));
    expect(t("shell.signOut")).toBe("Đăng xuất");
    expect(t("common.cancel")).toBe("Cancel");
    expect(t("board.movedTo", { name: "Na Chi Lăng", table: "Bàn 3" })).toBe("Đã chuyển Na Chi Lăng sang Bàn 3.");
  });

  it("interpolates ICU parameters and plurals in the chosen language", () => {
    expect(translate("vi", "board.movedTo", { name: "Mật ong", table: "Bàn 2" })).toBe("Đã chuyển Mật ong sang Bàn 2.");
    expect(translate("en", "list.position", { from: 21, to: 40, total: 59 })).toBe("Showing 21–40 of 59");
    expect(translate("en", "board.productCount", { count: 1 })).toBe("1 product");
    expect(translate("en", "board.productCount", { count: 4 })).toBe("4 products");
    expect(translate("vi", "board.productCount", { count: 4 })).toBe("4 sản phẩm");
  });

  it("shows every message without parameters exactly as written (no ICU quoting eats a character)", () => {
    for (const [lang, source] of [
      ["vi", viSource],
      ["en", enSource],
    ] as const) {
      for (const [key, message] of Object.entries(source)) {
        if (!message.includes("{")) expect(translate(lang, key as MessageKey)).toBe(message);
      }
    }
  });
});
