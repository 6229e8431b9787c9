import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, OFFICER, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

/*
 * The programme report's figures against the seeded data, worked out here in plain code from the
 * raw rows (no SQL rule of the API reused), for everyone and for a commune officer's unit.
 */

let api: TestApi;
let admin: StaffClient;
let officer: StaffClient;

beforeAll(async () => {
  api = await startTestApi();
  admin = await signedIn(api, ADMIN);
  officer = await signedIn(api, OFFICER);
}, 120_000);
afterAll(() => api?.close());

const REPORT = `{ programmeReport {
  provinceName communeName generatedOn renewalYear
  rounds { year decisionNumber decisionDate products stars3 stars4 stars5 }
  byStars { key count } byGroup { key count } byCommune { key count }
  expiredNotReevaluated { productId validUntil } renewalsDue { productId validUntil }
} }`;

interface Report {
  provinceName: string;
  communeName: string | null;
  generatedOn: string;
  renewalYear: number;
  rounds: Array<
    { year: number; decisionNumber: string | null; decisionDate: string; products: number } & Record<string, unknown>
  >;
  byStars: Array<{ key: string; count: number }>;
  byGroup: Array<{ key: string; count: number }>;
  byCommune: Array<{ key: string; count: number }>;
  expiredNotReevaluated: Array<{ productId: string; validUntil: string }>;
  renewalsDue: Array<{ productId: string; validUntil: string }>;
}

interface Cert {
  id: number;
  productId: number;
  stars: number;
  decisionNumber: string | null;
  decisionDate: string;
  validUntil: string;
  revoked: boolean;
}

/** What the report should say, from the raw rows. */
async function expected(commune: string | null) {
  const products = await api.sql<{ id: number; status: string; commune: string | null; group: string }>(
    `SELECT p.id, p.status::text, pr.commune_code AS commune, coalesce(c.parent_code, c.code) AS group
       FROM product p JOIN producer pr ON pr.id = p.producer_id JOIN category c ON c.code = p.category_code`,
  );
  const certs = await api.sql<Cert>(
    `SELECT id, product_id AS "productId", stars, decision_number AS "decisionNumber",
            to_char(decision_date, 'YYYY-MM-DD') AS "decisionDate", to_char(valid_until, 'YYYY-MM-DD') AS "validUntil",
            revoked_on IS NOT NULL AS revoked FROM certification`,
  );
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const inScope = products.filter((p) => commune === null || p.commune === commune);
  const ids = new Set(inScope.map((p) => p.id));
  const rounds = new Map<string, { products: Set<number>; stars: number[] }>();
  for (const c of certs.filter((c) => ids.has(c.productId))) {
    const key = `${c.decisionNumber}|${c.decisionDate}`;
    const round = rounds.get(key) ?? { products: new Set(), stars: [] };
    round.products.add(c.productId);
    round.stars.push(c.stars);
    rounds.set(key, round);
  }
  const tally = (keys: string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const active = inScope.filter((p) => p.status !== "archived");
  const newest = (id: number) =>
    certs
      .filter((c) => c.productId === id)
      .sort((a, b) => b.decisionDate.localeCompare(a.decisionDate) || b.id - a.id)[0];
  const valid = active.filter((p) => {
    const c = newest(p.id);
    return c && !c.revoked && c.validUntil >= today;
  });
  const lapsed = active.filter((p) => {
    const c = newest(p.id);
    return c && !c.revoked && c.validUntil < today;
  });
  const nextYear = String(Number(today.slice(0, 4)) + 1);
  return {
    today,
    rounds,
    byStars: tally(valid.map((p) => String(newest(p.id)!.stars))),
    byGroup: tally(valid.map((p) => p.group)),
    byCommune: tally(valid.map((p) => p.commune ?? "")),
    lapsed: lapsed.map((p) => p.id).sort((a, b) => a - b),
    renewals: valid
      .filter((p) => newest(p.id)!.validUntil.startsWith(nextYear))
      .map((p) => p.id)
      .sort((a, b) => a - b),
    nextYear: Number(nextYear),
    inScope: ids,
  };
}

const asMap = (rows: Array<{ key: string; count: number }>) => new Map(rows.map((r) => [r.key, r.count]));
const idsOf = (rows: Array<{ productId: string }>) => rows.map((r) => Number(r.productId)).sort((a, b) => a - b);

async function reportOf(client: StaffClient): Promise<Report> {
  const result = await client.gql(REPORT);
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.programmeReport as Report;
}

describe("programmeReport", () => {
  it("counts what the seeded catalogue holds, round by round and today", async () => {
    const report = await reportOf(admin);
    const want = await expected(null);
    expect(report.provinceName).toBe("Lạng Sơn");
    expect(report.communeName).toBeNull();
    expect(report.generatedOn).toBe(want.today);
    expect(report.renewalYear).toBe(want.nextYear);
    expect(report.rounds.length).toBe(want.rounds.size);
    expect(report.rounds.length).toBeGreaterThan(1);
    for (const round of report.rounds) {
      const mine = want.rounds.get(`${round.decisionNumber}|${round.decisionDate}`);
      expect(mine, `${round.decisionNumber} of ${round.decisionDate}`).toBeDefined();
      expect(round.year).toBe(Number(round.decisionDate.slice(0, 4)));
      expect(round.products).toBe(mine!.products.size);
      for (const s of [3, 4, 5]) expect(round[`stars${s}`]).toBe(mine!.stars.filter((x) => x === s).length);
    }
    const dates = report.rounds.map((r) => r.decisionDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(asMap(report.byStars)).toEqual(want.byStars);
    expect(asMap(report.byGroup)).toEqual(want.byGroup);
    expect(asMap(report.byCommune)).toEqual(want.byCommune);
    expect(idsOf(report.expiredNotReevaluated)).toEqual(want.lapsed);
    expect(want.lapsed.length).toBeGreaterThan(0);
    expect(idsOf(report.renewalsDue)).toEqual(want.renewals);
    for (const r of report.renewalsDue) expect(r.validUntil.slice(0, 4)).toBe(String(want.nextYear));
  });

  it("covers only a commune officer's own unit", async () => {
    const report = await reportOf(officer);
    const want = await expected("06463");
    expect(report.communeName).toBe("Xã Chi Lăng");
    expect(asMap(report.byCommune)).toEqual(want.byCommune);
    expect([...asMap(report.byCommune).keys()].every((k) => k === "06463")).toBe(true);
    expect(asMap(report.byStars)).toEqual(want.byStars);
    expect(report.rounds.reduce((n, r) => n + r.products, 0)).toBe(
      [...want.rounds.values()].reduce((n, r) => n + r.products.size, 0),
    );
    expect(idsOf(report.expiredNotReevaluated).every((id) => want.inScope.has(id))).toBe(true);
    expect(idsOf(report.expiredNotReevaluated)).toEqual(want.lapsed);
  });

  it("exports to .xlsx, one sheet per table, with the same figures", async () => {
    const report = await reportOf(admin);
    const response = await fetch(`${api.url}/admin/exports/programme-report.xlsx?lang=en`, {
      headers: { cookie: admin.cookie!, "x-ocop-csrf": "1", "sec-fetch-site": "same-origin" },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "By round",
      "By stars",
      "By group",
      "By commune",
      "Expired, not re-evaluated",
      `Renewals due ${report.renewalYear}`,
    ]);
    const [rounds, stars, , communes, expired, renewals] = workbook.worksheets;
    expect(rounds!.rowCount - 1).toBe(report.rounds.length);
    expect(rounds!.getRow(2).getCell(3).value).toBeInstanceOf(Date);
    expect(rounds!.getRow(2).getCell(3).numFmt).toBe("dd/mm/yyyy");
    expect(rounds!.getRow(2).getCell(4).value).toBe(report.rounds[0]!.products);
    expect(stars!.getRow(1).values).toEqual([undefined, "Stars", "Products"]);
    expect(communes!.rowCount - 1).toBe(report.byCommune.length);
    expect(expired!.rowCount - 1).toBe(report.expiredNotReevaluated.length);
    expect(renewals!.rowCount - 1).toBe(report.renewalsDue.length);
    const officerFile = await fetch(`${api.url}/admin/exports/programme-report.xlsx`, {
      headers: { cookie: officer.cookie!, "x-ocop-csrf": "1" },
    });
    const officerBook = new ExcelJS.Workbook();
    await officerBook.xlsx.load(await officerFile.arrayBuffer());
    expect(officerBook.worksheets[3]!.getRow(2).getCell(1).value).toBe("Xã Chi Lăng");
    expect(officerBook.worksheets[3]!.rowCount).toBe(2);
  });
});
