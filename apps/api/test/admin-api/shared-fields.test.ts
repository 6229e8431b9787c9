import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDITOR, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

// The fields both schemas show of a product, as each schema spells the query around them.
const FIELDS = `slug stars category { code }
  producer { slug commune { code } province { code } }
  certification { decisionNumber status stars } certifications { decisionNumber status }
  images { url variants { url width } }`;

let api: TestApi;
let editor: StaffClient;

beforeAll(async () => {
  api = await startTestApi();
  editor = await signedIn(api, EDITOR);
  // Staff see every province's products: the public too, on a site of both the demo's provinces.
  await api.sql(`UPDATE site_settings SET provinces = '{12,20}' WHERE id = 1`);
});
afterAll(() => api?.close());

type ProductFields = { slug: string; stars: number | null } & Record<string, unknown>;

function bySlug(nodes: ProductFields[]): Map<string, ProductFields> {
  return new Map(nodes.map((n) => [n.slug, n]));
}

describe("fields that mean the same on the public and the staff Product", () => {
  it("answer the same for every published product (current stars from the public listing's statement and from the staff's loader agree)", async () => {
    const publicResult = await api.gql<any>(
      `{ products(first: 100, sort: NAME) { totalCount edges { node { ${FIELDS} } } } }`,
    );
    const staffResult = await editor.gql(
      `{ adminProducts(first: 100, filter: { status: PUBLISHED }) { totalCount edges { node { ${FIELDS} } } } }`,
    );
    expect(publicResult.body.errors).toBeUndefined();
    expect(staffResult.body.errors).toBeUndefined();
    const publicProducts = bySlug(publicResult.body.data.products.edges.map((e: { node: ProductFields }) => e.node));
    const staffData = staffResult.body.data as any;
    const staffProducts = bySlug(staffData.adminProducts.edges.map((e: { node: ProductFields }) => e.node));

    expect(publicProducts.size).toBeGreaterThan(20);
    expect(staffData.adminProducts.totalCount).toBe(publicResult.body.data.products.totalCount);
    expect([...staffProducts.keys()].sort()).toEqual([...publicProducts.keys()].sort());
    for (const [slug, seen] of publicProducts) expect(staffProducts.get(slug), slug).toEqual(seen);
    // The comparison means something only if both kinds of stars are there.
    const stars = [...publicProducts.values()].map((p) => p.stars);
    expect(stars.some((s) => s !== null)).toBe(true);
  });

  it("agree when a certificate is revoked: both show no current stars", async () => {
    const listed = await api.gql<any>(
      `{ products(first: 1, filter: { stars: [3, 4, 5] }) { edges { node { slug } } } }`,
    );
    const slug: string = listed.body.data.products.edges[0].node.slug;
    const { id } = await api.one<{ id: number }>(`SELECT id FROM product WHERE slug = $1`, [slug]);
    const before = (await editor.gql(`{ adminProduct(id: "${id}") { certification { id version } } }`)).body
      .data as any;
    const revoked = await editor.gql(
      `mutation($id: ID!, $version: Int!) {
         revokeCertification(id: $id, version: $version, revokedOn: "2026-01-02", reason: "withdrawn by the council") { status }
       }`,
      { id: before.adminProduct.certification.id, version: before.adminProduct.certification.version },
    );
    expect(revoked.body.errors).toBeUndefined();
    const publicProduct = (await api.gql<any>(`{ product(slug: "${slug}") { ${FIELDS} } }`)).body.data.product;
    const staffProduct = ((await editor.gql(`{ adminProduct(id: "${id}") { ${FIELDS} } }`)).body.data as any)
      .adminProduct;
    expect(publicProduct.stars).toBeNull();
    expect(publicProduct.certification.status).toBe("REVOKED");
    expect(staffProduct).toEqual(publicProduct);
  });
});
