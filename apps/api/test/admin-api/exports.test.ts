import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, EDITOR, OFFICER, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
let admin: StaffClient;
let officer: StaffClient;

beforeAll(async () => {
  api = await startTestApi();
  admin = await signedIn(api, ADMIN);
  officer = await signedIn(api, OFFICER);
  // Requests about a product of Chi Lăng (the officer's unit) and of another unit.
  await api.sql(
    `INSERT INTO connection_request (product_id, producer_id, requester_kind, name, email, message, status)
     SELECT p.id, p.producer_id, 'buyer', 'Người mua ' || p.id, 'mua@example.vn', 'Xin báo giá', 'new'
     FROM product p JOIN producer pr ON pr.id = p.producer_id
     WHERE p.id IN ((SELECT min(p2.id) FROM product p2 JOIN producer x ON x.id = p2.producer_id WHERE x.commune_code = '06463'),
                    (SELECT min(p2.id) FROM product p2 JOIN producer x ON x.id = p2.producer_id WHERE x.commune_code <> '06463'))`,
  );
  // A request's products (what the commune scope reads), as sending one records them.
  await api.sql(
    `INSERT INTO connection_request_product (request_id, product_id, position)
     SELECT id, product_id, 0 FROM connection_request ON CONFLICT DO NOTHING`,
  );
}, 120_000);
afterAll(() => api?.close());

interface Download {
  status: number;
  contentType: string | null;
  disposition: string | null;
  body: Buffer;
}

async function download(
  path: string,
  client: StaffClient | null,
  headers: Record<string, string> = {},
): Promise<Download> {
  const response = await fetch(`${api.url}${path}`, {
    headers: {
      "x-ocop-csrf": "1",
      "sec-fetch-site": "same-origin",
      ...(client?.cookie ? { cookie: client.cookie } : {}),
      ...headers,
    },
  });
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    disposition: response.headers.get("content-disposition"),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

async function sheetsOf(file: Download): Promise<ExcelJS.Worksheet[]> {
  expect(file.status).toBe(200);
  expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
  return workbook.worksheets;
}

function header(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

/** The data rows (below the header), each as its cells' values from the first column. */
function rows(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

/** Every row of a staff list through GraphQL, page after page, as the admin reads it. */
async function everyNode<T>(
  client: StaffClient,
  query: string,
  field: string,
  variables: Record<string, unknown> = {},
) {
  const nodes: T[] = [];
  for (let offset = 0; ; offset += 100) {
    const result = await client.gql(query, { ...variables, first: 100, offset });
    expect(result.body.errors).toBeUndefined();
    const connection = result.body.data![field] as { totalCount: number; edges: Array<{ node: T }> };
    nodes.push(...connection.edges.map((e) => e.node));
    if (nodes.length >= connection.totalCount || connection.edges.length === 0) return nodes;
  }
}

const PRODUCTS = `query($filter: AdminProductFilter, $sort: AdminProductSort, $first: Int, $offset: Int) {
  adminProducts(filter: $filter, sort: $sort, first: $first, offset: $offset) {
    totalCount edges { node { id nameVi status stars certification { decisionNumber decisionDate stars score validUntil status } } }
  } }`;

interface ProductNode {
  id: string;
  nameVi: string;
  status: string;
  stars: number | null;
  certification: {
    decisionNumber: string | null;
    decisionDate: string;
    stars: number;
    score: number | null;
    validUntil: string;
    status: string;
  } | null;
}

const isoDay = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

describe("GET /admin/exports/products.xlsx", () => {
  it("refuses without a session, without the CSRF header and from another site", async () => {
    expect((await download("/admin/exports/products.xlsx", null)).status).toBe(401);
    const noHeader = await download("/admin/exports/products.xlsx", admin, { "x-ocop-csrf": "" });
    expect(noHeader.status).toBe(400);
    const crossSite = await download("/admin/exports/products.xlsx", admin, { "sec-fetch-site": "cross-site" });
    expect(crossSite.status).toBe(403);
    const otherOrigin = await download("/admin/exports/products.xlsx", admin, { origin: "https://evil.example" });
    expect(otherOrigin.status).toBe(403);
    const unknown = await download("/admin/exports/nothing.xlsx", admin);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body.toString())).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
  });

  it("holds the rows of the list with the same filters and sort, in its order, with the current certificate", async () => {
    const file = await download(
      "/admin/exports/products.xlsx?stars=3,4&status=PUBLISHED&sort=NAME&page=2&size=20",
      admin,
    );
    expect(file.disposition).toMatch(/^attachment; filename="san-pham-ocop-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const [sheet] = await sheetsOf(file);
    const expected = await everyNode<ProductNode>(admin, PRODUCTS, "adminProducts", {
      filter: { stars: [3, 4], status: "PUBLISHED" },
      sort: "NAME",
    });
    expect(expected.length).toBeGreaterThan(20); // every page, not the one on screen
    const got = rows(sheet!);
    expect(got.map((r) => String(r[0]))).toEqual(expected.map((p) => p.id));
    expect(got.map((r) => r[1])).toEqual(expected.map((p) => p.nameVi));
    const cols = header(sheet!);
    const at = (name: string) => cols.indexOf(name);
    for (const [i, p] of expected.entries()) {
      const row = got[i]!;
      expect(row[at("Trạng thái")]).toBe("Đã công khai");
      expect(row[at("Số sao hiện tại")] ?? null).toBe(p.stars);
      expect(row[at("Số quyết định")] ?? null).toBe(p.certification?.decisionNumber ?? null);
      expect(isoDay(row[at("Ngày quyết định")])).toBe(p.certification?.decisionDate);
      expect(isoDay(row[at("Hiệu lực đến")])).toBe(p.certification?.validUntil);
      expect(row[at("Số sao theo quyết định")]).toBe(p.certification?.stars);
      expect(row[at("Điểm")] ?? null).toBe(p.certification?.score ?? null);
      expect(row[at("Tình trạng chứng nhận")]).toBe(
        p.certification?.status === "VALID" ? "Còn hiệu lực" : expect.any(String),
      );
    }
  });

  it("names its columns in the staff member's language", async () => {
    const [vi] = await sheetsOf(await download("/admin/exports/products.xlsx?lang=vi", admin));
    const [en] = await sheetsOf(await download("/admin/exports/products.xlsx?lang=en", admin));
    expect(header(vi!)).toEqual([
      "Mã",
      "Tên sản phẩm",
      "Chủ thể",
      "Xã, phường",
      "Nhóm sản phẩm",
      "Trạng thái",
      "Số sao hiện tại",
      "Số quyết định",
      "Ngày quyết định",
      "Số sao theo quyết định",
      "Điểm",
      "Hiệu lực đến",
      "Tình trạng chứng nhận",
      "Cập nhật lúc",
    ]);
    expect(header(en!)).toEqual([
      "ID",
      "Product",
      "Producer",
      "Commune/ward",
      "Product group",
      "Status",
      "Current stars",
      "Decision number",
      "Decision date",
      "Stars of the decision",
      "Score",
      "Valid until",
      "Certificate status",
      "Updated",
    ]);
    expect(vi!.name).toBe("Sản phẩm");
    expect(en!.name).toBe("Products");
    expect(rows(en!).map((r) => r[0])).toEqual(rows(vi!).map((r) => r[0]));
  });

  it("writes dates as date cells shown dd/mm/yyyy, and date-times in Vietnam time", async () => {
    const [sheet] = await sheetsOf(await download("/admin/exports/products.xlsx?expiring=365&sort=VALID_UNTIL", admin));
    const cols = header(sheet!);
    const validUntil = cols.indexOf("Hiệu lực đến") + 1;
    const updated = cols.indexOf("Cập nhật lúc") + 1;
    expect(sheet!.rowCount).toBeGreaterThan(1);
    const row = sheet!.getRow(2);
    expect(row.getCell(validUntil).value).toBeInstanceOf(Date);
    expect(row.getCell(validUntil).numFmt).toBe("dd/mm/yyyy");
    expect(row.getCell(updated).value).toBeInstanceOf(Date);
    expect(row.getCell(updated).numFmt).toBe("dd/mm/yyyy hh:mm");
    const id = Number(row.getCell(1).value);
    const { local } = await api.one<{ local: string }>(
      `SELECT to_char(updated_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI') AS local FROM product WHERE id = $1`,
      [id],
    );
    expect((row.getCell(updated).value as Date).toISOString().slice(0, 16)).toBe(local);
  });

  it("refuses a filter the list refuses, naming the field", async () => {
    // The URL codec takes any text as a producer; the staff schema's input check refuses it, as for the list.
    const file = await download("/admin/exports/products.xlsx?producer=abc", admin);
    expect(file.status).toBe(400);
    const body = JSON.parse(file.body.toString()) as { error: { code: string; message: string; field: string } };
    expect(body.error.code).toBe("BAD_USER_INPUT");
    expect(body.error.field).toBe("producerId");
    expect(body.error.message).not.toMatch(/\/|at /);
  });
});

describe("the other staff lists", () => {
  it("producers: the list's rows and order", async () => {
    const [sheet] = await sheetsOf(
      await download("/admin/exports/producers.xlsx?sort=UPDATED_DESC&type=COOPERATIVE", admin),
    );
    const expected = await everyNode<{ id: string; name: string }>(
      admin,
      `query($filter: AdminProducerFilter, $sort: AdminProducerSort, $first: Int, $offset: Int) {
         adminProducers(filter: $filter, sort: $sort, first: $first, offset: $offset) { totalCount edges { node { id name } } } }`,
      "adminProducers",
      { filter: { type: "COOPERATIVE" }, sort: "UPDATED_DESC" },
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(rows(sheet!).map((r) => [String(r[0]), r[1]])).toEqual(expected.map((p) => [p.id, p.name]));
    expect(rows(sheet!).every((r) => r[2] === "Hợp tác xã")).toBe(true);
  });

  it("connection requests: a commune officer's export holds only their unit's, as their list does", async () => {
    const query = `query($filter: ConnectionRequestFilter, $first: Int, $offset: Int) {
      connectionRequests(filter: $filter, first: $first, offset: $offset) { totalCount edges { node { id } } } }`;
    const all = await everyNode<{ id: string }>(admin, query, "connectionRequests", { filter: { status: "NEW" } });
    const own = await everyNode<{ id: string }>(officer, query, "connectionRequests", { filter: { status: "NEW" } });
    expect(all.length).toBe(2);
    expect(own.length).toBe(1);
    const [adminSheet] = await sheetsOf(await download("/admin/exports/connection-requests.xlsx?status=NEW", admin));
    const [officerSheet] = await sheetsOf(
      await download("/admin/exports/connection-requests.xlsx?status=NEW", officer),
    );
    expect(rows(adminSheet!).map((r) => String(r[0]))).toEqual(all.map((n) => n.id));
    expect(rows(officerSheet!).map((r) => String(r[0]))).toEqual(own.map((n) => n.id));
    const { commune } = await api.one<{ commune: string }>(
      `SELECT pr.commune_code AS commune FROM connection_request r JOIN producer pr ON pr.id = r.producer_id WHERE r.id = $1`,
      [Number(own[0]!.id)],
    );
    expect(commune).toBe("06463");
    expect(rows(officerSheet!)[0]![1]).toBeInstanceOf(Date);
  });

  it("refuses a list the staff member may not read (the list's own permission)", async () => {
    const file = await download("/admin/exports/audit-log.xlsx", officer);
    expect(file.status).toBe(403);
    expect((await download("/admin/exports/distributors.xlsx", officer)).status).toBe(403);
  });

  it("distributors with their links, the audit log and an event's tables hold what their lists hold", async () => {
    const editor = await signedIn(api, EDITOR);
    const distributors = await everyNode<{ id: string }>(
      editor,
      `query($first: Int, $offset: Int) { adminDistributors(first: $first, offset: $offset) { totalCount edges { node { id } } } }`,
      "adminDistributors",
    );
    const [list, links] = await sheetsOf(await download("/admin/exports/distributors.xlsx?lang=en", editor));
    expect(rows(list!).map((r) => String(r[0]))).toEqual(distributors.map((d) => d.id));
    const { n } = await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM distributor_link`);
    expect(rows(links!).length).toBe(n);
    expect(links!.name).toBe("Products carried");

    await signedIn(api, ADMIN); // a sign-in is audited
    const entries = await everyNode<{ id: string; action: string; entityName: string | null }>(
      editor,
      `query($first: Int, $offset: Int) { auditEntries(first: $first, offset: $offset) { totalCount edges { node { id action entityName } } } }`,
      "auditEntries",
    );
    const [audit] = await sheetsOf(await download("/admin/exports/audit-log.xlsx", editor));
    expect(rows(audit!).map((r) => r[2])).toEqual(entries.map((e) => e.action));
    // Records by name, as on screen.
    expect(rows(audit!).map((r) => r[4] || null)).toEqual(entries.map((e) => e.entityName));

    const { id, placements } = await api.one<{ id: number; placements: number }>(
      `SELECT e.id, count(*)::int AS placements FROM showcase_event e JOIN showcase_placement sp ON sp.event_id = e.id
       GROUP BY e.id ORDER BY count(*) DESC LIMIT 1`,
    );
    const [tables] = await sheetsOf(await download(`/admin/exports/events/${id}/tables.xlsx`, editor));
    const got = rows(tables!);
    expect(got.length).toBe(placements);
    const numbers = got.map((r) => Number(r[0]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect((await download(`/admin/exports/events/99999/tables.xlsx`, editor)).status).toBe(404);
  });
});
