import type { CpuShare } from "./cpu.js";
import type { LoadResult } from "./load/run.js";
import type { ImportResult } from "./measure/import.js";
import type { LighthouseResult } from "./measure/lighthouse.js";
import type { SearchLatency } from "./measure/search.js";
import type { PageWeight } from "./measure/weight.js";
import type { ScenarioName } from "./scenarios.js";

export interface RunRow {
  connections: number;
  api: LoadResult;
  baseline: LoadResult;
  /** API requests/s ÷ baseline requests/s. */
  ratio: number;
  apiPeakRssMB: number;
  /** 1-minute load average of the machine when the API run started (other work on it shows here). */
  loadAverage: number;
  /** CPU of the machine used by the benchmark's processes and by everything else, during each run. */
  cpu: { api: CpuShare; baseline: CpuShare };
  /** Seconds each server needed after its run to finish the requests left queued. */
  drainSeconds: { api: number; baseline: number };
}

export interface ScenarioResult {
  name: ScenarioName;
  title: string;
  operationName: string;
  query: string;
  distinctRequests: number;
  runs: RunRow[];
  check: {
    /** Requests compared (API vs baseline, parsed `data` deep-equal). */
    compared: number;
    identical: number;
    firstMismatch: string | null;
    sample: {
      variables: Record<string, unknown>;
      apiSlugs: string[];
      baselineSlugs: string[];
      apiData?: unknown;
      baselineData?: unknown;
    };
  };
}

export interface Target {
  id: string;
  description: string;
  goal: string;
  measured: string;
  status: "PASS" | "MISS" | "N/A";
}

export interface Results {
  mode: "full" | "quick";
  startedAt: string;
  finishedAt: string;
  seconds: number;
  phases: Record<string, number>;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    node: string;
    os: string;
    postgres: string;
    chromium: string | null;
    loadAverage: { start: number[]; end: number[] };
  };
  settings: {
    method: string;
    secondsPerRun: number;
    warmupSeconds: number;
    connections: number[];
    poolSize: number;
    loadTool: string;
    seed: string;
  };
  dataset: {
    description: string;
    cached: boolean;
    generationSeconds: number | null;
    counts: Record<string, number>;
    cacheKey: Record<string, unknown>;
  };
  scenarios: ScenarioResult[];
  search: SearchLatency | null;
  memory: {
    apiPeakRssMB: number | null;
    apiMaxSampledRssMB: number | null;
    /** Right after start-up, before any request. */
    apiIdleRssMB: number | null;
    /** After the storefront pages (rendered by the API) were loaded and measured too. */
    apiPeakWithStorefrontRssMB?: number | null;
    baselinePeakRssMB: number | null;
    unit: string;
  };
  weight: { pages: PageWeight[]; skipped: string | null };
  lighthouse: { pages: LighthouseResult[]; skipped: string | null };
  /** The `import` scenario (absent from results written before it existed). */
  import?: ImportResult | null;
  targets: Target[];
  notes: string[];
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "–");
const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "–");
export const kB = (bytes: number) => (bytes / 1000).toFixed(1);

export function computeTargets(r: Results): Target[] {
  const targets: Target[] = [];
  const at50 = (name: ScenarioName) => r.scenarios.find((s) => s.name === name)?.runs.find((x) => x.connections === 50);
  for (const name of ["catalog", "product"] as const) {
    const row = at50(name);
    targets.push({
      id: `${name}-throughput`,
      description: `${name} page @50 connections: API throughput ≥ 0.5 × baseline`,
      goal: "≥ 0.50",
      measured: row ? `${f2(row.ratio)} (${int(row.api.rps)} vs ${int(row.baseline.rps)} req/s)` : "not measured",
      status: row ? (row.ratio >= 0.5 ? "PASS" : "MISS") : "N/A",
    });
    targets.push({
      id: `${name}-p99`,
      description: `${name} page @50 connections: API p99 ≤ 50 ms`,
      goal: "≤ 50 ms",
      // Little's law: 50 connections always waiting on a server that answers N requests a second
      // spend 50/N seconds per request on average, so the baseline's own throughput bounds p99.
      measured: row
        ? `${f1(row.api.latencyMs.p99)} ms (baseline ${f1(row.baseline.latencyMs.p99)} ms; 50 busy connections at the baseline's ${int(row.baseline.rps)} req/s wait ${f1((50 * 1000) / row.baseline.rps)} ms on average)`
        : "not measured",
      status: row ? (row.api.latencyMs.p99 <= 50 ? "PASS" : "MISS") : "N/A",
    });
  }
  const products = r.dataset.counts.products ?? 0;
  targets.push({
    id: "search-p95",
    description: `search p95 (${r.search?.queries ?? 200} queries, database layer) ≤ 15 ms at 20,000 products`,
    goal: "≤ 15 ms",
    measured: r.search ? `${f1(r.search.ms.p95)} ms at ${int(products)} products` : "not measured",
    status: r.search && products >= 20000 ? (r.search.ms.p95 <= 15 ? "PASS" : "MISS") : "N/A",
  });
  for (const page of ["home", "catalog", "product"]) {
    const w = r.weight.pages.find((p) => p.page === page);
    targets.push({
      id: `js-${page}`,
      description: `first visit of ${page}: JavaScript ≤ 150 kB gzip`,
      goal: "≤ 150.0 kB",
      measured: w ? `${kB(w.js.gzip)} kB (${w.js.files} files)` : "not measured",
      status: w ? (w.js.gzip <= 150_000 ? "PASS" : "MISS") : "N/A",
    });
  }
  for (const page of ["home", "catalog", "product"]) {
    const l = r.lighthouse.pages.find((p) => p.page === page);
    for (const [key, label] of [
      ["performance", "performance"],
      ["accessibility", "accessibility"],
      ["seo", "SEO"],
    ] as const) {
      const score = l?.scores[key] ?? null;
      targets.push({
        id: `lighthouse-${page}-${key}`,
        description: `Lighthouse mobile ${label} of ${page} ≥ 95`,
        goal: "≥ 95",
        measured: score === null ? "not measured" : String(score),
        status: score === null ? "N/A" : score >= 95 ? "PASS" : "MISS",
      });
    }
  }
  const rss = r.memory.apiPeakRssMB;
  targets.push({
    id: "api-peak-rss",
    description: "API peak RSS during the load ≤ 250 MB",
    goal: "≤ 250 MB",
    measured: rss === null ? "not measured" : `${f1(rss)} MB`,
    status: rss === null || r.mode === "quick" ? "N/A" : rss <= 250 ? "PASS" : "MISS",
  });
  if (r.import) targets.push(...importTargets(r.import, r.mode === "quick"));
  if (r.mode === "quick") for (const t of targets) if (t.status !== "N/A") t.status = "N/A";
  return targets;
}

/** The import's goals: the whole annex from dry run to commit in under 60 s, memory bounded. */
export function importTargets(i: ImportResult, quick: boolean): Target[] {
  const committed = i.commit.status === 200;
  return [
    {
      id: "import-time",
      description: `decision annex import of ${int(i.rows)} rows, dry run + commit < 60 s`,
      goal: "< 60 s",
      measured: `${f1(i.totalSeconds)} s (dry run ${f1(i.dryRun.seconds)} s, commit ${f1(i.commit.seconds)} s, HTTP ${i.commit.status})`,
      status: quick ? "N/A" : committed && i.totalSeconds < 60 ? "PASS" : "MISS",
    },
    {
      id: "import-rss",
      description: "API peak RSS during the import ≤ 250 MB",
      goal: "≤ 250 MB",
      measured: i.apiPeakRssMB === null ? "not measured" : `${f1(i.apiPeakRssMB)} MB`,
      status: quick || i.apiPeakRssMB === null ? "N/A" : i.apiPeakRssMB <= 250 ? "PASS" : "MISS",
    },
  ];
}

/** The import scenario's lines (text and markdown alike). */
export function renderImport(i: ImportResult): string[] {
  const summary = (p: ImportResult["dryRun"]) =>
    p.summary
      ? `create ${int(p.summary.create)}, update ${int(p.summary.update)}, unchanged ${int(p.summary.unchanged)}, error ${int(p.summary.error)}`
      : "no report";
  return [
    `Decision annex import (the dataset as one ${int(i.rows)}-row xlsx annex, ${f1(i.fileMB)} MB, to a fresh API on a copy of the database):`,
    `- dry run ${f1(i.dryRun.seconds)} s (${summary(i.dryRun)}); commit ${f1(i.commit.seconds)} s, HTTP ${i.commit.status} (${summary(i.commit)}); together ${f1(i.totalSeconds)} s; other processes used ${f1(i.cpu.others * 100)}% of the machine's CPU meanwhile (the API and PostgreSQL ${f1(i.cpu.own * 100)}%)`,
    `- API RSS: ${f1(i.apiIdleRssMB ?? NaN)} MB after start-up, peak (VmHWM) ${f1(i.apiPeakAfterDryRunMB ?? NaN)} MB after the dry run and ${f1(i.apiPeakRssMB ?? NaN)} MB after the commit, highest sample ${f1(i.apiMaxSampledRssMB)} MB`,
    ...(i.commit.firstErrors.length ? [`- first error rows: ${i.commit.firstErrors.join(" | ")}`] : []),
  ];
}

function table(header: string[], rows: string[][], align: Array<"l" | "r">): { text: string; md: string } {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const pad = (s: string, i: number) => (align[i] === "r" ? s.padStart(widths[i] ?? 0) : s.padEnd(widths[i] ?? 0));
  const text = [
    header.map(pad).join("  "),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map((r) => r.map(pad).join("  ")),
  ].join("\n");
  const md = [
    `| ${header.join(" | ")} |`,
    `| ${align.map((a) => (a === "r" ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
  return { text, md };
}

export function renderReport(r: Results): { text: string; md: string } {
  const load = table(
    [
      "scenario",
      "conns",
      "API req/s",
      "API p50 ms",
      "API p99 ms",
      "base req/s",
      "base p50 ms",
      "base p99 ms",
      "API/base",
      "API cache hits %",
      "API RSS MB",
      "other CPU %",
    ],
    r.scenarios.flatMap((s) =>
      s.runs.map((x) => [
        s.title,
        String(x.connections),
        int(x.api.rps),
        f1(x.api.latencyMs.p50),
        f1(x.api.latencyMs.p99),
        int(x.baseline.rps),
        f1(x.baseline.latencyMs.p50),
        f1(x.baseline.latencyMs.p99),
        f2(x.ratio),
        String(Math.round((100 * x.api.cacheHits) / Math.max(1, x.api.requests))),
        f1(x.apiPeakRssMB),
        `${Math.round(x.cpu.api.others * 100)}/${Math.round(x.cpu.baseline.others * 100)}`,
      ]),
    ),
    ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
  );
  const checks = table(
    ["scenario", "distinct requests", "API = baseline (data)", "non-2xx (API/base)"],
    r.scenarios.map((s) => [
      s.title,
      String(s.distinctRequests),
      `${s.check.identical}/${s.check.compared}`,
      `${s.runs.reduce((n, x) => n + x.api.non2xx + x.api.errors, 0)}/${s.runs.reduce((n, x) => n + x.baseline.non2xx + x.baseline.errors, 0)}`,
    ]),
    ["l", "r", "r", "r"],
  );
  const search = r.search
    ? table(
        ["queries", "p50 ms", "p95 ms", "p99 ms", "max ms", "ranked SQL p50 ms", "ranked SQL p95 ms", "no results"],
        [
          [
            String(r.search.queries),
            f1(r.search.ms.p50),
            f1(r.search.ms.p95),
            f1(r.search.ms.p99),
            f1(r.search.ms.max),
            f1(r.search.mainSqlMs.p50),
            f1(r.search.mainSqlMs.p95),
            String(r.search.zeroResults),
          ],
        ],
        ["r", "r", "r", "r", "r", "r", "r", "r"],
      )
    : null;
  const weight = r.weight.pages.length
    ? table(
        [
          "page",
          "JS files",
          "JS kB gzip",
          "CSS files kB gzip",
          "HTML kB gzip (entry CSS inlined, page rendered with its data)",
          "JS kB raw",
        ],
        r.weight.pages.map((w) => [
          w.page,
          String(w.js.files),
          kB(w.js.gzip),
          kB(w.css.gzip),
          w.html ? kB(w.html.gzip) : "",
          kB(w.js.bytes),
        ]),
        ["l", "r", "r", "r", "r", "r"],
      )
    : null;
  const lh = r.lighthouse.pages.length
    ? table(
        [
          "page",
          "performance",
          "accessibility",
          "best practices",
          "SEO",
          "FCP ms",
          "LCP ms",
          "TBT ms",
          "CLS",
          "performance of each run",
        ],
        r.lighthouse.pages.map((l) => [
          l.page,
          String(l.scores.performance ?? "–"),
          String(l.scores.accessibility ?? "–"),
          String(l.scores.bestPractices ?? "–"),
          String(l.scores.seo ?? "–"),
          int(l.metrics.fcpMs ?? NaN),
          int(l.metrics.lcpMs ?? NaN),
          int(l.metrics.tbtMs ?? NaN),
          f2(l.metrics.cls ?? NaN),
          (l.performanceRuns ?? []).join(" / "),
        ]),
        ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
      )
    : null;
  const targets = table(
    ["target", "goal", "measured", "result"],
    r.targets.map((t) => [t.description, t.goal, t.measured, t.status]),
    ["l", "l", "l", "l"],
  );
  const m = r.machine;
  const machine = `${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(0)} GiB memory, Node ${m.node}, PostgreSQL ${m.postgres}${m.chromium ? `, Chromium ${m.chromium}` : ""}, ${m.os}`;
  const counts = r.dataset.counts;
  const datasetLine = `${int(counts.provinces ?? 0)} provinces, ${int(counts.communes ?? 0)} communes/wards, ${int(counts.producers ?? 0)} producers, ${int(counts.products ?? 0)} products (${int(counts.publishedProducts ?? 0)} published), ${int(counts.certifications ?? 0)} certificates, ${int(counts.images ?? 0)} images, ${int(counts.events ?? 0)} events with ${int(counts.tables ?? 0)} tables, ${int(counts.distributors ?? 0)} distributors, ${int(counts.links ?? 0)} product links`;
  const settings = `${r.settings.method}; ${r.settings.loadTool}; ${r.settings.secondsPerRun} s per run after ${r.settings.warmupSeconds} s warm-up; DB pool ${r.settings.poolSize} for both`;
  const skipped = [
    r.weight.skipped && `storefront weight skipped: ${r.weight.skipped}`,
    r.lighthouse.skipped && `Lighthouse skipped: ${r.lighthouse.skipped}`,
  ].filter(Boolean) as string[];

  const text = [
    `OCOP Catalog benchmark (${r.mode}) — ${r.finishedAt}`,
    `machine: ${machine}`,
    `dataset: ${datasetLine}${r.dataset.cached ? " (cached)" : ` (generated in ${f1(r.dataset.generationSeconds ?? NaN)} s)`}`,
    `load: ${settings}`,
    `machine load average (1/5/15 min) at start ${m.loadAverage.start.map(f2).join("/")}, at end ${m.loadAverage.end.map(f2).join("/")}`,
    "",
    load.text,
    "",
    checks.text,
    ...(search ? ["", "search (database layer, API's listPublishedProducts):", search.text] : []),
    ...(r.memory.apiPeakRssMB !== null
      ? [
          "",
          `API peak RSS (VmHWM) after the load: ${f1(r.memory.apiPeakRssMB)} MB; highest sample during it ${f1(r.memory.apiMaxSampledRssMB ?? NaN)} MB; at start ${f1(r.memory.apiIdleRssMB ?? NaN)} MB; baseline peak ${f1(r.memory.baselinePeakRssMB ?? NaN)} MB`,
        ]
      : []),
    ...(r.import ? ["", ...renderImport(r.import)] : []),
    ...(weight ? ["", "storefront first visit:", weight.text] : []),
    ...(lh ? ["", "Lighthouse (mobile):", lh.text] : []),
    ...skipped,
    ...r.notes.map((n) => `note: ${n}`),
    "",
    targets.text,
    "",
    `total ${f1(r.seconds)} s (${Object.entries(r.phases)
      .map(([k, v]) => `${k} ${f1(v)} s`)
      .join(", ")})`,
  ].join("\n");

  const md = [
    `### Benchmark (${r.mode === "full" ? "`pnpm bench`" : "`pnpm bench --quick`"}, ${r.finishedAt.slice(0, 10)})`,
    "",
    `- Machine: ${machine}`,
    `- Dataset: ${datasetLine}`,
    `- Load: ${settings}`,
    `- Machine load average (1/5/15 min) at start ${m.loadAverage.start.map(f2).join("/")}, at end ${m.loadAverage.end.map(f2).join("/")} (anything above 0 is other work sharing the 2 cores)`,
    `- Baseline: node:http + pg Pool with one hand-written SQL statement per page (JSON built by PostgreSQL), same database, same URLs`,
    `- "API cache hits %": responses the API served from its in-memory response cache (\`age\` header); the request lists are long and continue from run to run to keep this low`,
    `- "other CPU %": share of the machine's CPU used by processes outside the benchmark during the API/baseline run (the machine is shared)`,
    "",
    load.md,
    "",
    checks.md,
    ...(search
      ? [
          "",
          `Search (${r.search?.queries} queries against the database layer, the API's own listPublishedProducts):`,
          "",
          search.md,
        ]
      : []),
    ...(r.memory.apiPeakRssMB !== null
      ? [
          "",
          `API peak RSS (VmHWM) after the load: ${f1(r.memory.apiPeakRssMB)} MB (10^6 bytes); ${f1(r.memory.apiIdleRssMB ?? NaN)} MB right after start-up; the baseline server peaked at ${f1(r.memory.baselinePeakRssMB ?? NaN)} MB.${r.memory.apiPeakWithStorefrontRssMB ? ` After the storefront's pages (rendered by the API) were measured too: ${f1(r.memory.apiPeakWithStorefrontRssMB)} MB.` : ""}`,
        ]
      : []),
    ...(r.import ? ["", ...renderImport(r.import)] : []),
    ...(weight
      ? [
          "",
          "Storefront first visit (gzip -9 of the document and of every script and stylesheet loaded, kB = 1000 bytes):",
          "",
          weight.md,
        ]
      : []),
    ...(lh
      ? [
          "",
          "Lighthouse 12 (mobile emulation, simulated throttling; each page run 3 times, the run with the median performance score shown, all three scores in the last column):",
          "",
          lh.md,
        ]
      : []),
    ...skipped.map((s) => `\n_${s}_`),
    ...r.notes.map((n) => `\n_Note: ${n}_`),
    "",
    targets.md,
    "",
    `Total ${f1(r.seconds)} s.`,
    "",
  ].join("\n");
  return { text, md };
}
