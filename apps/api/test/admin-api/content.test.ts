import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, EDITOR, errorCode, OFFICER, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
let editor: StaffClient;
let admin: StaffClient;

beforeAll(async () => {
  api = await startTestApi();
  editor = await signedIn(api, EDITOR);
  admin = await signedIn(api, ADMIN);
});
afterAll(() => api?.close());

describe("certificates", () => {
  const ADD = `mutation($input: CertificationInput!) { addCertification(input: $input) { id stars validUntil status level version } }`;

  it("adds a certificate whose validity the database computes; the old one is superseded and the public stars follow", async () => {
    const p = await api.one<{ id: number; slug: string }>(`SELECT id, slug FROM product WHERE external_ref = 'LS02'`);
    const result = await editor.gql(ADD, {
      input: {
        productId: String(p.id),
        stars: 4,
        score: 78,
        level: "PROVINCE",
        legalBasis: "QĐ 1489/QĐ-TTg",
        decisionNumber: "1234/QĐ-UBND",
        decisionDate: "2026-10-01",
      },
    });
    expect(result.body.data?.addCertification).toMatchObject({
      stars: 4,
      validUntil: "2029-10-01",
      status: "VALID",
      level: "PROVINCE",
    });
    const { product } = (await api.gql<any>(`{ product(slug: "${p.slug}") { stars certifications { status } } }`)).body
      .data;
    expect(product).toEqual({ stars: 4, certifications: [{ status: "VALID" }, { status: "SUPERSEDED" }] });
  });

  it("refuses a score that does not fit the stars, naming the field", async () => {
    const p = await api.one<{ id: number }>(`SELECT id FROM product WHERE external_ref = 'LS03'`);
    const result = await editor.gql(ADD, {
      input: {
        productId: String(p.id),
        stars: 5,
        score: 75,
        level: "PROVINCE",
        decisionNumber: "1/QĐ",
        decisionDate: "2026-01-01",
      },
    });
    expect(result.body.errors?.[0]?.extensions?.fields?.map((f: { field: string }) => f.field).sort()).toEqual([
      "level",
      "score",
    ]);
  });

  it("revokes with a reason; the product loses its public stars and the history keeps the certificate", async () => {
    const p = await api.one<{ id: number; slug: string }>(`SELECT id, slug FROM product WHERE external_ref = 'LS46'`);
    const cert = await api.one<{ id: number; version: number }>(
      `SELECT id, version FROM certification WHERE product_id = $1`,
      [p.id],
    );
    const noReason = await editor.gql(
      `mutation($id: ID!, $v: Int!) { revokeCertification(id: $id, version: $v, revokedOn: "2026-11-01", reason: "") { status } }`,
      { id: cert.id, v: cert.version },
    );
    expect(noReason.body.errors?.[0]?.extensions?.fields?.[0]?.field).toBe("reason");
    const revoked = await editor.gql(
      `mutation($id: ID!, $v: Int!) { revokeCertification(id: $id, version: $v, revokedOn: "2026-11-01", reason: "Vi phạm an toàn thực phẩm khi hậu kiểm") { status revocationReason } }`,
      { id: cert.id, v: cert.version },
    );
    expect(revoked.body.data?.revokeCertification).toEqual({
      status: "REVOKED",
      revocationReason: "Vi phạm an toàn thực phẩm khi hậu kiểm",
    });
    const { product } = (await api.gql<any>(`{ product(slug: "${p.slug}") { stars certification { status } } }`)).body
      .data;
    expect(product).toEqual({ stars: null, certification: { status: "REVOKED" } });
  });

  it("lets an officer certify only products of their commune", async () => {
    const officer = await signedIn(api, OFFICER);
    const elsewhere = await api.one<{ id: number }>(
      `SELECT p.id FROM product p JOIN producer pr ON pr.id = p.producer_id WHERE pr.commune_code = '06187' LIMIT 1`,
    );
    const count = (await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM certification`)).n;
    const result = await officer.gql(ADD, {
      input: {
        productId: String(elsewhere.id),
        stars: 3,
        level: "PROVINCE",
        decisionNumber: "9/QĐ",
        decisionDate: "2026-05-05",
      },
    });
    expect(errorCode(result)).toBe("FORBIDDEN");
    expect((await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM certification`)).n).toBe(count);
  });
});

describe("showcase tables", () => {
  it("creates an event with tables in bulk, assigns communes, places products, and the storefront shows them", async () => {
    const event = (
      await editor.gql(
        `mutation { createShowcaseEvent(input: { nameVi: "Hội chợ OCOP Xứ Lạng", kind: FAIR, startsOn: "2027-03-01", endsOn: "2027-03-05", venueName: "Quảng trường 17-10" }) { id slug version } }`,
      )
    ).body.data!.createShowcaseEvent;
    const tables = (
      await editor.gql(`mutation($e: ID!) { addShowcaseTables(eventId: $e, count: 3) { id number version } }`, {
        e: event.id,
      })
    ).body.data!.addShowcaseTables;
    expect(tables.map((t: { number: number }) => t.number)).toEqual([1, 2, 3]);
    const more = (
      await editor.gql(`mutation($e: ID!) { addShowcaseTables(eventId: $e, count: 2) { number } }`, { e: event.id })
    ).body.data!.addShowcaseTables;
    expect(more.map((t: { number: number }) => t.number)).toEqual([4, 5]);
    const t1 = tables[0];
    const named = await editor.gql(
      `mutation($id: ID!, $v: Int!) { updateShowcaseTable(id: $id, version: $v, input: { communeCode: "06463" }) { version commune { fullName } } }`,
      { id: t1.id, v: t1.version },
    );
    expect(named.body.data?.updateShowcaseTable.commune).toEqual({ fullName: "Xã Chi Lăng" });
    const products = await api.sql<{ id: number; slug: string }>(
      `SELECT id, slug FROM product WHERE status = 'published' ORDER BY id LIMIT 3`,
    );
    const placed = await editor.gql(
      `mutation($t: ID!, $v: Int!, $p: [ID!]!) { setTableProducts(tableId: $t, version: $v, productIds: $p) { version products { id } } }`,
      {
        t: t1.id,
        v: named.body.data!.updateShowcaseTable.version,
        p: products.map((p) => String(p.id)),
      },
    );
    expect(placed.body.data?.setTableProducts.products.map((p: { id: string }) => Number(p.id))).toEqual(
      products.map((p) => p.id),
    );
    const { showcaseEvent } = (
      await api.gql<any>(
        `{ showcaseEvent(slug: "${event.slug}") { tables { number commune { fullName } products { slug } } } }`,
      )
    ).body.data;
    expect(showcaseEvent.tables[0]).toEqual({
      number: 1,
      commune: { fullName: "Xã Chi Lăng" },
      products: products.map((p) => ({ slug: p.slug })),
    });

    // Moving a product to table 2 takes it off table 1, in one step.
    const t2 = tables[1];
    const moved = await editor.gql(
      `mutation($t: ID!, $v: Int!, $p: [ID!]!) { setTableProducts(tableId: $t, version: $v, productIds: $p) { products { id } } }`,
      { t: t2.id, v: t2.version, p: [String(products[0]!.id)] },
    );
    expect(errorCode(moved)).toBeUndefined();
    const after = (
      await api.gql<any>(`{ showcaseEvent(slug: "${event.slug}") { tables { number products { slug } } } }`)
    ).body.data.showcaseEvent.tables;
    expect(after[0].products.map((p: { slug: string }) => p.slug)).toEqual(products.slice(1).map((p) => p.slug));
    expect(after[1].products).toEqual([{ slug: products[0]!.slug }]);
  });

  it("saves a whole board at once: swaps products between tables, or changes nothing if one table is stale", async () => {
    const event = await api.one<{ id: number }>(
      `SELECT id FROM showcase_event WHERE slug = 'hoi-nghi-tong-ket-ocop-lang-son-2021-2025'`,
    );
    const tables = await api.sql<{ id: number; version: number; number: number }>(
      `SELECT id, version, number FROM showcase_table WHERE event_id = $1 AND number IN (2, 3) ORDER BY number`,
      [event.id],
    );
    const onTable = async (id: number) =>
      (
        await api.sql<{ product_id: number }>(
          `SELECT product_id FROM showcase_placement WHERE table_id = $1 ORDER BY position`,
          [id],
        )
      ).map((r) => r.product_id);
    const [two, three] = [await onTable(tables[0]!.id), await onTable(tables[1]!.id)];
    const SAVE = `mutation($e: ID!, $t: [TablePlacementInput!]!) { setEventPlacements(eventId: $e, tables: $t) { number version } }`;
    const swap = (versions: [number, number]) => [
      { tableId: String(tables[0]!.id), version: versions[0], productIds: three.map(String) },
      { tableId: String(tables[1]!.id), version: versions[1], productIds: two.map(String) },
    ];
    const before = await api.sql(`SELECT * FROM showcase_placement ORDER BY table_id, product_id`);
    const audits = (await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entry`)).n;
    const stale = await editor.gql(SAVE, { e: event.id, t: swap([tables[0]!.version, tables[1]!.version - 1]) });
    expect(errorCode(stale)).toBe("CONFLICT");
    expect(await api.sql(`SELECT * FROM showcase_placement ORDER BY table_id, product_id`)).toEqual(before);
    const saved = await editor.gql(SAVE, { e: event.id, t: swap([tables[0]!.version, tables[1]!.version]) });
    expect(saved.body.data?.setEventPlacements.map((t: { number: number }) => t.number)).toEqual([2, 3]);
    expect(await onTable(tables[0]!.id)).toEqual(three);
    expect(await onTable(tables[1]!.id)).toEqual(two);
    expect((await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entry`)).n).toBe(audits + 1);
  });

  it("saves a table's commune with its products in one action, or neither when the commune is unknown", async () => {
    const table = await api.one<{ id: number; version: number; event_id: number; commune_code: string | null }>(
      `SELECT id, version, event_id, commune_code FROM showcase_table WHERE number = 6 ORDER BY id LIMIT 1`,
    );
    const products = (
      await api.sql<{ id: number }>(`SELECT id FROM product WHERE status = 'published' ORDER BY id LIMIT 1`)
    ).map((p) => String(p.id));
    const SAVE = `mutation($e: ID!, $t: [TablePlacementInput!]!) { setEventPlacements(eventId: $e, tables: $t) { version commune { code } label } }`;
    const step = (communeCode: string) => ({
      tableId: String(table.id),
      version: table.version,
      productIds: products,
      details: { label: "Bàn đón khách", note: null, communeCode },
    });
    const placements = () =>
      api.sql<{ product_id: number }>(`SELECT * FROM showcase_placement WHERE table_id = $1`, [table.id]);
    const before = await placements();
    const unknown = await editor.gql(SAVE, { e: table.event_id, t: [step("99999")] });
    expect(errorCode(unknown)).toBe("BAD_USER_INPUT");
    expect(await placements()).toEqual(before);
    expect(
      (await api.one(`SELECT commune_code, label FROM showcase_table WHERE id = $1`, [table.id])) as object,
    ).toEqual({
      commune_code: table.commune_code,
      label: null,
    });

    const commune = table.commune_code === "06463" ? "06187" : "06463";
    const saved = await editor.gql(SAVE, { e: table.event_id, t: [step(commune)] });
    expect(saved.body.data?.setEventPlacements).toEqual([
      { version: table.version + 1, commune: { code: commune }, label: "Bàn đón khách" },
    ]);
    expect((await placements()).map((p) => String(p.product_id))).toEqual(products);
    const audit = await api.one<{ action: string; before: any; after: any }>(
      `SELECT action, before, after FROM audit_entry ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.action).toBe("showcaseTable.setProducts");
    expect(audit.before.tables[0]).toMatchObject({ communeCode: table.commune_code, label: null });
    expect(audit.after.details[0]).toMatchObject({ communeCode: commune, label: "Bàn đón khách" });
  });

  it("refuses a stale table version, and keeps the placements as they were", async () => {
    const table = await api.one<{ id: number; version: number }>(
      `SELECT id, version FROM showcase_table WHERE number = 4 ORDER BY id DESC LIMIT 1`,
    );
    const before = await api.sql(`SELECT * FROM showcase_placement ORDER BY table_id, product_id`);
    const result = await editor.gql(
      `mutation($t: ID!, $v: Int!) { setTableProducts(tableId: $t, version: $v, productIds: []) { id } }`,
      { t: table.id, v: table.version + 5 },
    );
    expect(errorCode(result)).toBe("CONFLICT");
    expect(await api.sql(`SELECT * FROM showcase_placement ORDER BY table_id, product_id`)).toEqual(before);
  });
});

describe("connection requests, synonyms, dashboard and audit log", () => {
  it("moves a request from new to forwarded to closed, never back", async () => {
    const product = await api.one<{ slug: string }>(`SELECT slug FROM product WHERE external_ref = 'LS44'`);
    await api.gql(
      `mutation { sendConnectionRequest(input: { productSlug: "${product.slug}", name: "Trần Bình", email: "binh@example.vn", message: "Xin báo giá 100 kg mỗi tuần." }) { id } }`,
    );
    const { connectionRequests } = (
      await editor.gql(
        `{ connectionRequests(filter: { status: NEW }) { totalCount edges { node { id version name product { nameVi } producer { name } } } } }`,
      )
    ).body.data!;
    expect(connectionRequests.totalCount).toBe(1);
    const request = connectionRequests.edges[0].node;
    expect(request).toMatchObject({ name: "Trần Bình", producer: { name: "HTX Nông sản Hữu Lũng" } });
    const UPDATE = `mutation($id: ID!, $v: Int!, $s: ConnectionRequestStatus!) { updateConnectionRequest(id: $id, version: $v, status: $s, staffNotes: "Đã gửi cho HTX qua điện thoại") { status version } }`;
    const forwarded = await editor.gql(UPDATE, { id: request.id, v: request.version, s: "FORWARDED" });
    expect(forwarded.body.data?.updateConnectionRequest.status).toBe("FORWARDED");
    const back = await editor.gql(UPDATE, {
      id: request.id,
      v: forwarded.body.data!.updateConnectionRequest.version,
      s: "NEW",
    });
    expect(back.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "status" }] });
    expect(
      (await editor.gql(`{ dashboard { newConnectionRequests } }`)).body.data?.dashboard.newConnectionRequests,
    ).toBe(0);
  });

  it("lets staff add a synonym that search then uses", async () => {
    // Nothing matches "banh tet" as typed: the search says it shows "banh" instead (issue 12).
    const before = await api.gql<any>(
      `{ products(filter: { search: "banh tet" }) { searchNote { kind shownQuery } } }`,
    );
    expect(before.body.data.products.searchNote).toEqual({ kind: "DROPPED_WORDS", shownQuery: "banh" });
    const saved = await editor.gql(
      `mutation { saveSearchSynonym(label: "bánh chưng / bánh tét", terms: ["Bánh chưng", "bánh tét"]) { terms } }`,
    );
    expect(saved.body.data?.saveSearchSynonym.terms.sort()).toEqual(["banh chung", "banh tet"]);
    const after = await api.gql<any>(
      `{ products(filter: { search: "banh tet" }) { searchNote { kind } edges { node { name } } } }`,
    );
    expect(after.body.data.products.searchNote).toBeNull();
    expect(after.body.data.products.edges.map((e: { node: { name: string } }) => e.node.name)).toContain(
      "Bánh chưng cẩm Hồng Lý",
    );
  });

  it("shows the dashboard: stars, groups, communes, expiring certificates, recent changes", async () => {
    await api.sql(`UPDATE certification SET decision_date = ${"(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date"} - interval '36 months' + interval '30 days'
                    WHERE product_id = (SELECT id FROM product WHERE external_ref = 'LS47')`);
    const { dashboard } = (
      await editor.gql(`{ dashboard { productsByStars { key count } productsByGroup { key label count } productsByCommune { key count }
      expiringCertificates { nameVi certification { validUntil } } recentChanges { action user { email } } } }`)
    ).body.data!;
    expect(dashboard.productsByGroup[0]).toMatchObject({ key: "TP", label: "Thực phẩm" });
    expect(dashboard.expiringCertificates.map((p: { nameVi: string }) => p.nameVi)).toContain("Dầu vừng Trường Thọ");
    expect(dashboard.recentChanges[0].user.email).toBe(EDITOR);
  });

  it("filters the audit log by user and entity", async () => {
    const editorId = (await api.one<{ id: number }>(`SELECT id FROM staff_user WHERE email = $1`, [EDITOR])).id;
    const { auditEntries } = (
      await admin.gql(
        `query($u: ID!) { auditEntries(first: 100, filter: { userId: $u, entityType: "SearchSynonym" }) { totalCount edges { node { action user { email } after } } } }`,
        { u: editorId },
      )
    ).body.data!;
    expect(auditEntries.totalCount).toBe(1);
    expect(auditEntries.edges[0].node).toMatchObject({
      action: "searchSynonym.create",
      user: { email: EDITOR },
      after: { label: "bánh chưng / bánh tét" },
    });
  });
});
