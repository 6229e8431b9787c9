import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { OutboxMail } from "./outbox-mail.entity";

export interface OutgoingMail {
  /** Addresses. */
  to: string[];
  subject: string;
  /** Plain-text body. */
  text: string;
  /** HTML body (no remote images, no tracking pixels): make both with renderMail. */
  html: string;
  replyTo?: string;
  /** e.g. "connection-request.confirmation"; shown in the admin's outbox list. */
  kind: string;
  /** The record that caused it, e.g. { type: "ConnectionRequest", id }. */
  about?: { type: string; id: number };
}

/** The PostgreSQL channel the mail worker listens on; a NOTIFY is delivered only when its transaction commits. */
export const OUTBOX_CHANNEL = "mail_outbox";

let messageIdDomain = "localhost";

/** The right-hand side of the Message-IDs given from now on (the sender's domain, from MAIL_FROM). */
export function setMessageIdDomain(domain: string): void {
  messageIdDomain = domain;
}

/** Writes the mail to the outbox in the caller's transaction; the worker sends it after commit. Returns the outbox id. */
export async function queueMail(em: EntityManager, mail: OutgoingMail): Promise<number> {
  const to = mail.to.map((address) => address.trim()).filter((address) => address !== "");
  if (to.length === 0) throw new Error(`queueMail(${mail.kind}): no recipient`);
  const row = em.getRepository(OutboxMail).create({
    kind: mail.kind,
    recipients: to,
    replyTo: mail.replyTo ?? null,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html,
    aboutType: mail.about?.type ?? null,
    aboutId: mail.about?.id ?? null,
    messageId: `<${randomUUID()}@${messageIdDomain}>`,
  });
  const saved = await em.getRepository(OutboxMail).save(row);
  await em.query(`SELECT pg_notify($1, $2)`, [OUTBOX_CHANNEL, String(saved.id)]);
  return saved.id;
}
