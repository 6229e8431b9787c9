import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { DIST_DIR } from "../paths.js";
import { onCleanup, stopChild } from "../processes.js";
import type { LoadRequest, LoadResult } from "./worker.js";

export type { LoadResult };

export interface LoadGenerator {
  run(request: LoadRequest): Promise<LoadResult>;
  close(): Promise<void>;
}

/**
 * The load generator: autocannon in a child process of its own (so it never shares an event loop
 * with the orchestrator), started once and given one run at a time.
 */
export function startLoadGenerator(): LoadGenerator {
  const child: ChildProcess = fork(path.join(DIST_DIR, "load", "worker.js"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
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
