import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "@ocop/schema/net";

export interface MailServer {
  /** For the product's SMTP_URL. */
  url: string;
  /** Every message received, parsed, in the order it arrived. */
  readonly messages: ParsedMail[];
  /** The first message (received or yet to come) that `match` accepts; fails after `timeoutMs`. */
  waitFor(match: (mail: ParsedMail) => boolean, what: string, timeoutMs?: number): Promise<ParsedMail>;
  stop(): Promise<void>;
}

/** The addresses a message was sent to, lower-cased. */
export function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((a) => a.value.map((v) => (v.address ?? "").toLowerCase()));
}

/** A real SMTP server on a free loopback port that accepts any mail (no TLS, no login) and parses it. */
export async function startMailServer(): Promise<MailServer> {
  const messages: ParsedMail[] = [];
  const waiting = new Set<() => void>();
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          waiting.forEach((wake) => wake());
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(match, what, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return;
          done();
          resolve(found);
        };
        const timer = setTimeout(() => {
          done();
          const seen = messages.map((m) => `${recipients(m).join(",")}: ${m.subject ?? ""}`).join("\n  ");
          reject(new Error(`no mail ${what} within ${timeoutMs} ms; received:\n  ${seen || "(nothing)"}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiting.delete(check);
        };
        waiting.add(check);
        check();
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
