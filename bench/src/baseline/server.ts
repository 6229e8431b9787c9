import http from "node:http";
import pg from "pg";
import { fold } from "@ocop/schema/text";
import {
  catalogSql,
  catalogWhere,
  eventSql,
  expandVariants,
  productSql,
  SYNONYM_SQL,
  tsqueryOf,
  type Lang,
  type ListQuery,
  type SearchMatch,
} from "./sql.js";

/**
 * The baseline: the least an HTTP server can do to answer the storefront's GraphQL GET requests
 * from the same database. node:http and a pg Pool of the API's size, no GraphQL execution, no ORM,
 * no DataLoaders: it reads `operationName` and `variables` from the URL and runs one hand-written
 * statement that returns the response body as JSON (a search first runs the API's synonym lookup
 * and word-match probe, as the API does).
 *
 * Environment: DATABASE_URL, DB_POOL_SIZE, PORT, HOST.
 */

// The API's type parsers: dates stay "YYYY-MM-DD", counts are numbers.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE ?? 10),
  application_name: "ocop-bench-baseline",
});

const MAX_SEARCH_LENGTH = 100;

async function answer(url: URL): Promise<{ status: number; body: string }> {
  const lang = (
    ["vi", "en", "zh"].includes(url.searchParams.get("lang") ?? "") ? url.searchParams.get("lang") : "vi"
  ) as Lang;
  const operation = url.searchParams.get("operationName");
  const variables = JSON.parse(url.searchParams.get("variables") ?? "{}") as Record<string, unknown>;
  let query: ListQuery;
  switch (operation) {
    case "CatalogProducts": {
      const filter = (variables.filter ?? {}) as {
        categoryCode?: string;
        stars?: number[];
        communeCode?: string;
        provinceCode?: string;
        producerType?: string;
        search?: string;
      };
      if ((variables.sort ?? "RELEVANCE") !== "RELEVANCE") return { status: 400, body: `{"error":"only RELEVANCE"}` };
      const after = typeof variables.after === "string" ? variables.after : null;
      const offset = after ? Number(/^o:(\d+)$/.exec(Buffer.from(after, "base64url").toString())?.[1] ?? -1) + 1 : 0;
      const search = fold(filter.search ?? "").slice(0, MAX_SEARCH_LENGTH);
      let match: SearchMatch | undefined;
      if (search) {
        // The API's search: synonyms, then words through the text-search index when that finds
        // anything under the same filters, otherwise a fuzzy match of the names (typos).
        const { rows } = await pool.query<{ terms: string[] }>(SYNONYM_SQL, [search.split(" "), search]);
        const variants = expandVariants(search, rows);
        if (variants.some((v) => /\p{Script=Han}/u.test(v))) match = { kind: "han", variants };
        else {
          const params: unknown[] = [];
          const where = catalogWhere(filter, (v) => `$${params.push(v)}`);
          const tsquery = tsqueryOf(variants);
          const probe = await pool.query(
            `SELECT 1 FROM product p WHERE ${where.join(" AND ")} AND p.search_vector @@ to_tsquery('simple', $${params.push(tsquery)}) LIMIT 1`,
            params,
          );
          match = probe.rowCount ? { kind: "words", tsquery } : { kind: "fuzzy", variants };
        }
      }
      query = catalogSql(
        lang,
        { ...filter, search: search || undefined, match },
        {
          offset,
          limit: Number(variables.first ?? 20),
        },
      );
      break;
    }
    case "ProductPage":
      query = productSql(lang, String(variables.slug));
      break;
    case "EventPage":
      query = eventSql(lang, String(variables.slug));
      break;
    default:
      return { status: 400, body: `{"error":"unknown operation"}` };
  }
  const { rows } = await pool.query<{ body: string }>(query.sql, query.params);
  return { status: 200, body: rows[0]?.body ?? `{"data":null}` };
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/healthz") {
    pool.query("SELECT 1").then(
      () => res.writeHead(200, { "content-type": "text/plain" }).end("ok"),
      () => res.writeHead(503).end(),
    );
    return;
  }
  if (url.pathname !== "/graphql" || req.method !== "GET") {
    res.writeHead(404).end();
    return;
  }
  answer(url).then(
    ({ status, body }) =>
      res
        .writeHead(status, {
          "content-type": "application/json; charset=utf-8",
          "content-length": Buffer.byteLength(body),
        })
        .end(body),
    (error: unknown) => {
      const body = JSON.stringify({ errors: [{ message: String(error) }] });
      res.writeHead(500, { "content-type": "application/json" }).end(body);
    },
  );
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? "127.0.0.1", () => {
  const address = server.address();
  console.log(`baseline listening on ${typeof address === "object" && address ? address.port : address}`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  void pool.end().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
