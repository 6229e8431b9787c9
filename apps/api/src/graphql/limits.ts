import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";

/** Deep enough for product → producer → products → category → parent, and no deeper. */
export const MAX_DEPTH = 10;
export const MAX_ALIASES = 20;
/** A 20-product catalog page costs about 500; a page of 100 products with everything about 3,000. */
export const MAX_COST = 5000;
/** Characters of query text accepted; persisted queries and real pages stay far below. */
export const MAX_QUERY_LENGTH = 20_000;

/**
 * Parsed and validated documents kept per endpoint (in units of their JSON length; the objects
 * take several times that). The apps send a few dozen operations, about 1 MB of it in all;
 * Apollo's default of 30 MB per endpoint lets a stream of distinct queries (a fuzzer, a scraper)
 * grow the process well past its memory budget.
 */
export const DOCUMENT_STORE_SIZE = 4 * 2 ** 20;

// Reported as validation errors (HTTP 400, GRAPHQL_VALIDATION_FAILED) instead of thrown, which
// the server would take for a crash.
const report = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export const limitValidationRules: ValidationRule[] = [
  // Fragments count by the fields they hold, not as a level of their own.
  maxDepthRule({ n: MAX_DEPTH, flattenFragments: true, ...report }),
  maxAliasesRule({ n: MAX_ALIASES, ...report }),
];

/** Rejects operations whose estimated cost (rows × fields, from each field's complexity) is too high. */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables of the wrong type or missing: the cost cannot be known, and the executor
            // refuses the operation as BAD_USER_INPUT before it runs anything.
            return;
          }
          if (cost > MAX_COST) {
            throw new GraphQLError(`Query is too expensive: cost ${cost}, limit ${MAX_COST}. Ask for fewer rows.`, {
              extensions: { code: "QUERY_TOO_COMPLEX", cost, maxCost: MAX_COST, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
