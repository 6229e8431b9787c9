import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
let admin: StaffClient;
let producerId: string;

beforeAll(async () => {
  api = await startTestApi();
  admin = await signedIn(api, ADMIN);
  producerId = String((await api.one<{ id: number }>(`SELECT id FROM producer ORDER BY id LIMIT 1`)).id);
});
afterAll(() => api?.close());

const TIMES = 10;

/** Every kind of row with a slug, created by staff under one name at the same moment. */
const CASES = [
  {
    table: "product",
    mutation: `mutation($input: ProductInput!) { created: createProduct(input: $input) { id slug } }`,
    input: () => ({ nameVi: "Trà hoa vàng Đồng thời", categoryCode: "TP-TS-1", producerId }),
    base: "tra-hoa-vang-dong-thoi",
  },
  {
    table: "producer",
    mutation: `mutation($input: ProducerInput!) { created: createProducer(input: $input) { id slug } }`,
    input: () => ({ name: "HTX Đồng Thời", type: "COOPERATIVE", communeCode: "06463", provinceCode: "20" }),
    base: "htx-dong-thoi",
  },
  {
    table: "showcase_event",
    mutation: `mutation($input: ShowcaseEventInput!) { created: createShowcaseEvent(input: $input) { id slug } }`,
    input: () => ({ nameVi: "Phiên chợ đồng thời", kind: "FAIR", startsOn: "2027-05-01", endsOn: "2027-05-02" }),
    base: "phien-cho-dong-thoi-2027",
  },
  {
    table: "distributor",
    mutation: `mutation($input: DistributorInput!) { created: createDistributor(input: $input) { id slug } }`,
    input: () => ({ nameVi: "Siêu thị Đồng Thời", kind: "RETAIL_CHAIN" }),
    base: "sieu-thi-dong-thoi",
  },
] as const;

describe("slugs of rows created at the same moment", () => {
  it.each(CASES)(
    `${TIMES} concurrent creates of one $table name all succeed with distinct slugs`,
    async ({ table, mutation, input, base }) => {
      const results = await Promise.all(Array.from({ length: TIMES }, () => admin.gql(mutation, { input: input() })));
      for (const r of results) expect(r.body.errors).toBeUndefined();
      const slugs = results.map((r) => (r.body.data as { created: { slug: string } }).created.slug);
      expect(new Set(slugs).size).toBe(TIMES);
      expect(slugs.sort()).toEqual([base, ...Array.from({ length: TIMES - 1 }, (_, i) => `${base}-${i + 2}`)].sort());
      const stored = await api.sql<{ slug: string }>(`SELECT slug FROM ${table} WHERE slug = $1 OR slug LIKE $2`, [
        base,
        `${base}-%`,
      ]);
      expect(stored.map((r) => r.slug).sort()).toEqual(slugs);
    },
  );
});
