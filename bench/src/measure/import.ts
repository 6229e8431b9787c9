import { createRequire } from "node:module";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import pg from "pg";
import { fold } from "@ocop/schema/text";
import { cpuMeter, type CpuShare } from "../cpu.js";
import { API_DIST } from "../paths.js";
import { memoryOf, sampleRss, startApi } from "../servers.js";

export interface ImportPhase {
  seconds: number;
  status: number;
  summary: { rows: number; create: number; update: number; unchanged: number; error: number } | null;
  /** The first error rows' messages, when there are any (to explain a failed commit). */
  firstErrors: string[];
}

export interface ImportResult {
  rows: number;
  fileMB: number;
  writeSeconds: number;
  dryRun: ImportPhase;
  commit: ImportPhase;
  /** Dry run and commit, as staff do them one after the other. */
  totalSeconds: number;
  apiIdleRssMB: number | null;
  /** VmHWM of the API process, which served nothing but the two imports. */
  apiPeakRssMB: number | null;
  /** VmHWM right after the dry run (the rest of the peak is the commit's). */
  apiPeakAfterDryRunMB: number | null;
  apiMaxSampledRssMB: number;
  /** The machine's CPU during dry run and commit: the benchmark's processes (API, PostgreSQL) and the others'. */
  cpu: CpuShare;
}

const EMAIL = "bench-import@bench.invalid";
const PASSWORD = "bench-import-password";
const mb = (mib: number | undefined) => (mib === undefined ? null : (mib * 1024 * 1024) / 1e6);

/**
 * The `import` scenario: the bench dataset written as one decision annex (every product, with its
 * producer, address as printed, product set, score and stars, under title rows naming a new
 * decision), posted to a fresh API as a dry run and then committed. It runs on a copy of the
 * bench database (dropped afterwards), so the dataset other scenarios measure stays as generated.
 */
export async function measureImport(options: {
  databaseUrl: string;
  poolSize: number;
  log: (line: string) => void;
}): Promise<ImportResult> {
  const { log } = options;
  const source = new URL(options.databaseUrl);
  const sourceName = source.pathname.slice(1);
  const copyName = `${sourceName}_import`;
  const adminUrl = new URL(source);
  adminUrl.pathname = "/postgres";
  const copyUrl = new URL(source);
  copyUrl.pathname = `/${copyName}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  const dir = await mkdtemp(path.join(os.tmpdir(), "ocop-bench-import-"));
  let api: Awaited<ReturnType<typeof startApi>> | null = null;
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${copyName} WITH (FORCE)`);
    log(`import: copying the bench database to ${copyName}…`);
    await admin.query(`CREATE DATABASE ${copyName} TEMPLATE ${sourceName}`);

    const file = path.join(dir, "phu-luc-bench.xlsx");
    const written = Date.now();
    const rows = await writeAnnex(copyUrl.toString(), file);
    const writeSeconds = (Date.now() - written) / 1000;
    const fileMB = (await stat(file)).size / 1e6;
    log(
      `import: annex of ${rows.toLocaleString("en-US")} rows written (${fileMB.toFixed(1)} MB) in ${writeSeconds.toFixed(1)} s`,
    );

    await createStaff(copyUrl.toString());
    api = await startApi({ databaseUrl: copyUrl.toString(), poolSize: options.poolSize });
    const idle = memoryOf(api.pid);
    const cookie = await signIn(api.base);
    const body = await readFile(file);
    const rss = sampleRss(api.pid);
    const cpuMeterRun = cpuMeter();
    const dryRun = await post(api.base, cookie, body, true);
    const afterDryRun = memoryOf(api.pid);
    log(`import: dry run ${dryRun.seconds.toFixed(1)} s, ${JSON.stringify(dryRun.summary)}`);
    const commit = await post(api.base, cookie, body, false);
    log(`import: commit ${commit.seconds.toFixed(1)} s (HTTP ${commit.status}), ${JSON.stringify(commit.summary)}`);
    const sampled = rss.stop();
    const cpu = cpuMeterRun.stop();
    const peak = memoryOf(api.pid);
    return {
      rows,
      fileMB,
      writeSeconds,
      dryRun,
      commit,
      totalSeconds: dryRun.seconds + commit.seconds,
      apiIdleRssMB: mb(idle?.rssMB),
      apiPeakRssMB: mb(peak?.peakMB),
      apiPeakAfterDryRunMB: mb(afterDryRun?.peakMB),
      apiMaxSampledRssMB: mb(sampled) ?? 0,
      cpu,
    };
  } finally {
    await api?.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${copyName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Yesterday in Vietnam (a decision date may not be in the future), as D/M/YYYY for the title. */
function decisionDateText(): string {
  const d = new Date(Date.now() + 7 * 3600_000 - 86_400_000);
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}

/**
 * Writes every product as an annex row with the streaming writer (rows go to the file as they are
 * made). The address is the producer's as the generator prints it with the unit's full name (its
 * "as reported" one calls a special zone "phường"). A product whose folded name repeats under a
 * producer of the same folded name in the province would be the "same product twice" error, so
 * only the first of such names is written.
 */
async function writeAnnex(databaseUrl: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{
      product: string;
      producer: string;
      province: string;
      address: string;
      category: string;
      stars: number | null;
      score: number | null;
    }>(
      `SELECT p.name_vi AS product, pr.name AS producer, pr.province_code AS province,
              coalesce(pr.address, au.full_name || ', ' || pv.full_name) AS address,
              c.name_vi AS category, p.newest_stars AS stars,
              (SELECT score FROM certification WHERE product_id = p.id ORDER BY decision_date DESC, id DESC LIMIT 1) AS score
       FROM product p JOIN producer pr ON pr.id = p.producer_id JOIN category c ON c.code = p.category_code
       LEFT JOIN administrative_unit au ON au.code = pr.commune_code JOIN province pv ON pv.code = pr.province_code
       ORDER BY pr.province_code, p.id`,
    );
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useSharedStrings: false,
      useStyles: false,
    });
    const sheet = workbook.addWorksheet("Phụ lục");
    sheet.addRow(["ỦY BAN NHÂN DÂN"]).commit();
    sheet.addRow(["PHỤ LỤC: DANH SÁCH SẢN PHẨM ĐẠT CHỨNG NHẬN OCOP (BENCH)"]).commit();
    sheet.addRow([`(Kèm theo Quyết định số 9999/QĐ-UBND ngày ${decisionDateText()} của Ủy ban nhân dân)`]).commit();
    sheet.addRow([]).commit();
    sheet
      .addRow(["STT", "Tên sản phẩm", "Tên chủ thể", "Địa chỉ", "Phân nhóm sản phẩm", "Số điểm", "Hạng sao"])
      .commit();
    const seen = new Set<string>();
    let n = 0;
    for (const r of rows) {
      // The import matches by folded names within the province, as staff read an annex.
      const key = `${r.province}|${fold(r.producer)}|${fold(r.product)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const stars = r.stars ?? 3;
      const score = r.score ?? { 3: 60, 4: 80, 5: 95 }[stars] ?? 60;
      sheet
        .addRow([++n, r.product, r.producer, r.address, r.category, String(score).replace(".", ","), `${stars} sao`])
        .commit();
    }
    sheet.commit();
    await workbook.commit();
    return n;
  } finally {
    await client.end();
  }
}

/** An ADMIN account for the import, with the API's own password hashing. */
async function createStaff(databaseUrl: string): Promise<void> {
  const requireApi = createRequire(path.join(API_DIST, "main.js"));
  const { hashPassword } = requireApi(path.join(API_DIST, "modules", "staff", "password.js")) as {
    hashPassword(password: string): Promise<string>;
  };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO staff_user (email, display_name, password_hash, role) VALUES ($1, 'Bench import', $2, 'ADMIN')
       ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
      [EMAIL, await hashPassword(PASSWORD)],
    );
  } finally {
    await client.end();
  }
}

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/admin/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email } } }`,
      variables: { e: EMAIL, p: PASSWORD },
    }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!response.ok || !cookie)
    throw new Error(`bench staff sign-in failed: ${response.status} ${await response.text()}`);
  return cookie;
}

async function post(base: string, cookie: string, file: Buffer, dryRun: boolean): Promise<ImportPhase> {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(file)]), "phu-luc-bench.xlsx");
  const started = Date.now();
  const response = await fetch(`${base}/admin/imports/certification-decisions?dryRun=${dryRun}`, {
    method: "POST",
    headers: { cookie, "x-ocop-csrf": "1", "accept-language": "en" },
    body: form,
  });
  const text = await response.text();
  const seconds = (Date.now() - started) / 1000;
  let body: { summary?: ImportPhase["summary"]; rows?: Array<{ row: number; errors: Array<{ message: string }> }> };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`the import answered ${response.status}: ${text.slice(0, 500)}`);
  }
  const firstErrors = (body.rows ?? [])
    .filter((r) => r.errors.length > 0)
    .slice(0, 5)
    .map((r) => `row ${r.row}: ${r.errors.map((e) => e.message).join("; ")}`);
  if (!body.summary) throw new Error(`the import answered ${response.status}: ${text.slice(0, 500)}`);
  return { seconds, status: response.status, summary: body.summary, firstErrors };
}
