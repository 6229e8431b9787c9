import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { i18nCatalogs } from "@ocop/i18n";

const api = process.env.OCOP_API_URL ?? "http://localhost:4000";

// Served by the API under /admin; in development vite proxies the API (same origin, so the
// session cookie and the CSRF header work as in production).
export default defineConfig({
  base: "/admin/",
  plugins: [react(), i18nCatalogs(fileURLToPath(new URL("./src/i18n/locales", import.meta.url)))],
  server: {
    port: 5174,
    proxy: {
      "/admin/graphql": { target: api, changeOrigin: true },
      "/admin/media": { target: api, changeOrigin: true },
      "/admin/imports": { target: api, changeOrigin: true },
      "/media": { target: api, changeOrigin: true },
    },
  },
  // React, Apollo Client and graphql are most of the bundle; a staff app on office machines can
  // afford it (the print page, with the QR encoder, loads on its own).
  build: { target: "es2022", sourcemap: false, chunkSizeWarningLimit: 800 },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
    setupFiles: ["src/test/setup.ts"],
    // A form test renders and submits a whole page in happy-dom: 5 s (the default) is reached on a
    // loaded 2-core machine without anything being wrong.
    testTimeout: 20_000,
  },
});
