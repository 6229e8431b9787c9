import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setupI18n, type Messages } from "@lingui/core";
import { afterAll, describe, expect, it } from "vitest";
import { i18nCatalogs } from "./index";

const dir = mkdtempSync(join(tmpdir(), "ocop-i18n-"));
writeFileSync(join(dir, "vi.json"), JSON.stringify({ hello: "Xin chào {name}", items: "{count} mục" }));
writeFileSync(join(dir, "en.json"), JSON.stringify({ items: "{count, plural, one {# item} other {# items}}" }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Loads `virtual:i18n/<lang>` through the plugin's own hooks, as Vite does. */
function load(lang: string): Messages {
  const plugin = i18nCatalogs(dir);
  const resolveId = plugin.resolveId as (id: string) => string | null;
  const loadHook = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => string | null;
  const id = resolveId(`virtual:i18n/${lang}`);
  if (!id) throw new Error("not resolved");
  const code = loadHook.call({ addWatchFile: () => {} }, id);
  if (!code) throw new Error("not loaded");
  return JSON.parse(code.replace(/^export default /, "").replace(/;$/, "")) as Messages;
}

describe("the catalogs plugin", () => {
  it("compiles a language over the Vietnamese catalog, so a missing message reads in Vietnamese", () => {
    const i18n = setupI18n({ locale: "en", messages: { en: load("en") } });
    expect(i18n._("hello", { name: "Lan" })).toBe("Xin chào Lan");
    expect(i18n._("items", { count: 1 })).toBe("1 item");
    expect(i18n._("items", { count: 3 })).toBe("3 items");
  });

  it("leaves other modules alone and refuses a malformed language", () => {
    expect((i18nCatalogs(dir).resolveId as (id: string) => string | null)("react")).toBeNull();
    expect(() => load("../vi")).toThrow(/unknown catalog/);
  });
});
