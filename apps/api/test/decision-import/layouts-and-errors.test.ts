import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, EDITOR, OFFICER, signedIn, staffClient, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";
import { annexXlsx, counts, postAnnex } from "./import-client";

let api: TestApi;
let admin: StaffClient;
let editor: StaffClient;
let officer: StaffClient;

beforeAll(async () => {
  api = await startTestApi();
  admin = await signedIn(api, ADMIN);
  editor = await signedIn(api, EDITOR);
  officer = await signedIn(api, OFFICER);
});
afterAll(() => api?.close());

const TITLE = [
  "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
  "PHỤ LỤC II",
  "Kết quả đánh giá, phân hạng sản phẩm OCOP năm 2026 (đợt 1)",
  "(Kèm theo Quyết định số 987/QĐ-UBND ngày 02 tháng 3 năm 2026 của Chủ tịch UBND tỉnh)",
];
/** Another province's layout: other column order and names, no address column before the group. */
const HEADER = ["TT", "Tên chủ thể", "Tên sản phẩm", "Nhóm sản phẩm", "Tổng điểm", "Kết quả xếp hạng", "Địa chỉ"];

describe("annexes laid out differently", () => {
  it("finds the header under merged title rows, maps renamed columns in another order, reads ★, decimal commas and sections", async () => {
    const file = await annexXlsx({
      title: TITLE,
      header: HEADER,
      rows: [
        "I. SẢN PHẨM ĐẠT 4 SAO",
        [
          1,
          "HTX Chè Khánh Khê (thử)",
          "Chè Khánh Khê (thử)",
          "Chè tươi, chè chế biến",
          "72,5",
          "4★",
          "thôn Khánh Khê, xã Văn Quan, tỉnh Lạng Sơn",
        ],
        [
          2,
          "Cơ sở Rượu Mẫu Sơn (thử)",
          "Rượu men lá (thử)",
          "Đồ uống",
          88,
          "4",
          "Xã Mẫu Sơn, huyện Lộc Bình (cũ), tỉnh Lạng Sơn",
        ],
        "II. SẢN PHẨM ĐẠT 3 SAO",
        [
          3,
          "Tổ hợp tác mây tre Hữu Lũng (thử)",
          "Giỏ mây (thử)",
          "Hàng thủ công mỹ nghệ",
          "69,5",
          "3 sao",
          "xã Hữu Lũng, Lạng Sơn",
        ],
      ],
    });
    const { status, body } = await postAnnex(api, admin, file);
    expect(status).toBe(200);
    expect(body.sheet.headerRow).toBe(6);
    expect(body.sheet.columns.map((c) => c.field)).toEqual([
      "ordinal",
      "producer",
      "product",
      "group",
      "score",
      "stars",
      "address",
    ]);
    expect(body.decision).toMatchObject({
      number: "987/QĐ-UBND",
      date: "2026-03-02",
      source: { number: "title", date: "title" },
    });
    expect(body.rows.map((r) => [r.row, r.action, r.commune, r.errors])).toEqual([
      [8, "create", "Xã Văn Quan", []],
      [9, "create", "Xã Mẫu Sơn", []],
      [11, "create", "Xã Hữu Lũng", []],
    ]);
    const committed = await postAnnex(api, admin, file, { dryRun: false, fields: { legalBasis: "QĐ 148/QĐ-TTg" } });
    expect(committed.status).toBe(200);
    const rows = await api.sql(
      `SELECT p.name_vi, p.category_code, c.stars, c.score, c.level, c.legal_basis, pr.type
       FROM product p JOIN certification c ON c.product_id = p.id JOIN producer pr ON pr.id = p.producer_id
       WHERE c.decision_number = '987/QĐ-UBND' ORDER BY p.id`,
    );
    expect(rows).toEqual([
      {
        name_vi: "Chè Khánh Khê (thử)",
        category_code: "TP-CH-1",
        stars: 4,
        score: 72,
        level: "province",
        legal_basis: "QĐ 148/QĐ-TTg",
        type: "cooperative",
      },
      {
        name_vi: "Rượu men lá (thử)",
        category_code: "DU",
        stars: 4,
        score: 88,
        level: "province",
        legal_basis: "QĐ 148/QĐ-TTg",
        type: "household",
      },
      {
        name_vi: "Giỏ mây (thử)",
        category_code: "TC",
        stars: 3,
        score: 69,
        level: "province",
        legal_basis: "QĐ 148/QĐ-TTg",
        type: "cooperative_group",
      },
    ]);
  });

  it("takes the staff's column mapping over what it detected", async () => {
    // Headers nobody would recognise: the mapping says which is which.
    const file = await annexXlsx({
      header: ["Cột 1", "Cột 2", "Cột 3", "Cột 4", "Cột 5", "Cột 6"],
      rows: [["Na dai Đồng Mỏ", "Chủ thể na dai Đồng Mỏ", "xã Chi Lăng", "Rau, củ, quả, hạt tươi", 80, 4]],
    });
    const without = await postAnnex(api, admin, file, {
      fields: { decisionNumber: "55/QĐ-UBND", decisionDate: "2026-05-01" },
    });
    expect(without.status).toBe(400);
    expect(without.body.error).toMatchObject({ code: "noHeaderRow", field: "mapping" });
    expect(without.body.error!.message).toMatch(/Không tìm thấy dòng tiêu đề/);
    const mapping = JSON.stringify({ product: 1, producer: 2, address: 3, group: 4, score: 5, stars: 6 });
    const { body } = await postAnnex(api, admin, file, {
      fields: { decisionNumber: "55/QĐ-UBND", decisionDate: "2026-05-01", mapping },
    });
    expect(body.sheet.headerRow).toBe(1);
    expect(body.sheet.columns.map((c) => [c.index, c.header, c.field])).toEqual([
      [1, "Cột 1", "product"],
      [2, "Cột 2", "producer"],
      [3, "Cột 3", "address"],
      [4, "Cột 4", "group"],
      [5, "Cột 5", "score"],
      [6, "Cột 6", "stars"],
    ]);
    expect(body.rows).toEqual([
      {
        row: 2,
        action: "update",
        product: "Na dai Đồng Mỏ",
        producer: "Chủ thể na dai Đồng Mỏ",
        commune: "Xã Chi Lăng",
        errors: [],
      },
    ]);
    const bad = await postAnnex(api, admin, file, { fields: { mapping: '{"product": 0}' }, lang: "en" });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "mappingInvalid", field: "mapping" });
    expect(bad.body.error!.message).toMatch(/^The column mapping must be JSON/);
  });
});

describe("errors name the row and the field, in the staff member's language", () => {
  const header = ["STT", "Tên sản phẩm", "Tên chủ thể", "Địa chỉ", "Phân nhóm", "Số điểm", "Hạng sao"];
  const rows: Array<Array<string | number>> = [
    [
      1,
      "Mật ong (thử A)",
      "HTX Ong (thử)",
      "xã Không Có Thật, tỉnh Lạng Sơn",
      "Mật ong, mật khác và nông sản thực phẩm khác",
      75,
      "4 sao",
    ],
    [
      2,
      "Mật ong (thử B)",
      "HTX Ong (thử)",
      "xã Chi Lăng, tỉnh Lạng Sơn",
      "Mật ong, mật khác và nông sản thực phẩm khác",
      65,
      "4 sao",
    ],
    [
      3,
      "Mật ong (thử C)",
      "HTX Ong (thử)",
      "xã Chi Lăng, tỉnh Lạng Sơn",
      "Mật ong, mật khác và nông sản thực phẩm khác",
      45,
      "2 sao",
    ],
    [4, "Mật ong (thử D)", "HTX Ong (thử)", "xã Chi Lăng, tỉnh Lạng Sơn", "Đồ gốm sứ vũ trụ", 55, "3 sao"],
    [5, "Mật ong (thử E)", "HTX Ong (thử)", "xã Chi Lăng, tỉnh Lạng Sơn", "Thực phẩm", 55, "ba"],
    [6, "Mật ong (thử F)", "HTX Ong (thử)", "xã Chi Lăng, tỉnh Lạng Sơn", "Thực phẩm", 60, "3"],
    [7, "MẬT ONG (THỬ F)", "htx ong (thu)", "xã Chi Lăng, tỉnh Lạng Sơn", "Thực phẩm", 61, "3"],
    [8, "Mật ong (thử G)", "HTX Ong (thử)", "xã Chi Lăng, tỉnh Lạng Sơn", "Thực phẩm", 66, "3 sao"],
  ];

  it("reports each kind of error; a commit with errors answers 422 and changes nothing", async () => {
    const file = await annexXlsx({ header, rows });
    const fields = { decisionNumber: "77/QĐ-UBND", decisionDate: "2026-04-01" };
    const before = await counts(api);
    const { status, body } = await postAnnex(api, editor, file, { fields, dryRun: false });
    expect(status).toBe(422);
    expect(body.committed).toBe(false);
    expect(await counts(api)).toEqual(before);
    const errorsOf = (row: number) =>
      body.rows.find((r) => r.row === row)!.errors.map((e) => [e.field, e.code, e.message]);
    expect(errorsOf(2)).toEqual([
      [
        "address",
        "communeUnknown",
        'Không tìm thấy xã/phường hiện hành trong địa chỉ "xã Không Có Thật, tỉnh Lạng Sơn"',
      ],
    ]);
    expect(errorsOf(3)).toEqual([["score", "scoreOutOfBand", "4 sao cần 70–89 điểm (ghi 65)"]]);
    expect(errorsOf(4)).toEqual([
      ["stars", "starsNotCertified", "Chỉ sản phẩm 3, 4 hoặc 5 sao được chứng nhận (ghi 2)"],
    ]);
    expect(errorsOf(5)).toEqual([["group", "groupUnknown", 'Không nhận ra nhóm sản phẩm "Đồ gốm sứ vũ trụ"']]);
    expect(errorsOf(6)).toEqual([["stars", "starsUnreadable", 'Không đọc được hạng sao "ba"']]);
    expect(errorsOf(7)).toEqual([["product", "duplicateRow", "Sản phẩm này của cùng chủ thể đã có ở dòng 8"]]);
    expect(errorsOf(8)).toEqual([["product", "duplicateRow", "Sản phẩm này của cùng chủ thể đã có ở dòng 7"]]);
    expect(body.rows.find((r) => r.row === 9)!.action).toBe("create");
    expect(body.summary).toEqual({ rows: 8, create: 1, update: 0, unchanged: 0, error: 7 });

    const english = await postAnnex(api, editor, file, { fields, lang: "en-GB,en;q=0.9,vi;q=0.5" });
    expect(english.body.rows.find((r) => r.row === 3)!.errors[0]!.message).toBe("4 stars need 70-89 points (given 65)");
  });

  it("a decision date in the future makes every row an error naming it", async () => {
    const file = await annexXlsx({ header, rows: [rows[7]!] });
    const { body } = await postAnnex(api, admin, file, {
      fields: { decisionNumber: "78/QĐ-UBND", decisionDate: "2099-01-01" },
      lang: "en",
    });
    expect(body.rows[0]!.errors).toEqual([
      {
        field: "decisionDate",
        code: "decisionDateFuture",
        message: expect.stringMatching(/^The decision date 2099-01-01 is in the future/),
      },
    ]);
    const notADate = await postAnnex(api, admin, file, {
      fields: { decisionNumber: "78/QĐ-UBND", decisionDate: "2026-02-30" },
    });
    expect(notADate.body.rows[0]!.errors.map((e) => e.code)).toEqual(["decisionDateInvalid"]);
  });

  it("an unreadable file is a clear error, never a 500", async () => {
    const binary = await postAnnex(api, admin, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 1, 2, 3]), {
      name: "old.xls",
    });
    expect(binary.status).toBe(400);
    expect(binary.body.error).toEqual({
      code: "fileUnreadable",
      field: "file",
      message: "Không đọc được tệp: hãy gửi bảng tính .xlsx hoặc tệp .csv (UTF-8)",
    });
    // A zip that is not a workbook.
    const brokenZip = await postAnnex(api, admin, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]));
    expect(brokenZip.status).toBe(400);
    expect(brokenZip.body.error!.code).toBe("fileUnreadable");
    const empty = await postAnnex(api, admin, Buffer.alloc(0), { name: "empty.csv", lang: "en" });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ code: "fileEmpty", message: "The file has no rows" });
  });
});

describe("who may import", () => {
  const header = ["STT", "Tên sản phẩm", "Tên chủ thể", "Địa chỉ", "Phân nhóm", "Số điểm", "Hạng sao"];

  it("a commune officer imports only rows of their own unit", async () => {
    const file = await annexXlsx({
      header,
      rows: [
        [
          1,
          "Bánh (thử officer)",
          "Hộ kinh doanh bánh (thử)",
          "xã Chi Lăng, tỉnh Lạng Sơn",
          "Chế biến từ gạo, ngũ cốc",
          60,
          "3 sao",
        ],
        [
          2,
          "Tinh dầu hồi Văn Quan",
          "Cơ sở chưng cất tinh dầu hồi Văn Quan",
          "xã Văn Quan, tỉnh Lạng Sơn",
          "Tinh dầu và dược liệu khác",
          80,
          "4 sao",
        ],
      ],
    });
    const fields = { decisionNumber: "79/QĐ-UBND", decisionDate: "2026-04-02" };
    const { status, body } = await postAnnex(api, officer, file, { fields, dryRun: false });
    expect(status).toBe(422);
    expect(body.rows.map((r) => [r.action, r.errors.map((e) => [e.field, e.code])])).toEqual([
      ["create", []],
      ["error", [["address", "communeOutOfScope"]]],
    ]);
    const own = await annexXlsx({
      header,
      rows: [
        [
          1,
          "Bánh (thử officer)",
          "Hộ kinh doanh bánh (thử)",
          "xã Chi Lăng, tỉnh Lạng Sơn",
          "Chế biến từ gạo, ngũ cốc",
          60,
          "3 sao",
        ],
      ],
    });
    const ok = await postAnnex(api, officer, own, { fields, dryRun: false });
    expect(ok.status).toBe(200);
    expect(ok.body.summary.create).toBe(1);
    const audit = await api.one<{ email: string }>(
      `SELECT s.email FROM audit_entry a JOIN staff_user s ON s.id = a.staff_user_id WHERE a.action = 'product.create' ORDER BY a.id DESC LIMIT 1`,
    );
    expect(audit.email).toBe(OFFICER);
  });

  it("publishes created products when asked, which needs a valid certificate", async () => {
    const file = await annexXlsx({
      header,
      rows: [
        [
          1,
          "Trà hoa vàng (thử publish)",
          "HTX Trà (thử publish)",
          "xã Chi Lăng, tỉnh Lạng Sơn",
          "Chè tươi, chè chế biến",
          75,
          "4 sao",
        ],
      ],
    });
    const expired = await postAnnex(api, admin, file, {
      fields: { decisionNumber: "12/QĐ-UBND", decisionDate: "2020-01-01", publish: "true" },
    });
    expect(expired.body.rows[0]!.errors.map((e) => [e.field, e.code])).toEqual([
      ["publish", "publishNeedsValidCertificate"],
    ]);
    const ok = await postAnnex(api, admin, file, {
      fields: { decisionNumber: "80/QĐ-UBND", decisionDate: "2026-04-03", publish: "true" },
      dryRun: false,
    });
    expect(ok.status).toBe(200);
    const product = await api.one<{ status: string; slug: string }>(
      `SELECT status, slug FROM product WHERE name_vi = 'Trà hoa vàng (thử publish)'`,
    );
    expect(product.status).toBe("published");
    const shown = await api.gql<{ product: { name: string } | null }>(`{ product(slug: "${product.slug}") { name } }`);
    expect(shown.body.data!.product).not.toBeNull();
  });

  it("needs the CSRF header (403) and a session (401), and refuses before reading the file", async () => {
    const file = await annexXlsx({ header, rows: [] });
    const noCsrf = await postAnnex(api, admin, file, { headers: {} });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error!.code).toBe("CSRF_HEADER_MISSING");
    const anonymous = await postAnnex(api, staffClient(api), file);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error!.code).toBe("UNAUTHENTICATED");
    const crossSite = await postAnnex(api, admin, file, {
      headers: { "x-ocop-csrf": "1", origin: "https://evil.example" },
    });
    expect(crossSite.status).toBe(403);
  });
});
