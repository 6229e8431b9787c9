import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";
import { ADMIN, signedIn, type StaffClient } from "../../src/test-support/staff-client";

let api: TestApi;
let admin: StaffClient;
beforeAll(async () => {
  api = await startTestApi();
  admin = await signedIn(api, ADMIN);
});
afterAll(() => api?.close());

async function staffAnonymous(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${api.url}/admin/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-ocop-csrf": "1", "apollo-require-preflight": "true" },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}

describe("wrong variables are bad input, not crashes", () => {
  const cases: Array<[string, string, Record<string, unknown> | undefined]> = [
    [
      "a missing required variable",
      `query($s: String!) { products(filter: { search: $s }) { totalCount } }`,
      undefined,
    ],
    ["a list for an Int", `query($n: Int) { products(first: $n) { totalCount } }`, { n: [1, 2] }],
    ["a string for an Int", `query($n: Int) { products(first: $n) { totalCount } }`, { n: "twenty" }],
    [
      "an object for a String",
      `query($s: String) { products(filter: { search: $s }) { totalCount } }`,
      { s: { a: 1 } },
    ],
  ];
  for (const [name, query, variables] of cases) {
    it(`public endpoint: ${name}`, async () => {
      const result = await api.gql(query, variables);
      expect(result.status).toBe(400);
      expect(result.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });
  }

  it("staff endpoint, unauthenticated: a variable of the wrong type", async () => {
    const result = await staffAnonymous(`query($id: ID!) { adminProduct(id: $id) { id } }`, { id: [1] });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("values no statement may receive", () => {
  it("refuses a NUL character in a search, a slug and the sign-in email", async () => {
    const search = await api.gql(`query($s: String) { products(filter: { search: $s }) { totalCount } }`, {
      s: "mật\u0000ong",
    });
    expect(search.status).toBe(400);
    expect(search.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "search" }],
    });
    const slug = await api.gql(`query($s: String!) { product(slug: $s) { name } }`, { s: "a\u0000b" });
    expect(slug.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const signIn = await staffAnonymous(`mutation($e: String!) { signIn(email: $e, password: "x") { expiresAt } }`, {
      e: "admin@demo.ocop.vn\u0000",
    });
    expect(signIn.status).toBe(400);
    expect(signIn.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses ids beyond int4 or not in decimal, inline or as variables, naming the field", async () => {
    for (const id of ["999999999999", "0x10", "1e3", "-1", "007", " 5"]) {
      const inline = await admin.gql(`{ adminProduct(id: ${JSON.stringify(id)}) { id } }`);
      expect(inline.body.errors?.[0]?.extensions, id).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ field: "id" }],
      });
      const asVariable = await admin.gql(`query($id: ID!) { adminProduct(id: $id) { id } }`, { id });
      expect(asVariable.body.errors?.[0]?.extensions?.code, id).toBe("BAD_USER_INPUT");
    }
    const nested = await admin.gql(
      `mutation($i: [VersionedId!]!) { setProductsStatus(items: $i, status: DRAFT) { id } }`,
      {
        i: [{ id: "0x10", version: 1 }],
      },
    );
    expect(nested.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "id" }] });
  });

  it("still answers a valid id that does not exist as not found", async () => {
    const result = await admin.gql(`{ adminProduct(id: "2147483647") { id } }`);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data).toEqual({ adminProduct: null });
  });

  it("suggests no field names to anyone", async () => {
    const result = await staffAnonymous(`{ staffUser { id } }`);
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).not.toMatch(/did you mean/i);
    const publicResult = await api.gql(`{ product { nam } }`);
    expect(JSON.stringify(publicResult.body)).not.toMatch(/did you mean/i);
  });
});
