import { createRequire } from "node:module";
import path from "node:path";
import { API_DIST } from "./paths.js";

// The API is CommonJS, compiled by `pnpm --filter @ocop/api build`; the benchmark uses its own
// migrations, data source, embedded PostgreSQL helper and product service from there.
const requireApi = createRequire(path.join(API_DIST, "main.js"));

/** The part of TypeORM's DataSource the benchmark uses (typeorm is the API's dependency, not ours). */
export interface DataSource {
  isInitialized: boolean;
  migrations: Array<{ name?: string; constructor: { name: string } }>;
  initialize(): Promise<DataSource>;
  destroy(): Promise<void>;
  runMigrations(options?: { transaction?: "all" | "none" | "each" }): Promise<Array<{ name: string }>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's own signature for raw query results (rows of any shape)
  query(sql: string, params?: unknown[]): Promise<any>;
}

export interface ApiLogger {
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  debug(...args: unknown[]): void;
  fatal?(...args: unknown[]): void;
  trace?(...args: unknown[]): void;
  child?(): ApiLogger;
}

export interface RunningPostgres {
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface ApiModules {
  createDataSource(url: string, poolSize?: number): DataSource;
  startEmbeddedPostgres(options: { clusterDir: string; port: number; logger: ApiLogger }): Promise<RunningPostgres>;
  ensureDatabase(adminUrl: string, name: string): Promise<void>;
}

export function apiModules(): ApiModules {
  const { createDataSource } = requireApi(path.join(API_DIST, "db", "data-source.js"));
  const { startEmbeddedPostgres } = requireApi(path.join(API_DIST, "db", "embedded-postgres.js"));
  const { ensureDatabase } = requireApi(path.join(API_DIST, "db", "database.js"));
  return { createDataSource, startEmbeddedPostgres, ensureDatabase };
}

/** The API's own product search, as its resolver calls it (for the search-latency measurement). */
export interface ProductServiceModules {
  listPublishedProducts(
    ctx: unknown,
    filter: Record<string, unknown> | undefined,
    sort: string,
    page: { offset: number; limit: number },
  ): Promise<{ totalCount: number; edges: Array<{ node: { slug: string } }> }>;
  createRequestContext(base: Record<string, unknown>): unknown;
}

export function productService(): ProductServiceModules {
  const { listPublishedProducts } = requireApi(path.join(API_DIST, "modules", "product", "product.service.js"));
  const { createRequestContext } = requireApi(path.join(API_DIST, "graphql", "context.js"));
  return { listPublishedProducts, createRequestContext };
}

export function quietLogger(onLine?: (level: string, args: unknown[]) => void): ApiLogger {
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      onLine?.(level, args);
  const logger: ApiLogger = {
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    debug: () => {},
    fatal: at("fatal"),
    trace: () => {},
  };
  logger.child = () => logger;
  return logger;
}
