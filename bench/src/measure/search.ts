import { apiModules, productService, quietLogger, type DataSource } from "../api.js";
import { fold } from "@ocop/schema/text";
import { Rng } from "../prng.js";
import { PRODUCT_WORDS, PROVINCES } from "../dataset/words.js";

export interface SearchLatency {
  queries: number;
  method: string;
  ms: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** The main ranked statement alone (the one with count(*) OVER ()). */
  mainSqlMs: { p50: number; p95: number; max: number };
  statementsPerSearch: number;
  zeroResults: number;
  byKind: Record<string, { n: number; p50: number; p95: number }>;
  slowest: Array<{ query: string; kind: string; ms: number; total: number }>;
}

type Kind = "diacritics" | "no-diacritics" | "typo" | "english" | "other";

/** 200 varied queries from the word lists: Vietnamese with and without diacritics, typos, English. */
export function searchQueries(seed: string, places: string[], count = 200): Array<{ q: string; kind: Kind }> {
  const rng = new Rng(`${seed}:search-queries`);
  const words = Object.values(PRODUCT_WORDS).flatMap((s) => s.words);
  const vi = () => {
    const w = rng.pick(words);
    const r = rng.next();
    if (r < 0.35 && w.qualifiers) return `${w.vi} ${rng.pick(w.qualifiers)}`;
    if (r < 0.6 && places.length) return `${w.vi} ${rng.pick(places)}`;
    return w.vi;
  };
  const typo = (s: string) => {
    const chars = [...s];
    const i = rng.int(1, Math.max(1, chars.length - 2));
    const r = rng.next();
    if (r < 0.33)
      chars.splice(i, 1); // a letter missing
    else if (r < 0.66)
      chars.splice(i, 0, chars[i] ?? "a"); // a letter doubled
    else [chars[i], chars[i - 1]] = [chars[i - 1] as string, chars[i] as string]; // two swapped
    return chars.join("");
  };
  const out: Array<{ q: string; kind: Kind }> = [];
  const plan: Array<[Kind, number]> = [
    ["diacritics", 60],
    ["no-diacritics", 60],
    ["typo", 40],
    ["english", 30],
    ["other", 10],
  ];
  for (const [kind, n] of plan) {
    for (let i = 0; i < Math.round((n * count) / 200); i++) {
      if (kind === "diacritics") out.push({ q: vi(), kind });
      else if (kind === "no-diacritics") out.push({ q: fold(vi()), kind });
      else if (kind === "typo") out.push({ q: typo(fold(vi())), kind });
      else if (kind === "english") {
        const w = rng.pick(words);
        out.push({ q: rng.chance(0.3) ? `${w.en} ${fold(rng.pick(PROVINCES).name)}` : w.en, kind });
      } else {
        out.push({
          q: rng.pick([
            "htx mat ong",
            "cong ty tnhh thuc pham",
            "hộ kinh doanh",
            "ocop 5 sao",
            "蜂蜜",
            "茶",
            "đặc sản tây bắc",
            "lang son",
            "quà biếu tết",
            "x",
          ]),
          kind,
        });
      }
    }
  }
  return out;
}

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/**
 * Times the API's own listPublishedProducts (compiled service, fresh per-request context and
 * loaders as a public request has them, first page of 20, RELEVANCE) for each query: the synonym lookup, the ranked statement
 * and the loader's fetch of the 20 products, i.e. the database layer of a search request.
 */
export async function measureSearch(
  url: string,
  seed: string,
  poolSize: number,
  places: string[],
  count = 200,
): Promise<SearchLatency> {
  const api = apiModules();
  const { listPublishedProducts, createRequestContext } = productService();
  const ds: DataSource = api.createDataSource(url, poolSize);
  await ds.initialize();
  try {
    // Time each statement the service sends, to separate the ranked statement from the rest.
    const statements: Array<{ sql: string; ms: number }> = [];
    const query = ds.query.bind(ds);
    ds.query = async (sql: string, params?: unknown[]) => {
      const t = process.hrtime.bigint();
      try {
        return await query(sql, params);
      } finally {
        statements.push({ sql, ms: Number(process.hrtime.bigint() - t) / 1e6 });
      }
    };
    const logger = quietLogger();
    const queries = searchQueries(seed, places, count);
    // As the public endpoint does: the catalog revision rides on the request (read at most once a
    // second there), so per-revision copies such as the typo vocabulary are not re-validated.
    const [{ revision: catalogRevision }] = (await query(
      `SELECT revision::text AS revision FROM catalog_revision`,
    )) as [{ revision: string }];
    const runOne = async (q: string) => {
      const ctx = createRequestContext({
        lang: "vi",
        dataSource: ds,
        config: {},
        logger,
        requestId: "bench",
        clientIp: "127.0.0.1",
        catalogRevision,
      });
      return listPublishedProducts(ctx, { search: q }, "RELEVANCE", { offset: 0, limit: 20 });
    };
    for (const { q } of queries) await runOne(q); // warm-up pass: plans and buffers, not measured
    statements.length = 0;
    const samples: Array<{ query: string; kind: Kind; ms: number; total: number; mainMs: number; statements: number }> =
      [];
    for (const { q, kind } of queries) {
      const first = statements.length;
      const t = process.hrtime.bigint();
      const result = await runOne(q);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      const mine = statements.slice(first);
      const main = mine.find((s) => s.sql.includes("OVER ()"));
      samples.push({ query: q, kind, ms, total: result.totalCount, mainMs: main?.ms ?? 0, statements: mine.length });
    }
    const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
    const main = samples.map((s) => s.mainMs).sort((a, b) => a - b);
    const byKind: SearchLatency["byKind"] = {};
    for (const kind of new Set(samples.map((s) => s.kind))) {
      const k = samples
        .filter((s) => s.kind === kind)
        .map((s) => s.ms)
        .sort((a, b) => a - b);
      byKind[kind] = { n: k.length, p50: pct(k, 50), p95: pct(k, 95) };
    }
    return {
      queries: samples.length,
      method:
        "apps/api/dist listPublishedProducts(ctx, { search }, RELEVANCE, first 20), fresh request context per query, sequential, after one warm-up pass",
      ms: {
        p50: pct(sorted, 50),
        p95: pct(sorted, 95),
        p99: pct(sorted, 99),
        max: sorted[sorted.length - 1] ?? 0,
        mean: sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1),
      },
      mainSqlMs: { p50: pct(main, 50), p95: pct(main, 95), max: main[main.length - 1] ?? 0 },
      statementsPerSearch: samples.reduce((s, x) => s + x.statements, 0) / (samples.length || 1),
      zeroResults: samples.filter((s) => s.total === 0).length,
      byKind,
      slowest: [...samples]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 10)
        .map(({ query: q, kind, ms, total }) => ({ query: q, kind, ms, total })),
    };
  } finally {
    await ds.destroy();
  }
}
