import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { freePort } from "@ocop/schema/net";

/** What the server answers to the n-th message it is given (1-based). */
export type SmtpAnswer = "accept" | "defer" | "reject" | "hang";

export interface TestSmtpServer {
  port: number;
  /** SMTP_URL for the API: plain SMTP on loopback, signing in as test/secret. */
  url: string;
  /** Every message accepted, parsed, in order of arrival. */
  received: ParsedMail[];
  /** Messages given to the server so far, whatever it answered. */
  offered(): number;
  /** Resolves once `count` messages were accepted (rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<ParsedMail[]>;
  /** Resolves once the n-th message is being received (its data arriving). */
  waitForOffer(count: number, ms?: number): Promise<void>;
  close(): Promise<void>;
}

const USER = "test";
const PASSWORD = "secret";

/**
 * A real SMTP server for tests (the `smtp-server` package), parsing what arrives with `mailparser`.
 * `answer` decides per message: accept (250), defer (451), reject (550) or hang (never answer).
 */
export async function startTestSmtpServer(
  options: { port?: number; answer?: (n: number) => SmtpAnswer } = {},
): Promise<TestSmtpServer> {
  const port = options.port ?? (await freePort());
  const received: ParsedMail[] = [];
  let offered = 0;
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((w) => w());
  const serverOptions: SMTPServerOptions = {
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    closeTimeout: 200,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: USER });
      else callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onData(stream, _session, callback) {
      const n = ++offered;
      notify();
      const answer = options.answer?.(n) ?? "accept";
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (answer === "hang") return;
        if (answer === "defer") {
          callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
          return;
        }
        if (answer === "reject") {
          callback(Object.assign(new Error("No such mailbox"), { responseCode: 550 }));
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            received.push(mail);
            notify();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  server.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });

  const until = (done: () => boolean, ms: number, what: string) =>
    new Promise<void>((resolve, reject) => {
      if (done()) return resolve();
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`${what} within ${ms} ms (offered ${offered}, accepted ${received.length})`));
      }, ms);
      waiters.add(check);
    });

  return {
    port,
    url: `smtp://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    received,
    offered: () => offered,
    async waitFor(count, ms = 10_000) {
      await until(() => received.length >= count, ms, `no ${count} message(s) accepted`);
      return received;
    },
    waitForOffer(count, ms = 10_000) {
      return until(() => offered >= count, ms, `no ${count} message(s) offered`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
