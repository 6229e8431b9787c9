import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { i18nCatalogs } from "@ocop/i18n";
import { inlineEntryCss } from "./inline-css-plugin.ts";

const api = process.env.OCOP_API_URL ?? "http://localhost:4000";

export default defineConfig(({ isSsrBuild }) => ({
  base: "/",
  plugins: [react(), i18nCatalogs(fileURLToPath(new URL("./src/i18n/locales", import.meta.url))), inlineEntryCss()],
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
  build: {
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: true,
    // The server build is loaded by the API, never served: no public files, no asset manifest.
    manifest: !isSsrBuild,
    copyPublicDir: !isSsrBuild,
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
