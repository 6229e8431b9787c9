import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "@ocop/schema/net";

const API_DIR = path.resolve(__dirname, "../..");
const REPO_ROOT = path.resolve(API_DIR, "../..");

/**
 * Builds the API from these sources into a folder of its own (inside node_modules, so packages
 * resolve), apart from dist/, which browser tests may be running from, and from the folders of
 * other test files building at the same moment. Returns the folder; throws with tsc's output.
 */
export function buildApiApart(name: string): string {
  const outDir = path.join(API_DIR, "node_modules", ".cache", `ocop-${name}-dist`);
  const build = spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", outDir],
    { cwd: API_DIR, encoding: "utf8" },
  );
  if (build.status !== 0) throw new Error(`building the API failed:\n${build.stdout}${build.stderr}`);
  return outDir;
}

export interface BuiltApi {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code when the process ends (null when a signal ended it). */
  exited: Promise<number | null>;
}

/**
 * The built API as `pnpm start` runs it (its own process, production mode, no demo seed, pages
 * rendered in the browser), on a free port, once it answers /healthz. `env` gives the database,
 * the data folder and whatever the test needs besides.
 */
export async function startBuiltApi(
  buildDir: string,
  env: Record<string, string>,
  nodeArgs: readonly string[] = [],
): Promise<BuiltApi> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, path.join(buildDir, "main.js")], {
    env: {
      ...process.env,
      // Found from the build's place by default: given as dist/ would find them.
      STOREFRONT_DIST: path.join(REPO_ROOT, "apps", "storefront", "dist"),
      ADMIN_DIST: path.join(REPO_ROOT, "apps", "admin", "dist"),
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      SEED_DEMO_DATA: "false",
      STOREFRONT_SSR: "false",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk) => (errors += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`the API exited while starting:\n${errors}`);
    if (waited > 60_000) {
      child.kill("SIGKILL");
      throw new Error(`the API did not answer /healthz in 60 s:\n${errors}`);
    }
    const up = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, child, exited };
}
