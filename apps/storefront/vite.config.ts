import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { i18nCatalogs } from "./i18n-plugin.ts";
import { inlineEntryCss } from "./inline-css-plugin.ts";

const api = process.env.OCOP_API_URL ?? "http://localhost:4000";

export default defineConfig({
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
  build: {
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: true,
    manifest: true,
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
  },
});
