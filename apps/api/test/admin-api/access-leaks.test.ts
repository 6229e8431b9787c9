import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/modules/staff/demo-accounts";
import {
  ADMIN,
  EDITOR,
  errorCode,
  OFFICER,
  signedIn,
  staffClient,
  type StaffClient,
} from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
let admin: StaffClient;
let editor: StaffClient;
let officer: StaffClient;
/** The officer's commune (Xã Chi Lăng) and a published product there and elsewhere. */
const OWN_COMMUNE = "06463";
let own: { id: number; slug: string };
let other: { id: number; slug: string };

beforeAll(async () => {
  api = await startTestApi();
  [admin, editor, officer] = await Promise.all([signedIn(api, ADMIN), signedIn(api, EDITOR), signedIn(api, OFFICER)]);
  const published = `SELECT p.id, p.slug FROM product p JOIN producer pr ON pr.id = p.producer_id
    WHERE p.status = 'published' AND pr.commune_code`;
  own = await api.one(`${published} = $1 ORDER BY p.id LIMIT 1`, [OWN_COMMUNE]);
  other = await api.one(`${published} <> $1 ORDER BY p.id LIMIT 1`, [OWN_COMMUNE]);
});
afterAll(() => api?.close());

const audits = async () => (await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entry`)).n;

async function sendRequest(slug: string, name: string): Promise<void> {
  const sent = await api.gql(
    `mutation($slug: String!, $name: String!) { sendConnectionRequest(input: { productSlug: $slug, name: $name, email: "hoi@example.vn", message: "Xin báo giá hàng tuần." }) { id } }`,
    { slug, name },
  );
  expect(sent.body.errors).toBeUndefined();
}

describe("a stranger learns nothing from a staff operation", () => {
  it("gets UNAUTHENTICATED for a missing and an existing product alike, before any input is read", async () => {
    const stranger = staffClient(api);
    for (const productId of ["999999", String(own.id)]) {
      const add = await stranger.gql(
        `mutation($p: ID!) { addCertification(input: { productId: $p, stars: 3, level: PROVINCE, decisionNumber: "1/QĐ", decisionDate: "2025-01-01" }) { id } }`,
        { p: productId },
      );
      expect(errorCode(add)).toBe("UNAUTHENTICATED");
      expect(add.body.errors).toHaveLength(1);
      const reorder = await stranger.gql(`mutation($p: ID!) { reorderImages(productId: $p, imageIds: []) { id } }`, {
        p: productId,
      });
      expect(errorCode(reorder)).toBe("UNAUTHENTICATED");
    }
  });
});

describe("connection requests stay within a commune officer's scope", () => {
  it("lists, counts and changes only the requests about its own commune's products", async () => {
    await sendRequest(own.slug, "Người hỏi trong xã");
    await sendRequest(other.slug, "Người hỏi nơi khác");
    const inScope = await api.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM connection_request r JOIN producer pr ON pr.id = r.producer_id
        WHERE pr.commune_code = $1`,
      [OWN_COMMUNE],
    );
    const all = await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM connection_request`);
    expect(all.n).toBeGreaterThan(inScope.n);

    const LIST = `{ connectionRequests(first: 100) { totalCount edges { node { id version name email producer { commune { code } } } } } }`;
    const seen = (await officer.gql(LIST)).body.data!.connectionRequests;
    expect(seen.totalCount).toBe(inScope.n);
    const names = seen.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names).toContain("Người hỏi trong xã");
    expect(names).not.toContain("Người hỏi nơi khác");
    for (const e of seen.edges) expect(e.node.producer.commune.code).toBe(OWN_COMMUNE);
    expect((await editor.gql(LIST)).body.data!.connectionRequests.totalCount).toBe(all.n);

    const newInScope = await api.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM connection_request r JOIN producer pr ON pr.id = r.producer_id
        WHERE pr.commune_code = $1 AND r.status = 'new'`,
      [OWN_COMMUNE],
    );
    const dashboard = (await officer.gql(`{ dashboard { newConnectionRequests } }`)).body.data!.dashboard;
    expect(dashboard.newConnectionRequests).toBe(newInScope.n);

    const UPDATE = `mutation($id: ID!, $v: Int!) { updateConnectionRequest(id: $id, version: $v, status: FORWARDED) { id status } }`;
    const foreign = await api.one<{ id: number; version: number }>(
      `SELECT id, version FROM connection_request WHERE name = 'Người hỏi nơi khác'`,
    );
    const before = await audits();
    const refused = await officer.gql(UPDATE, { id: String(foreign.id), v: foreign.version });
    expect(errorCode(refused)).toBe("NOT_FOUND");
    // A stale version must not reveal the request through a CONFLICT's current record either.
    const stale = await officer.gql(UPDATE, { id: String(foreign.id), v: foreign.version + 5 });
    expect(errorCode(stale)).toBe("NOT_FOUND");
    expect(JSON.stringify(stale.body)).not.toContain("Người hỏi nơi khác");
    expect(await audits()).toBe(before);

    const mine = await api.one<{ id: number; version: number }>(
      `SELECT id, version FROM connection_request WHERE name = 'Người hỏi trong xã'`,
    );
    const done = await officer.gql(UPDATE, { id: String(mine.id), v: mine.version });
    expect(done.body.data?.updateConnectionRequest).toEqual({ id: String(mine.id), status: "FORWARDED" });
  });
});

describe("the audit log shows a role only what it may read directly", () => {
  beforeAll(async () => {
    const created = await admin.gql(
      `mutation { createStaffUser(input: { email: "bi.mat@example.vn", displayName: "Cán bộ bí mật", role: EDITOR }, password: "mat-khau-rat-dai") { id } }`,
    );
    expect(created.body.errors).toBeUndefined();
  });

  it("keeps staff accounts' entries from an editor, who lacks staff.read, and shows them to an admin", async () => {
    const AUDIT = `query($type: String) { auditEntries(first: 100, filter: { entityType: $type }) { totalCount edges { node { entityType after } } } }`;
    const forEditor = await editor.gql(AUDIT, { type: "StaffUser" });
    expect(forEditor.body.errors).toBeUndefined();
    expect(forEditor.body.data!.auditEntries.totalCount).toBe(0);
    const everything = JSON.stringify((await editor.gql(AUDIT, { type: null })).body.data);
    expect(everything).not.toContain("bi.mat@example.vn");
    expect(everything).not.toContain('"StaffUser"');

    const forAdmin = await admin.gql(AUDIT, { type: "StaffUser" });
    expect(forAdmin.body.data!.auditEntries.totalCount).toBeGreaterThan(0);
    expect(JSON.stringify(forAdmin.body.data)).toContain("bi.mat@example.vn");
  });

  it("names the author of an entry to an editor without showing another staff member's account", async () => {
    // An admin's change the editor may read (a product), and one by the editor itself.
    const product = await api.one<{ id: number; version: number }>(`SELECT id, version FROM product WHERE id = $1`, [
      own.id,
    ]);
    const byAdmin = await admin.gql(
      `mutation($id: ID!, $v: Int!) { setProductStatus(id: $id, version: $v, status: PUBLISHED) { version } }`,
      { id: String(product.id), v: product.version },
    );
    expect(byAdmin.body.errors).toBeUndefined();
    const entries = (
      await editor.gql(
        `query($id: String) { auditEntries(first: 5, filter: { entityType: "Product", entityId: $id }) { edges { node { action userName user { email role } } } } }`,
        { id: String(product.id) },
      )
    ).body.data!.auditEntries.edges;
    expect(entries[0].node).toEqual({ action: "product.publish", userName: "Quản trị (demo)", user: null });

    const seenByAdmin = (
      await admin.gql(
        `query($id: String) { auditEntries(first: 1, filter: { entityType: "Product", entityId: $id }) { edges { node { user { email } } } } }`,
        { id: String(product.id) },
      )
    ).body.data!.auditEntries.edges;
    expect(seenByAdmin[0].node.user).toEqual({ email: ADMIN });
  });
});

describe("the dashboard shows only what the caller's permissions allow", () => {
  it("gives a commune officer no recent changes, and an editor none about staff accounts", async () => {
    expect(await audits()).toBeGreaterThan(0);
    const forOfficer = await officer.gql(`{ dashboard { recentChanges { id action before after } } }`);
    expect(forOfficer.body.errors).toBeUndefined();
    expect(forOfficer.body.data!.dashboard.recentChanges).toEqual([]);

    // The newest entry is about a staff account: the editor's list starts after it, the admin's with it.
    await admin.gql(
      `mutation { createStaffUser(input: { email: "moi.nhat@example.vn", displayName: "Người mới nhất", role: EDITOR }, password: "mat-khau-rat-dai") { id } }`,
    );
    const RECENT = `{ dashboard { recentChanges { entityType after } } }`;
    const forEditor = (await editor.gql(RECENT)).body.data!.dashboard.recentChanges;
    expect(forEditor.length).toBeGreaterThan(0);
    expect(forEditor.map((c: { entityType: string }) => c.entityType)).not.toContain("StaffUser");
    const forAdmin = (await admin.gql(RECENT)).body.data!.dashboard.recentChanges;
    expect(forAdmin[0].entityType).toBe("StaffUser");
  });
});

describe("passwords", () => {
  const CHANGE = `mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) }`;
  const SET = `mutation($id: ID!) { setStaffPassword(id: $id, password: "mat-khau-moi-dai") }`;

  it("changes one's own password only with the current one, ending the other sessions", async () => {
    const created = await admin.gql(
      `mutation { createStaffUser(input: { email: "doi.mk@example.vn", displayName: "Người đổi mật khẩu", role: EDITOR }, password: "${DEMO_PASSWORD}") { id } }`,
    );
    expect(created.body.errors).toBeUndefined();
    const here = await signedIn(api, "doi.mk@example.vn");
    const elsewhere = await signedIn(api, "doi.mk@example.vn");

    const before = await audits();
    const wrong = await here.gql(CHANGE, { c: "khong-phai-mat-khau", n: "mat-khau-moi-rat-dai" });
    expect(errorCode(wrong)).toBe("BAD_USER_INPUT");
    expect(wrong.body.errors?.[0]?.extensions?.fields).toEqual([
      { field: "currentPassword", message: "is not your current password" },
    ]);
    expect(await audits()).toBe(before);

    const changed = await here.gql(CHANGE, { c: DEMO_PASSWORD, n: "mat-khau-moi-rat-dai" });
    expect(changed.body.data).toEqual({ changeOwnPassword: true });
    expect(await audits()).toBe(before + 1);
    expect((await here.gql(`{ session { user { email } } }`)).body.data?.session).toEqual({
      user: { email: "doi.mk@example.vn" },
    });
    expect((await elsewhere.gql(`{ session { user { email } } }`)).body.data?.session).toBeNull();
    const old = await staffClient(api).gql(
      `mutation { signIn(email: "doi.mk@example.vn", password: "${DEMO_PASSWORD}") { expiresAt } }`,
    );
    expect(errorCode(old)).toBe("UNAUTHENTICATED");
    const fresh = await staffClient(api).gql(
      `mutation { signIn(email: "doi.mk@example.vn", password: "mat-khau-moi-rat-dai") { expiresAt } }`,
    );
    expect(fresh.body.errors).toBeUndefined();
  });

  it("needs staff.write to set another's password, and refuses one's own without the current one", async () => {
    const officerId = (await api.one<{ id: number }>(`SELECT id FROM staff_user WHERE email = $1`, [OFFICER])).id;
    const adminId = (await api.one<{ id: number }>(`SELECT id FROM staff_user WHERE email = $1`, [ADMIN])).id;
    const editorId = (await api.one<{ id: number }>(`SELECT id FROM staff_user WHERE email = $1`, [EDITOR])).id;
    const before = await audits();
    expect(errorCode(await editor.gql(SET, { id: String(officerId) }))).toBe("FORBIDDEN");
    expect(errorCode(await editor.gql(SET, { id: String(editorId) }))).toBe("FORBIDDEN");
    expect(errorCode(await admin.gql(SET, { id: String(adminId) }))).toBe("BAD_USER_INPUT");
    expect(await audits()).toBe(before);
  });

  it("answers NOT_FOUND for an unknown staff user and writes no audit entry", async () => {
    const before = await audits();
    const unknown = await admin.gql(SET, { id: "999999" });
    expect(errorCode(unknown)).toBe("NOT_FOUND");
    expect(unknown.body.data).toBeNull();
    expect(await audits()).toBe(before);
  });
});
