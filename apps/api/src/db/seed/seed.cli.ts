import { loadConfig } from "../../config";
import { createLogger } from "../../logger";
import { openDatabase } from "../database";
import { seedDemoData } from "./seed";

/** `pnpm seed`: applies migrations, then adds whatever of the demo dataset is missing. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, logger);
  try {
    const result = await seedDemoData(db.dataSource);
    logger.info({ inserted: result.inserted, database: db.description }, "demo data seeded");
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
