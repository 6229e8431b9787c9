import type { ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource } from "../../src/db/data-source";
import { renderMail } from "../../src/modules/mail/mail-layout";
import { queueMail } from "../../src/modules/mail/outbox.service";
import { startTestSmtpServer, type TestSmtpServer } from "../../src/test-support/smtp-server";
import { buildApiApart, type BuiltApi, startBuiltApi } from "../../src/test-support/built-api";
import { createTestDatabase } from "../../src/test-support/test-api";

/*
 * kill -9 of the API while it sends a mail, and while a committed mail waits for it: after a
 * restart each mail is delivered, once. The API runs as `pnpm start` runs it (the built main.js
 * in its own process) over a database of this file; the SMTP server is started here.
 */

const DATA_DIR = path.join(os.tmpdir(), `ocop-reliability-mail-${process.pid}`);
/** Each step of the SMTP conversation; the lease on a claimed mail is 4 × this + 1 s. */
const SEND_TIMEOUT_MS = 1_000;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let dataSource: DataSource;
let smtp: TestSmtpServer;
let buildDir: string;
/** Every API started, so that none outlives a failed test. */
const children: ChildProcess[] = [];

beforeAll(async () => {
  buildDir = buildApiApart("reliability-mail");
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

async function startApi(): Promise<BuiltApi> {
  const api = await startBuiltApi(buildDir, {
    OCOP_DATA_DIR: DATA_DIR,
    DATABASE_URL: database.url,
    DEMO_MODE: "false",
    SMTP_URL: smtp.url,
    MAIL_FROM: "OCOP Lạng Sơn <ocop@example.vn>",
    MAIL_SEND_TIMEOUT_MS: String(SEND_TIMEOUT_MS),
    MAIL_RETRY_BASE_MS: "100",
  });
  children.push(api.child);
  return api;
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
