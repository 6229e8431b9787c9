import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { freePort } from "@ocop/schema/net";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface ProductServer {
  url: string;
  /** SQL against the server's own database, to check what a browser action stored. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * Starts the product as `pnpm start` runs it (the built API serving both built apps) on its own
 * embedded PostgreSQL in a temporary folder, seeded with the demo data and demo staff accounts.
 */
export async function startProductServer(env: Record<string, string> = {}): Promise<ProductServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "ocop-e2e-"));
  await chmod(dataDir, 0o755);
  const [port, pgPort] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(process.execPath, [path.join(REPO_ROOT, "apps", "api", "dist", "main.js")], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      OCOP_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      EMBEDDED_PG_PORT: String(pgPort),
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      DEMO_MODE: "true",
      CONNECTION_REQUESTS_PER_ADDRESS_PER_HOUR: "1000",
      CONNECTION_REQUESTS_PER_CONTACT_PER_DAY: "1000",
      // A browser driven by a test fills a form in well under the 3 s a person takes.
      CONNECTION_REQUEST_MIN_FILL_SECONDS: "0",
      SIGN_IN_ATTEMPTS_PER_ADDRESS: "1000",
      // Tests read what the server rendered: on a loaded machine a page must not go out half-done.
      SSR_RENDER_BUDGET_MS: "20000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`the server exited while starting:\n${output}`);
    if (waited > 90_000) throw new Error(`the server did not answer /healthz in 90 s:\n${output}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const pool = new pg.Pool({ connectionString: `postgresql://ocop:ocop-local@127.0.0.1:${pgPort}/ocop`, max: 2 });
  // The server stops its PostgreSQL after the tests: an idle connection then hears "terminating".
  pool.on("error", () => undefined);
  return {
    url,
    sql: async (text, params) => (await pool.query(text, params)).rows,
    async stop() {
      await pool.end();
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
