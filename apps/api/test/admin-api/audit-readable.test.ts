import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, EDITOR, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
let admin: StaffClient;
let editor: StaffClient;
let product: { id: number; name_vi: string };

const HISTORY = `query($f: AuditFilter) { auditEntries(first: 50, filter: $f) { totalCount edges { node { action entityType entityId entityName userName } } } }`;

beforeAll(async () => {
  api = await startTestApi();
  admin = await signedIn(api, ADMIN);
  editor = await signedIn(api, EDITOR);
  product = await api.one(`SELECT id, name_vi FROM product WHERE external_ref = 'LS05'`);
  const version = async () =>
    (await api.one<{ version: number }>(`SELECT version FROM product WHERE id = $1`, [product.id])).version;
  // A change of the product itself, a certificate of it, and a change to another product.
  await editor.gql(
    `mutation($id: ID!, $v: Int!, $input: ProductInput!) { updateProduct(id: $id, version: $v, input: $input) { id } }`,
    {
      id: product.id,
      v: await version(),
      input: await api
        .one<Record<string, any>>(`SELECT name_vi, category_code, producer_id FROM product WHERE id = $1`, [product.id])
        .then((p) => ({
          nameVi: p.name_vi,
          categoryCode: p.category_code,
          producerId: String(p.producer_id),
          internalNote: "đã gọi điện",
        })),
    },
  );
  await editor.gql(`mutation($input: CertificationInput!) { addCertification(input: $input) { id } }`, {
    input: {
      productId: String(product.id),
      stars: 3,
      score: 60,
      level: "PROVINCE",
      decisionNumber: "77/QĐ-UBND",
      decisionDate: "2026-03-02",
    },
  });
});
afterAll(() => api?.close());

describe("the audit log, readable by staff", () => {
  it("names each record, and a product's history holds its certificates' entries", async () => {
    const result = await editor.gql(HISTORY, { f: { entityType: "Product", entityId: String(product.id) } });
    const entries = result.body.data!.auditEntries.edges.map((e: { node: Record<string, string> }) => e.node);
    expect(entries.map((e: { action: string }) => e.action)).toEqual(["certification.add", "product.update"]);
    expect(entries[0]).toMatchObject({
      entityType: "Certification",
      entityName: `${product.name_vi} · 77/QĐ-UBND`,
      userName: expect.any(String),
    });
    expect(entries[1]).toMatchObject({ entityType: "Product", entityName: product.name_vi });
    // Another product's history does not show them.
    const other = await editor.gql(HISTORY, { f: { entityType: "Product", entityId: String(product.id + 1) } });
    expect(other.body.data!.auditEntries.totalCount).toBe(0);
  });

  it("names a deleted record as the entry recorded it", async () => {
    const created = await admin.gql(
      `mutation { saveSearchSynonym(label: "Mắc mật", terms: ["mắc mật", "lá mắc mật"]) { id version } }`,
    );
    const synonym = created.body.data!.saveSearchSynonym;
    await admin.gql(`mutation($id: ID!, $v: Int!) { deleteSearchSynonym(id: $id, version: $v) }`, {
      id: synonym.id,
      v: synonym.version,
    });
    const result = await admin.gql(HISTORY, { f: { entityType: "SearchSynonym", entityId: synonym.id } });
    const names = result.body.data!.auditEntries.edges.map((e: { node: { entityName: string } }) => e.node.entityName);
    expect(names).toEqual(["Mắc mật", "Mắc mật"]);
  });

  it("lists the authors to filter by, by name and without emails, to a role that may not read staff accounts", async () => {
    const result = await editor.gql(`{ auditAuthors { id displayName } }`);
    const authors = result.body.data!.auditAuthors as Array<{ id: string; displayName: string }>;
    const editorRow = await api.one<{ id: number; display_name: string }>(
      `SELECT id, display_name FROM staff_user WHERE email = $1`,
      [EDITOR],
    );
    expect(authors).toContainEqual({ id: String(editorRow.id), displayName: editorRow.display_name });
    expect(JSON.stringify(result.body)).not.toContain("@");
    // Only staff who changed something are offered.
    const silent = await api.sql(
      `SELECT id FROM staff_user u WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.staff_user_id = u.id)`,
    );
    for (const row of silent as Array<{ id: number }>) expect(authors.map((a) => a.id)).not.toContain(String(row.id));
  });
});
