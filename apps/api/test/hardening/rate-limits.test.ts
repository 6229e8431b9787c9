import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slowDownMs } from "../../src/modules/staff/staff.admin.service";
import { errorCode, staffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ SIGN_IN_ATTEMPTS_PER_ACCOUNT: "3", SIGN_IN_ATTEMPTS_PER_ADDRESS: "5" });
});
afterAll(() => api?.close());

const attempt = (email: string, ip: string) =>
  staffClient(api).gql(SIGN_IN, { e: email, p: "guess-xxxxxxx" }, { "x-forwarded-for": ip });
const bucketRows = async () =>
  await api.one<{ n: number; longest: number }>(
    `SELECT count(*)::int AS n, coalesce(max(length(key)), 0)::int AS longest FROM rate_limit_bucket`,
  );

describe("the throttle's table stays bounded", () => {
  it("writes nothing more for an address already refused, whatever emails it tries", async () => {
    const before = await bucketRows();
    const ip = "203.0.113.7";
    const codes = new Set<string | undefined>();
    for (let i = 0; i < 200; i++) codes.add(errorCode(await attempt(`${"x".repeat(200)}${i}@example.vn`, ip)));
    expect(codes).toEqual(new Set(["UNAUTHENTICATED", "TOO_MANY_REQUESTS"]));
    const after = await bucketRows();
    // One row for the address, two (account, account+address) for each of the 5 attempts it was allowed.
    expect(after.n - before.n).toBeLessThanOrEqual(1 + 5 * 2);
    expect(after.longest).toBeLessThanOrEqual(64);
  });

  it("answers a 12 kB email as bad input, not a crash", async () => {
    const result = await attempt(`${"a".repeat(12_000)}@example.vn`, "203.0.113.8");
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.body.errors?.[0]?.extensions?.fields).toMatchObject([{ field: "email", code: "notEmail" }]);
  });

  it("sweeps windows that have ended", async () => {
    const fresh = await startTestApi();
    try {
      await fresh.sql(
        `INSERT INTO rate_limit_bucket (key, count, window_ends_at)
         SELECT 'old-' || g, 1, now() - interval '1 minute' FROM generate_series(1, 300) g`,
      );
      await staffClient(fresh).gql(SIGN_IN, { e: "nobody@example.vn", p: "guess-xxxxxxx" });
      const { n } = await fresh.one<{ n: number }>(
        `SELECT count(*)::int AS n FROM rate_limit_bucket WHERE key LIKE 'old-%'`,
      );
      expect(n).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});

describe("slowing an account down", () => {
  it("doubles the wait for each attempt beyond the limit, up to 4 s", () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(slowDownMs)).toEqual([250, 500, 1000, 2000, 4000, 4000, 4000]);
  });
});
