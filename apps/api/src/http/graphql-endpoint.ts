import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Request, type RequestHandler } from "express";
import {
  Kind,
  type DocumentNode,
  type FormattedExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Language } from "@ocop/schema/enums";
import type { DataSource } from "typeorm";
import { showsErrorDetails, type Config } from "../config";
import type { CatalogRevisionReader } from "../db/catalog-revision";
import type { ReferenceDataCache } from "../db/reference-data";
import { createRequestContext, type RequestContext } from "../graphql/context";
import { isDatabaseUnavailable, type DatabaseHealth } from "../db/database-health";
import { createErrorFormatter, serviceUnavailable, serviceUnavailablePlugin } from "../graphql/format-error";
import { languageOf } from "../graphql/language";
import { inputGuardPlugin } from "../graphql/input-guard";
import { costLimitPlugin, DOCUMENT_STORE_SIZE, limitValidationRules, MAX_QUERY_LENGTH } from "../graphql/limits";
import type { Logger } from "../logger";
import type { RequestWithLog } from "./request-id";

/** Memory for cached public answers and persisted queries (string length units: ~2 bytes each). */
const CACHE_SIZE = 8 * 2 ** 20;
/** Public answers may be cached this long by CDNs and this server (seconds)... */
export const PUBLIC_MAX_AGE = 60;
/** ...and this long by browsers, so that staff see their own edits on the storefront soon. */
const BROWSER_MAX_AGE = 15;

/** Public queries answering one person by a private token: never cached, here or by a CDN. */
const PRIVATE_ROOT_FIELDS = new Set(["trackedConnectionRequest"]);

/** Whether an operation selects a private root field, directly or through fragments. */
function selectsPrivateField(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  const visit = (set: SelectionSetNode, seen: Set<string>): boolean =>
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return PRIVATE_ROOT_FIELDS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet, seen);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
      );
      return fragment?.kind === Kind.FRAGMENT_DEFINITION ? visit(fragment.selectionSet, seen) : false;
    });
  return visit(operation.selectionSet, new Set());
}

/**
 * The cache policy of public answers: a query's answer is the same for everyone for
 * PUBLIC_MAX_AGE seconds (the answer cache keys it by language and catalog revision besides), a
 * mutation's is never cached. Sets the policy the response-cache plugin stores by, and the
 * `cache-control` header as Apollo's cache-control plugin would ("no-store" when there are errors).
 */
const publicQueryCachePolicy: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, overallCachePolicy }) {
        if (operation?.operation === "query" && !selectsPrivateField(operation, document)) {
          overallCachePolicy.replace({ maxAge: PUBLIC_MAX_AGE, scope: "PUBLIC" });
        }
      },
      async willSendResponse({ response, overallCachePolicy }) {
        const policy = overallCachePolicy.policyIfCacheable();
        const ok = response.body.kind === "single" && !response.body.singleResult.errors;
        response.http.headers.set(
          "cache-control",
          policy && ok ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}` : "no-store",
        );
      },
    };
  },
};

export async function createPublicGraphqlEndpoint(
  schema: GraphQLSchema,
  deps: {
    config: Config;
    dataSource: DataSource;
    logger: Logger;
    revision: CatalogRevisionReader;
    reference: ReferenceDataCache;
    health: DatabaseHealth;
  },
): Promise<{
  handler: RequestHandler[];
  execute: ExecutePublicOperation;
  /** The context a public operation runs with, for the HTTP routes that call a service themselves. */
  contextFor(req: Request, lang: Language): Promise<RequestContext>;
  stop: () => Promise<void>;
}> {
  const production = !showsErrorDetails(deps.config);
  const server = new ApolloServer<RequestContext>({
    schema,
    // Bounded: the answer cache must not grow the process past its memory budget.
    cache: new InMemoryLRUCache({ maxSize: CACHE_SIZE }),
    validationRules: limitValidationRules,
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_STORE_SIZE }),
    // No "Did you mean …?": a stranger must not learn field names by guessing near them.
    hideSchemaDetailsFromClientErrors: true,
    // main.ts stops the whole process on SIGINT/SIGTERM (HTTP, mail worker, database, in order);
    // Apollo's own handlers, one per endpoint, would stop each endpoint a second time beside it.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(deps.logger, production, deps.health),
    includeStacktraceInErrorResponses: !production,
    introspection: true,
    // The public endpoint has no session and no cookie: a cross-site request carries no authority
    // a stranger lacks, so it accepts plain GET queries (cacheable by CDNs) as GraphQL over HTTP
    // specifies. Its only mutation is open to anyone by design and throttled per address.
    csrfPrevention: false,
    plugins: [
      // Every public query may be cached whole: one policy set per operation, not Apollo's
      // cache-control plugin, which wraps every field's resolver to gather per-field hints this
      // schema does not have (on a 20-card catalogue page, ~400 wrapped resolutions per request).
      ApolloServerPluginCacheControlDisabled(),
      publicQueryCachePolicy,
      // Whole answers are kept in memory, keyed by query, variables, language and the catalog
      // revision: any change to public content makes a new key, so nothing stale is served.
      responseCachePlugin({
        sessionId: async () => null,
        extraCacheKeyData: async ({ contextValue }) => ({
          lang: contextValue.lang,
          revision: contextValue.catalogRevision,
        }),
      }),
      ApolloServerPluginLandingPageDisabled(),
      serviceUnavailablePlugin,
      inputGuardPlugin(schema),
      costLimitPlugin(schema),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ request, response }) {
              // Only GET queries are shared-cacheable; a POST answer is for its sender alone.
              // (Apollo's "max-age=N, public" form is set by publicQueryCachePolicy.)
              if (request.http?.method !== "GET") response.http.headers.set("cache-control", "no-store");
              else if (response.http.headers.get("cache-control")?.includes("public")) {
                response.http.headers.set(
                  "cache-control",
                  `public, max-age=${BROWSER_MAX_AGE}, s-maxage=${PUBLIC_MAX_AGE}`,
                );
              }
            },
          };
        },
      },
    ],
  });
  await server.start();

  const rejectHugeQueries: RequestHandler = (req, res, next) => {
    const query = req.method === "GET" ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === "string" && query.length > MAX_QUERY_LENGTH) {
      res.status(413).json({
        errors: [
          {
            message: `Query text is longer than ${MAX_QUERY_LENGTH} characters`,
            extensions: { code: "BAD_REQUEST" },
          },
        ],
      });
      return;
    }
    next();
  };

  const contextFor = async (req: Request, lang: Language): Promise<RequestContext> => {
    const catalogRevision = await deps.revision.current().catch((error: unknown) => {
      throw isDatabaseUnavailable(error) ? serviceUnavailable(deps.health, error) : error;
    });
    return createRequestContext(
      {
        catalogRevision,
        lang,
        dataSource: deps.dataSource,
        config: deps.config,
        logger: (req as RequestWithLog).log ?? deps.logger,
        requestId: (req as RequestWithLog).id ?? "",
        clientIp: req.ip ?? "unknown",
      },
      () => deps.reference.get(catalogRevision),
    );
  };

  const handler: RequestHandler[] = [
    express.json({ limit: "1mb" }),
    rejectHugeQueries,
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const { lang, fromHeader } = languageOf(req.query.lang, req.get("accept-language"));
        if (fromHeader) res.vary("Accept-Language");
        return contextFor(req, lang);
      },
    }),
  ];

  // The same server, limits and answer cache, without HTTP: for pages the server renders itself.
  const execute: ExecutePublicOperation = async (req, operation, lang) => {
    const response = await server.executeOperation(operation, { contextValue: await contextFor(req, lang) });
    if (response.body.kind !== "single")
      throw new Error("the storefront's operations are single results (no @defer or @stream)");
    return response.body.singleResult;
  };
  return { handler, execute, contextFor, stop: () => server.stop() };
}

/** Runs one public operation as the HTTP endpoint would for `req` in `lang`. */
export type ExecutePublicOperation = (
  req: Request,
  operation: { query: string; variables?: Record<string, unknown>; operationName?: string },
  lang: Language,
) => Promise<FormattedExecutionResult>;
