import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, type DatabaseHealth } from "../db/database-health";
import type { Logger } from "../logger";

/** Codes whose messages are written for clients; anything else is an internal error. */
const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
  "QUERY_TOO_COMPLEX",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export const SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

/**
 * Keeps client errors as they are; logs internal ones and hides their details in production. An
 * unreachable database is no bug: it is SERVICE_UNAVAILABLE (HTTP 503, see `serviceUnavailablePlugin`)
 * and is logged once per outage interval by `health`, not once per request.
 */
export function createErrorFormatter(logger: Logger, production: boolean, health: DatabaseHealth) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    if (CLIENT_CODES.has(code) || code === SERVICE_UNAVAILABLE) return formatted;
    if (isDatabaseUnavailable(error)) {
      health.failed(error);
      return {
        message: "The catalogue is briefly unavailable: try again in a few seconds",
        path: formatted.path,
        extensions: { code: SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS },
      };
    }
    logger.error({ err: error, path: formatted.path }, "internal error in a GraphQL operation");
    if (!production) return formatted;
    return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}

/** An answer holding a SERVICE_UNAVAILABLE error goes out as HTTP 503 with Retry-After. */
export const serviceUnavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const errors = response.body.singleResult.errors ?? [];
        if (!errors.some((e) => e.extensions?.code === SERVICE_UNAVAILABLE)) return;
        response.http.status = 503;
        response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        response.http.headers.set("cache-control", "no-store");
      },
    };
  },
};

/** For a request context that could not be built because the database is away. */
export function serviceUnavailable(health: DatabaseHealth, error: unknown): GraphQLError {
  health.failed(error);
  return new GraphQLError("The catalogue is briefly unavailable: try again in a few seconds", {
    extensions: {
      code: SERVICE_UNAVAILABLE,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      http: { status: 503, headers: new Map([["retry-after", String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}
