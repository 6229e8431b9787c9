import { fork, type ChildProcess } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";
import { DIST_DIR } from "../paths.js";
import { onCleanup, stopChild } from "../processes.js";
import type { LoadGenerator, LoadResult } from "./types.js";
import { startWrkLoadGenerator } from "./wrk.js";

export type { LoadResult };

/** Where `wrk` is, if it is installed (BENCH_LOAD_TOOL=autocannon ignores it). */
function findWrk(): string | null {
  if (process.env.BENCH_LOAD_TOOL === "autocannon") return null;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, "wrk");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/**
 * The load generator: Debian's `wrk` when it is installed (apt-get install wrk), since it leaves
 * the two cores to the servers under test; otherwise autocannon, which comes with `pnpm install`.
 */
export function startLoadGenerator(): LoadGenerator {
  const wrk = findWrk();
  return wrk ? startWrkLoadGenerator(wrk) : startAutocannon();
}

/** autocannon in a child process of its own (so it never shares an event loop with the orchestrator). */
function startAutocannon(): LoadGenerator {
  const child: ChildProcess = fork(path.join(DIST_DIR, "load", "worker.js"), [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const remove = onCleanup("load generator", () => stopChild(child, "SIGKILL", 1000));
  let pending: { resolve: (r: LoadResult) => void; reject: (e: Error) => void } | null = null;
  child.on("message", (message: { result?: LoadResult; error?: string }) => {
    const p = pending;
    pending = null;
    if (!p) return;
    if (message.result) p.resolve(message.result);
    else p.reject(new Error(`load generator: ${message.error}`));
  });
  child.once("exit", (code) => {
    remove();
    pending?.reject(new Error(`the load generator exited (${code}) during a run`));
    pending = null;
  });
  return {
    tool: "autocannon 9 in its own process (wrk is not installed), pipelining 1",
    run(request) {
      if (pending) return Promise.reject(new Error("one load run at a time"));
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        child.send(request);
      });
    },
    async close() {
      remove();
      await stopChild(child, "SIGKILL", 1000);
    },
  };
}
