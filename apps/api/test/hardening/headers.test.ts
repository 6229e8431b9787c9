import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const directives = (header: string | null) =>
  Object.fromEntries(
    (header ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );

describe("security headers", () => {
  it("forbid inline and foreign scripts on the storefront, which only it may frame", async () => {
    const response = await fetch(`${api.url}/`);
    const csp = directives(response.headers.get("content-security-policy"));
    expect(csp["script-src"]).toEqual(["'self'"]);
    expect(csp["script-src-attr"]).toEqual(["'none'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["frame-ancestors"]).toEqual(["'self'"]);
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("let nobody frame the admin", async () => {
    for (const path of ["/admin/", "/admin/products", "/admin/graphql"]) {
      const response = await fetch(`${api.url}${path}`);
      const csp = directives(response.headers.get("content-security-policy"));
      expect(csp["frame-ancestors"], path).toEqual(["'none'"]);
      expect(csp["script-src"], path).toEqual(["'self'"]);
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
    }
  });

  it("do not upgrade requests on a plain-HTTP install", async () => {
    const response = await fetch(`${api.url}/`);
    expect(response.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
  });
});

describe("the staff API's origin check", () => {
  const post = (origin: string) =>
    fetch(`${api.url}/admin/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-ocop-csrf": "1", "apollo-require-preflight": "true", origin },
      body: JSON.stringify({ query: "{ session { expiresAt } }" }),
    });

  it("compares scheme as well as host", async () => {
    const host = new URL(api.url).host;
    expect((await post(`http://${host}`)).status).toBe(200);
    expect((await post(`https://${host}`)).status).toBe(403);
    expect((await post(`http://evil.example`)).status).toBe(403);
  });
});
