import { ConfigError, loadConfig } from "./config";
import { openDatabase } from "./db/database";
import { isDatabaseEmpty, seedDemoData } from "./db/seed/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureDemoAccounts } from "./modules/staff/demo-accounts";
import { createServer } from "./http/app";
import { createLogger } from "./logger";

/** `pnpm start`: database (embedded unless DATABASE_URL), migrations, demo seed, one HTTP port. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, logger);
  let server: Awaited<ReturnType<Awaited<ReturnType<typeof createServer>>["listen"]>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await server?.close().catch((error: unknown) => logger.error({ err: error }, "closing the HTTP server failed"));
    await db.close().catch((error: unknown) => logger.error({ err: error }, "closing the database failed"));
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  try {
    if (config.SEED_DEMO_DATA && (await isDatabaseEmpty(db.dataSource))) {
      const { inserted } = await seedDemoData(db.dataSource);
      logger.info({ inserted }, "empty database: demo data seeded");
    }
    if (config.DEMO_MODE) await ensureDemoAccounts(db.dataSource);
    server = await (await createServer({ config, dataSource: db.dataSource, logger })).listen();
  } catch (error) {
    logger.fatal({ err: error }, "start-up failed");
    await db.close();
    process.exit(1);
  }
  const base = config.PUBLIC_URL ?? server.url;
  console.log(
    [
      "",
      `OCOP Catalog is running (database: ${db.description})`,
      `  Storefront:      ${base}/`,
      `  Admin:           ${base}/admin/`,
      `  Public GraphQL:  ${base}/graphql`,
      `  Health:          ${base}/healthz`,
      ...(config.DEMO_MODE
        ? [
            `Demo staff accounts (DEMO_MODE=true; password ${DEMO_PASSWORD}):`,
            ...DEMO_ACCOUNTS.map(
              (a) => `  ${a.email.padEnd(24)} ${a.role}${a.communeCode ? ` (commune ${a.communeCode})` : ""}`,
            ),
          ]
        : []),
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
