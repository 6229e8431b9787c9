import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { i18nCatalogs } from "@ocop/i18n";
import { inlineEntryCss } from "./inline-css-plugin.ts";
import { splitDocuments } from "./split-documents-plugin.ts";
import { startAfterFirstPaint } from "./start-after-paint-plugin.ts";

const api = process.env.OCOP_API_URL ?? "http://localhost:4000";

export default defineConfig(({ isSsrBuild }) => ({
  base: "/",
  plugins: [
    react(),
    i18nCatalogs(fileURLToPath(new URL("./src/i18n/locales", import.meta.url))),
    inlineEntryCss(),
    splitDocuments(),
    startAfterFirstPaint(),
  ],
  server: {
    port: 5173,
    proxy: {
      "/graphql": { target: api, changeOrigin: true },
      "/media": { target: api, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      "/graphql": { target: api, changeOrigin: true },
      "/media": { target: api, changeOrigin: true },
    },
  },
  // The server renderer (entry-server.tsx, built into dist-server/) carries its dependencies
  // inside: the API loads one self-contained file, whatever its own node_modules hold.
  ssr: { noExternal: true },
  // rxjs (under Apollo Client) publishes an ES2015 build beside its ES5 one: native classes
  // instead of tslib's helpers, 1.6 kB gzip less on every first visit.
  resolve: { conditions: ["es2015", "module", "browser", "development|production"] },
  build: {
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: true,
    // Every browser the storefront supports understands <link rel="modulepreload">; one without it
    // only loads the chunks a little later.
    modulePreload: { polyfill: false },
    // The server build is loaded by the API, never served: no public files, no asset manifest.
    manifest: !isSsrBuild,
    copyPublicDir: !isSsrBuild,
    // Everything the entry needs before any page (React, Apollo, i18n, router, layout) in one file:
    // gzip compresses one file better than the five chunks the bundler made (3 kB less), and the
    // first visit asks for one file less. Pages stay in their own chunks (routes.ts).
    rolldownOptions: isSsrBuild
      ? {}
      : { output: { codeSplitting: { groups: [{ name: "core", tags: ["$initial"] }] } } },
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
    setupFiles: ["src/test/setup.ts"],
    // A form test renders and submits a whole page in happy-dom: 5 s (the default) is reached on a
    // loaded 2-core machine without anything being wrong.
    testTimeout: 20_000,
  },
}));
