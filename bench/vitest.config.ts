import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The quick benchmark starts PostgreSQL, the API, the baseline and Chromium: one file, minutes at most.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    pool: "forks",
  },
});
