import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { DataSource } from "typeorm";
import { inject } from "vitest";
import { loadConfig, type Config } from "../config";
import { createDataSource } from "../db/data-source";
import { createServer } from "../http/app";
import { createLogger, type Logger } from "../logger";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";
import { TEMPLATE_DATABASE } from "./global-setup";

export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: Array<{
      message: string;
      extensions?: { code?: string; fields?: Array<{ field: string; message: string }> } & Record<string, unknown>;
    }>;
  };
}

export interface TestApi {
  url: string;
  /** The name of the database this server uses. */
  database: string;
  /** Present when started with `viaProxy`: stops or freezes the database as the server sees it. */
  proxy?: TcpProxy;
  config: Config;
  dataSource: DataSource;
  /** POSTs an operation to /graphql (or GETs it with { method: "GET" }). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { method?: "GET" | "POST"; lang?: string; headers?: Record<string, string> },
  ): Promise<GraphqlResult<T>>;
  /** Runs SQL against this file's database. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** The first row of a query that must return one. */
  one<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T>;
  close(): Promise<void>;
}

/**
 * Starts the real API in-process on a free port, over its own database cloned from the seeded
 * template, so test files never see each other's writes.
 */
export async function startTestApi(
  overrides: Partial<Record<keyof Config, string>> = {},
  options: {
    /** Reach the database through a proxy the test can stop or freeze (`api.proxy`). */
    viaProxy?: boolean;
    /** The server's logger (silent unless given). */
    logger?: Logger;
    /**
     * A second replica: serve the database of this one (neither cloned nor dropped here; close
     * this server before the one that owns the database).
     */
    sameDatabaseAs?: TestApi;
  } = {},
): Promise<TestApi> {
  const adminUrl = inject("pgAdminUrl");
  const shared = options.sameDatabaseAs?.database;
  const database = shared ?? `ocop_test_${randomBytes(6).toString("hex")}`;
  if (!shared) await cloneTemplate(adminUrl, database);
  const direct = new URL(adminUrl);
  direct.pathname = `/${database}`;
  const proxy = options.viaProxy ? await startTcpProxy(direct.hostname, Number(direct.port)) : undefined;
  const url = new URL(direct);
  if (proxy) url.port = String(proxy.port);
  const config = loadConfig({
    NODE_ENV: "production",
    LOG_LEVEL: "silent",
    DATABASE_URL: url.toString(),
    CONNECTION_REQUESTS_PER_ADDRESS_PER_HOUR: "1000",
    CONNECTION_REQUESTS_PER_CONTACT_PER_DAY: "1000",
    // Tests that send the form as a person would say so (the check needs the form's start time).
    CONNECTION_REQUEST_MIN_FILL_SECONDS: "0",
    SIGN_IN_ATTEMPTS_PER_ADDRESS: "1000",
    // Whether the storefront's server build exists depends on what was built before: tests that
    // render pages on the server say so, with their own renderer.
    STOREFRONT_SSR: "false",
    MEDIA_DIR: path.join(os.tmpdir(), `ocop-media-${database}`),
    // Mail without SMTP_URL becomes .eml files in $OCOP_DATA_DIR/outbox/: one folder per server.
    OCOP_DATA_DIR: path.join(os.tmpdir(), `ocop-data-${database}`),
    ...overrides,
  });
  const dataSource = createDataSource(url.toString(), 4, {
    statementMs: config.DB_STATEMENT_TIMEOUT_MS,
    connectMs: config.DB_CONNECT_TIMEOUT_MS,
  });
  await dataSource.initialize();
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const product = await createServer({ config, dataSource, logger });
  const server = await product.listen(0, "127.0.0.1");
  // SQL run by a test stands for a change made on another replica: say so, as the next second would.
  const query = async (text: string, params?: unknown[]) => {
    const rows = await dataSource.query(text, params);
    product.catalogChanged();
    return rows;
  };

  return {
    url: server.url,
    database,
    proxy,
    config,
    dataSource,
    async gql(query, variables, options = {}) {
      const headers: Record<string, string> = {
        accept: "application/graphql-response+json, application/json",
        ...options.headers,
      };
      const lang = options.lang ? `lang=${options.lang}` : "";
      let response: Response;
      if (options.method === "GET") {
        const params = new URLSearchParams({ query });
        if (variables) params.set("variables", JSON.stringify(variables));
        response = await fetch(`${server.url}/graphql?${params}${lang ? `&${lang}` : ""}`, { headers });
      } else {
        response = await fetch(`${server.url}/graphql${lang ? `?${lang}` : ""}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ query, variables }),
        });
      }
      const body = (await response.json()) as GraphqlResult<never>["body"];
      return { status: response.status, headers: response.headers, body };
    },
    sql: query,
    async one(text, params) {
      const [row] = await query(text, params);
      if (!row) throw new Error(`no row from: ${text}`);
      return row;
    },
    async close() {
      proxy?.restore();
      await server.close();
      await dataSource.destroy();
      await proxy?.close();
      if (shared) return;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
      await client.end();
      await rm(config.MEDIA_DIR, { recursive: true, force: true });
      await rm(config.OCOP_DATA_DIR, { recursive: true, force: true });
    },
  };
}

/** A database of its own, cloned from the seeded template, for a server the test runs elsewhere. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject("pgAdminUrl");
  const database = `ocop_test_${randomBytes(6).toString("hex")}`;
  await cloneTemplate(adminUrl, database);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function cloneTemplate(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Two files cloning at the same moment may find the template busy: try again shortly.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)} TEMPLATE ${TEMPLATE_DATABASE}`);
        return;
      } catch (error) {
        if (attempt >= 20 || !String(error).includes("being accessed")) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 50));
      }
    }
  } finally {
    await client.end();
  }
}
