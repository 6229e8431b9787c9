import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type RequestHandler } from "express";
import type { DocumentNode, GraphQLSchema } from "graphql";
import type { AdminContext } from "../graphql/admin-context";
import { isDatabaseUnavailable } from "../db/database-health";
import { createErrorFormatter, serviceUnavailable, serviceUnavailablePlugin } from "../graphql/format-error";
import { showsErrorDetails } from "../config";
import { inputGuardPlugin } from "../graphql/input-guard";
import { costLimitPlugin, DOCUMENT_STORE_SIZE, limitValidationRules } from "../graphql/limits";
import { adminContextFor, refuseCrossSite, type AdminDeps } from "./admin-session";

/** The staff GraphQL endpoint: POST only, session cookie, CSRF prevention, never cached. */
export async function createAdminGraphqlEndpoint(
  schema: GraphQLSchema,
  deps: AdminDeps,
): Promise<{ handler: RequestHandler[]; stop: () => Promise<void> }> {
  const production = !showsErrorDetails(deps.config);
  const server = new ApolloServer<AdminContext>({
    schema,
    validationRules: limitValidationRules,
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_STORE_SIZE }),
    // No "Did you mean …?": a stranger must not learn field names by guessing near them.
    hideSchemaDetailsFromClientErrors: true,
    // main.ts stops the whole process on SIGINT/SIGTERM (HTTP, mail worker, database, in order);
    // Apollo's own handlers, one per endpoint, would stop each endpoint a second time beside it.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(deps.logger, production, deps.health),
    includeStacktraceInErrorResponses: !production,
    introspection: !production,
    // Requests must carry a header an HTML form or a plain cross-site fetch cannot set.
    csrfPrevention: true,
    // Staff operations are few and change data: no persisted-query cache to fill.
    persistedQueries: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      serviceUnavailablePlugin,
      inputGuardPlugin(schema),
      costLimitPlugin(schema),
      {
        // A staff change must show on this replica's public answers at once.
        async requestDidStart() {
          return {
            async willSendResponse({ operation }) {
              if (operation?.operation === "mutation") deps.revision.invalidate();
            },
          };
        },
      },
    ],
  });
  await server.start();
  const onlyPost: RequestHandler = (req, res, next) => {
    if (req.method !== "POST") {
      res
        .status(405)
        .set("allow", "POST")
        .json({ errors: [{ message: "The staff API takes POST only", extensions: { code: "BAD_REQUEST" } }] });
      return;
    }
    res.set("cache-control", "no-store");
    next();
  };
  return {
    handler: [
      onlyPost,
      refuseCrossSite,
      express.json({ limit: "1mb" }),
      expressMiddleware(server, {
        context: ({ req, res }) =>
          adminContextFor(req, res, deps).catch((error: unknown) => {
            throw isDatabaseUnavailable(error) ? serviceUnavailable(deps.health, error) : error;
          }),
      }),
    ],
    stop: () => server.stop(),
  };
}
