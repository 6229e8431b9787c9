import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@ocop/schema/net";
import { DEMO_PASSWORD } from "../../src/modules/staff/demo-accounts";
import { ADMIN } from "../../src/test-support/staff-client";
import { createTestDatabase } from "../../src/test-support/test-api";

/*
 * kill -9 of the API while a bulk change runs in one transaction: the database then holds all of
 * the change (with its audit entry) or none of it. The API runs as `pnpm start` runs it (the
 * built dist/main.js in its own process) over a database of this file.
 */

/** Fixed delays (ms) between seeing the bulk transaction open and the kill; the last lets it finish. */
const DELAYS = [0, 5, 20, 0, 60, 3_000];
const MID_FLIGHT_KILLS_WANTED = 3;

const API_DIR = path.resolve(__dirname, "../..");
const REPO_ROOT = path.resolve(API_DIR, "../..");
/**
 * Built apart from dist/ (which e2e may be running from at the same moment), inside
 * node_modules so that the API's packages resolve as from dist/.
 */
const BUILD_DIR = path.join(API_DIR, "node_modules", ".cache", "ocop-reliability-dist");

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let watcher: pg.Client;
let products: number[];

beforeAll(async () => {
  // The process under test is the built API, as `pnpm start` runs it: build it from these sources.
  const build = spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", BUILD_DIR],
    {
      cwd: API_DIR,
      encoding: "utf8",
    },
  );
  expect(build.status, build.stdout + build.stderr).toBe(0);
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

interface Api {
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
}

async function startApi(): Promise<Api> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(BUILD_DIR, "main.js")], {
    env: {
      ...process.env,
      // Paths found from the build's place by default, given as dist/ would find them.
      STOREFRONT_DIST: path.join(REPO_ROOT, "apps", "storefront", "dist"),
      ADMIN_DIST: path.join(REPO_ROOT, "apps", "admin", "dist"),
      OCOP_DATA_DIR: path.join(os.tmpdir(), "ocop-reliability-kill"),
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      DEMO_MODE: "true",
      SEED_DEMO_DATA: "false",
      STOREFRONT_SSR: "false",
      SIGN_IN_ATTEMPTS_PER_ADDRESS: "1000",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk) => (errors += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`the API exited while starting:\n${errors}`);
    if (waited > 60_000) throw new Error(`the API did not answer /healthz in 60 s:\n${errors}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, child, exited };
}

async function signIn(api: Api) {
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
  it(`setProductsStatus on every published product, killed mid-flight: all or nothing (${DELAYS.length} rounds)`, async () => {
    let midFlight = 0;
    let completed = 0;
    const outcomes: string[] = [];
    for (let round = 0; round < DELAYS.length; round++) {
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
      for (let polls = 0; polls < 5_000 && !answered && !(await bulkTransactionOpen()); polls++);
      await new Promise((resolve) => setTimeout(resolve, DELAYS[round]));
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
  }, 180_000);
});
