import autocannon from "autocannon";
import { pathOf } from "../scenarios.js";
import type { LoadRequest, LoadResult } from "./types.js";

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

/** When each request index was last sent, per server and scenario. */
const lastSent = new Map<string, Map<number, number>>();

/**
 * Load runs in their own process (forked once by load/run.ts): autocannon against `base`, going
 * through a scenario's requests from `start` on, `connections` at a time for `seconds`. Latencies
 * are recorded per response with sub-millisecond resolution (autocannon's histogram has 1 ms
 * buckets). Responses served from the API's response cache carry an `age` header: they are counted,
 * and so are requests whose URL this server was already sent in the last 60 seconds.
 */
function runOne(message: LoadRequest): void {
  const { base, scenario, connections, seconds } = message;
  const n = scenario.requests.length;
  const sent = lastSent.get(`${base} ${scenario.name}`) ?? new Map<number, number>();
  lastSent.set(`${base} ${scenario.name}`, sent);
  const paths = new Map<number, string>();
  let next = message.start;
  let repeated = 0;
  let cacheHits = 0;
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  let bytes = 0;
  let non2xx = 0;
  const started = process.hrtime.bigint();
  const instance = autocannon(
    {
      url: base,
      connections,
      pipelining: 1,
      duration: seconds,
      timeout: 10,
      requests: [
        {
          method: "GET",
          setupRequest: (req) => {
            const i = next++ % n;
            const now = Date.now();
            const before = sent.get(i);
            if (before !== undefined && now - before < 60_000) repeated++;
            sent.set(i, now);
            let path = paths.get(i);
            if (!path) {
              path = pathOf(scenario, i);
              if (paths.size < 50_000) paths.set(i, path);
            }
            return { ...req, path };
          },
          onResponse: (
            _status: number,
            _body: string,
            _context: object,
            headers?: Record<string, string | string[] | undefined>,
          ) => {
            if (headers && (headers.age !== undefined || headers.Age !== undefined)) cacheHits++;
          },
        },
      ],
    },
    (error, result) => {
      const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
      if (error) {
        process.send?.({ error: String(error) });
        return;
      }
      const sorted = latencies.slice(0, count).sort();
      const sum = sorted.reduce((s, v) => s + v, 0);
      const out: LoadResult = {
        requests: count,
        seconds: Math.min(elapsed, seconds),
        rps: count / seconds,
        latencyMs: {
          p50: percentile(sorted, 50),
          p90: percentile(sorted, 90),
          p99: percentile(sorted, 99),
          max: sorted[sorted.length - 1] ?? 0,
          mean: count ? sum / count : 0,
        },
        non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        bytesPerResponse: count ? bytes / count : 0,
        cacheHits,
        repeatedWithin60s: repeated,
        next: next % n,
      };
      process.send?.({ result: out });
    },
  );
  instance.on("response", (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
    if (count === latencies.length) {
      const bigger = new Float64Array(latencies.length * 2);
      bigger.set(latencies);
      latencies = bigger;
    }
    latencies[count++] = responseTime;
    bytes += resBytes;
    if (statusCode < 200 || statusCode >= 300) non2xx++;
  });
}

// One run at a time; the parent sends the next after the previous result.
process.on("message", (message: LoadRequest) => runOne(message));
