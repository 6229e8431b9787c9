import { expect } from "vitest";
import { DEMO_PASSWORD } from "../modules/staff/demo-accounts";
import type { GraphqlResult, TestApi } from "./test-api";

export const ADMIN = "admin@demo.ocop.vn";
export const EDITOR = "editor@demo.ocop.vn";
/** COMMUNE_OFFICER of Xã Chi Lăng (06463). */
export const OFFICER = "chilang@demo.ocop.vn";

export interface StaffClient {
  cookie: string | null;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResult<T>>;
}

/** A browser-like client of the staff API: same-origin POSTs with the CSRF header and the cookie. */
export function staffClient(api: TestApi, cookie: string | null = null): StaffClient {
  const client: StaffClient = {
    cookie,
    async gql(query, variables, headers = {}) {
      const response = await fetch(`${api.url}/admin/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "apollo-require-preflight": "true",
          ...(client.cookie ? { cookie: client.cookie } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const setCookie = response.headers.get("set-cookie");
      if (setCookie) client.cookie = setCookie.split(";")[0]!;
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as GraphqlResult<never>["body"],
      };
    },
  };
  return client;
}

export async function signedIn(api: TestApi, email: string): Promise<StaffClient> {
  const client = staffClient(api);
  const result = await client.gql(
    `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email } } }`,
    { e: email, p: DEMO_PASSWORD },
  );
  expect(result.body.errors).toBeUndefined();
  expect(client.cookie).toMatch(/^ocop_session=/);
  return client;
}

export function errorCode(result: GraphqlResult): string | undefined {
  return result.body.errors?.[0]?.extensions?.code;
}
