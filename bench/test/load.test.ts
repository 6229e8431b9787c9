import { spawnSync } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLoadGenerator } from "../src/load/run.js";
import type { LoadGenerator } from "../src/load/types.js";
import { startWrkLoadGenerator } from "../src/load/wrk.js";
import { pathOf, type Scenario } from "../src/scenarios.js";

/**
 * Both load generators against a small HTTP server that records what it was sent: they walk the
 * scenario's URLs in order from where the previous run stopped, and count what the server marked
 * (cache hits by an Age header, errors by status). Counts only; no timing is asserted.
 */
const scenario: Scenario = {
  name: "product",
  title: "test",
  operationName: "ProductPage",
  query: "query ProductPage($slug: String!) { product(slug: $slug) { name } }",
  requests: Array.from({ length: 7 }, (_, i) => ({ lang: i % 2 ? "en" : "vi", variables: { slug: `san-pham-${i}` } })),
};
const urls = scenario.requests.map((_, i) => pathOf(scenario, i));

let server: http.Server;
let base = "";
let seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const i = urls.indexOf(req.url ?? "");
    seen.push(req.url ?? "");
    // Request 3 is "cached", request 5 "missing".
    const headers: http.OutgoingHttpHeaders = { "content-type": "application/json" };
    if (i === 3) headers.age = "2";
    res.writeHead(i === 5 ? 404 : i < 0 ? 400 : 200, headers);
    res.end(JSON.stringify({ data: { product: { name: `#${i}` } } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const hasWrk = spawnSync("wrk", ["-v"]).error === undefined;

function checks(name: string, start: () => LoadGenerator) {
  describe(name, () => {
    it("walks the URLs in order from `start`, continues where it stopped, and counts hits and errors", async () => {
      const load = start();
      try {
        seen = [];
        const first = await load.run({ base, scenario, start: 2, connections: 1, seconds: 1 });
        expect(first.requests).toBeGreaterThan(20);
        expect(seen.every((u) => urls.includes(u))).toBe(true);
        // One connection: the server sees the list in order, from index 2, around and around.
        expect(seen.slice(0, 9)).toEqual([2, 3, 4, 5, 6, 0, 1, 2, 3].map((i) => urls[i]));
        const served = (i: number) => seen.filter((u) => u === urls[i]).length;
        expect(first.cacheHits).toBeGreaterThan(0);
        expect(first.cacheHits).toBeLessThanOrEqual(served(3));
        expect(first.cacheHits).toBeGreaterThanOrEqual(served(3) - 1);
        expect(first.non2xx).toBeGreaterThanOrEqual(served(5) - 1);
        expect(first.non2xx).toBeLessThanOrEqual(served(5));
        expect(first.repeatedWithin60s).toBeGreaterThan(first.requests - 10);
        expect(first.next).toBe((2 + seen.length) % urls.length);

        seen = [];
        await load.run({ base, scenario, start: first.next, connections: 2, seconds: 1 });
        expect(seen[0]).toBe(urls[first.next]);
        expect(first.latencyMs.p50).toBeGreaterThan(0);
        expect(first.latencyMs.p99).toBeGreaterThanOrEqual(first.latencyMs.p50);
      } finally {
        await load.close();
      }
    });
  });
}

checks("autocannon (without wrk)", () => {
  process.env.BENCH_LOAD_TOOL = "autocannon";
  try {
    return startLoadGenerator();
  } finally {
    delete process.env.BENCH_LOAD_TOOL;
  }
});

describe.skipIf(!hasWrk)("wrk", () => checks("from Debian", () => startWrkLoadGenerator("wrk")));
