import type { StaffRole } from "@ocop/schema/enums";
import { hasPermission, PUBLIC_ACCESS, SIGNED_IN_ACCESS, type Access } from "@ocop/schema/permissions";
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessOf, operationsOf, undeclaredOperations, type Operation } from "../../src/graphql/allow";
import { buildAdminSchema } from "../../src/graphql/schema";
import { ADMIN, EDITOR, OFFICER, signedIn, staffClient, type StaffClient } from "../../src/test-support/staff-client";
import type { GraphqlResult } from "../../src/test-support/test-api";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

/**
 * Every operation of the staff schema × every role × no session, sent over HTTP with placeholder
 * arguments, and the outcome compared with what the operation's @Allow and the permission table
 * say. The operations come from the built schema, so a new one is covered (or, without @Allow,
 * fails) without anyone listing it here.
 */

/** A value of the right type for a required argument; ids name nothing (999999). */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = placeholder(field.type);
    }
    return value;
  }
  const scalars: Record<string, unknown> = {
    ID: "999999",
    String: "xx",
    Int: 1,
    Float: 1,
    Boolean: false,
    LocalDate: "2025-01-01",
    DateTimeISO: "2025-01-01T00:00:00.000Z",
    JSONObject: {},
  };
  if (!(type.name in scalars)) throw new Error(`No placeholder for the scalar ${type.name}: add one`);
  return scalars[type.name];
}

const required = (arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined;

/** A syntactically valid document for an operation, with its required arguments as variables. */
function documentOf(op: Operation): { query: string; variables: Record<string, unknown> } {
  const args = op.field.args.filter(required);
  const declarations = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const call = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const selection = isCompositeType(getNamedType(op.field.type)) ? " { __typename }" : "";
  return {
    query: `${op.kind}${declarations ? `(${declarations})` : ""} { ${op.name}${call ? `(${call})` : ""}${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, placeholder(a.type)])),
  };
}

type Caller = StaffRole | "ANONYMOUS";
const ROLES: Array<[StaffRole, string]> = [
  ["ADMIN", ADMIN],
  ["EDITOR", EDITOR],
  ["COMMUNE_OFFICER", OFFICER],
];

function mayCall(caller: Caller, access: Access): boolean {
  if (access === PUBLIC_ACCESS) return true;
  if (caller === "ANONYMOUS") return false;
  return access === SIGNED_IN_ACCESS || hasPermission(caller, access);
}

/** The refusal of the access check itself: it names the access the operation declared. */
function refusal(result: GraphqlResult): { code: string; access: unknown } | null {
  const error = result.body.errors?.find((e) => e.extensions?.access !== undefined);
  return error ? { code: String(error.extensions!.code), access: error.extensions!.access } : null;
}

let api: TestApi;
const clients = new Map<Caller, StaffClient>();
beforeAll(async () => {
  api = await startTestApi();
  clients.set("ANONYMOUS", staffClient(api));
  for (const [role, email] of ROLES) clients.set(role, await signedIn(api, email));
});
afterAll(() => api?.close());

// The suite is collected from the built schema (vitest awaits an async describe before running it).
describe("the staff schema declares who may call each operation", async () => {
  const schema = await buildAdminSchema();
  const operations = operationsOf(schema);

  it("has no operation without @Allow", () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(undeclaredOperations(schema)).toEqual([]);
  });

  // Signing out ends the caller's session: it runs last, so every other case has its session.
  const ordered = [...operations].sort((a, b) => Number(a.name === "signOut") - Number(b.name === "signOut"));
  for (const op of ordered) {
    it(`${op.kind} ${op.name}: anonymous, ADMIN, EDITOR and COMMUNE_OFFICER get what ${String(accessOf(op.field))} allows`, async () => {
      const access = accessOf(op.field);
      expect(access, `${op.name} declares no access`).toBeDefined();
      const { query, variables } = documentOf(op);
      for (const caller of ["ANONYMOUS", ...ROLES.map(([role]) => role)] as Caller[]) {
        const result = await clients.get(caller)!.gql(query, variables);
        const what = `${op.name} as ${caller}: ${JSON.stringify(result.body.errors?.[0] ?? "ok")}`;
        // The document is valid: any error comes from running the operation, never from parsing it.
        expect(result.status, what).not.toBe(400);
        expect(result.status, what).toBeLessThan(500);
        const codes = (result.body.errors ?? []).map((e) => e.extensions?.code);
        if (mayCall(caller, access!)) {
          expect(refusal(result), what).toBeNull();
          if (access !== PUBLIC_ACCESS) expect(codes, what).not.toContain("UNAUTHENTICATED");
          // FORBIDDEN for a permitted caller can only be the commune scope, which binds officers alone.
          if (caller !== "COMMUNE_OFFICER") expect(codes, what).not.toContain("FORBIDDEN");
        } else {
          expect(refusal(result), what).toEqual({
            code: caller === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN",
            access,
          });
          expect(result.body.data?.[op.name] ?? null, what).toBeNull();
        }
      }
    });
  }
});
