import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "@ocop/schema/net";
import { renderMail } from "../../src/modules/mail/mail-layout";
import { queueMail, type OutgoingMail } from "../../src/modules/mail/outbox.service";
import { startTestSmtpServer } from "../../src/test-support/smtp-server";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

/*
 * The outbox over real SMTP: a server of the `smtp-server` package started here, what arrives
 * parsed with `mailparser`. Retries wait MAIL_RETRY_BASE_MS (doubling), kept short here.
 */

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  // Servers first (their workers stop), then the SMTP servers they talk to.
  for (const thing of opened.splice(0).reverse()) await thing.close();
});

async function api(overrides: Parameters<typeof startTestApi>[0] = {}, options?: Parameters<typeof startTestApi>[1]) {
  const started = await startTestApi({ MAIL_RETRY_BASE_MS: "50", MAIL_SEND_TIMEOUT_MS: "2000", ...overrides }, options);
  opened.push(started);
  return started;
}

async function smtp(options?: Parameters<typeof startTestSmtpServer>[0]) {
  const server = await startTestSmtpServer(options);
  opened.unshift(server);
  return server;
}

function mail(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  const body = renderMail("vi", {
    greeting: "Kính gửi anh Nguyễn <Văn> A,",
    paragraphs: ["Yêu cầu kết nối của anh đã được gửi.", "Dòng một\nDòng hai & ba"],
    action: { label: "Theo dõi yêu cầu", url: "https://ocop.example.vn/vi/yeu-cau/abc?x=1&y=2" },
    signature: "Văn phòng OCOP Lạng Sơn",
  });
  return {
    to: ["buyer@example.com"],
    subject: "Đã nhận yêu cầu kết nối",
    kind: "test.confirmation",
    about: { type: "ConnectionRequest", id: 7 },
    replyTo: "ocop@example.vn",
    ...body,
    ...overrides,
  };
}

function queue(target: TestApi, outgoing: OutgoingMail = mail()) {
  return target.dataSource.transaction((em) => queueMail(em, outgoing));
}

interface Row {
  status: string;
  attempts: number;
  last_error_code: string | null;
  last_error_reply: string | null;
  message_id: string;
  sent_at: Date | null;
}

async function row(target: TestApi, id: number) {
  return target.one<Row>(`SELECT * FROM mail_outbox WHERE id = $1`, [id]);
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - start > ms) throw new Error(`not reached in ${ms} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("the outbox over SMTP", () => {
  it("delivers a queued mail after commit with its subject, text, HTML, sender, reply address and Message-ID", async () => {
    const server = await smtp();
    const target = await api({ SMTP_URL: server.url, MAIL_FROM: "OCOP Lạng Sơn <ocop@langson.example.vn>" });
    const id = await queue(target);
    const [received] = await server.waitFor(1);
    const stored = await until(
      () => row(target, id),
      (r) => r.status === "sent",
    );
    expect(received!.subject).toBe("Đã nhận yêu cầu kết nối");
    expect(received!.messageId).toBe(stored.message_id);
    expect(stored.message_id).toMatch(/^<[0-9a-f-]{36}@langson\.example\.vn>$/);
    expect(received!.from?.value).toEqual([{ name: "OCOP Lạng Sơn", address: "ocop@langson.example.vn" }]);
    expect(received!.replyTo?.value[0]?.address).toBe("ocop@example.vn");
    expect(received!.headers.get("auto-submitted")).toBe("auto-generated");
    expect(received!.text).toContain("Kính gửi anh Nguyễn <Văn> A,");
    expect(received!.text).toContain("https://ocop.example.vn/vi/yeu-cau/abc?x=1&y=2");
    expect(received!.html).toContain("Nguyễn &lt;Văn&gt; A");
    expect(received!.html).toContain("Dòng một<br>Dòng hai &amp; ba");
    expect(received!.html).toContain('href="https://ocop.example.vn/vi/yeu-cau/abc?x=1&amp;y=2"');
    // Nothing is loaded from elsewhere when the mail is opened.
    expect(received!.html).not.toMatch(/<img|src=|url\(|<link/i);
    expect(stored).toMatchObject({ attempts: 1, last_error_code: null });
    expect(stored.sent_at).not.toBeNull();
  });

  it("sends nothing for a transaction that rolls back", async () => {
    const server = await smtp();
    const target = await api({ SMTP_URL: server.url, MAIL_FROM: "ocop@example.vn" });
    await expect(
      target.dataSource.transaction(async (em) => {
        await queueMail(em, mail({ subject: "rolled back" }));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await queue(target, mail({ subject: "committed" }));
    await server.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.received.map((m) => m.subject)).toEqual(["committed"]);
    expect(await target.sql(`SELECT 1 FROM mail_outbox WHERE subject = 'rolled back'`)).toEqual([]);
  });

  it("keeps the mail while the server is not listening, then delivers it exactly once", async () => {
    const port = await freePort();
    const target = await api({ SMTP_URL: `smtp://test:secret@127.0.0.1:${port}`, MAIL_FROM: "ocop@example.vn" });
    const id = await queue(target);
    const failing = await until(
      () => row(target, id),
      (r) => r.attempts >= 2,
    );
    expect(failing).toMatchObject({ status: "queued", last_error_code: "unreachable" });
    const server = await smtp({ port });
    await server.waitFor(1);
    const sent = await until(
      () => row(target, id),
      (r) => r.status === "sent",
    );
    // Later polls and wake-ups find nothing more to send.
    await target.sql(`SELECT pg_notify('mail_outbox', '')`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(server.received).toHaveLength(1);
    expect(server.offered()).toBe(1);
    expect(server.received[0]!.messageId).toBe(sent.message_id);
    expect(sent.last_error_code).toBeNull();
  });

  it("tries again after a 4xx answer, with the same Message-ID, and delivers once", async () => {
    const server = await smtp({ answer: (n) => (n <= 2 ? "defer" : "accept") });
    const target = await api({ SMTP_URL: server.url, MAIL_FROM: "ocop@example.vn" });
    const id = await queue(target);
    await server.waitFor(1);
    const sent = await until(
      () => row(target, id),
      (r) => r.status === "sent",
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.offered()).toBe(3);
    expect(server.received).toHaveLength(1);
    expect(sent.attempts).toBe(3);
    expect(server.received[0]!.messageId).toBe(sent.message_id);
  });

  it("waits longer after each failure (exponential backoff)", async () => {
    const server = await smtp({ answer: () => "defer" });
    const target = await api({
      SMTP_URL: server.url,
      MAIL_FROM: "ocop@example.vn",
      MAIL_RETRY_BASE_MS: "200",
      MAIL_MAX_ATTEMPTS: "4",
    });
    const started = Date.now();
    const times: number[] = [];
    const id = await queue(target);
    for (let n = 1; n <= 4; n++) {
      await server.waitForOffer(n, 10_000);
      times.push(Date.now() - started);
    }
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    // 200, 400, 800 ms apart (give or take the poll's own time).
    expect(gaps[0]).toBeGreaterThanOrEqual(180);
    expect(gaps[1]).toBeGreaterThanOrEqual(380);
    expect(gaps[2]).toBeGreaterThanOrEqual(780);
    const failed = await until(
      () => row(target, id),
      (r) => r.status === "failed",
    );
    expect(failed).toMatchObject({ attempts: 4, last_error_code: "deferred" });
    expect(failed.last_error_reply).toContain("451");
  });

  it("marks a mail the server refuses for good (5xx) as failed at once, with the server's reply", async () => {
    const server = await smtp({ answer: () => "reject" });
    const target = await api({ SMTP_URL: server.url, MAIL_FROM: "ocop@example.vn" });
    const id = await queue(target);
    const failed = await until(
      () => row(target, id),
      (r) => r.status === "failed",
    );
    expect(failed).toMatchObject({ attempts: 1, last_error_code: "rejected", sent_at: null });
    expect(failed.last_error_reply).toMatch(/^550 No such mailbox/);
    expect(failed.last_error_reply).not.toMatch(/\/|at /);
  });

  it("retries a refused sign-in and names it", async () => {
    const server = await smtp();
    const target = await api({
      SMTP_URL: server.url.replace("secret", "wrong"),
      MAIL_FROM: "ocop@example.vn",
      MAIL_MAX_ATTEMPTS: "2",
    });
    const id = await queue(target);
    const failed = await until(
      () => row(target, id),
      (r) => r.status === "failed",
    );
    expect(failed).toMatchObject({ attempts: 2, last_error_code: "auth" });
    expect(server.received).toHaveLength(0);
  });

  it("two replicas on one database send each of 30 mails exactly once", async () => {
    const server = await smtp();
    const config = { SMTP_URL: server.url, MAIL_FROM: "ocop@example.vn" };
    const first = await api(config);
    const second = await api(config, { sameDatabaseAs: first });
    // The second replica closes first (it does not own the database).
    opened.splice(opened.indexOf(second), 1);
    opened.push(second);
    const ids = await Promise.all(
      Array.from({ length: 30 }, (_, i) => queue(i % 2 ? first : second, mail({ subject: `mail ${i}` }))),
    );
    await server.waitFor(30, 20_000);
    await until(
      () => first.sql<{ n: number }>(`SELECT count(*)::int AS n FROM mail_outbox WHERE status = 'sent'`),
      (rows) => rows[0]!.n === 30,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.offered()).toBe(30);
    expect(new Set(server.received.map((m) => m.messageId)).size).toBe(30);
    expect(ids).toHaveLength(30);
  });
});

describe("the outbox's retention", () => {
  it("deletes sent and failed mail past MAIL_RETENTION_DAYS when a process starts, and keeps queued and recent mail", async () => {
    const first = await api({ MAIL_RETENTION_DAYS: "30" });
    const insert = (subject: string, status: string, daysAgo: number) =>
      first.one<{ id: number }>(
        `INSERT INTO mail_outbox (created_at, kind, recipients, subject, text_body, html_body, message_id, status,
                                  next_attempt_at, sent_at)
         VALUES (now() - make_interval(days => $3), 'test.retention', '{buyer@example.com}', $1, '-', '-',
                 '<' || gen_random_uuid() || '@example.vn>', $2::mail_status, now() + interval '1 day',
                 CASE WHEN $2 = 'sent' THEN now() - make_interval(days => $3) END)
         RETURNING id`,
        [subject, status, daysAgo],
      );
    await insert("old sent", "sent", 40);
    await insert("old failed", "failed", 40);
    await insert("old queued", "queued", 40);
    await insert("recent sent", "sent", 10);
    const kept = () =>
      first.dataSource.query(`SELECT subject FROM mail_outbox WHERE kind = 'test.retention' ORDER BY subject`);
    // A process starting (a deployment, a restart) purges at once, then every hour.
    await api({ MAIL_RETENTION_DAYS: "30" }, { sameDatabaseAs: first });
    const left = await until(kept, (rows) => rows.length === 2);
    expect(left).toEqual([{ subject: "old queued" }, { subject: "recent sent" }]);
  });
});

describe("the outbox without SMTP_URL", () => {
  it("writes each mail as an .eml file in $OCOP_DATA_DIR/outbox/ and marks it sent", async () => {
    const target = await api();
    const id = await queue(target, mail({ to: ["a@example.com", "b@example.com"] }));
    const sent = await until(
      () => row(target, id),
      (r) => r.status === "sent",
    );
    const folder = path.join(target.config.OCOP_DATA_DIR, "outbox");
    const files = await readdir(folder);
    expect(files).toEqual([`${String(id).padStart(6, "0")}-test.confirmation.eml`]);
    const parsed = await simpleParser(await readFile(path.join(folder, files[0]!)));
    expect(parsed.subject).toBe("Đã nhận yêu cầu kết nối");
    expect(parsed.messageId).toBe(sent.message_id);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value.map((a) => a.address) : []).toEqual([
      "a@example.com",
      "b@example.com",
    ]);
    expect(parsed.text).toContain("Yêu cầu kết nối của anh đã được gửi.");
    expect(parsed.html).toContain("Theo dõi yêu cầu");
  });

  it("keeps a subject with line breaks (say, from a requester's name) to one header", async () => {
    const target = await api();
    const id = await queue(target, mail({ subject: "Yêu cầu từ A\r\nBcc: evil@example.com", kind: "test.header" }));
    await until(
      () => row(target, id),
      (r) => r.status === "sent",
    );
    const file = path.join(target.config.OCOP_DATA_DIR, "outbox", `${String(id).padStart(6, "0")}-test.header.eml`);
    const parsed = await simpleParser(await readFile(file));
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.has("bcc")).toBe(false);
    expect(parsed.subject).toBe("Yêu cầu từ A Bcc: evil@example.com");
  });
});
