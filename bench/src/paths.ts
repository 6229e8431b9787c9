import path from "node:path";
import { fileURLToPath } from "node:url";

/** bench/ (this file is bench/src/paths.ts, compiled to bench/dist/paths.js). */
export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = path.resolve(BENCH_DIR, "..");
export const API_DIST = path.join(REPO_ROOT, "apps", "api", "dist");
export const STOREFRONT_DIST = path.join(REPO_ROOT, "apps", "storefront", "dist");
export const DEMO_DATA = path.join(REPO_ROOT, "data", "langson-ocop-demo.json");
export const RESULTS_DIR = path.join(BENCH_DIR, "results");
/** Where the benchmark's own PostgreSQL clusters live (one per mode), never the demo database. */
export const BENCH_DATA_DIR = process.env.BENCH_DATA_DIR ?? path.join(REPO_ROOT, ".data", "bench");
export const DIST_DIR = path.join(BENCH_DIR, "dist");
