import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { API_DIST, DIST_DIR, REPO_ROOT } from "./paths.js";
import { freePort } from "@ocop/schema/net";
import { spawnTracked, stopChild, waitForHttp } from "./processes.js";

export interface RunningServer {
  name: string;
  base: string;
  pid: number;
  child: ChildProcess;
  /** The last lines the process printed (for error messages). */
  output(): string;
  stop(): Promise<void>;
}

function capture(child: ChildProcess, echo: boolean): () => string {
  const lines: string[] = [];
  const take = (d: Buffer) => {
    for (const line of d.toString().split("\n")) if (line.trim()) lines.push(line);
    while (lines.length > 200) lines.shift();
    if (echo) process.stderr.write(d);
  };
  child.stdout?.on("data", take);
  child.stderr?.on("data", take);
  return () => lines.join("\n");
}

/** The node flags of the root package.json's `start` script (`node <flags> apps/api/dist/main.js`). */
export function startNodeFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const m = /\bnode ((?:--\S+ )*)apps\/api\/dist\/main\.js/.exec(scripts.start ?? "");
  if (!m)
    throw new Error(
      `the root package.json's start script does not run "node … apps/api/dist/main.js": ${scripts.start}`,
    );
  return (m[1] ?? "").trim().split(/\s+/).filter(Boolean);
}

/**
 * The API as `pnpm start` runs it (the same node flags, read from the root package.json), production
 * mode, warnings only, on the benchmark database, without the demo seed. Extra flags come last and
 * so win over the start script's.
 */
export async function startApi(options: {
  databaseUrl: string;
  poolSize: number;
  cpuProfDir?: string;
  nodeArgs?: string[];
}): Promise<RunningServer> {
  const port = await freePort();
  const nodeArgs = [...startNodeFlags(), ...(options.nodeArgs ?? [])];
  if (options.cpuProfDir) {
    await mkdir(options.cpuProfDir, { recursive: true });
    nodeArgs.push("--cpu-prof", `--cpu-prof-dir=${options.cpuProfDir}`);
  }
  const child = spawnTracked("API", process.execPath, [...nodeArgs, path.join(API_DIST, "main.js")], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      DATABASE_URL: options.databaseUrl,
      SEED_DEMO_DATA: "false",
      DB_POOL_SIZE: String(options.poolSize),
      PORT: String(port),
      HOST: "127.0.0.1",
      // Set as a deployment must set it: canonical links are absolute only with it.
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = capture(child, false);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/healthz`, 60_000, child);
  } catch (error) {
    await stopChild(child);
    throw new Error(`the API did not start: ${String(error)}\n${output()}`);
  }
  return { name: "API", base, pid: child.pid as number, child, output, stop: () => stopChild(child) };
}

/** The baseline server (baseline/server.ts) in its own process, with the same pool size. */
export async function startBaseline(options: { databaseUrl: string; poolSize: number }): Promise<RunningServer> {
  const port = await freePort();
  const child = spawnTracked("baseline", process.execPath, [path.join(DIST_DIR, "baseline", "server.js")], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      DB_POOL_SIZE: String(options.poolSize),
      PORT: String(port),
      HOST: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = capture(child, false);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/healthz`, 30_000, child);
  } catch (error) {
    await stopChild(child);
    throw new Error(`the baseline did not start: ${String(error)}\n${output()}`);
  }
  return { name: "baseline", base, pid: child.pid as number, child, output, stop: () => stopChild(child) };
}

/** VmRSS and VmHWM (peak) of a process, in MB (2^20 bytes), from /proc. */
export function memoryOf(pid: number): { rssMB: number; peakMB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rssMB: kb("VmRSS") / 1024, peakMB: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; returns the highest sample. */
export function sampleRss(pid: number, everyMs = 200): { stop(): number } {
  let max = memoryOf(pid)?.rssMB ?? 0;
  const timer = setInterval(() => {
    const m = memoryOf(pid);
    if (m && m.rssMB > max) max = m.rssMB;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const m = memoryOf(pid);
      if (m && m.rssMB > max) max = m.rssMB;
      return max;
    },
  };
}
