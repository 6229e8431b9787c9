import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

type Filter = {
  search?: string;
  categoryCode?: string;
  stars?: number[];
  communeCode?: string;
  producerType?: string;
  validOnly?: boolean;
};
type FacetCount = { value: string; count: number };
interface Facets {
  total: number;
  valid: number;
  stars: FacetCount[];
  groups: FacetCount[];
  subgroups: FacetCount[];
  communes: FacetCount[];
  producerTypes: FacetCount[];
}

const FACETS = `query Facets($filter: ProductFilter) {
  productFacets(filter: $filter) {
    total valid
    stars { value count } groups { value count } subgroups { value count }
    communes { value count } producerTypes { value count }
  }
}`;

async function facets(filter: Filter): Promise<Facets> {
  const result = await api.gql<{ productFacets: Facets }>(FACETS, { filter });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.productFacets;
}

async function total(filter: Filter): Promise<number> {
  const result = await api.gql<{ products: { totalCount: number } }>(
    `query ($filter: ProductFilter) { products(first: 1, filter: $filter) { totalCount } }`,
    { filter },
  );
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.products.totalCount;
}

/** Every count of every facet is what the list gives with that value in place of the facet's own filter. */
async function expectCountsMatchTheList(filter: Filter): Promise<Facets> {
  const f = await facets(filter);
  expect(f.total).toBe(await total(filter));
  expect(f.valid).toBe(await total({ ...filter, validOnly: true }));
  const checks: Array<[FacetCount[], (value: string) => Filter]> = [
    [f.stars, (v) => ({ ...filter, stars: [Number(v)] })],
    [f.groups, (v) => ({ ...filter, categoryCode: v })],
    [f.subgroups, (v) => ({ ...filter, categoryCode: v })],
    [f.communes, (v) => ({ ...filter, communeCode: v })],
    [f.producerTypes, (v) => ({ ...filter, producerType: v })],
  ];
  for (const [counts, withValue] of checks) {
    for (const { value, count } of counts) {
      expect(count, JSON.stringify(withValue(value))).toBe(await total(withValue(value)));
      expect(count).toBeGreaterThan(0);
    }
  }
  return f;
}

const TODAY = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

describe("valid certificate only", () => {
  it("lists exactly the published products whose newest live certificate is neither revoked nor ended", async () => {
    const oracle = await api.sql<{ slug: string }>(
      `SELECT p.slug FROM product p JOIN producer pr ON pr.id = p.producer_id
        WHERE p.status = 'published'
          AND pr.province_code = ANY((SELECT provinces FROM site_settings WHERE id = 1)::text[])
          AND EXISTS (
         SELECT 1 FROM certification c WHERE c.product_id = p.id AND c.voided_at IS NULL
           AND c.revoked_on IS NULL AND c.valid_until >= ${TODAY}
           AND NOT EXISTS (SELECT 1 FROM certification n WHERE n.product_id = p.id AND n.voided_at IS NULL
                             AND (n.decision_date, n.id) > (c.decision_date, c.id)))
       ORDER BY 1`,
    );
    const result = await api.gql<{ products: { totalCount: number; edges: Array<{ node: { slug: string } }> } }>(
      `{ products(first: 100, filter: { validOnly: true }, sort: NAME) { totalCount edges { node { slug } } } }`,
    );
    const slugs = result.body.data!.products.edges.map((e) => e.node.slug).sort();
    expect(oracle.length).toBeGreaterThan(0);
    expect(slugs).toEqual(oracle.map((r) => r.slug));
    const all = await total({});
    expect(all).toBeGreaterThan(oracle.length); // the demo has expired products too
  });
});

describe("productFacets", () => {
  it("counts every value with the other filters applied, as the list shows them", async () => {
    const plain = await expectCountsMatchTheList({});
    expect(plain.total).toBe(await total({}));
    // The commune/ward with the most products, narrowed by stars: its own count follows the stars.
    const busiest = [...plain.communes].sort((a, b) => b.count - a.count)[0]!;
    const narrowed = await expectCountsMatchTheList({ communeCode: busiest.value, stars: [4] });
    const own = narrowed.communes.find((c) => c.value === busiest.value)?.count ?? 0;
    expect(own).toBe(narrowed.total);
    expect(own).toBeLessThan(busiest.count);
    // The stars facet ignores the stars filter but keeps the commune.
    const starsHere = await total({ communeCode: busiest.value });
    expect(narrowed.stars.reduce((n, s) => n + s.count, 0)).toBeLessThanOrEqual(starsHere);
  });

  it("follows a search, a group, a producer type and the valid-only filter together", async () => {
    await expectCountsMatchTheList({ search: "mat ong" });
    await expectCountsMatchTheList({ categoryCode: "TP", validOnly: true });
    const f = await expectCountsMatchTheList({ producerType: "COOPERATIVE", stars: [3] });
    expect(f.stars.map((s) => s.value)).not.toContain("2");
  });

  it("counts valid certificates whatever the valid-only filter says, and totals what the list holds", async () => {
    const without = await facets({});
    const withIt = await facets({ validOnly: true });
    expect(withIt.valid).toBe(without.valid);
    expect(withIt.total).toBe(without.valid);
    expect(without.total).toBeGreaterThan(without.valid);
    // Stars only exist on valid certificates: the valid-only filter changes none of them.
    expect(withIt.stars).toEqual(without.stars);
  });

  it("refuses star levels that are never certified, as the list does", async () => {
    const result = await api.gql(FACETS, { filter: { stars: [2] } });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "stars" }] });
  });
});
