import { createInterface } from "node:readline/promises";
import { ConfigError, loadConfig } from "../../config";
import { openDatabase } from "../../db/database";
import { createLogger } from "../../logger";
import { upsertAdmin } from "./staff.admin.service";

/**
 * `pnpm --filter api create-admin -- --email a@b.vn --name "Tên"`: creates the first ADMIN (or
 * resets one). The password comes from OCOP_ADMIN_PASSWORD or is asked for, never from argv.
 */
async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const email = arg("email");
  if (!email) throw new Error('usage: create-admin --email <email> [--name "Display name"]');
  let password = process.env.OCOP_ADMIN_PASSWORD;
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question("Password (10+ characters): ");
    rl.close();
  }
  const config = loadConfig();
  const db = await openDatabase(config, createLogger("warn"));
  try {
    const user = await upsertAdmin(db.dataSource, email, arg("name") ?? email, password);
    console.log(`ADMIN ${user.email} is ready (id ${user.id}).`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
