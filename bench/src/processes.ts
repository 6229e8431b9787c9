import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

/**
 * Everything the benchmark starts (API, baseline, load workers, PostgreSQL, Chromium) is registered
 * here and stopped in reverse order at the end: on success, on an error and on Ctrl-C or SIGTERM.
 */
type Cleanup = { name: string; run: () => Promise<void> };
const cleanups: Cleanup[] = [];
let cleaning: Promise<void> | undefined;

export function onCleanup(name: string, run: () => Promise<void>): () => void {
  const entry = { name, run };
  cleanups.push(entry);
  return () => {
    const i = cleanups.indexOf(entry);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

export function cleanupAll(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      const entry = cleanups.pop() as Cleanup;
      try {
        await withTimeout(entry.run(), 20_000, `stopping ${entry.name}`);
      } catch (error) {
        console.error(`[bench] could not stop ${entry.name}: ${String(error)}`);
      }
    }
  })();
  return cleaning;
}

let interrupted = false;
/** True once Ctrl-C or SIGTERM arrived: errors after that are the shutdown's, not failures. */
export const wasInterrupted = () => interrupted;

let signalsInstalled = false;
export function installSignalHandlers(): void {
  if (signalsInstalled) return;
  signalsInstalled = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\n[bench] ${signal}: stopping everything the benchmark started…`);
      void cleanupAll().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
  }
}

/** Starts a child process that is stopped (SIGTERM, then SIGKILL) at cleanup. */
export function spawnTracked(name: string, command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, options);
  const remove = onCleanup(name, () => stopChild(child));
  child.once("exit", () => remove());
  return child;
}

export async function stopChild(
  child: ChildProcess,
  signal: NodeJS.Signals = "SIGTERM",
  graceMs = 10_000,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`the process exited (${child.exitCode ?? child.signalCode}) before ${url} answered`);
    }
    try {
      const res = await fetch(url);
      if (res.ok) return;
      lastError = `HTTP ${res.status}`;
    } catch (error) {
      lastError = String(error);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${lastError})`);
}

export function run(
  command: string,
  args: string[],
  options: SpawnOptions & { quiet?: boolean } = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnTracked(`${command} ${args.join(" ")}`, command, args, {
      ...options,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (d: Buffer) => {
      output += d.toString();
      if (!options.quiet) process.stdout.write(d);
    });
    child.stderr?.on("data", (d: Buffer) => {
      output += d.toString();
      if (!options.quiet) process.stderr.write(d);
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}
