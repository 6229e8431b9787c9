import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/modules/staff/demo-accounts";
import { ADMIN } from "../../src/test-support/staff-client";
import { buildApiApart, type BuiltApi, startBuiltApi } from "../../src/test-support/built-api";
import { createTestDatabase } from "../../src/test-support/test-api";

/*
 * A 20,000-row export stays within the API's memory budget: the built API, run as `pnpm start`
 * runs it (160 MB old space), exports the whole product list of a database grown to 20,000 more
 * products, and its peak RSS (VmHWM) is read from /proc.
 */

const EXTRA_PRODUCTS = 20_000;
/** The bench's budget for the API's peak RSS under load (README, Benchmarks). */
const RSS_BUDGET_MB = 250;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;
let api: BuiltApi | undefined;

beforeAll(async () => {
  const buildDir = buildApiApart("reliability-export");
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(
    `INSERT INTO product (slug, name_vi, category_code, producer_id, status)
     SELECT 'xuat-thu-' || g, 'Sản phẩm xuất thử ' || g, p.category_code, p.producer_id, 'published'
     FROM generate_series(1, $1::int) g, (SELECT category_code, producer_id FROM product ORDER BY id LIMIT 1) p`,
    [EXTRA_PRODUCTS],
  );
  await client.query(
    `INSERT INTO certification (product_id, stars, score, level, decision_number, decision_date)
     SELECT id, 4, 80, 'province', id || '/QĐ-UBND', date '2024-01-01' + (id % 700)
     FROM product WHERE slug LIKE 'xuat-thu-%'`,
  );
  // The heap the API is given in production (README, Operations).
  api = await startBuiltApi(
    buildDir,
    { OCOP_DATA_DIR: path.join(os.tmpdir(), "ocop-reliability-export"), DATABASE_URL: database.url, DEMO_MODE: "true" },
    ["--max-old-space-size=160", "--max-semi-space-size=8"],
  );
}, 300_000);
afterAll(async () => {
  api?.child.kill("SIGTERM");
  await client?.end();
  await database?.drop();
});

/** The process's peak resident set so far, in MB (10^6 bytes). */
function peakRssMb(pid: number): number {
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  return (kb * 1024) / 1e6;
}

it(`exports ${EXTRA_PRODUCTS.toLocaleString("en")} more products whole, within the memory budget`, async () => {
  const signIn = await fetch(`${api!.url}/admin/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }`,
      variables: { e: ADMIN, p: DEMO_PASSWORD },
    }),
  });
  const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
  const before = peakRssMb(api!.child.pid!);
  const started = Date.now();
  const response = await fetch(`${api!.url}/admin/exports/products.xlsx?sort=NAME&lang=en`, {
    headers: { cookie, "x-ocop-csrf": "1", "sec-fetch-site": "same-origin" },
  });
  expect(response.status).toBe(200);
  const body = Buffer.from(await response.arrayBuffer());
  const seconds = (Date.now() - started) / 1000;
  const peak = peakRssMb(api!.child.pid!);
  // The figure the README and the report quote.
  console.log(
    `export of the product list: ${seconds.toFixed(1)} s, ${(body.length / 1e6).toFixed(1)} MB; ` +
      `API peak RSS ${before.toFixed(1)} MB before, ${peak.toFixed(1)} MB after`,
  );
  expect(peak).toBeLessThanOrEqual(RSS_BUDGET_MB);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM product`);
  expect(sheet.rowCount - 1).toBe(rows[0]!.n);
  const ids = new Set<unknown>();
  sheet.eachRow((row, n) => {
    if (n > 1) ids.add(row.getCell(1).value);
  });
  expect(ids.size).toBe(rows[0]!.n);
  expect(sheet.getRow(2).getCell(12).value).toBeInstanceOf(Date);
}, 600_000);
