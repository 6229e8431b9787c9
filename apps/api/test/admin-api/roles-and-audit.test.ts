import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
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
const as: Record<string, StaffClient> = {};
/** A product of Xã Chi Lăng (the officer's commune) and one of another commune. */
let own: { id: number; producerId: number };
let other: { id: number; producerId: number };

beforeAll(async () => {
  api = await startTestApi();
  as.anonymous = staffClient(api);
  as.officer = await signedIn(api, OFFICER);
  as.editor = await signedIn(api, EDITOR);
  as.admin = await signedIn(api, ADMIN);
  own =
    await api.one(`SELECT p.id, p.producer_id AS "producerId" FROM product p JOIN producer pr ON pr.id = p.producer_id
                        WHERE pr.commune_code = '06463' AND p.status = 'published' ORDER BY p.id LIMIT 1`);
  other =
    await api.one(`SELECT p.id, p.producer_id AS "producerId" FROM product p JOIN producer pr ON pr.id = p.producer_id
                          WHERE pr.commune_code = '06187' AND p.status = 'published' ORDER BY p.id LIMIT 1`);
  // Publishing needs a valid certificate today; the seed's certificates of these two may have ended.
  await api.sql(
    `INSERT INTO certification (product_id, stars, level, decision_number, decision_date)
     SELECT id, 3, 'province', 'test-renewal/QĐ-UBND', (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date FROM product WHERE id = ANY($1)`,
    [[own.id, other.id]],
  );
});
afterAll(() => api?.close());

const auditCount = async () => (await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entry`)).n;
const productRow = (id: number) => api.one(`SELECT * FROM product WHERE id = $1`, [id]);
const version = async (id: number) =>
  (await api.one<{ version: number }>(`SELECT version FROM product WHERE id = $1`, [id])).version;

const UPDATE = `mutation($id: ID!, $v: Int!, $input: ProductInput!) { updateProduct(id: $id, version: $v, input: $input) { id version nameVi } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!, $s: ProductStatus!) { setProductStatus(id: $id, version: $v, status: $s) { status version } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteProduct(id: $id, version: $v) }`;
const CREATE = `mutation($input: ProductInput!) { createProduct(input: $input) { id status slug } }`;

const inputFor = async (id: number, change: Record<string, unknown> = {}) => {
  const p = await api.one<Record<string, any>>(
    `SELECT name_vi, category_code, producer_id FROM product WHERE id = $1`,
    [id],
  );
  return { nameVi: p.name_vi, categoryCode: p.category_code, producerId: String(p.producer_id), ...change };
};

type Who = "anonymous" | "officer" | "editor" | "admin";
const expected = (who: Who, target: "own" | "other") =>
  who === "anonymous" ? "UNAUTHENTICATED" : who === "officer" && target === "other" ? "FORBIDDEN" : undefined;

describe("who may change a product", () => {
  for (const who of ["anonymous", "officer", "editor", "admin"] as const) {
    for (const target of ["own", "other"] as const) {
      const code = expected(who, target);
      it(`${who} updating a product of ${target === "own" ? "Xã Chi Lăng" : "another commune"}: ${code ?? "allowed"}`, async () => {
        const product = target === "own" ? own : other;
        const before = await productRow(product.id);
        const audits = await auditCount();
        const result = await as[who]!.gql(UPDATE, {
          id: product.id,
          v: await version(product.id),
          input: await inputFor(product.id, { internalNote: `by ${who}` }),
        });
        expect(errorCode(result)).toBe(code);
        if (code) {
          expect(await productRow(product.id)).toEqual(before);
          expect(await auditCount()).toBe(audits);
        } else {
          expect((await productRow(product.id)).internal_note).toBe(`by ${who}`);
          expect(await auditCount()).toBe(audits + 1);
          const entry = await api.one<Record<string, any>>(
            `SELECT a.*, u.email FROM audit_entry a JOIN staff_user u ON u.id = a.staff_user_id ORDER BY a.id DESC LIMIT 1`,
          );
          expect(entry).toMatchObject({
            action: "product.update",
            entity_type: "Product",
            entity_id: String(product.id),
            email: `${who === "officer" ? "chilang" : who}@demo.ocop.vn`,
          });
          expect(entry.before.internalNote).toBe(before.internal_note);
          expect(entry.after.internalNote).toBe(`by ${who}`);
        }
      });

      it(`${who} unpublishing then publishing a product of ${target === "own" ? "Xã Chi Lăng" : "another commune"}: ${code ?? "allowed"}`, async () => {
        const product = target === "own" ? own : other;
        const audits = await auditCount();
        const off = await as[who]!.gql(PUBLISH, { id: product.id, v: await version(product.id), s: "DRAFT" });
        expect(errorCode(off)).toBe(code);
        expect((await productRow(product.id)).status).toBe(code ? "published" : "draft");
        if (!code) {
          const on = await as[who]!.gql(PUBLISH, { id: product.id, v: await version(product.id), s: "PUBLISHED" });
          expect(errorCode(on)).toBeUndefined();
          expect((await productRow(product.id)).status).toBe("published");
        }
        expect(await auditCount()).toBe(audits + (code ? 0 : 2));
      });
    }

    it(`${who} creating a product for a producer of another commune: ${expected(who, "other") ?? "allowed"}`, async () => {
      const code = expected(who, "other");
      const count = (await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM product`)).n;
      const result = await as[who]!.gql(CREATE, {
        input: await inputFor(other.id, { nameVi: `Sản phẩm thử của ${who}` }),
      });
      expect(errorCode(result)).toBe(code);
      expect((await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM product`)).n).toBe(count + (code ? 0 : 1));
      if (!code) expect(result.body.data?.createProduct).toMatchObject({ status: "DRAFT" });
    });

    // Deleting is an administrator's act; the others archive (issue 11).
    const deleteOutcome = who === "anonymous" ? "UNAUTHENTICATED" : who === "admin" ? undefined : "FORBIDDEN";
    it(`${who} deleting a product of another commune: ${deleteOutcome ?? "allowed"}`, async () => {
      const code = deleteOutcome;
      const victim = await api.one<{ id: number }>(
        `INSERT INTO product (slug, name_vi, category_code, producer_id) VALUES ($1, 'Xoá thử', 'TP-TS-1', $2) RETURNING id`,
        [`xoa-thu-${who}`, other.producerId],
      );
      const audits = await auditCount();
      const result = await as[who]!.gql(DELETE, { id: victim.id, v: 1 });
      expect(errorCode(result)).toBe(code);
      expect((await api.sql(`SELECT id FROM product WHERE id = $1`, [victim.id])).length).toBe(code ? 1 : 0);
      expect(await auditCount()).toBe(audits + (code ? 0 : 1));
    });
  }

  it("lets an officer create a product for a producer of their own commune", async () => {
    const result = await as.officer!.gql(CREATE, {
      input: await inputFor(own.id, { nameVi: "Sản phẩm mới của xã Chi Lăng" }),
    });
    expect(result.body.data?.createProduct).toMatchObject({ status: "DRAFT", slug: "san-pham-moi-cua-xa-chi-lang" });
  });

  it("does not let an officer move a product to a producer of another commune", async () => {
    const before = await productRow(own.id);
    const result = await as.officer!.gql(UPDATE, {
      id: own.id,
      v: before.version,
      input: await inputFor(own.id, { producerId: String(other.producerId) }),
    });
    expect(errorCode(result)).toBe("FORBIDDEN");
    expect(await productRow(own.id)).toEqual(before);
  });

  it("shows canEdit per product and producer to each role", async () => {
    const query = `query($a: ID!, $b: ID!) { a: adminProduct(id: $a) { canEdit producer { canEdit } } b: adminProduct(id: $b) { canEdit producer { canEdit } } }`;
    expect((await as.officer!.gql(query, { a: own.id, b: other.id })).body.data).toEqual({
      a: { canEdit: true, producer: { canEdit: true } },
      b: { canEdit: false, producer: { canEdit: false } },
    });
    expect((await as.editor!.gql(query, { a: own.id, b: other.id })).body.data?.b).toEqual({
      canEdit: true,
      producer: { canEdit: true },
    });
  });
});

describe("province-office content", () => {
  it("refuses events, distributors and staff users to a commune officer, with nothing changed", async () => {
    const before = await api.sql(
      `SELECT (SELECT count(*) FROM showcase_event) e, (SELECT count(*) FROM distributor) d, (SELECT count(*) FROM staff_user) u`,
    );
    const audits = await auditCount();
    const attempts = [
      `mutation { createShowcaseEvent(input: { nameVi: "Hội chợ", kind: FAIR, startsOn: "2027-01-01", endsOn: "2027-01-02" }) { id } }`,
      `mutation { createDistributor(input: { nameVi: "Nhà phân phối", kind: DISTRIBUTOR }) { id } }`,
      `mutation { createStaffUser(input: { email: "x@example.vn", displayName: "X", role: ADMIN }, password: "a-long-password") { id } }`,
      `{ staffUsers { totalCount } }`,
      `{ auditEntries { totalCount } }`,
    ];
    for (const query of attempts) expect(errorCode(await as.officer!.gql(query)), query).toBe("FORBIDDEN");
    expect(errorCode(await as.editor!.gql(`{ staffUsers { totalCount } }`))).toBe("FORBIDDEN");
    expect(
      await api.sql(
        `SELECT (SELECT count(*) FROM showcase_event) e, (SELECT count(*) FROM distributor) d, (SELECT count(*) FROM staff_user) u`,
      ),
    ).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("lets an admin manage staff users, and a new officer then signs in", async () => {
    const created = await as.admin!.gql(
      `mutation { createStaffUser(input: { email: "Can.Bo@Example.vn", displayName: "Cán bộ Kỳ Lừa", role: COMMUNE_OFFICER, communeCode: "06187" }, password: "mat-khau-dai-du") { id email role commune { fullName } } }`,
    );
    expect(created.body.data?.createStaffUser).toMatchObject({
      email: "can.bo@example.vn",
      role: "COMMUNE_OFFICER",
      commune: { fullName: "Phường Kỳ Lừa" },
    });
    const noCommune = await as.admin!.gql(
      `mutation { createStaffUser(input: { email: "y@example.vn", displayName: "Cán bộ Y", role: COMMUNE_OFFICER }, password: "mat-khau-dai-du") { id } }`,
    );
    expect(noCommune.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "communeCode" }],
    });
    const shortPassword = await as.admin!.gql(
      `mutation { createStaffUser(input: { email: "z@example.vn", displayName: "Biên tập Z", role: EDITOR }, password: "short") { id } }`,
    );
    expect(shortPassword.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "password" }],
    });
    const officer = staffClient(api);
    const signIn = await officer.gql(
      `mutation { signIn(email: "can.bo@example.vn", password: "mat-khau-dai-du") { communeCode } }`,
    );
    expect(signIn.body.data?.signIn).toEqual({ communeCode: "06187" });
  });
});

describe("concurrent edits", () => {
  it("refuses a stale version with CONFLICT, carrying the current record, and changes nothing", async () => {
    const v = await version(own.id);
    const first = await as.editor!.gql(UPDATE, {
      id: own.id,
      v,
      input: await inputFor(own.id, { nameVi: "Tên của tab thứ nhất" }),
    });
    expect(errorCode(first)).toBeUndefined();
    const after = await productRow(own.id);
    const audits = await auditCount();
    const second = await as.admin!.gql(UPDATE, {
      id: own.id,
      v,
      input: await inputFor(own.id, { nameVi: "Tên của tab thứ hai" }),
    });
    expect(errorCode(second)).toBe("CONFLICT");
    expect(second.body.errors?.[0]?.extensions?.current).toMatchObject({
      nameVi: "Tên của tab thứ nhất",
      version: v + 1,
    });
    expect(await productRow(own.id)).toEqual(after);
    expect(await auditCount()).toBe(audits);
  });

  it("changes many products' status all together or not at all", async () => {
    const ids = await api.sql<{ id: number; version: number }>(
      `SELECT id, version FROM product WHERE status = 'published' ORDER BY id LIMIT 3`,
    );
    const stale = ids.map((p, i) => ({ id: String(p.id), version: i === 2 ? p.version - 1 : p.version }));
    const audits = await auditCount();
    const refused = await as.editor!.gql(
      `mutation($items: [VersionedId!]!) { setProductsStatus(items: $items, status: ARCHIVED) { id } }`,
      { items: stale },
    );
    expect(errorCode(refused)).toBe("CONFLICT");
    const statuses = await api.sql<{ status: string }>(`SELECT status FROM product WHERE id = ANY($1)`, [
      ids.map((p) => p.id),
    ]);
    expect(statuses.every((s) => s.status === "published")).toBe(true);
    expect(await auditCount()).toBe(audits);
    const fresh = ids.map((p) => ({ id: String(p.id), version: p.version }));
    const done = await as.editor!.gql(
      `mutation($items: [VersionedId!]!) { setProductsStatus(items: $items, status: ARCHIVED) { id status } }`,
      { items: fresh },
    );
    expect(done.body.data?.setProductsStatus).toHaveLength(3);
    expect(await auditCount()).toBe(audits + 1);
  });
});

describe("staff lists", () => {
  it("searches products in every sort order, drafts included", async () => {
    for (const sort of ["UPDATED_DESC", "NAME", "STARS", "VALID_UNTIL", "RELEVANCE"]) {
      const result = await as.editor!.gql(
        `query($s: AdminProductSort!) { adminProducts(first: 50, filter: { search: "khau nhuc" }, sort: $s) { totalCount edges { node { nameVi } } } }`,
        { s: sort },
      );
      expect(result.body.errors, sort).toBeUndefined();
      expect(
        result.body.data?.adminProducts.edges.map((e: { node: { nameVi: string } }) => e.node.nameVi),
        sort,
      ).toContain("Khâu nhục Mai Sao");
    }
  });
});

describe("validation", () => {
  beforeEach(() => undefined);

  it("names every bad field and stores nothing", async () => {
    const count = (await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM product`)).n;
    const result = await as.editor!.gql(CREATE, {
      input: {
        nameVi: " ",
        categoryCode: "TP-TS-1",
        producerId: String(own.producerId),
        priceMin: 50000,
        priceMax: 10000,
        traceabilityUrl: "not a url",
      },
    });
    expect(result.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.body.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort()).toEqual([
      "nameVi",
      "priceMax",
      "traceabilityUrl",
    ]);
    expect((await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM product`)).n).toBe(count);
  });

  it("refuses to publish a product without a certificate", async () => {
    const created = await as.editor!.gql(CREATE, { input: await inputFor(own.id, { nameVi: "Chưa có chứng nhận" }) });
    const id = created.body.data!.createProduct.id;
    const result = await as.editor!.gql(PUBLISH, { id, v: 1, s: "PUBLISHED" });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "status" }],
    });
  });
});
