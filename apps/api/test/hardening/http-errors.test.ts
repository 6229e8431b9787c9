import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/config";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

interface Probe {
  name: string;
  path: string;
  init?: RequestInit;
  status: number;
}

const json = { "content-type": "application/json" };
const staffHeaders = { ...json, "x-ocop-csrf": "1", "apollo-require-preflight": "true" };

const probes: Probe[] = [
  { name: "malformed JSON", path: "/graphql", init: { method: "POST", headers: json, body: "{ nope" }, status: 400 },
  {
    name: "malformed JSON on the staff endpoint",
    path: "/admin/graphql",
    init: { method: "POST", headers: staffHeaders, body: '{"query": ' },
    status: 400,
  },
  {
    name: "a 1.1 MB body",
    path: "/graphql",
    init: {
      method: "POST",
      headers: json,
      body: JSON.stringify({ query: `{ categories { code } }`, x: "a".repeat(1_150_000) }),
    },
    status: 413,
  },
  {
    name: "an unknown charset",
    path: "/graphql",
    init: { method: "POST", headers: { "content-type": "application/json; charset=klingon" }, body: "{}" },
    status: 415,
  },
  {
    name: "a bad Content-Encoding",
    path: "/graphql",
    init: { method: "POST", headers: { ...json, "content-encoding": "gzip" }, body: "not gzip at all" },
    status: 400,
  },
  {
    name: "an unsupported Content-Encoding",
    path: "/graphql",
    init: { method: "POST", headers: { ...json, "content-encoding": "zstd-nope" }, body: "{}" },
    status: 415,
  },
  { name: "a missing media file", path: "/media/products/none/nothing.webp", status: 404 },
  { name: "a path escaping the media folder", path: "/media/..%2f..%2fpackage.json", status: 404 },
  { name: "an encoded NUL in a media path", path: "/media/a%00b.webp", status: 400 },
  { name: "a malformed escape in a media path", path: "/media/%E0%A4%A.webp", status: 400 },
];

describe("no internals reach a client", () => {
  for (const probe of probes) {
    it(`answers ${probe.name} with ${probe.status}, a code, and nothing internal`, async () => {
      const response = await fetch(`${api.url}${probe.path}`, probe.init);
      const text = await response.text();
      expect(response.status).toBe(probe.status);
      expect(response.headers.get("content-type") ?? "").toMatch(/^(application\/json|text\/plain)/);
      expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|<html|<pre>/i);
      expect(text).not.toContain(REPO_ROOT);
      if (response.headers.get("content-type")?.startsWith("application/json")) {
        const body = JSON.parse(text) as {
          errors?: Array<{ extensions?: { code?: string } }>;
          error?: { code?: string };
        };
        const code = body.errors?.[0]?.extensions?.code ?? body.error?.code;
        expect(code).toMatch(/^[A-Z_]+$/);
      }
    });
  }

  it("keeps the health check free of the database's address", async () => {
    const response = await fetch(`${api.url}/healthz`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|postgres(ql)?:\/\//);
  });
});
