import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger";
import { stopStalePostmaster } from "../../src/db/embedded-postgres";

let folder: string;
let stranger: ChildProcess;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "ocop-stale-"));
  await chmod(folder, 0o755);
  // A process that ignores SIGINT, as a stranger holding a recycled PID might.
  stranger = spawn(process.execPath, ["-e", "process.on('SIGINT', () => {}); setInterval(() => {}, 1000)"], {
    stdio: "ignore",
  });
  await new Promise((resolve) => stranger.once("spawn", resolve));
});
afterAll(async () => {
  stranger.kill("SIGKILL");
  await rm(folder, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("a stale postmaster.pid naming another process", () => {
  it("leaves that process alone and removes the stale file, at once", async () => {
    const pidFile = path.join(folder, "postmaster.pid");
    await writeFile(pidFile, `${stranger.pid}\n${folder}\n`);
    let signalled = false;
    stranger.once("exit", () => (signalled = true));
    const started = Date.now();
    await stopStalePostmaster(folder, createLogger("silent"));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(alive(stranger.pid!)).toBe(true);
    expect(signalled).toBe(false);
    await expect(import("node:fs/promises").then((fs) => fs.stat(pidFile))).rejects.toThrow();
  });

  it("also leaves alone a process whose working folder is the cluster but is not PostgreSQL", async () => {
    const local = spawn(process.execPath, ["-e", "process.on('SIGINT', () => {}); setInterval(() => {}, 1000)"], {
      cwd: folder,
      stdio: "ignore",
    });
    await new Promise((resolve) => local.once("spawn", resolve));
    try {
      await writeFile(path.join(folder, "postmaster.pid"), `${local.pid}\n`);
      await stopStalePostmaster(folder, createLogger("silent"));
      expect(alive(local.pid!)).toBe(true);
    } finally {
      local.kill("SIGKILL");
    }
  });
});
