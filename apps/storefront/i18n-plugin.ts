import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import type { Plugin } from "vite";

/**
 * UI-chrome catalogs are plain ICU-message JSON files (src/i18n/locales/<lang>.json). Lingui's
 * runtime expects precompiled messages, so this plugin compiles them at build time and serves
 * them as `virtual:i18n/<lang>`: the browser never downloads the message compiler, and each
 * non-default language is its own lazily loaded chunk.
 */
const PREFIX = "virtual:i18n/";
const FALLBACK = "vi";

/**
 * Compiles a catalog for Lingui's runtime. Messages missing from it are taken from the fallback
 * (Vietnamese) catalog, so a missing translation shows Vietnamese text, never a message id, and
 * each language is one self-contained chunk (an English visitor never downloads the Vietnamese one).
 */
export function compileCatalog(
  source: Record<string, string>,
  fallback: Record<string, string> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, message] of Object.entries({ ...fallback, ...source })) out[id] = compileMessage(message);
  return out;
}

function readCatalog(file: string): Record<string, string> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
}

export function i18nCatalogs(localesDir: string): Plugin {
  return {
    name: "ocop-i18n-catalogs",
    enforce: "pre",
    resolveId(id) {
      return id.startsWith(PREFIX) ? "\0" + id : null;
    },
    load(id) {
      if (!id.startsWith("\0" + PREFIX)) return null;
      const lang = id.slice(PREFIX.length + 1);
      if (!/^[a-z]{2}$/.test(lang)) throw new Error(`unknown catalog ${lang}`);
      const file = resolve(localesDir, `${lang}.json`);
      const fallbackFile = resolve(localesDir, `${FALLBACK}.json`);
      this.addWatchFile(file);
      this.addWatchFile(fallbackFile);
      const fallback = lang === FALLBACK ? {} : readCatalog(fallbackFile);
      return `export default ${JSON.stringify(compileCatalog(readCatalog(file), fallback))};`;
    },
  };
}
