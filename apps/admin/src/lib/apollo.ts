import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { ErrorLink } from "@apollo/client/link/error";
import { SessionDocument } from "@ocop/schema/admin";
import { storedLang } from "../i18n/i18n";

export const ADMIN_GRAPHQL_URL = "/admin/graphql";

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Reference data is keyed by its official/our code, not an id.
      AdministrativeUnit: { keyFields: ["code"] },
      Province: { keyFields: ["code"] },
      Category: { keyFields: ["code"] },
      Session: { keyFields: [] },
      Query: {
        fields: {
          session: { merge: false },
        },
      },
    },
  });
}

function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED");
  return ServerError.is(error) && error.statusCode === 401;
}

/**
 * The staff API client: POST only (no GET: queries carry the session), the session cookie from the
 * same origin, and the header Apollo Server's CSRF prevention asks of every request.
 * An UNAUTHENTICATED answer to anything but sign-in marks the session as gone, which sends the
 * shell to the sign-in page.
 */
export function createApolloClient(): ApolloClient {
  const http = new HttpLink({
    uri: ADMIN_GRAPHQL_URL,
    credentials: "same-origin",
    headers: { "apollo-require-preflight": "true" },
  });
  const errors = new ErrorLink(({ error, operation }) => {
    if (operation.operationName !== "SignIn" && isUnauthenticated(error)) {
      client.cache.writeQuery({ query: SessionDocument, data: { session: null } });
    }
  });
  // The interface language, so the API can answer messages in it where it knows how.
  const language = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, "accept-language": storedLang() },
    }));
    return forward(operation);
  });
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([errors, language, http]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: "cache-and-network" },
    },
  });
  return client;
}
