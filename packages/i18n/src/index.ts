import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { compileMessage, type CompiledMessage } from "@lingui/message-utils/compileMessage";
import type { Plugin } from "vite";

/**
 * The storefront's and the admin's interface catalogs are plain ICU-message JSON files
 * (src/i18n/locales/<lang>.json). Lingui's runtime expects precompiled messages, so this plugin
 * compiles them at build time and serves them as `virtual:i18n/<lang>`: the browser never
 * downloads the message compiler. One plugin for both apps, so a message means the same wherever
 * it is written.
 */
const PREFIX = "virtual:i18n/";
/** Vietnamese is the default language of both apps and the one every catalog falls back to. */
export const FALLBACK_LANGUAGE = "vi";

export type SourceCatalog = Record<string, string>;
export type CompiledCatalog = Record<string, CompiledMessage>;

/**
 * Compiles a catalog for Lingui's runtime. Messages missing from it are taken from the fallback
 * (Vietnamese) catalog, so a missing translation shows Vietnamese text, never a message id, and
 * each language is one self-contained chunk (an English visitor never downloads the Vietnamese one).
 */
export function compileCatalog(source: SourceCatalog, fallback: SourceCatalog = {}): CompiledCatalog {
  const out: CompiledCatalog = {};
  for (const [id, message] of Object.entries({ ...fallback, ...source })) out[id] = compileMessage(message);
  return out;
}

function readCatalog(file: string): SourceCatalog {
  return JSON.parse(readFileSync(file, "utf8")) as SourceCatalog;
}

/** Serves `virtual:i18n/<lang>` from `<localesDir>/<lang>.json`, compiled over the fallback catalog. */
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
      const fallbackFile = resolve(localesDir, `${FALLBACK_LANGUAGE}.json`);
      this.addWatchFile(file);
      this.addWatchFile(fallbackFile);
      const fallback = lang === FALLBACK_LANGUAGE ? {} : readCatalog(fallbackFile);
      return `export default ${JSON.stringify(compileCatalog(readCatalog(file), fallback))};`;
    },
  };
}
