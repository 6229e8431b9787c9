import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * `pnpm bench --quick` end to end: tiny dataset, every scenario loaded briefly against the API and
 * the baseline. The benchmark is not a test: nothing here looks at timings, only that every part
 * ran and that the API and the baseline answered the same requests with the same data.
 */
const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REPO = path.resolve(BENCH, "..");
const OUTPUT = path.join(BENCH, "results", "quick.json");
const SCENARIOS = ["catalog", "search", "product", "event"];

type Run = { connections: number; api: { rps: number; requests: number }; baseline: { rps: number; requests: number } };
type Scenario = {
  name: string;
  runs: Run[];
  check: {
    compared: number;
    identical: number;
    firstMismatch: string | null;
    sample: { apiSlugs: string[]; baselineSlugs: string[]; apiData: unknown; baselineData: unknown };
  };
};
let results: {
  mode: string;
  scenarios: Scenario[];
  search: { queries: number; ms: { p50: number; p95: number } } | null;
};
let output = "";

beforeAll(async () => {
  // Under `pnpm test` turbo has built the API and the storefront (dependencies of this package);
  // run alone, the quick mode builds what is missing itself.
  const built = existsSync(path.join(REPO, "apps", "api", "dist", "main.js"));
  const args = [path.join(BENCH, "dist", "cli.js"), "--quick", `--output=${OUTPUT}`, ...(built ? ["--no-build"] : [])];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: BENCH, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.once("error", reject);
    child.once("exit", (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`pnpm bench --quick failed (exit ${code}):\n${output.slice(-6000)}`);
  results = JSON.parse(readFileSync(OUTPUT, "utf8"));
});

describe("pnpm bench --quick", () => {
  it("writes bench/results/quick.json in quick mode", () => {
    expect(results.mode).toBe("quick");
    expect(results.scenarios.map((s) => s.name).sort()).toEqual([...SCENARIOS].sort());
  });

  it.each(SCENARIOS)("%s: the API and the baseline both served requests at every concurrency", (name) => {
    const scenario = results.scenarios.find((s) => s.name === name) as Scenario;
    expect(scenario.runs.map((r) => r.connections)).toEqual([1, 10]);
    for (const run of scenario.runs) {
      expect(run.api.rps).toBeGreaterThan(0);
      expect(run.baseline.rps).toBeGreaterThan(0);
      expect(run.api.requests).toBeGreaterThan(0);
      expect(run.baseline.requests).toBeGreaterThan(0);
    }
  });

  it.each(SCENARIOS)("%s: the API and the baseline answer the same request with the same data", (name) => {
    const { check } = results.scenarios.find((s) => s.name === name) as Scenario;
    expect(check.sample.apiSlugs.length).toBeGreaterThan(0);
    expect(check.sample.baselineSlugs).toEqual(check.sample.apiSlugs);
    expect(check.sample.baselineData).toEqual(check.sample.apiData);
    expect(check.firstMismatch).toBeNull();
    expect(check.identical).toBe(check.compared);
  });

  it("measured search latencies", () => {
    expect(results.search).not.toBeNull();
    expect(results.search?.queries).toBeGreaterThan(0);
    expect(Number.isFinite(results.search?.ms.p50)).toBe(true);
    expect(Number.isFinite(results.search?.ms.p95)).toBe(true);
  });

  it("left no process running (API, baseline, PostgreSQL of the benchmark)", () => {
    const cluster = path.join(REPO, ".data", "bench", "quick", "postgres");
    const pidFile = path.join(cluster, "postmaster.pid");
    expect(existsSync(pidFile)).toBe(false);
  });
});
