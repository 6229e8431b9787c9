import { readFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";
import { EDITOR, signedIn } from "../../src/test-support/staff-client";

/*
 * A seeded fuzzer of both GraphQL endpoints: operations generated from the committed SDL with
 * wrong-typed, missing, oversized and hostile variables and literals, deep selections, aliases,
 * random bytes and broken bodies, over GET and POST, with and without a staff session. Whatever
 * it sends, the answer is never a 5xx and never shows internals.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3000);
const CONCURRENCY = 6;
/** Growth of the live heap (after a full collection) from half-way to the end: what a leak shows. */
const HEAP_GROWTH_LIMIT_MB = 40;
/**
 * The RSS bounds catch a gross blow-up only: the allocator keeps what it got, and its climb to a
 * plateau varies by 100 MB and more from run to run (seen: 360-550 MB peaks on the same seed).
 */
const RSS_GROWTH_LIMIT_MB = 250;
const RSS_PLATEAU_LIMIT_MB = 550;
const WARM_UP = Math.floor(REQUESTS / 2);

const schemaDir = path.resolve(__dirname, "../../../../packages/schema");
const publicSchema = buildSchema(readFileSync(path.join(schemaDir, "public.graphql"), "utf8"));
const adminSchema = buildSchema(readFileSync(path.join(schemaDir, "admin.graphql"), "utf8"));

/** Text that only a leak of internals puts in an answer (the fuzzer never sends any of it). */
const INTERNALS = [
  /\bat [^\s()]+ \(/,
  /\/work\//,
  /node_modules/,
  /TypeORM/i,
  /QueryFailedError/,
  /syntax error at or near/,
  /<pre>|<!DOCTYPE/i,
];

/** mulberry32: small, fast and the same on every machine for a seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface FuzzRequest {
  endpoint: "/graphql" | "/admin/graphql";
  method: "GET" | "POST";
  session: boolean;
  /** POST: the raw body; GET: the query string. */
  payload: string;
  contentType?: string;
}

class Generator {
  constructor(private readonly random: () => number) {}

  int(max: number) {
    return Math.floor(this.random() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number) {
    return this.random() < p;
  }

  hostileString(large = true): string {
    if (!large) return this.pick(["", "a\u0000b", "x".repeat(300), "cooperative", "%", this.randomText(8)]);
    return this.pick([
      () => "",
      () => "mật ong",
      () => "a\u0000b",
      () => "\u0000",
      () => "x".repeat(100_000),
      () => "Ω".repeat(5_000),
      () => "'; DROP TABLE product; --",
      () => "%_\\",
      () => "<script>alert(1)</script>",
      () => "\ud800",
      () => " ".repeat(300),
      () => this.randomText(1 + this.int(64)),
      () => "2025-13-45",
      () => "2025-11-20",
      () => "https://example.org/" + "a".repeat(3000),
    ])();
  }

  randomText(length: number) {
    let text = "";
    for (let i = 0; i < length; i++) text += String.fromCharCode(this.int(0x3000));
    return text;
  }

  id(): string {
    return this.pick(["1", "2", "17", "0", "-1", "999999999999", "2147483648", "0x10", "1e3", "007", " 5", "abc", ""]);
  }

  /** A value of the wrong shape for almost any type. */
  wrongValue(): Json {
    return this.pick<() => Json>([
      () => null,
      () => 1,
      () => -2147483649,
      () => 1.5,
      () => 1e300,
      () => true,
      () => "cooperative",
      () => this.hostileString(false),
      () => [],
      () => [1, "a", null],
      () => [[[[]]]],
      () => ({}),
      () => ({ a: { b: { c: 1 } } }),
      () => Array.from({ length: 2000 }, (_, i) => i),
    ])();
  }

  /** A value of the right shape, with hostile contents. */
  /** Large strings only outside lists and below the top of input objects, to bound a body's size. */
  value(type: GraphQLInputType, depth = 0): Json {
    if (this.chance(0.08)) return this.wrongValue();
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (this.chance(0.05)) return null;
    if (isListType(type)) {
      const length = this.chance(0.05) ? 500 : this.int(4);
      return Array.from({ length }, () => this.value(type.ofType, depth + 1));
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      return this.chance(0.2) ? this.pick(values).toLowerCase() : this.pick(values);
    }
    if (isInputObjectType(type)) {
      const object: Record<string, Json> = {};
      for (const field of Object.values(type.getFields())) {
        // Sometimes leave out a field, required or not; sometimes add one that does not exist.
        if (this.chance(0.15)) continue;
        object[field.name] = depth > 4 ? null : this.value(field.type, depth + 1);
      }
      if (this.chance(0.1)) object["notAField"] = 1;
      return object;
    }
    switch (type.name) {
      case "Int":
        return this.pick([0, 1, 2, 20, -1, 100, 2147483647, -2147483648, 1000000]);
      case "Float":
        return this.pick([0, 1.5, -91, 181, 21.85, 106.76, 1e308]);
      case "Boolean":
        return this.chance(0.5);
      case "ID":
        return this.id();
      default:
        return this.hostileString(depth < 2);
    }
  }

  /** The value as a GraphQL literal, whatever its shape (enums bare when they look like names). */
  literal(value: Json, type?: GraphQLInputType): string {
    if (value === null) return "null";
    if (Array.isArray(value)) return `[${value.map((v) => this.literal(v, type && itemType(type))).join(", ")}]`;
    if (typeof value === "object") {
      const fields = type && isInputObjectType(getNamedType(type)) ? getInputFields(type) : {};
      return `{${Object.entries(value)
        .map(([k, v]) => `${k}: ${this.literal(v, fields[k])}`)
        .join(", ")}}`;
    }
    if (typeof value === "string" && type && isEnumType(getNamedType(type)) && /^[A-Za-z_]\w*$/.test(value))
      return value;
    return JSON.stringify(value);
  }

  selection(type: GraphQLOutputType, depth: number, maxDepth: number): string {
    const named = getNamedType(type);
    if (isScalarType(named) || isEnumType(named)) return "";
    if (!isObjectType(named)) return "{ __typename }";
    if (depth >= maxDepth) {
      const scalar = Object.values(named.getFields()).find((f) => isLeaf(f.type));
      return `{ ${scalar?.name ?? "__typename"} }`;
    }
    const fields = Object.values(named.getFields());
    const chosen = new Set<GraphQLField<unknown, unknown>>();
    const count = 1 + this.int(Math.min(6, fields.length));
    for (let i = 0; i < count; i++) chosen.add(this.pick(fields));
    const parts: string[] = [];
    for (const field of chosen) {
      const args = this.inlineArgs(field.args, false);
      const sub = this.selection(field.type, depth + 1, maxDepth);
      const aliases = this.chance(0.03) ? 40 : 1;
      for (let a = 0; a < aliases; a++) parts.push(`${aliases > 1 ? `a${a}: ` : ""}${field.name}${args} ${sub}`);
    }
    return `{ ${parts.join(" ")} }`;
  }

  inlineArgs(args: readonly GraphQLArgument[], all: boolean): string {
    const given = args.filter((arg) => isNonNullType(arg.type) || (all && this.chance(0.5)) || this.chance(0.1));
    if (given.length === 0) return "";
    return `(${given.map((arg) => `${arg.name}: ${this.literal(this.value(arg.type), arg.type)}`).join(", ")})`;
  }

  /** One operation on one root field, with variables or literals. */
  operation(schema: GraphQLSchema): { query: string; variables?: Record<string, Json> } {
    const root = (this.chance(0.5) && schema.getMutationType()) || schema.getQueryType()!;
    // Not signOut: it has nothing to fuzz and would end the session the rest of the run uses.
    const field = this.pick(Object.values((root as GraphQLObjectType).getFields()).filter((f) => f.name !== "signOut"));
    const kind = root === schema.getMutationType() ? "mutation" : "query";
    const maxDepth = this.chance(0.15) ? 12 + this.int(10) : 1 + this.int(4);
    const selection = this.selection(field.type, 0, maxDepth);
    if (this.chance(0.5)) {
      return { query: `${kind} { ${field.name}${this.inlineArgs(field.args, true)} ${selection} }` };
    }
    const declared = field.args.filter((arg) => isNonNullType(arg.type) || this.chance(0.6));
    const variables: Record<string, Json> = {};
    for (const arg of declared) {
      // Sometimes leave out a variable, required or not.
      if (!this.chance(0.1)) variables[arg.name] = this.value(arg.type);
    }
    const definitions = declared.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
    const uses = declared.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
    return {
      query: `${kind}${definitions ? `(${definitions})` : ""} { ${field.name}${uses ? `(${uses})` : ""} ${selection} }`,
      variables,
    };
  }

  request(): FuzzRequest {
    const admin = this.chance(0.5);
    const endpoint = admin ? "/admin/graphql" : "/graphql";
    const session = this.chance(0.5);
    const method = this.chance(0.25) ? "GET" : "POST";
    const shape = this.random();
    let body: Record<string, Json> | string;
    if (shape < 0.75) {
      const { query, variables } = this.operation(admin ? adminSchema : publicSchema);
      body = variables ? { query, variables } : { query };
    } else if (shape < 0.8) {
      body = { query: this.randomText(1 + this.int(300)) };
    } else if (shape < 0.85) {
      body = this.randomText(1 + this.int(200));
    } else if (shape < 0.9) {
      body = this.pick([
        '{"query": "{ __typename }"',
        "[]",
        '[{"query":"{ __typename }"},{"query":"{ __typename }"}]',
        '{"query": 1}',
        '{"query": "{ __typename }", "variables": "x"}',
        '{"query": "{ __typename }", "variables": [1]}',
        '{"query": "{ __typename }", "operationName": 5}',
        '{"query": "{ __typename }", "extensions": 7}',
        '{"query": "{ a: __typename }", "variables": ' + "[".repeat(5000) + "]".repeat(5000) + "}",
        "null",
        "",
      ]);
    } else if (shape < 0.95) {
      // Deep nesting and many fragments in the query text itself.
      const depth = 50 + this.int(500);
      body = { query: `{ ${"products { edges { node { ".repeat(depth / 5)}id${" } } }".repeat(depth / 5)} }` };
    } else {
      body = { query: `query { ${"__typename ".repeat(20_000)} }` };
    }
    if (method === "GET") {
      const params = new URLSearchParams();
      if (typeof body === "string") params.set("query", body);
      else
        for (const [key, value] of Object.entries(body))
          params.set(key, typeof value === "string" ? value : JSON.stringify(value));
      return { endpoint, method, session, payload: params.toString() };
    }
    const contentType = this.chance(0.05)
      ? this.pick(["text/plain", "application/json; charset=latin-7", "application/x-www-form-urlencoded"])
      : "application/json";
    return { endpoint, method, session, payload: typeof body === "string" ? body : JSON.stringify(body), contentType };
  }
}

function isLeaf(type: GraphQLOutputType) {
  const named = getNamedType(type);
  return isScalarType(named) || isEnumType(named);
}
function itemType(type: GraphQLInputType): GraphQLInputType {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) ? inner.ofType : inner;
}
function getInputFields(type: GraphQLInputType): Record<string, GraphQLInputType> {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return {};
  return Object.fromEntries(Object.values(named.getFields()).map((f) => [f.name, f.type]));
}

let api: TestApi;
let cookie: string;
beforeAll(async () => {
  api = await startTestApi();
  const editor = await signedIn(api, EDITOR);
  cookie = editor.cookie!;
});
afterAll(() => api?.close());

async function send(request: FuzzRequest) {
  const headers: Record<string, string> = { "apollo-require-preflight": "true", "x-ocop-csrf": "1" };
  if (request.session) headers.cookie = cookie;
  const url = `${api.url}${request.endpoint}`;
  const response =
    request.method === "GET"
      ? await fetch(`${url}?${request.payload}`, { headers })
      : await fetch(url, {
          method: "POST",
          headers: { ...headers, "content-type": request.contentType ?? "application/json" },
          body: request.payload,
        });
  return { status: response.status, text: await response.text() };
}

/** A full collection on demand, without starting the test process with --expose-gc. */
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

function rssMb() {
  return process.memoryUsage().rss / 1e6;
}

/** The heap still reachable after a full collection. */
function liveHeapMb() {
  collectGarbage();
  return process.memoryUsage().heapUsed / 1e6;
}

async function stillSignedIn() {
  const response = await send({
    endpoint: "/admin/graphql",
    method: "POST",
    session: true,
    payload: JSON.stringify({ query: "{ session { user { email } } }" }),
  });
  return response.text.includes(EDITOR);
}

describe("fuzzing both GraphQL endpoints", () => {
  it(`${REQUESTS} seeded requests (seed ${SEED}): no 5xx, no internals, bounded memory`, async () => {
    const generator = new Generator(prng(SEED));
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const before = rssMb();
    let peak = before;
    let warm = before;
    let warmHeap = 0;
    let next = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          // Generated as sent (one event loop: the order, so each request, follows from the seed).
          const index = next++;
          const request = generator.request();
          const { status, text } = await send(request);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          const leak = INTERNALS.find((pattern) => pattern.test(text));
          if (status >= 500 || leak)
            failures.push(
              `#${index} ${status}${leak ? ` leaks ${leak}` : ""}: ${request.method} ${request.endpoint}` +
                ` session=${request.session} ${request.payload.slice(0, 400)} -> ${text.slice(0, 300)}`,
            );
          if (index % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss / 1e6);
          if (index === WARM_UP) {
            warm = rssMb();
            warmHeap = liveHeapMb();
          }
        }
      }),
    );
    const after = rssMb();
    const afterHeap = liveHeapMb();
    peak = Math.max(peak, after);
    console.info(
      `fuzz: ${REQUESTS} requests in ${((Date.now() - started) / 1000).toFixed(1)} s;` +
        ` statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))};` +
        ` RSS ${before.toFixed(0)} MB, ${warm.toFixed(0)} after ${WARM_UP}, ${after.toFixed(0)} at the end (peak ${peak.toFixed(0)});` +
        ` live heap ${warmHeap.toFixed(0)} MB after ${WARM_UP}, ${afterHeap.toFixed(0)} at the end`,
    );
    expect(failures.slice(0, 10)).toEqual([]);
    // The requests "with a session" had one all along.
    expect(await stillSignedIn()).toBe(true);
    // Native allocations (argon2's 19 MB per sign-in on each of libuv's threads, decompression,
    // parsing) are kept by the allocator once made: the RSS climbs to a plateau and then stays.
    // Bounded means no growth past that plateau while the same kinds of requests go on.
    expect(afterHeap - warmHeap).toBeLessThan(HEAP_GROWTH_LIMIT_MB);
    expect(after - warm).toBeLessThan(RSS_GROWTH_LIMIT_MB);
    expect(peak - before).toBeLessThan(RSS_PLATEAU_LIMIT_MB);
  }, 180_000);
});

describe("cases the fuzzer looks for, kept as regular tests", () => {
  it("an enum value in the wrong case, in a variable or an input object, is bad input", async () => {
    for (const [query, variables] of [
      [`query($t: ProducerType) { producers(filter: { type: $t }) { totalCount } }`, { t: "cooperative" }],
      [`query($f: ProducerFilter) { producers(filter: $f) { totalCount } }`, { f: { type: "cooperative" } }],
      [`query($s: ProducerSort) { producers(sort: $s) { totalCount } }`, { s: 5 }],
    ] as const) {
      const result = await api.gql(query, variables);
      expect(result.status).toBe(400);
      expect(result.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});

describe("NODE_ENV=test (as test runners and some hosts set it) answers as production", () => {
  it("shows no stack and no library message for a request the fuzzer found leaking", async () => {
    const testEnv = await startTestApi({ NODE_ENV: "test" });
    try {
      const cases = [
        // A body Apollo refuses itself.
        {
          endpoint: "/graphql",
          body: JSON.stringify({ query: "mutation { sendConnectionRequest(input: 1) { id } }" }),
        },
        { endpoint: "/graphql", body: '{"query": "{ __typename }", "variables": [1]}' },
        {
          endpoint: "/admin/graphql",
          body: JSON.stringify({ query: "query($id: ID!) { adminProduct(id: $id) { id } }" }),
        },
      ];
      for (const { endpoint, body } of cases) {
        const response = await fetch(`${testEnv.url}${endpoint}`, {
          method: "POST",
          headers: { "content-type": "application/json", "apollo-require-preflight": "true", "x-ocop-csrf": "1" },
          body,
        });
        const text = await response.text();
        expect(response.status, text).toBeLessThan(500);
        expect(text).not.toContain("stacktrace");
        for (const pattern of INTERNALS) expect(text).not.toMatch(pattern);
      }
      // The staff schema is not introspectable (the public one is, on purpose).
      const introspection = await fetch(`${testEnv.url}/admin/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
        body: JSON.stringify({ query: "{ __schema { queryType { name } } }" }),
      });
      expect(await introspection.text()).not.toContain("queryType");
    } finally {
      await testEnv.close();
    }
  });
});
