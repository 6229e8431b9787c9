import path from "node:path";
import pg from "pg";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import type { Logger } from "../logger";
import { createDataSource } from "./data-source";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";

export interface Database {
  dataSource: DataSource;
  /** Where it runs, without the password, for logs. */
  description: string;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = "ocop";

/**
 * Opens the database the configuration names: DATABASE_URL when given, otherwise an embedded
 * PostgreSQL kept in OCOP_DATA_DIR. Applies pending migrations before returning.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let embedded: RunningPostgres | undefined;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      clusterDir: path.join(config.OCOP_DATA_DIR, "postgres"),
      port: config.EMBEDDED_PG_PORT,
      logger,
    });
    await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
    url = embedded.urlFor(EMBEDDED_DATABASE);
  }
  const dataSource = createDataSource(url, config.DB_POOL_SIZE, {
    statementMs: config.DB_STATEMENT_TIMEOUT_MS,
    connectMs: config.DB_CONNECT_TIMEOUT_MS,
  });
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: "each" });
    for (const migration of applied) logger.info({ migration: migration.name }, "migration applied");
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    description: embedded ? `embedded PostgreSQL in ${config.OCOP_DATA_DIR}` : redact(url),
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "DATABASE_URL";
  }
}
