import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by the API under /admin; in development vite proxies the API.
export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  server: {
    port: 5174,
    proxy: { "/graphql": "http://localhost:4000", "/admin/graphql": "http://localhost:4000", "/media": "http://localhost:4000" },
  },
});
