import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { onCleanup } from "../processes.js";
import { CHROMIUM_ARGS } from "./weight.js";

export interface LighthouseResult {
  page: string;
  url: string;
  lighthouseVersion: string;
  /** The performance score of every run, in order; the rest of this result is the median run's. */
  performanceRuns: number[];
  scores: {
    performance: number | null;
    accessibility: number | null;
    bestPractices: number | null;
    seo: number | null;
  };
  metrics: Record<string, number | null>;
  /** Audits that lost points, per category (for the investigation of a MISS). */
  failing: Record<string, Array<{ id: string; title: string; score: number | null; displayValue?: string }>>;
  /** Performance opportunities and diagnostics below 0.9 (weight 0 in the score, but they explain it). */
  diagnostics: Array<{ id: string; title: string; score: number | null; displayValue?: string; savingsMs?: number }>;
  /** What shifted (layout-shifts audit) and which element was the LCP. */
  layoutShifts: Array<{ score: number; node: string }>;
  lcpElement: string | null;
  /** Transfer sizes Lighthouse saw, by resource type (bytes on the wire). */
  transfer: Record<string, { count: number; bytes: number }>;
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Lighthouse 12 (default config: mobile emulation, simulated throttling) on each page, `runsPerPage` times. */
export async function measureLighthouse(
  chromePath: string,
  pages: Array<{ page: string; url: string }>,
  runsPerPage = 3,
): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROMIUM_ARGS,
    handleSIGINT: false,
    logLevel: "silent",
  });
  const remove = onCleanup("Chromium (Lighthouse)", async () => {
    chrome.kill();
  });
  try {
    const out: LighthouseResult[] = [];
    for (const { page, url } of pages) {
      // Lighthouse's own advice for a noisy machine: several runs, the median one reported.
      const runs: Array<{ performance: number; lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"] }> = [];
      for (let i = 0; i < runsPerPage; i++) {
        const run = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: CATEGORIES,
          // As a phone set to Vietnamese asks: the first visit to / is then served, not redirected
          // to the language the browser prefers (Lighthouse's Chromium says en-US).
          extraHeaders: { "Accept-Language": "vi-VN,vi;q=0.9" },
        });
        if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
        runs.push({ performance: run.lhr.categories.performance?.score ?? 0, lhr: run.lhr });
      }
      const sorted = [...runs].sort((a, b) => a.performance - b.performance);
      const result = sorted[Math.floor((sorted.length - 1) / 2)] as (typeof runs)[number];
      const lhr = result.lhr;
      const score = (id: string) => {
        const s = lhr.categories[id]?.score;
        return s === null || s === undefined ? null : Math.round(s * 100);
      };
      const metric = (id: string) => (lhr.audits[id]?.numericValue ?? null) as number | null;
      const failing: LighthouseResult["failing"] = {};
      for (const id of CATEGORIES) {
        const category = lhr.categories[id];
        if (!category) continue;
        failing[id] = category.auditRefs
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((a): a is NonNullable<typeof a> => !!a && a.score !== null && a.score < 1)
          .map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue }));
      }
      const perfIds = new Set(lhr.categories.performance?.auditRefs.map((r) => r.id) ?? []);
      const diagnostics = Object.values(lhr.audits)
        .filter((a) => (perfIds.has(a.id) || a.details?.type === "opportunity") && a.score !== null && a.score < 0.9)
        .map((a) => ({
          id: a.id,
          title: a.title,
          score: a.score,
          displayValue: a.displayValue,
          savingsMs: (a.details as { overallSavingsMs?: number } | undefined)?.overallSavingsMs,
        }));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Lighthouse's audit details are untyped JSON, read defensively
      const items = (id: string) => ((lhr.audits[id]?.details as { items?: any[] } | undefined)?.items ?? []) as any[];
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
      const nodeText = (n: any) => String(n?.snippet ?? n?.selector ?? n?.nodeLabel ?? "").slice(0, 160);
      const layoutShifts = items("layout-shifts")
        .slice(0, 5)
        .map((i) => ({ score: Number(i.score ?? 0), node: nodeText(i.node) }));
      const lcpItems = items("largest-contentful-paint-element");
      const lcpNode = lcpItems[0]?.items?.[0]?.node ?? lcpItems[0]?.node;
      const transfer: LighthouseResult["transfer"] = {};
      for (const r of items("network-requests")) {
        const type = String(r.resourceType ?? "Other");
        transfer[type] ??= { count: 0, bytes: 0 };
        transfer[type].count++;
        transfer[type].bytes += Number(r.transferSize ?? 0);
      }
      out.push({
        page,
        url,
        diagnostics,
        layoutShifts,
        lcpElement: lcpNode ? nodeText(lcpNode) : null,
        transfer,
        lighthouseVersion: lhr.lighthouseVersion,
        performanceRuns: runs.map((r) => Math.round(r.performance * 100)),
        scores: {
          performance: score("performance"),
          accessibility: score("accessibility"),
          bestPractices: score("best-practices"),
          seo: score("seo"),
        },
        metrics: {
          fcpMs: metric("first-contentful-paint"),
          lcpMs: metric("largest-contentful-paint"),
          tbtMs: metric("total-blocking-time"),
          cls: metric("cumulative-layout-shift"),
          speedIndexMs: metric("speed-index"),
          ttiMs: metric("interactive"),
        },
        failing,
      });
    }
    return out;
  } finally {
    chrome.kill();
    remove();
  }
}
