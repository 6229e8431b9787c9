import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

/**
 * Recall@5 of the storefront search over the demo dataset: for each query of the relevance set, the
 * share of the products that must be among its first 5 results that are. The README's "Search
 * relevance" section quotes the figure this prints, with the queries that still miss.
 */
interface RelevanceQuery {
  kind: string;
  lang: "vi" | "en" | "zh";
  query: string;
  top5: string[];
}

const { queries } = JSON.parse(readFileSync(path.join(__dirname, "relevance-queries.json"), "utf8")) as {
  queries: RelevanceQuery[];
};

/** The goal: at least this share of the expected products found in the first 5. */
const MIN_RECALL_AT_5 = 0.95;

const SEARCH = `query Search($search: String!) {
  products(first: 5, filter: { search: $search }) { edges { node { slug } } }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("search relevance", () => {
  it("has a set of at least 80 queries, each expecting at most 5 products", () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    for (const q of queries) expect(q.top5.length, q.query).toBeGreaterThan(0);
    for (const q of queries) expect(q.top5.length, q.query).toBeLessThanOrEqual(5);
  });

  it(`finds at least ${MIN_RECALL_AT_5 * 100}% of the expected products in the first 5 results`, async () => {
    let expected = 0;
    let found = 0;
    const misses: string[] = [];
    for (const q of queries) {
      const result = await api.gql<{ products: { edges: Array<{ node: { slug: string } }> } }>(
        SEARCH,
        { search: q.query },
        { lang: q.lang },
      );
      expect(result.body.errors, q.query).toBeUndefined();
      const top5 = result.body.data!.products.edges.map((e) => e.node.slug);
      const missing = q.top5.filter((slug) => !top5.includes(slug));
      expected += q.top5.length;
      found += q.top5.length - missing.length;
      if (missing.length)
        misses.push(
          `${q.kind} [${q.lang}] "${q.query}": missing ${missing.join(", ")}; top 5: ${top5.join(", ") || "none"}`,
        );
    }
    const recall = found / expected;
    console.log(
      `search relevance: recall@5 = ${recall.toFixed(3)} (${found}/${expected} expected products, ${queries.length} queries)` +
        (misses.length ? `\nqueries that miss:\n  ${misses.join("\n  ")}` : "\nno query misses"),
    );
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL_AT_5);
  });
});
