import { permissionsOf } from "@ocop/schema/permissions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../src/modules/staff/demo-accounts";
import { ADMIN, errorCode, OFFICER, signedIn, staffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email role commune { code } } permissions communeCode } }`;
const SESSION = `{ session { user { email } permissions } }`;

describe("sign-in and sessions", () => {
  it("signs in with an HttpOnly, SameSite=Strict session cookie stored as a hash", async () => {
    const response = await fetch(`${api.url}/admin/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
      body: JSON.stringify({ query: SIGN_IN, variables: { e: OFFICER, p: DEMO_PASSWORD } }),
    });
    const body = await response.json();
    expect(body.data.signIn).toEqual({
      user: { email: OFFICER, role: "COMMUNE_OFFICER", commune: { code: "06463" } },
      // No staff management, content of one commune/ward only (the permission table, one source).
      permissions: [...permissionsOf("COMMUNE_OFFICER")],
      communeCode: "06463",
    });
    expect(body.data.signIn.permissions).not.toContain("staff.write");
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^ocop_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/admin/);
    const token = /^ocop_session=([^;]+)/.exec(cookie)![1]!;
    const stored = await api.sql<{ token_hash: string }>(`SELECT token_hash FROM staff_session`);
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
  });

  it("knows the session until sign-out, then forgets it", async () => {
    const client = await signedIn(api, ADMIN);
    expect((await client.gql(SESSION)).body.data?.session).toEqual({
      user: { email: ADMIN },
      permissions: [...permissionsOf("ADMIN")],
    });
    expect((await client.gql(SESSION)).body.data?.session.permissions).toContain("staff.write");
    const cookie = client.cookie;
    expect((await client.gql(`mutation { signOut }`)).body.data).toEqual({ signOut: true });
    expect((await staffClient(api, cookie).gql(SESSION)).body.data?.session).toBeNull();
  });

  it("refuses a wrong password and an unknown account with the same answer", async () => {
    const wrong = await staffClient(api).gql(SIGN_IN, { e: ADMIN, p: "wrong-password" });
    const unknown = await staffClient(api).gql(SIGN_IN, { e: "nobody@example.vn", p: "wrong-password" });
    expect(errorCode(wrong)).toBe("UNAUTHENTICATED");
    expect(unknown.body.errors?.[0]?.message).toBe(wrong.body.errors?.[0]?.message);
  });

  it("refuses an expired session", async () => {
    const client = await signedIn(api, ADMIN);
    await api.sql(`UPDATE staff_session SET expires_at = now() - interval '1 minute'`);
    expect((await client.gql(SESSION)).body.data?.session).toBeNull();
    expect(errorCode(await client.gql(`{ dashboard { newConnectionRequests } }`))).toBe("UNAUTHENTICATED");
  });

  it("refuses a deactivated account's open session", async () => {
    const client = await signedIn(api, OFFICER);
    await api.sql(`UPDATE staff_user SET active = false WHERE email = $1`, [OFFICER]);
    expect(errorCode(await client.gql(`{ dashboard { newConnectionRequests } }`))).toBe("UNAUTHENTICATED");
    await api.sql(`UPDATE staff_user SET active = true WHERE email = $1`, [OFFICER]);
  });
});

describe("staff endpoint safety", () => {
  it("answers anonymous calls with UNAUTHENTICATED", async () => {
    for (const query of [
      `{ dashboard { newConnectionRequests } }`,
      `{ adminProducts { totalCount } }`,
      `{ auditEntries { totalCount } }`,
      `mutation { createDistributor(input: { nameVi: "X", kind: EXPORT }) { id } }`,
    ]) {
      expect(errorCode(await staffClient(api).gql(query)), query).toBe("UNAUTHENTICATED");
    }
  });

  it("refuses a forged cross-site request, even with a valid session cookie", async () => {
    const client = await signedIn(api, ADMIN);
    const before = (await api.sql(`SELECT count(*)::int AS n FROM distributor`))[0];
    const mutation = JSON.stringify({
      query: `mutation { createDistributor(input: { nameVi: "Giả mạo", kind: EXPORT }) { id } }`,
    });
    // A form post from another site: text/plain, no preflight header, foreign Origin.
    const form = await fetch(`${api.url}/admin/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain", cookie: client.cookie!, origin: "https://evil.example" },
      body: mutation,
    });
    expect(form.status).toBe(403);
    // Same request without the Origin header: CSRF prevention still wants a preflighted request.
    const noOrigin = await fetch(`${api.url}/admin/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain", cookie: client.cookie! },
      body: mutation,
    });
    expect(noOrigin.status).toBe(400);
    // A cross-site fetch that a browser would send with the JSON type still says where it is from.
    const crossSite = await fetch(`${api.url}/admin/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "apollo-require-preflight": "true",
        cookie: client.cookie!,
        "sec-fetch-site": "cross-site",
      },
      body: mutation,
    });
    expect(crossSite.status).toBe(403);
    expect((await api.sql(`SELECT count(*)::int AS n FROM distributor`))[0]).toEqual(before);
  });

  it("takes POST only and never lets a response be cached", async () => {
    const get = await fetch(`${api.url}/admin/graphql?query=${encodeURIComponent("{ session { user { email } } }")}`);
    expect(get.status).toBe(405);
    const client = await signedIn(api, ADMIN);
    expect((await client.gql(SESSION)).headers.get("cache-control")).toBe("no-store");
  });

  it("serves no staff data through the public endpoint", async () => {
    const result = await api.gql(`{ adminProducts { totalCount } }`);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const draft = await api.one<{ slug: string }>(`SELECT slug FROM product WHERE status = 'draft' LIMIT 1`);
    expect((await api.gql(`{ product(slug: "${draft.slug}") { name } }`)).body.data).toEqual({ product: null });
  });
});

describe("sign-in throttling", () => {
  let throttled: TestApi;
  beforeAll(async () => {
    throttled = await startTestApi({ SIGN_IN_ATTEMPTS_PER_ACCOUNT: "3", SIGN_IN_ATTEMPTS_PER_ADDRESS: "6" });
  });
  afterAll(() => throttled?.close());

  const attempt = (email: string, password: string, ip: string) =>
    staffClient(throttled).gql(SIGN_IN, { e: email, p: password }, { "x-forwarded-for": ip });

  it("stops guessing on one account, even with the right password, and not other accounts", async () => {
    for (let i = 0; i < 3; i++)
      expect(errorCode(await attempt(ADMIN, `guess-${i}-xxxxx`, "192.0.2.1"))).toBe("UNAUTHENTICATED");
    const blocked = await attempt(ADMIN, DEMO_PASSWORD, "192.0.2.2");
    expect(errorCode(blocked)).toBe("TOO_MANY_REQUESTS");
    expect(blocked.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(errorCode(await attempt(OFFICER, DEMO_PASSWORD, "192.0.2.3"))).toBeUndefined();
  });

  it("stops one address trying many accounts", async () => {
    const ip = "198.51.100.9";
    for (let i = 0; i < 6; i++) await attempt(`user${i}@example.vn`, "guess-xxxxxxx", ip);
    expect(errorCode(await attempt("editor@demo.ocop.vn", DEMO_PASSWORD, ip))).toBe("TOO_MANY_REQUESTS");
    expect(errorCode(await attempt("editor@demo.ocop.vn", DEMO_PASSWORD, "198.51.100.10"))).toBeUndefined();
  });
});
