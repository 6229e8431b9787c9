import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMail } from "../../src/modules/mail/mail-layout";
import { queueMail } from "../../src/modules/mail/outbox.service";
import { startTestSmtpServer, type TestSmtpServer } from "../../src/test-support/smtp-server";
import { ADMIN, EDITOR, errorCode, OFFICER, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let smtp: TestSmtpServer;
let api: TestApi;
let admin: StaffClient;
const ids: Record<"rejected" | "sent" | "waiting", number> = { rejected: 0, sent: 0, waiting: 0 };

const OUTBOX = `query($first: Int, $offset: Int, $filter: OutboxMailFilter) {
  outboxMails(first: $first, offset: $offset, filter: $filter) {
    totalCount
    edges { node { id kind recipients subject status attempts lastErrorCode lastErrorReply createdAt sentAt nextAttemptAt aboutType aboutId } }
  } }`;

async function until(done: () => Promise<boolean>) {
  for (let waited = 0; !(await done()); waited += 25) {
    if (waited > 10_000) throw new Error("not reached in 10 s");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

beforeAll(async () => {
  // The first mail the server is given is refused for good; the others are accepted.
  smtp = await startTestSmtpServer({ answer: (n) => (n === 1 ? "reject" : "accept") });
  api = await startTestApi({ SMTP_URL: smtp.url, MAIL_FROM: "ocop@example.vn", MAIL_RETRY_BASE_MS: "50" });
  admin = await signedIn(api, ADMIN);
  const queue = (subject: string) =>
    api.dataSource.transaction((em) =>
      queueMail(em, {
        to: ["buyer@example.com"],
        subject,
        kind: "test.outbox",
        about: { type: "ConnectionRequest", id: 5 },
        ...renderMail("vi", { paragraphs: [`Nội dung của ${subject}`] }),
      }),
    );
  ids.rejected = await queue("bị từ chối");
  await until(
    async () =>
      (await api.one<{ status: string }>(`SELECT status::text FROM mail_outbox WHERE id = $1`, [ids.rejected]))
        .status === "failed",
  );
  ids.sent = await queue("đã gửi");
  await smtp.waitFor(1);
  await until(
    async () =>
      (await api.one<{ status: string }>(`SELECT status::text FROM mail_outbox WHERE id = $1`, [ids.sent])).status ===
      "sent",
  );
  // Queued with its next attempt tomorrow (as after a few failures): the worker leaves it be.
  const [waiting] = await api.sql<{ id: number }>(
    `INSERT INTO mail_outbox (kind, recipients, subject, text_body, html_body, message_id, next_attempt_at, attempts, last_error_code)
     VALUES ('test.outbox', '{a@example.com,b@example.com}', 'đang chờ', 'chờ', '<p>chờ</p>', '<waiting@example.vn>', now() + interval '1 day', 3, 'unreachable')
     RETURNING id`,
  );
  ids.waiting = waiting!.id;
});
afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

describe("the outbox in the staff API", () => {
  it("lists every mail newest first with its status, attempts, error and times", async () => {
    const result = await admin.gql(OUTBOX, { first: 10 });
    expect(result.body.errors).toBeUndefined();
    const list = result.body.data!.outboxMails;
    expect(list.totalCount).toBe(3);
    const nodes = list.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(nodes.map((n: { id: string }) => Number(n.id))).toEqual([ids.waiting, ids.sent, ids.rejected]);
    expect(nodes[0]).toMatchObject({
      status: "QUEUED",
      attempts: 3,
      lastErrorCode: "UNREACHABLE",
      recipients: ["a@example.com", "b@example.com"],
      sentAt: null,
    });
    expect(nodes[0].nextAttemptAt).not.toBeNull();
    expect(nodes[1]).toMatchObject({
      status: "SENT",
      attempts: 1,
      lastErrorCode: null,
      subject: "đã gửi",
      kind: "test.outbox",
      aboutType: "ConnectionRequest",
      aboutId: "5",
      nextAttemptAt: null,
    });
    expect(nodes[1].sentAt).not.toBeNull();
    expect(nodes[2]).toMatchObject({ status: "FAILED", attempts: 1, lastErrorCode: "REJECTED", sentAt: null });
    expect(nodes[2].lastErrorReply).toMatch(/^550 /);
  });

  it("filters by status and pages", async () => {
    const failed = await admin.gql(OUTBOX, { filter: { status: "FAILED" } });
    expect(failed.body.data!.outboxMails.edges.map((e: { node: { id: string } }) => Number(e.node.id))).toEqual([
      ids.rejected,
    ]);
    const second = await admin.gql(OUTBOX, { first: 1, offset: 1 });
    expect(second.body.data!.outboxMails).toMatchObject({ totalCount: 3, edges: [{ node: { id: String(ids.sent) } }] });
  });

  it("shows one mail's text", async () => {
    const result = await admin.gql(`query($id: ID!) { outboxMail(id: $id) { subject textBody messageId } }`, {
      id: String(ids.sent),
    });
    expect(result.body.data!.outboxMail.textBody).toContain("Nội dung của đã gửi");
    expect(result.body.data!.outboxMail.messageId).toBe(smtp.received[0]!.messageId);
    const missing = await admin.gql(`query { outboxMail(id: "999999") { id } }`);
    expect(missing.body.data!.outboxMail).toBeNull();
  });

  it("is for administrators only", async () => {
    for (const email of [EDITOR, OFFICER]) {
      const staff = await signedIn(api, email);
      const result = await staff.gql(OUTBOX, {});
      expect(errorCode(result)).toBe("FORBIDDEN");
      expect(result.body.data ?? null).toBeNull();
    }
  });
});
