import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import type { Config } from "../../config";
import { MailErrorCode } from "./outbox-mail.entity";

/** What a transport needs of one outbox row. */
export interface MailToSend {
  id: number;
  kind: string;
  recipients: string[];
  replyTo: string | null;
  subject: string;
  textBody: string;
  htmlBody: string;
  messageId: string;
  createdAt: Date;
}

export interface MailTransport {
  /** Where mail goes, for the start-up log (no password). */
  readonly description: string;
  send(mail: MailToSend): Promise<void>;
  close(): void;
}

/** Without SMTP_URL, the sender the .eml files name. */
const DEFAULT_FROM = "OCOP Catalog <no-reply@localhost>";

/** The domain of MAIL_FROM's address: the right-hand side of the Message-IDs given. */
export function senderDomain(config: Pick<Config, "MAIL_FROM">): string {
  const from = config.MAIL_FROM ?? DEFAULT_FROM;
  return /@([^\s@<>]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
}

function messageOf(mail: MailToSend, from: string): nodemailer.SendMailOptions {
  return {
    from,
    to: mail.recipients,
    replyTo: mail.replyTo ?? undefined,
    subject: mail.subject,
    text: mail.textBody,
    html: mail.htmlBody,
    messageId: mail.messageId,
    // The time it was queued: every attempt sends the same message.
    date: mail.createdAt,
    // Tells mail servers and vacation responders that no person sent it (RFC 3834).
    headers: { "Auto-Submitted": "auto-generated" },
  };
}

/**
 * SMTP_URL set: each mail goes to that server (a connection per send, so a server that restarts
 * costs nothing). Unset: each mail becomes an .eml file in $OCOP_DATA_DIR/outbox/, so the flow is
 * visible on a laptop without a mail server.
 */
export function createMailTransport(
  config: Pick<Config, "SMTP_URL" | "MAIL_FROM" | "MAIL_SEND_TIMEOUT_MS" | "OCOP_DATA_DIR">,
): MailTransport {
  const from = config.MAIL_FROM ?? DEFAULT_FROM;
  if (config.SMTP_URL) {
    const url = new URL(config.SMTP_URL);
    const transport = nodemailer.createTransport({
      ...parseConnectionUrl(config.SMTP_URL),
      connectionTimeout: config.MAIL_SEND_TIMEOUT_MS,
      greetingTimeout: config.MAIL_SEND_TIMEOUT_MS,
      socketTimeout: config.MAIL_SEND_TIMEOUT_MS,
    });
    return {
      description: `${url.protocol}//${url.host}`,
      async send(mail) {
        await transport.sendMail(messageOf(mail, from));
      },
      close: () => transport.close(),
    };
  }
  const folder = path.join(config.OCOP_DATA_DIR, "outbox");
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    description: folder,
    async send(mail) {
      const info = await transport.sendMail(messageOf(mail, from));
      try {
        await mkdir(folder, { recursive: true });
        const file = path.join(
          folder,
          `${String(mail.id).padStart(6, "0")}-${mail.kind.replace(/[^\w.-]+/g, "_")}.eml`,
        );
        // Whole or absent: a reader never sees half a file.
        await writeFile(`${file}.tmp`, info.message);
        await rename(`${file}.tmp`, file);
      } catch (error) {
        throw Object.assign(new Error("writing the .eml file failed", { cause: error }), { code: "EFILE" });
      }
    },
    close: () => transport.close(),
  };
}

export interface SendFailure {
  code: MailErrorCode;
  /** The mail server's reply, when it gave one (its words, none of ours). */
  reply: string | null;
  /** Whether trying again cannot help (the server refused the mail for good). */
  permanent: boolean;
}

/** What a failed send means, in terms the admin can show without internals. */
export function classifySendError(error: unknown): SendFailure {
  const { code, responseCode, response } = (error ?? {}) as {
    code?: unknown;
    responseCode?: unknown;
    response?: unknown;
  };
  const reply =
    typeof response === "string" && response !== ""
      ? response.replace(/[\u0000-\u001f\u007f]+/g, " ").slice(0, 500) // eslint-disable-line no-control-regex -- a server's reply may hold any bytes
      : null;
  if (code === "EAUTH") return { code: MailErrorCode.AUTH, reply, permanent: false };
  if (typeof responseCode === "number" && responseCode >= 400 && responseCode < 500) {
    return { code: MailErrorCode.DEFERRED, reply, permanent: false };
  }
  if (typeof responseCode === "number" && responseCode >= 500 && responseCode < 600) {
    return { code: MailErrorCode.REJECTED, reply, permanent: true };
  }
  if (code === "ETIMEDOUT") return { code: MailErrorCode.TIMEOUT, reply, permanent: false };
  if (code === "ECONNECTION" || code === "ESOCKET" || code === "EDNS" || code === "ETLS" || code === "ECONNREFUSED") {
    return { code: MailErrorCode.UNREACHABLE, reply, permanent: false };
  }
  if (code === "EFILE") return { code: MailErrorCode.FILE, reply: null, permanent: false };
  return { code: MailErrorCode.OTHER, reply, permanent: false };
}
