import "reflect-metadata";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseHealth } from "../../src/db/database-health";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

const logLines: Array<{ level: number; msg: string; failedRequests?: number }> = [];
const logger = pino({ level: "info" }, { write: (line: string) => void logLines.push(JSON.parse(line)) });

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(
    { DB_STATEMENT_TIMEOUT_MS: "800", DB_CONNECT_TIMEOUT_MS: "800", STOREFRONT_SSR: "false" },
    { viaProxy: true, logger },
  );
});
afterAll(() => api?.close());

const CACHED = `{ categories { code } }`;
const UNCACHED = (n: number) => `{ products(first: ${n}) { totalCount } }`;
const get = (query: string) => api.gql(query, undefined, { method: "GET" });

describe("when the database stops", () => {
  it("serves answers it has cached, answers the rest 503 with Retry-After, logs once, and recovers by itself", async () => {
    const warm = await get(CACHED);
    expect(warm.status).toBe(200);
    api.proxy!.stop();
    logLines.length = 0;

    const cached = await get(CACHED);
    expect(cached.status).toBe(200);
    expect(cached.body).toEqual(warm.body);

    for (let n = 1; n <= 20; n++) {
      const result = await get(UNCACHED(n));
      expect(result.status, `request ${n}`).toBe(503);
      expect(result.headers.get("retry-after")).toBe("5");
      expect(result.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(JSON.stringify(result.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|\bat \w/);
    }
    const staff = await fetch(`${api.url}/admin/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-ocop-csrf": "1", cookie: "ocop_session=whatever" },
      body: JSON.stringify({ query: "{ session { expiresAt } }" }),
    });
    expect(staff.status).toBe(503);
    const page = await fetch(`${api.url}/san-pham`);
    expect([200, 503]).toContain(page.status);
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.text()).not.toMatch(/127\.0\.0\.1|ECONN/);

    const outageLines = logLines.filter((l) => l.level >= 50);
    expect(outageLines.map((l) => l.msg)).toEqual(["database unavailable"]);

    api.proxy!.restore();
    await expect.poll(async () => (await get(UNCACHED(30))).status, { timeout: 10_000, interval: 300 }).toBe(200);
    // The revision is read again within a second, which tells the log the outage is over.
    await expect
      .poll(async () => (await get(UNCACHED(31)), logLines.some((l) => l.msg === "database available again")), {
        timeout: 5_000,
        interval: 300,
      })
      .toBe(true);
  });
});

describe("when the database hangs", () => {
  it("answers within the statement timeout instead of hanging", async () => {
    await get(CACHED);
    api.proxy!.freeze();
    try {
      const started = Date.now();
      const result = await get(UNCACHED(41));
      expect(result.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(8_000);
    } finally {
      api.proxy!.restore();
    }
    await expect.poll(async () => (await get(UNCACHED(42))).status, { timeout: 15_000, interval: 300 }).toBe(200);
  });
});

describe("the outage log", () => {
  it("writes an outage once per interval with the failures counted, and its end once", () => {
    const lines: Array<{ msg: string; failedRequests: number }> = [];
    let now = 0;
    const health = new DatabaseHealth(
      pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) }),
      30_000,
      () => now,
    );
    for (let i = 0; i < 1000; i++) {
      health.failed(new Error("connect ECONNREFUSED"));
      now += 100;
    }
    health.succeeded();
    health.succeeded();
    expect(lines.map((l) => l.msg)).toEqual([
      "database unavailable",
      "database unavailable",
      "database unavailable",
      "database unavailable",
      "database available again",
    ]);
    expect(lines.at(-1)!.failedRequests).toBe(1000);
  });
});
