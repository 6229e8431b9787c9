import { createRequire } from "node:module";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  // swc emits the decorator metadata TypeORM and type-graphql read (esbuild does not).
  plugins: [swc.vite({ module: { type: "es6" } })],
  resolve: {
    // type-graphql and Apollo load graphql's CommonJS build; our sources must use the same copy,
    // not the .mjs one vite would pick, or graphql refuses types "from another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["src/test-support/global-setup.ts"],
    pool: "forks",
    execArgv: ["--expose-gc"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
