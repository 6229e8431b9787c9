import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "@ocop/schema/net";
import type { TestProject } from "vitest/node" with { "resolution-mode": "import" };
import { createDataSource } from "../db/data-source";
import { startEmbeddedPostgres, type RunningPostgres } from "../db/embedded-postgres";
import { seedDemoData } from "../db/seed/seed";
import { ensureDemoAccounts } from "../modules/staff/demo-accounts";
import { createLogger } from "../logger";

/** The migrated and seeded database every test file copies its own database from. */
export const TEMPLATE_DATABASE = "ocop_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    /** A URL of the server's maintenance database, with rights to create databases. */
    pgAdminUrl: string;
  }
}

let embedded: RunningPostgres | undefined;
let dataDir: string | undefined;

/**
 * One real PostgreSQL per test run: embedded (started here, ~1-2 s) unless DATABASE_URL names a
 * server. Each test file then gets its own database cloned from a seeded template.
 */
export async function setup(project: TestProject) {
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = "/postgres";
    adminUrl = url.toString();
  } else {
    // Under /tmp: reachable by the `postgres` OS user when tests run as root.
    dataDir = await mkdtemp(path.join(os.tmpdir(), "ocop-test-"));
    await chmod(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({
      clusterDir: path.join(dataDir, "postgres"),
      port: await freePort(),
      logger: createLogger("warn"),
    });
    adminUrl = embedded.adminUrl;
  }
  await recreateDatabase(adminUrl, TEMPLATE_DATABASE);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  const ds = createDataSource(templateUrl.toString(), 2);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: "each" });
    await seedDemoData(ds);
    await ensureDemoAccounts(ds);
  } finally {
    await ds.destroy();
  }
  project.provide("pgAdminUrl", adminUrl);
}

export async function teardown() {
  await embedded?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}

async function recreateDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
