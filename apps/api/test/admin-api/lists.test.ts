import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, errorCode, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
let admin: StaffClient;

beforeAll(async () => {
  api = await startTestApi();
  admin = await signedIn(api, ADMIN);
  // The seed has no requests and no audit entries; rows written in one statement share a timestamp,
  // so only the tiebreaker orders them.
  await api.sql(
    `INSERT INTO connection_request (product_id, producer_id, requester_kind, name, email, message)
     SELECT p.id, p.producer_id, 'buyer', 'Người mua ' || n, 'mua' || n || '@example.vn', 'Xin báo giá'
     FROM generate_series(1, 5) n, (SELECT id, producer_id FROM product ORDER BY id LIMIT 1) p`,
  );
  await api.sql(
    `INSERT INTO audit_entry (action, entity_type, entity_id)
     SELECT 'product.update', 'Product', n::text FROM generate_series(1, 7) n`,
  );
});
afterAll(() => api?.close());

/** Every staff list answers the same paging arguments; these are the lists and a field to read. */
const LISTS = [
  ["adminProducts", "nameVi"],
  ["adminProducers", "name"],
  ["adminDistributors", "nameVi"],
  ["adminShowcaseEvents", "nameVi"],
  ["connectionRequests", "name"],
  ["auditEntries", "action"],
  ["staffUsers", "email"],
  ["searchSynonyms", "label"],
] as const;

async function page(list: string, field: string, first: number, offset: number, args = "") {
  const result = await admin.gql(
    `query($first: Int, $offset: Int) { ${list}(first: $first, offset: $offset${args}) {
       totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { id ${field} } } } }`,
    { first, offset },
  );
  expect(result.body.errors).toBeUndefined();
  return result.body.data![list] as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
    edges: Array<{ node: { id: string } }>;
  };
}

describe("staff lists page by explicit offset", () => {
  it.each(LISTS)("%s: consecutive pages cover the whole list once, in one order", async (list, field) => {
    const all = await page(list, field, 100, 0);
    expect(all.totalCount).toBeGreaterThan(0);
    const size = Math.max(1, Math.ceil(Math.min(all.totalCount, 100) / 3));
    const seen: string[] = [];
    for (let offset = 0; offset < Math.min(all.totalCount, 100); offset += size) {
      const p = await page(list, field, size, offset);
      expect(p.totalCount).toBe(all.totalCount);
      expect(p.pageInfo.hasPreviousPage).toBe(offset > 0);
      expect(p.pageInfo.hasNextPage).toBe(offset + p.edges.length < all.totalCount);
      seen.push(...p.edges.map((e) => e.node.id));
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
  });

  it("past the last row answers an empty page with the total", async () => {
    const all = await page("adminProducers", "name", 1, 0);
    const past = await page("adminProducers", "name", 20, all.totalCount);
    expect(past).toMatchObject({ totalCount: all.totalCount, edges: [], pageInfo: { hasNextPage: false } });
    const zero = await page("adminProducers", "name", 0, 0);
    expect(zero).toMatchObject({ totalCount: all.totalCount, edges: [], pageInfo: { hasNextPage: true } });
  });

  it("refuses a page over the cap and a negative offset, naming the field", async () => {
    const tooBig = await admin.gql(`{ staffUsers(first: 101) { totalCount } }`);
    expect(errorCode(tooBig)).toBe("BAD_USER_INPUT");
    expect(tooBig.body.errors?.[0]?.extensions?.fields).toEqual([{ field: "first", message: expect.any(String) }]);
    const negative = await admin.gql(`{ auditEntries(offset: -1) { totalCount } }`);
    expect(errorCode(negative)).toBe("BAD_USER_INPUT");
    expect(negative.body.errors?.[0]?.extensions?.fields).toEqual([{ field: "offset", message: expect.any(String) }]);
  });

  it("counts the rows a filter keeps, over all pages", async () => {
    const { count } = await api.one<{ count: number }>(
      `SELECT count(*)::int AS count FROM producer WHERE commune_code = '06463'`,
    );
    expect(count).toBeGreaterThan(1);
    const first = await page("adminProducers", "name", 1, 0, `, filter: { communeCode: "06463" }`);
    expect(first.totalCount).toBe(count);
    expect(first.edges).toHaveLength(1);
    const last = await page("adminProducers", "name", 1, count - 1, `, filter: { communeCode: "06463" }`);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.edges).toHaveLength(1);
  });

  it("breaks ties by id, so rows with the same sort value keep one order across pages", async () => {
    // Three events on the same day: only the tiebreaker orders them.
    await api.sql(
      `INSERT INTO showcase_event (slug, name_vi, kind, venue_name, starts_on, ends_on)
       SELECT 'tie-' || n, 'Hội chợ ' || n, 'fair', 'Lạng Sơn', DATE '2031-01-01', DATE '2031-01-02'
       FROM generate_series(1, 3) n`,
    );
    const ids = (
      await api.sql<{ id: number }>(`SELECT id FROM showcase_event WHERE slug LIKE 'tie-%' ORDER BY id DESC`)
    ).map((r) => String(r.id));
    const pages = [];
    for (let offset = 0; offset < 3; offset++) pages.push(await page("adminShowcaseEvents", "nameVi", 1, offset));
    expect(pages.map((p) => p.edges[0]?.node.id)).toEqual(ids);
  });

  it("sorts producers by last change, ties in id order, the same way on every page", async () => {
    // Rows changed in one statement share updated_at: only the tiebreaker orders them.
    await api.sql(`UPDATE producer SET updated_at = TIMESTAMPTZ '2031-01-01 00:00+07' WHERE id IN (
                     SELECT id FROM producer ORDER BY id DESC LIMIT 3)`);
    const expected = (
      await api.sql<{ id: number }>(`SELECT id FROM producer ORDER BY updated_at DESC, id LIMIT 5`)
    ).map((r) => String(r.id));
    const ids: string[] = [];
    for (let offset = 0; offset < 5; offset++) {
      ids.push(
        ...(await page("adminProducers", "name", 1, offset, ", sort: UPDATED_DESC")).edges.map((e) => e.node.id),
      );
    }
    expect(ids).toEqual(expected);
    const newestFirst = await page("adminProducers", "name", 3, 0, ", sort: UPDATED_DESC");
    expect(newestFirst.edges.map((e) => Number(e.node.id))).toEqual(
      [...newestFirst.edges.map((e) => Number(e.node.id))].sort((a, b) => a - b),
    );
  });
});

describe("a staff list's search", () => {
  it("shows only what the words match: the storefront's fallbacks (dropped words, corrected typos) never widen it", async () => {
    // On the storefront "banh cuon" matches nothing as typed and shows "banh" instead, with a note.
    const shop = await api.gql<{ products: { totalCount: number; searchNote: { kind: string } | null } }>(
      `{ products(filter: { search: "banh cuon" }) { totalCount searchNote { kind } } }`,
    );
    expect(shop.body.data?.products.searchNote?.kind).toBe("DROPPED_WORDS");
    expect(shop.body.data?.products.totalCount).toBeGreaterThan(0);
    // A staff list would hand that wider set to a bulk change; it stays empty.
    const staff = await admin.gql(`{ adminProducts(filter: { search: "banh cuon" }) { totalCount } }`);
    expect(staff.body.errors).toBeUndefined();
    expect(staff.body.data?.adminProducts.totalCount).toBe(0);
    // And a bulk change of "every matching product" finds nothing to change.
    const archived = `SELECT count(*)::int AS n FROM product WHERE status = 'archived'`;
    const before = await api.one(archived);
    const bulk = await admin.gql(
      `mutation($n: Int!) { setStatusOfMatchingProducts(filter: { search: "banh cuon" }, expectedCount: $n, status: ARCHIVED) { count } }`,
      { n: shop.body.data?.products.totalCount },
    );
    expect(errorCode(bulk)).toBe("BAD_USER_INPUT");
    expect(await api.one(archived)).toEqual(before);
  });
});
