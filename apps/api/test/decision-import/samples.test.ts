import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";
import { counts, postAnnex } from "./import-client";

const SAMPLES = path.resolve(__dirname, "../../../../data/samples");

let api: TestApi;
let admin: StaffClient;
let xlsx: Buffer;
let csv: Buffer;

beforeAll(async () => {
  api = await startTestApi();
  admin = await signedIn(api, ADMIN);
  xlsx = await readFile(path.join(SAMPLES, "phu-luc-quyet-dinh-mau.xlsx"));
  csv = await readFile(path.join(SAMPLES, "phu-luc-quyet-dinh-mau.csv"));
});
afterAll(() => api?.close());

describe("the province's sample annex", () => {
  it("dry run: reads the title's decision, the header under the title rows and each row, and changes nothing", async () => {
    const before = await counts(api);
    const { status, body } = await postAnnex(api, admin, xlsx);
    expect(status).toBe(200);
    expect(body.committed).toBe(false);
    expect(body.decision).toEqual({
      number: "1234/QĐ-UBND",
      date: "2026-06-15",
      level: null,
      legalBasis: null,
      source: { number: "title", date: "title" },
    });
    expect(body.sheet.name).toBe("Phụ lục");
    expect(body.sheet.headerRow).toBe(6);
    expect(body.sheet.columns.map((c) => [c.letter, c.field])).toEqual([
      ["A", "ordinal"],
      ["B", "product"],
      ["C", "producer"],
      ["D", "address"],
      ["E", "group"],
      ["F", "score"],
      ["G", "stars"],
    ]);
    // Section rows 7 and 11 are not products; rows keep the sheet's own numbers.
    expect(body.rows.map((r) => [r.row, r.product, r.action, r.commune])).toEqual([
      [8, "Na dai Đồng Mỏ", "update", "Xã Chi Lăng"],
      [9, "Tinh dầu hồi Văn Quan", "update", "Xã Văn Quan"],
      [10, "Miến dong Bình Gia (mẫu)", "create", "Xã Bình Gia"],
      [12, "Nem nướng Khôi Loan", "update", "Xã Hữu Lũng"],
      [13, "Măng khô Tràng Định (mẫu)", "create", "Xã Thất Khê"],
      [14, "Bánh cuốn trứng Thất Khê (mẫu)", "create", "Xã Thất Khê"],
    ]);
    expect(body.summary).toEqual({ rows: 6, create: 3, update: 3, unchanged: 0, error: 0 });
    expect(await counts(api)).toEqual(before);
  });

  it("the csv (with a byte order mark, no title) names what is missing on every row until the form gives it", async () => {
    const missing = await postAnnex(api, admin, csv, { name: "phu-luc.csv" });
    expect(missing.status).toBe(200);
    expect(missing.body.sheet.headerRow).toBe(1);
    expect(missing.body.summary.error).toBe(6);
    for (const row of missing.body.rows) {
      expect(row.errors.map((e) => e.field).sort()).toEqual(["decisionDate", "decisionNumber"]);
      expect(row.errors[0]!.message).toMatch(/^Thiếu (số|ngày) quyết định/);
    }
    const given = await postAnnex(api, admin, csv, {
      name: "phu-luc.csv",
      fields: { decisionNumber: "1234/QĐ-UBND", decisionDate: "2026-06-15" },
    });
    expect(given.body.decision.source).toEqual({ number: "form", date: "form" });
    expect(given.body.summary).toEqual({ rows: 6, create: 3, update: 3, unchanged: 0, error: 0 });
  });

  it("commits all rows with their audit entries, then the same file again is unchanged on every row", async () => {
    const before = await counts(api);
    const ls02 = await api.one<{ id: number; version: number }>(
      `SELECT id, version FROM product WHERE external_ref = 'LS02'`,
    );
    const { status, body } = await postAnnex(api, admin, xlsx, { dryRun: false });
    expect(status).toBe(200);
    expect(body.committed).toBe(true);
    expect(body.summary).toEqual({ rows: 6, create: 3, update: 3, unchanged: 0, error: 0 });
    const after = await counts(api);
    // Three new producers (one per new product: "Thất Khê" has two distinct producers), 3 products, 6 certificates.
    expect(after.products - before.products).toBe(3);
    expect(after.producers - before.producers).toBe(3);
    expect(after.certificates - before.certificates).toBe(6);
    expect(after.audits - before.audits).toBe(3 + 3 + 6);
    const actions = await api.sql<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_entry WHERE id > (SELECT max(id) - 12 FROM audit_entry) GROUP BY action ORDER BY action`,
    );
    expect(actions).toEqual([
      { action: "certification.add", n: 6 },
      { action: "producer.create", n: 3 },
      { action: "product.create", n: 3 },
    ]);
    // The existing product got the decision's certificate (now its newest, superseding the older
    // one); its version stays, as when a certificate is added in its dialog.
    const newest = await api.one<{ stars: number; score: number; decision_number: string; version: number }>(
      `SELECT c.stars, c.score, c.decision_number, p.version FROM certification c JOIN product p ON p.id = c.product_id
       WHERE p.id = $1 ORDER BY c.decision_date DESC LIMIT 1`,
      [ls02.id],
    );
    expect(newest).toEqual({ stars: 4, score: 78, decision_number: "1234/QĐ-UBND", version: ls02.version });
    // New products are drafts with their producer, commune and the address as printed.
    const created = await api.one<Record<string, unknown>>(
      `SELECT p.status, p.category_code, pr.name AS producer, pr.type, pr.commune_code, pr.address_as_reported
       FROM product p JOIN producer pr ON pr.id = p.producer_id WHERE p.name_vi = 'Miến dong Bình Gia (mẫu)'`,
    );
    expect(created).toEqual({
      status: "draft",
      category_code: "TP-CB-3",
      producer: "HTX Nông sản Bình Gia (mẫu)",
      type: "cooperative",
      commune_code: expect.stringMatching(/^\d{5}$/),
      address_as_reported: "xã Bình Gia, tỉnh Lạng Sơn",
    });

    const again = await postAnnex(api, admin, xlsx, { dryRun: false });
    expect(again.status).toBe(200);
    expect(again.body.summary).toEqual({ rows: 6, create: 0, update: 0, unchanged: 6, error: 0 });
    expect(await counts(api)).toEqual(after);
    // The csv of the same annex, with the decision typed in the form, is the same decision.
    const csvAgain = await postAnnex(api, admin, csv, {
      name: "phu-luc.csv",
      fields: { decisionNumber: "1234/qđ-ubnd", decisionDate: "2026-06-15" },
    });
    expect(csvAgain.body.summary.unchanged).toBe(6);
  });
});
