import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import { FULL_SCALE, QUICK_SCALE } from "./dataset/generate.js";
import { openBenchDatabase } from "./dataset/database.js";
import { startLoadGenerator } from "./load/run.js";
import { measureImport } from "./measure/import.js";
import { measureLighthouse } from "./measure/lighthouse.js";
import { measureSearch } from "./measure/search.js";
import { measureWeight } from "./measure/weight.js";
import { API_DIST, REPO_ROOT, RESULTS_DIR, STOREFRONT_DIST } from "./paths.js";
import { cpuMeter, type CpuShare } from "./cpu.js";
import { cleanupAll, installSignalHandlers, run, wasInterrupted } from "./processes.js";
import { paths } from "@ocop/schema/routes";
import {
  computeTargets,
  renderImport,
  renderReport,
  type Results,
  type RunRow,
  type ScenarioResult,
} from "./report.js";
import { buildScenarios, pathOf, type Scenario, type ScenarioName } from "./scenarios.js";
import { memoryOf, sampleRss, startApi, startBaseline, startNodeFlags, type RunningServer } from "./servers.js";

const HELP = `pnpm bench [-- options]   national-scale benchmark of the OCOP Catalog API and storefront

  --quick              tiny dataset, 1 s per run at 1 and 10 connections, no Lighthouse → results/quick.json
  --seconds=N          seconds per load run (full: 10, quick: 1)
  --warmup=N           warm-up seconds per scenario and server (full: 3, quick: 0)
  --connections=1,10   connection counts (full: 1,10,50; quick: 1,10)
  --only=catalog,...   scenarios to run (catalog, search, product, event, import); --only=import runs
                       only the 20,000-row decision annex import (dry run, then commit) → results/import.json
  --seed=S             dataset seed (default ocop-bench-1)
  --regenerate         rebuild the dataset even when the cached one matches
  --no-build           do not run the turbo build of the API and storefront first
  --skip-lighthouse    no Lighthouse runs
  --skip-browser       no Chromium at all (no storefront weight, no Lighthouse)
  --max-wait=N         before the load and before Lighthouse, wait up to N s while other processes use
                       more than 25% of the CPU (full: 180, quick: 0); the report shows their share anyway
  --api-node-args="…"  extra node flags for the API process (experiments, e.g. "--max-semi-space-size=4")
  --cpu-prof           run the API with --cpu-prof (profiles in bench/results/profiles/)
  --output=FILE        results file (default bench/results/latest.json, quick: quick.json)

Environment: BENCH_DATABASE_URL (an external server where the role may create databases; default:
embedded PostgreSQL in .data/bench/<mode>/), BENCH_DATA_DIR, CHROMIUM_PATH (default /usr/bin/chromium).`;

interface Options {
  quick: boolean;
  seconds: number;
  warmup: number;
  connections: number[];
  only: Array<ScenarioName | "import"> | null;
  seed: string;
  regenerate: boolean;
  build: boolean;
  lighthouse: boolean;
  browser: boolean;
  cpuProf: boolean;
  apiNodeArgs: string[];
  maxWait: number;
  output: string;
}

function parseOptions(argv: string[]): Options {
  const flags = new Map<string, string | true>();
  for (const arg of argv) {
    if (arg === "--") continue;
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument ${arg}\n\n${HELP}`);
    flags.set(m[1] as string, m[2] ?? true);
  }
  const known = [
    "quick",
    "seconds",
    "warmup",
    "connections",
    "only",
    "seed",
    "regenerate",
    "no-build",
    "skip-lighthouse",
    "skip-browser",
    "cpu-prof",
    "api-node-args",
    "max-wait",
    "output",
    "help",
  ];
  for (const key of flags.keys()) if (!known.includes(key)) throw new Error(`unknown option --${key}\n\n${HELP}`);
  if (flags.has("help")) {
    console.log(HELP);
    process.exit(0);
  }
  const quick = flags.has("quick");
  const num = (key: string, fallback: number) => {
    const v = flags.get(key);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${key} must be a number`);
    return n;
  };
  const list = (key: string) => {
    const v = flags.get(key);
    return typeof v === "string"
      ? v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : null;
  };
  const connections = list("connections")?.map(Number) ?? (quick ? [1, 10] : [1, 10, 50]);
  const only = list("only") as Array<ScenarioName | "import"> | null;
  for (const s of only ?? [])
    if (!["catalog", "search", "product", "event", "import"].includes(s)) throw new Error(`unknown scenario ${s}`);
  const output = flags.get("output");
  return {
    quick,
    seconds: num("seconds", quick ? 1 : 10),
    warmup: num("warmup", quick ? 0 : 3),
    connections,
    only,
    seed: typeof flags.get("seed") === "string" ? (flags.get("seed") as string) : "ocop-bench-1",
    regenerate: flags.has("regenerate"),
    build: !flags.has("no-build"),
    lighthouse: !quick && !flags.has("skip-lighthouse") && !flags.has("skip-browser"),
    browser: !flags.has("skip-browser"),
    cpuProf: flags.has("cpu-prof"),
    apiNodeArgs:
      typeof flags.get("api-node-args") === "string"
        ? (flags.get("api-node-args") as string).split(/\s+/).filter(Boolean)
        : [],
    maxWait: num("max-wait", quick ? 0 : 180),
    output:
      typeof output === "string" ? path.resolve(output) : path.join(RESULTS_DIR, quick ? "quick.json" : "latest.json"),
  };
}

const log = (line: string) => console.log(`[bench] ${line}`);

/** The first day of the current month (UTC): certificate dates are placed relative to it. */
function anchorMonth(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

// `any` below: GraphQL and baseline answers are untyped JSON of four shapes; this only picks slugs
// out of them for the report, and a shape mismatch shows up as a data mismatch anyway.
/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL and baseline answers are untyped JSON (see above) */
function slugsOf(name: ScenarioName, data: any): string[] {
  if (!data) return [];
  if (name === "catalog" || name === "search") return (data.products?.edges ?? []).map((e: any) => e.node.slug);
  if (name === "product") {
    const p = data.product;
    if (!p) return [];
    return [
      p.slug,
      ...(p.whereToBuy ?? []).map((w: any) => w.distributor.slug),
      ...(p.showcases ?? []).map((s: any) => s.event.slug),
    ];
  }
  return (data.showcaseEvent?.tables ?? []).flatMap((t: any) => t.products.map((p: any) => p.slug));
}

/** Where two values first differ, as a path (for the report). */
function firstDifference(a: unknown, b: unknown, at = "data"): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as any)[k], (b as any)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: API ${JSON.stringify(a)?.slice(0, 200)} ≠ baseline ${JSON.stringify(b)?.slice(0, 200)}`;
}

async function getJson(url: string): Promise<any> {
  /* eslint-enable @typescript-eslint/no-explicit-any */
  const res = await fetch(url);
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.status} from ${url.slice(0, 120)}…: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

/** The first `limit` distinct requests once against both servers: no GraphQL errors, and the same data. */
async function checkScenario(
  s: Scenario,
  api: RunningServer,
  baseline: RunningServer,
  keepData: boolean,
  limit: number,
): Promise<ScenarioResult["check"]> {
  // The last requests of the list: the load starts at the first, so these do not warm its cache.
  const first = Math.max(0, s.requests.length - limit);
  const paths = s.requests.slice(first).map((_, i) => pathOf(s, first + i));
  let identical = 0;
  let firstMismatch: string | null = null;
  let sample: ScenarioResult["check"]["sample"] | undefined;
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      const [a, b] = await Promise.all([getJson(`${api.base}${paths[i]}`), getJson(`${baseline.base}${paths[i]}`)]);
      if (a.errors)
        throw new Error(
          `the API answered ${s.name} request ${i} with errors: ${JSON.stringify(a.errors).slice(0, 800)}`,
        );
      const dataA = a.data;
      const dataB = b.data;
      if (isDeepStrictEqual(dataA, dataB)) identical++;
      else
        firstMismatch ??= `request ${first + i} (${JSON.stringify(s.requests[first + i])}): ${firstDifference(dataA, dataB)}`;
      // The sample kept in the results: the first compared request that lists any product.
      const apiSlugs = slugsOf(s.name, dataA);
      if (!sample || (sample.apiSlugs.length === 0 && apiSlugs.length > 0)) {
        const request = s.requests[first + i];
        sample = {
          variables: { lang: request?.lang, ...request?.variables },
          apiSlugs,
          baselineSlugs: slugsOf(s.name, dataB),
        };
        if (keepData) Object.assign(sample, { apiData: dataA, baselineData: dataB });
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return { compared: paths.length, identical, firstMismatch, sample: sample as ScenarioResult["check"]["sample"] };
}

/**
 * Waits until a server has finished what an overloaded run left queued (requests the load generator
 * gave up on still run to the end): no active statement of its pool for 3 polls in a row and
 * /healthz answering. Without this, the next run would pay for the previous one's backlog.
 */
async function drain(server: RunningServer, monitor: pg.Client, applicationName: string): Promise<number> {
  const started = Date.now();
  let quiet = 0;
  while (quiet < 3 && Date.now() - started < 180_000) {
    const { rows } = await monitor.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND state NOT IN ('idle') AND pid <> pg_backend_pid()`,
      [applicationName],
    );
    const t = Date.now();
    const healthy = await fetch(`${server.base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    quiet = rows[0]?.n === 0 && healthy && Date.now() - t < 250 ? quiet + 1 : 0;
    await new Promise((r) => setTimeout(r, 50));
  }
  return (Date.now() - started) / 1000;
}

/** Waits (up to `maxSeconds`) until processes outside the benchmark use less than 25% of the CPU. */
async function waitForQuiet(maxSeconds: number, what: string): Promise<{ waitedSeconds: number; othersShare: number }> {
  const started = Date.now();
  for (let i = 0; ; i++) {
    const meter = cpuMeter();
    await new Promise((r) => setTimeout(r, 2000));
    const { others } = meter.stop();
    const waited = (Date.now() - started) / 1000;
    if (others < 0.25 || waited >= maxSeconds) {
      if (i > 0 || others >= 0.25)
        log(`${what}: other processes use ${(others * 100).toFixed(0)}% of the CPU (waited ${waited.toFixed(0)} s)`);
      return { waitedSeconds: waited, othersShare: others };
    }
    if (i === 0)
      log(
        `${what}: other processes use ${(others * 100).toFixed(0)}% of the CPU; waiting up to ${maxSeconds} s for a quieter machine…`,
      );
  }
}

async function build(options: Options): Promise<string | null> {
  if (!options.build) return null;
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };
  log("building the API (turbo, cached when unchanged)…");
  const apiBuild = await run(
    "pnpm",
    ["exec", "turbo", "run", "build", "--filter=@ocop/api", "--output-logs=errors-only"],
    { cwd: REPO_ROOT, env, quiet: true },
  );
  if (apiBuild.code !== 0) {
    if (!existsSync(path.join(API_DIST, "main.js"))) throw new Error(`the API build failed:\n${apiBuild.output}`);
    log(`WARNING: the API build failed; measuring the existing apps/api/dist:\n${apiBuild.output.slice(-2000)}`);
  }
  if (!options.browser) return null;
  log("building the storefront (turbo, cached when unchanged)…");
  const storefront = await run(
    "pnpm",
    ["exec", "turbo", "run", "build", "--filter=@ocop/storefront", "--output-logs=errors-only"],
    { cwd: REPO_ROOT, env, quiet: true },
  );
  if (storefront.code !== 0) {
    const msg = `the storefront build failed (${storefront.output.trim().split("\n").slice(-3).join(" / ")})`;
    if (existsSync(path.join(STOREFRONT_DIST, "index.html"))) {
      log(`WARNING: ${msg}; measuring the existing apps/storefront/dist`);
      return null;
    }
    return msg;
  }
  return null;
}

function chromiumVersion(executable: string): string | null {
  try {
    return (
      /([\d.]+)/.exec(
        execFileSync(executable, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
      )?.[1] ?? null
    );
  } catch {
    return null;
  }
}

function machineOf(postgres: string, loadAtStart: number[]): Results["machine"] {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    postgres,
    chromium: null,
    loadAverage: { start: loadAtStart, end: os.loadavg() },
  };
}

async function main() {
  installSignalHandlers();
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const loadAtStart = os.loadavg();
  const startedAt = new Date().toISOString();
  const phases: Record<string, number> = {};
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    try {
      return await fn();
    } finally {
      phases[name] = (Date.now() - t) / 1000;
    }
  };
  const scale = options.quick ? QUICK_SCALE : FULL_SCALE;
  const poolSize = Number(process.env.DB_POOL_SIZE ?? 10);
  const chromePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const notes: string[] = [];
  log(
    `${options.quick ? "quick" : "full"} mode: ${options.seconds} s per run, connections ${options.connections.join("/")}, seed ${options.seed}`,
  );

  let browserSkip: string | null = options.browser ? null : "--skip-browser";
  const buildProblem = await phase("build", () => build(options));
  if (buildProblem) browserSkip = buildProblem;
  if (!existsSync(path.join(API_DIST, "main.js")))
    throw new Error(`${API_DIST}/main.js is missing: run "pnpm --filter @ocop/api build" (or drop --no-build)`);
  if (!browserSkip && !existsSync(path.join(STOREFRONT_DIST, "index.html")))
    browserSkip = `apps/storefront/dist is missing (run "pnpm --filter @ocop/storefront build")`;
  if (!browserSkip && !existsSync(chromePath))
    browserSkip = `no Chromium at ${chromePath} (apt-get install chromium, or set CHROMIUM_PATH)`;

  const db = await phase("dataset", () =>
    openBenchDatabase({ scale, seed: options.seed, anchor: anchorMonth(), regenerate: options.regenerate, log }),
  );
  log(db.description);
  const runImport = !options.only || options.only.includes("import");
  if (options.only?.every((s) => s === "import")) {
    const result = await phase("import", () => measureImport({ databaseUrl: db.url, poolSize, log }));
    const output = path.join(path.dirname(options.output), options.quick ? "import-quick.json" : "import.json");
    await mkdir(path.dirname(output), { recursive: true });
    await writeFile(
      output,
      `${JSON.stringify({ startedAt, machine: machineOf(db.postgresVersion, loadAtStart), dataset: db.counts, import: result }, null, 2)}\n`,
    );
    console.log(`\n${renderImport(result).join("\n")}\n`);
    log(`results: ${path.relative(process.cwd(), output)}`);
    return;
  }
  const all = await buildScenarios(db.url, options.seed, null);
  const scenarios = all.filter((s) => !options.only || options.only.includes(s.name));

  // Search latency first, on a quiet machine (neither server is running yet).
  const places = await (async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      return (
        await client.query<{ name: string }>(`SELECT name FROM administrative_unit ORDER BY code LIMIT 400`)
      ).rows.map((r) => r.name);
    } finally {
      await client.end();
    }
  })();
  const searchCount = options.quick ? 60 : 200;
  log(`search latency: ${searchCount} queries through the API's listPublishedProducts…`);
  const search = await phase("search", () => measureSearch(db.url, options.seed, poolSize, places, searchCount));
  log(`search p50 ${search.ms.p50.toFixed(1)} ms, p95 ${search.ms.p95.toFixed(1)} ms`);

  const api = await phase("start servers", () =>
    startApi({
      databaseUrl: db.url,
      poolSize,
      cpuProfDir: options.cpuProf ? path.join(RESULTS_DIR, "profiles") : undefined,
      nodeArgs: options.apiNodeArgs,
    }),
  );
  const apiIdle = memoryOf(api.pid);
  const baseline = await startBaseline({ databaseUrl: db.url, poolSize });
  log(`API ${api.base} (pid ${api.pid}), baseline ${baseline.base} (pid ${baseline.pid})`);

  const checks = new Map<ScenarioName, ScenarioResult["check"]>();
  await phase("check", async () => {
    for (const s of scenarios) {
      const check = await checkScenario(s, api, baseline, options.quick, options.quick ? 40 : 150);
      checks.set(s.name, check);
      log(
        `${s.name}: ${check.identical}/${check.compared} requests give the same data from the API and the baseline${check.firstMismatch ? `; first difference: ${check.firstMismatch}` : ""}`,
      );
    }
  });

  const results: ScenarioResult[] = [];
  let maxSampled = 0;
  const monitor = new pg.Client({ connectionString: db.url, application_name: "ocop-bench-monitor" });
  monitor.on("error", (error) => log(`monitor connection: ${error.message}`));
  await monitor.connect();
  if (options.maxWait > 0)
    notes.push(`before the load: ${JSON.stringify(await waitForQuiet(options.maxWait, "load"))}`);
  const load = startLoadGenerator();
  const runLoad = load.run;
  await phase("load", async () => {
    for (const s of scenarios) {
      const runs: RunRow[] = [];
      // Each server goes through the scenario's list from where its previous run stopped.
      const cursor = { api: 0, baseline: 0 };
      if (options.warmup > 0) {
        for (const [server, app, key] of [
          [api, "ocop-api", "api"],
          [baseline, "ocop-bench-baseline", "baseline"],
        ] as const) {
          cursor[key] = (
            await runLoad({
              base: server.base,
              scenario: s,
              start: cursor[key],
              connections: 10,
              seconds: options.warmup,
            })
          ).next;
          await drain(server, monitor, app);
        }
      }
      for (const connections of options.connections) {
        const loadAverage = os.loadavg()[0] ?? 0;
        const rss = sampleRss(api.pid);
        let cpu = cpuMeter();
        const apiRun = await runLoad({
          base: api.base,
          scenario: s,
          start: cursor.api,
          connections,
          seconds: options.seconds,
        });
        cursor.api = apiRun.next;
        const apiCpu: CpuShare = cpu.stop();
        const apiPeakRssMB = (rss.stop() * 1024 * 1024) / 1e6;
        maxSampled = Math.max(maxSampled, apiPeakRssMB);
        const apiDrain = await drain(api, monitor, "ocop-api");
        cpu = cpuMeter();
        const baseRun = await runLoad({
          base: baseline.base,
          scenario: s,
          start: cursor.baseline,
          connections,
          seconds: options.seconds,
        });
        cursor.baseline = baseRun.next;
        const baseCpu: CpuShare = cpu.stop();
        const baseDrain = await drain(baseline, monitor, "ocop-bench-baseline");
        const row: RunRow = {
          connections,
          api: apiRun,
          baseline: baseRun,
          ratio: baseRun.rps > 0 ? apiRun.rps / baseRun.rps : NaN,
          apiPeakRssMB,
          loadAverage,
          cpu: { api: apiCpu, baseline: baseCpu },
          drainSeconds: { api: apiDrain, baseline: baseDrain },
        };
        runs.push(row);
        log(
          `${s.name.padEnd(7)} @${String(connections).padStart(2)}: API ${apiRun.rps.toFixed(0)} req/s p50 ${apiRun.latencyMs.p50.toFixed(1)} p99 ${apiRun.latencyMs.p99.toFixed(1)} ms | baseline ${baseRun.rps.toFixed(0)} req/s p50 ${baseRun.latencyMs.p50.toFixed(1)} p99 ${baseRun.latencyMs.p99.toFixed(1)} ms | ratio ${row.ratio.toFixed(2)} | API cache hits ${((100 * apiRun.cacheHits) / Math.max(1, apiRun.requests)).toFixed(0)}% | other processes ${(apiCpu.others * 100).toFixed(0)}%/${(baseCpu.others * 100).toFixed(0)}% CPU${apiDrain + baseDrain > 1 ? ` | drained ${apiDrain.toFixed(1)}/${baseDrain.toFixed(1)} s` : ""}`,
        );
      }
      results.push({
        name: s.name,
        title: s.title,
        operationName: s.operationName,
        query: s.query,
        distinctRequests: s.requests.length,
        runs,
        check: checks.get(s.name) as ScenarioResult["check"],
      });
    }
  });
  await monitor.end();
  await load.close();
  const memory = memoryOf(api.pid);
  const apiPeakRssMB = memory ? (memory.peakMB * 1024 * 1024) / 1e6 : null;
  const baselineMemory = memoryOf(baseline.pid);
  const toMB = (mib: number | undefined) => (mib === undefined ? null : (mib * 1024 * 1024) / 1e6);
  await baseline.stop();

  // The storefront, served by the API as in production.
  const productSlug = String(all.find((s) => s.name === "product")?.requests[0]?.variables.slug ?? "");
  const pages = [
    { page: "home", url: api.base + paths.home() },
    { page: "catalog", url: api.base + paths.catalog() },
    { page: "product", url: api.base + paths.product(productSlug) },
  ];
  let weight: Results["weight"] = { pages: [], skipped: browserSkip };
  let lighthouse: Results["lighthouse"] = {
    pages: [],
    skipped: browserSkip ?? (options.lighthouse ? null : options.quick ? "quick mode" : "--skip-lighthouse"),
  };
  if (!browserSkip) {
    weight = await phase("weight", async () => ({ pages: await measureWeight(chromePath, pages), skipped: null }));
    for (const w of weight.pages)
      log(
        `${w.page}: ${(w.js.gzip / 1000).toFixed(1)} kB JS gzip in ${w.js.files} files, ${(w.css.gzip / 1000).toFixed(1)} kB CSS (HTTP ${w.status})`,
      );
    if (options.lighthouse) {
      if (options.maxWait > 0)
        notes.push(
          `before Lighthouse: ${JSON.stringify(await waitForQuiet(Math.min(60, options.maxWait), "Lighthouse"))}`,
        );
      log("Lighthouse (mobile) on home, catalog and product…");
      lighthouse = await phase("lighthouse", async () => ({
        pages: await measureLighthouse(chromePath, pages),
        skipped: null,
      }));
    }
  }
  // The storefront's pages are rendered by the API (server rendering): its peak including them.
  const afterStorefront = browserSkip ? null : memoryOf(api.pid);
  await api.stop();
  const importResult = runImport
    ? await phase("import", () => measureImport({ databaseUrl: db.url, poolSize, log }))
    : null;

  const r: Results = {
    mode: options.quick ? "quick" : "full",
    startedAt,
    finishedAt: new Date().toISOString(),
    seconds: (Date.now() - started) / 1000,
    phases,
    machine: {
      ...machineOf(db.postgresVersion, loadAtStart),
      chromium: browserSkip ? null : chromiumVersion(chromePath),
    },
    settings: {
      method: "GraphQL GET, query in the URL (as the storefront's Apollo Client), ?lang=vi",
      secondsPerRun: options.seconds,
      warmupSeconds: options.warmup,
      connections: options.connections,
      poolSize,
      loadTool: `${load.tool}, keep-alive, requests cycled over the distinct URLs`,
      seed: options.seed,
    },
    dataset: {
      description: db.description,
      cached: db.cached,
      generationSeconds: db.generationSeconds,
      counts: db.counts,
      cacheKey: db.cacheKey,
    },
    scenarios: results,
    search,
    memory: {
      apiPeakRssMB,
      apiMaxSampledRssMB: maxSampled || null,
      apiIdleRssMB: toMB(apiIdle?.rssMB),
      apiPeakWithStorefrontRssMB: toMB(afterStorefront?.peakMB),
      baselinePeakRssMB: toMB(baselineMemory?.peakMB),
      unit: "MB = 10^6 bytes (VmHWM/VmRSS from /proc)",
    },
    weight,
    lighthouse,
    import: importResult,
    targets: [],
    notes,
  };
  notes.push(`API node flags, as pnpm start runs it: ${startNodeFlags().join(" ")}`);
  if (options.apiNodeArgs.length) notes.push(`API started with extra node flags: ${options.apiNodeArgs.join(" ")}`);
  if (options.cpuProf) notes.push(`API CPU profile written to ${path.join(RESULTS_DIR, "profiles")}`);
  r.targets = computeTargets(r);
  const report = renderReport(r);
  await mkdir(path.dirname(options.output), { recursive: true });
  const tmp = `${options.output}.tmp`;
  await writeFile(tmp, `${JSON.stringify(r, null, 2)}\n`);
  await rename(tmp, options.output);
  const mdPath = options.output.replace(/\.json$/, ".md");
  await writeFile(mdPath, report.md);
  console.log(`\n${report.text}\n`);
  log(`results: ${path.relative(process.cwd(), options.output)} and ${path.relative(process.cwd(), mdPath)}`);
}

main()
  .then(async () => {
    await cleanupAll();
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    if (wasInterrupted()) return; // the signal handler is stopping everything and exits
    console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await cleanupAll();
    process.exit(1);
  });
