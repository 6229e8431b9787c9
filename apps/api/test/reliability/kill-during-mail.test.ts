import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@ocop/schema/net";
import { createDataSource } from "../../src/db/data-source";
import { renderMail } from "../../src/modules/mail/mail-layout";
import { queueMail } from "../../src/modules/mail/outbox.service";
import { startTestSmtpServer, type TestSmtpServer } from "../../src/test-support/smtp-server";
import { createTestDatabase } from "../../src/test-support/test-api";

/*
 * kill -9 of the API while it sends a mail, and while a committed mail waits for it: after a
 * restart each mail is delivered, once. The API runs as `pnpm start` runs it (the built main.js
 * in its own process) over a database of this file; the SMTP server is started here.
 */

const API_DIR = path.resolve(__dirname, "../..");
const REPO_ROOT = path.resolve(API_DIR, "../..");
/** Its own build folder: kill-during-bulk.test.ts may be building its own at the same moment. */
const BUILD_DIR = path.join(API_DIR, "node_modules", ".cache", "ocop-reliability-mail-dist");
const DATA_DIR = path.join(os.tmpdir(), `ocop-reliability-mail-${process.pid}`);
/** Each step of the SMTP conversation; the lease on a claimed mail is 4 × this + 1 s. */
const SEND_TIMEOUT_MS = 1_000;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let dataSource: DataSource;
let smtp: TestSmtpServer;
/** Every API started, so that none outlives a failed test. */
const children: ChildProcess[] = [];

beforeAll(async () => {
  const build = spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", BUILD_DIR],
    { cwd: API_DIR, encoding: "utf8" },
  );
  expect(build.status, build.stdout + build.stderr).toBe(0);
  database = await createTestDatabase();
  dataSource = createDataSource(database.url, 2);
  await dataSource.initialize();
  // The first message the server is given is never answered: the API is killed while it waits.
  smtp = await startTestSmtpServer({ answer: (n) => (n === 1 ? "hang" : "accept") });
}, 120_000);
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await smtp?.close();
  await dataSource?.destroy();
  await database?.drop();
  await rm(DATA_DIR, { recursive: true, force: true });
});

interface Api {
  child: ChildProcess;
  exited: Promise<number | null>;
}

async function startApi(): Promise<Api> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(BUILD_DIR, "main.js")], {
    env: {
      ...process.env,
      STOREFRONT_DIST: path.join(REPO_ROOT, "apps", "storefront", "dist"),
      ADMIN_DIST: path.join(REPO_ROOT, "apps", "admin", "dist"),
      OCOP_DATA_DIR: DATA_DIR,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      DEMO_MODE: "false",
      SEED_DEMO_DATA: "false",
      STOREFRONT_SSR: "false",
      SMTP_URL: smtp.url,
      MAIL_FROM: "OCOP Lạng Sơn <ocop@example.vn>",
      MAIL_SEND_TIMEOUT_MS: String(SEND_TIMEOUT_MS),
      MAIL_RETRY_BASE_MS: "100",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.push(child);
  let errors = "";
  child.stderr?.on("data", (chunk) => (errors += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`the API exited while starting:\n${errors}`);
    if (waited > 60_000) throw new Error(`the API did not answer /healthz in 60 s:\n${errors}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, exited };
}

function queue(subject: string) {
  const body = renderMail("en", { paragraphs: [`This is ${subject}.`] });
  return dataSource.transaction((em) =>
    queueMail(em, { to: ["buyer@example.com"], subject, kind: "test.kill", ...body }),
  );
}

const rows = (ids: number[]) =>
  dataSource.query(`SELECT id, status, attempts, message_id FROM mail_outbox WHERE id = ANY($1) ORDER BY id`, [
    ids,
  ]) as Promise<Array<{ id: number; status: string; attempts: number; message_id: string }>>;

describe("kill -9 of the API and its mail", () => {
  it("a mail being sent at the kill, and one committed while the API was down, are each delivered once after a restart", async () => {
    const first = await startApi();
    const midSend = await queue("mail killed mid-send");
    // The worker claimed it and the server is receiving it: kill the API before it is answered.
    await smtp.waitForOffer(1);
    first.child.kill("SIGKILL");
    await first.exited;
    expect(smtp.received).toHaveLength(0);
    expect(await rows([midSend])).toMatchObject([{ status: "queued", attempts: 1 }]);

    // Committed with no API running (as if it died right after the commit).
    const whileDown = await queue("mail committed while the API was down");

    const second = await startApi();
    // The one committed while down goes at once; the interrupted one when its lease ends.
    const received = await smtp.waitFor(2, 4 * SEND_TIMEOUT_MS + 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const stored = await rows([midSend, whileDown]);
    expect(stored.map((r) => r.status)).toEqual(["sent", "sent"]);
    expect(stored.map((r) => r.attempts)).toEqual([2, 1]);
    expect(smtp.received).toHaveLength(2);
    // The interrupted attempt, then one more for each mail: nothing sent twice.
    expect(smtp.offered()).toBe(3);
    expect(new Set(received.map((m) => m.messageId))).toEqual(new Set(stored.map((r) => r.message_id)));
    // In either order: the interrupted one goes when its lease ends, which may be before the restart.
    expect(new Set(received.map((m) => m.subject))).toEqual(
      new Set(["mail committed while the API was down", "mail killed mid-send"]),
    );

    second.child.kill("SIGKILL");
    await second.exited;
  }, 120_000);
});
