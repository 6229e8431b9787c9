import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // swc emits the decorator metadata TypeORM and type-graphql read (esbuild does not).
  plugins: [swc.vite({ module: { type: "es6" } })],
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["src/test-support/global-setup.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
