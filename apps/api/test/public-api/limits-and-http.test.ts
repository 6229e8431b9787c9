import { auditServer } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("query limits", () => {
  it("refuses a query deeper than the limit", async () => {
    const deep = `{ products { edges { node { producer { products { edges { node { producer { products { edges { node { name } } } } } } } } } } } }`;
    const result = await api.gql(deep);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("refuses a query whose cost is too high, before running it", async () => {
    const costly = `{ producers(first: 100) { edges { node { products(first: 100) { edges { node { name certifications { stars } } } } } } } }`;
    const result = await api.gql(costly);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses too many aliases", async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: catalogStats { totalProducts }`).join(" ");
    const result = await api.gql(`{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it("serves a full catalog page well within the limits", async () => {
    const page = `{ products(first: 20) { totalCount edges { node { slug name stars producer { name commune { fullName } }
      category { name parent { name } } images { url variants { url width } } certification { status validUntil } } } } }`;
    const result = await api.gql(page);
    expect(result.body.errors).toBeUndefined();
  });
});

describe("HTTP", () => {
  it("serves GET queries with a public cache lifetime: short for browsers, longer for CDNs", async () => {
    const result = await api.gql(`{ categories { code } }`, undefined, { method: "GET", lang: "en" });
    expect(result.status).toBe(200);
    expect(result.headers.get("cache-control")).toBe("public, max-age=15, s-maxage=60");
  });

  it("answers repeated queries from its cache, and never serves a stale answer after a change", async () => {
    const query = `{ product(slug: "rau-cai-bo-xoi-huu-co-huu-lung") { name } }`;
    const first = await api.gql<{ product: { name: string } }>(query, undefined, { method: "GET" });
    const again = await api.gql<{ product: { name: string } }>(query, undefined, { method: "GET" });
    expect(again.headers.get("age")).not.toBeNull();
    expect(again.body).toEqual(first.body);
    // A change made elsewhere (another replica, or psql) moves the revision on: seen within a second.
    await api.dataSource.query(
      `UPDATE product SET name_vi = 'Rau bó xôi Hữu Lũng' WHERE slug = 'rau-cai-bo-xoi-huu-co-huu-lung'`,
    );
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const fresh = await api.gql<{ product: { name: string } }>(query, undefined, { method: "GET" });
    expect(fresh.body.data?.product.name).toBe("Rau bó xôi Hữu Lũng");
  });

  it("compresses what it sends when the client accepts gzip", async () => {
    const response = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent("{ products(first: 50) { edges { node { name description } } } }")}`,
      {
        headers: { "accept-encoding": "gzip" },
      },
    );
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect((await response.json()).data.products.edges.length).toBeGreaterThan(0);
  });

  it("answers /healthz with 200 while the database answers", async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("hides internal error details in production", async () => {
    // A broken row (JSON null where a list belongs) makes a field resolver fail inside the server.
    await api.sql(
      `INSERT INTO product_image (product_id, alt_vi, width, height, variants) SELECT id, 'x', 1, 1, 'null' FROM product WHERE slug = 'rau-cai-bo-xoi-huu-co-huu-lung'`,
    );
    const result = await api.gql(`{ product(slug: "rau-cai-bo-xoi-huu-co-huu-lung") { images { url } } }`);
    expect(result.body.errors?.[0]).toMatchObject({
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(JSON.stringify(result.body)).not.toMatch(/stacktrace|TypeError/);
  });

  it("passes the GraphQL over HTTP conformance audit (every MUST)", async () => {
    const results = await auditServer({ url: `${api.url}/graphql` });
    const failedMusts = results.filter((r) => r.status === "error");
    expect(failedMusts.map((r) => `${r.id} ${r.name}: ${"reason" in r ? r.reason : ""}`)).toEqual([]);
  });
});
