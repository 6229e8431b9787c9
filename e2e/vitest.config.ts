import { defineConfig } from "vitest/config";

// Browser tests of the built product: each file starts the real server (embedded PostgreSQL,
// seeded) and a headless Chromium. Two files at a time suit a 2-core machine.
export default defineConfig({
  test: {
    include: ["storefront/**/*.e2e.ts", "admin/**/*.e2e.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
