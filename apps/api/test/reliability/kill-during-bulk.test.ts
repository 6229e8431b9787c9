import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/modules/staff/demo-accounts";
import { ADMIN } from "../../src/test-support/staff-client";
import { buildApiApart, type BuiltApi, startBuiltApi } from "../../src/test-support/built-api";
import { createTestDatabase } from "../../src/test-support/test-api";

/*
 * kill -9 of the API while a bulk change runs in one transaction: the database then holds all of
 * the change (with its audit entry) or none of it. The API runs as `pnpm start` runs it (the
 * built dist/main.js in its own process) over a database of this file.
 */

/**
 * Delays (ms) between seeing the bulk transaction open and the kill, taken in turn. On a loaded
 * machine a kill can land before the transaction opens or after it ends, so rounds go on until
 * enough kills have landed mid-flight (or MAX_ROUNDS have run); a last round lets the change finish.
 */
const DELAYS = [0, 5, 20, 0, 60];
const FINISH_DELAY = 3_000;
const MID_FLIGHT_KILLS_WANTED = 3;
const MAX_ROUNDS = 16;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let watcher: pg.Client;
let products: number[];
let buildDir: string;

beforeAll(async () => {
  // The process under test is the built API, as `pnpm start` runs it: build it from these sources.
  buildDir = buildApiApart("reliability");
  database = await createTestDatabase();
  watcher = new pg.Client({ connectionString: database.url });
  await watcher.connect();
  const rows = await sql<{ id: number }>(`SELECT id FROM product WHERE status = 'published' ORDER BY id`);
  products = rows.map((row) => row.id);
  expect(products.length).toBeGreaterThanOrEqual(40);
}, 120_000);
afterAll(async () => {
  await watcher?.end();
  await database?.drop();
});

async function sql<T>(text: string, params?: unknown[]): Promise<T[]> {
  return (await watcher.query(text, params)).rows as T[];
}

function startApi(): Promise<BuiltApi> {
  return startBuiltApi(buildDir, {
    OCOP_DATA_DIR: path.join(os.tmpdir(), "ocop-reliability-kill"),
    DATABASE_URL: database.url,
    DEMO_MODE: "true",
    SIGN_IN_ATTEMPTS_PER_ADDRESS: "1000",
  });
}

async function signIn(api: BuiltApi) {
  const response = await fetch(`${api.url}/admin/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }`,
      variables: { e: ADMIN, p: DEMO_PASSWORD },
    }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  expect(cookie).toMatch(/^ocop_session=/);
  return cookie!;
}

/**
 * Whether the API holds a transaction open (only the bulk change opens one explicitly: between its
 * statements the connection is "idle in transaction", the last statement possibly the audit's).
 */
async function bulkTransactionOpen() {
  const rows = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
        AND (state = 'idle in transaction' OR (state = 'active' AND query ILIKE '%product%'))`,
  );
  return rows[0]!.n > 0;
}

async function untilNoOtherBackend() {
  for (let waited = 0; waited < 10_000; waited += 20) {
    const [row] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    if (row!.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the killed API's connections did not end in 10 s");
}

const state = () =>
  sql<{ status: string; n: number }>(
    `SELECT status::text, count(*)::int AS n FROM product WHERE id = ANY($1) GROUP BY status`,
    [products],
  );
const bulkAudits = async () =>
  (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'product.bulkSetStatus'`))[0]!.n;

describe("kill -9 of the API during a bulk change", () => {
  it(`setProductsStatus on every published product, killed mid-flight: all or nothing (${MID_FLIGHT_KILLS_WANTED} mid-flight kills, then one that finishes)`, async () => {
    let midFlight = 0;
    let completed = 0;
    const outcomes: string[] = [];
    for (let round = 0, last = false; !last; round++) {
      last = midFlight >= MID_FLIGHT_KILLS_WANTED || round >= MAX_ROUNDS;
      const delay = last ? FINISH_DELAY : DELAYS[round % DELAYS.length]!;
      const before = await state();
      expect(before, "one status for all before the round").toHaveLength(1);
      const from = before[0]!.status;
      // ARCHIVED and DRAFT need no certificate: alternate between them.
      const to = from === "archived" ? "DRAFT" : "ARCHIVED";
      const auditsBefore = await bulkAudits();
      const versions = await sql<{ id: number; version: number }>(
        `SELECT id, version FROM product WHERE id = ANY($1) ORDER BY id`,
        [products],
      );

      const api = await startApi();
      const cookie = await signIn(api);
      const request = fetch(`${api.url}/admin/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true", cookie },
        body: JSON.stringify({
          query: `mutation($items: [VersionedId!]!, $s: ProductStatus!) { setProductsStatus(items: $items, status: $s) { id } }`,
          variables: { items: versions.map((v) => ({ id: String(v.id), version: v.version })), s: to },
        }),
      }).then(
        (response) => `answered ${response.status}`,
        () => "no answer",
      );
      let answered = false;
      void request.then(() => (answered = true));
      // Watched by the clock, not by a count of polls: a loaded machine answers each poll slower.
      const watchUntil = Date.now() + 20_000;
      while (Date.now() < watchUntil && !answered && !(await bulkTransactionOpen()));
      await new Promise((resolve) => setTimeout(resolve, delay));
      const openAtKill = await bulkTransactionOpen();
      api.child.kill("SIGKILL");
      await api.exited;
      const answer = await request;
      await untilNoOtherBackend();

      const after = await state();
      const audits = (await bulkAudits()) - auditsBefore;
      const outcome =
        after.length === 1 && after[0]!.status === from
          ? "none"
          : after.length === 1 && after[0]!.status === to.toLowerCase()
            ? "all"
            : `HALF: ${JSON.stringify(after)}`;
      outcomes.push(`${outcome} (open at kill: ${openAtKill}, ${answer}, audit +${audits})`);
      expect(outcome, outcomes.join("; ")).toMatch(/^(none|all)$/);
      expect(audits, outcomes.join("; ")).toBe(outcome === "all" ? 1 : 0);
      if (openAtKill && answer === "no answer") midFlight++;
      if (outcome === "all") completed++;
    }
    console.info(`kill -9: ${outcomes.join("; ")}`);
    expect(midFlight, outcomes.join("; ")).toBeGreaterThanOrEqual(MID_FLIGHT_KILLS_WANTED);
    // The round left to finish shows the check can tell "all" from "none".
    expect(completed, outcomes.join("; ")).toBeGreaterThanOrEqual(1);
  }, 300_000);
});

describe("stopping the API", () => {
  it("stops on SIGTERM, in order, with exit code 0 (as a process manager stops it)", async () => {
    const api = await startApi();
    // A client that keeps its connection open after its answer, as browsers and proxies do.
    const answer = await fetch(`${api.url}/graphql?query=%7B__typename%7D`);
    expect(answer.status).toBe(200);
    await answer.text();
    const started = Date.now();
    api.child.kill("SIGTERM");
    const code = await Promise.race([
      api.exited,
      new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 20_000)),
    ]);
    if (code === "hung") api.child.kill("SIGKILL");
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 90_000);
});
