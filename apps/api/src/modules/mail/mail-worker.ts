import pg from "pg";
import type { DataSource } from "typeorm";
import type { Config } from "../../config";
import type { Logger } from "../../logger";
import { classifySendError, createMailTransport, senderDomain, type MailToSend } from "./mail-transport";
import { MailStatus } from "./outbox-mail.entity";
import { OUTBOX_CHANNEL, setMessageIdDomain } from "./outbox.service";

/** A look at the outbox even without a notification (one lost while the listener reconnected). */
const POLL_MS = 5_000;
/** Mail claimed at once by one process. */
const BATCH = 10;
/** How often a process deletes the mail past its retention. */
const PURGE_EVERY_MS = 60 * 60_000;
/** The longest wait between two attempts, however many failed. */
const MAX_BACKOFF_MS = 60 * 60_000;

export interface MailWorker {
  /** Looks at the outbox now (after a commit that queued mail). */
  wake(): void;
  /** Finishes the send under way (if any) and stops. */
  stop(): Promise<void>;
}

type WorkerConfig = Pick<
  Config,
  | "SMTP_URL"
  | "MAIL_FROM"
  | "MAIL_RETRY_BASE_MS"
  | "MAIL_MAX_ATTEMPTS"
  | "MAIL_SEND_TIMEOUT_MS"
  | "MAIL_RETENTION_DAYS"
  | "OCOP_DATA_DIR"
  | "DB_CONNECT_TIMEOUT_MS"
>;

/** The wait after the n-th failed attempt (n ≥ 1): base, 2·base, 4·base … at most an hour. */
export function retryDelayMs(base: number, attempts: number): number {
  return Math.min(base * 2 ** Math.max(0, attempts - 1), Math.max(base, MAX_BACKOFF_MS));
}

/**
 * Sends the outbox. Every API process runs one; they share the work through the database:
 * a claim takes due rows with FOR UPDATE SKIP LOCKED and moves their next attempt past the lease
 * before sending, so two replicas never send one mail, and a process killed mid-send leaves the
 * mail to be claimed again when the lease ends. It wakes on the NOTIFY queueMail sends (delivered
 * at commit), on a poll, and when the next retry is due.
 */
export function startMailWorker(deps: { config: WorkerConfig; dataSource: DataSource; logger: Logger }): MailWorker {
  const { config, dataSource } = deps;
  const logger = deps.logger.child({ component: "mail" });
  setMessageIdDomain(senderDomain(config));
  const transport = createMailTransport(config);
  // Longer than a whole SMTP conversation can take (connect, greeting, then each step's timeout).
  const leaseMs = 4 * config.MAIL_SEND_TIMEOUT_MS + 1_000;
  const url = "url" in dataSource.options ? dataSource.options.url : undefined;

  let running = true;
  let wakeTimer: NodeJS.Timeout | undefined;
  let wakeUp: (() => void) | undefined;
  let woken = false;
  let listener: pg.Client | undefined;
  let connecting: Promise<void> | undefined;
  let failing = false;

  const wake = () => {
    woken = true;
    wakeUp?.();
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || !running) return resolve();
      wakeUp = resolve;
      wakeTimer = setTimeout(resolve, ms);
    }).finally(() => {
      clearTimeout(wakeTimer);
      wakeUp = undefined;
      woken = false;
    });

  /** The LISTEN connection, (re)opened when missing; without it the poll still finds the mail. */
  const listen = () => {
    if (listener || connecting || !url) return;
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: config.DB_CONNECT_TIMEOUT_MS,
      keepAlive: true,
      application_name: "ocop-api-mail",
    });
    client.on("notification", wake);
    client.on("error", (error) => {
      logger.warn({ err: error }, "the mail worker's LISTEN connection failed; polling until it is back");
      if (listener === client) listener = undefined;
      void client.end().catch(() => undefined);
    });
    connecting = client
      .connect()
      .then(() => client.query(`LISTEN ${OUTBOX_CHANNEL}`))
      .then(() => {
        if (running) listener = client;
        else void client.end().catch(() => undefined);
        // Mail queued while nobody listened is due now.
        wake();
      })
      .catch((error: unknown) => {
        logger.debug({ err: error }, "the mail worker could not LISTEN yet");
        void client.end().catch(() => undefined);
      })
      .finally(() => (connecting = undefined));
  };

  const claim = async (): Promise<Array<MailToSend & { attempts: number }>> => {
    const [rows] = (await dataSource.query(
      `UPDATE mail_outbox m
          SET attempts = m.attempts + 1, next_attempt_at = now() + $1 * interval '1 millisecond'
         FROM (SELECT id FROM mail_outbox
                WHERE status = 'queued' AND next_attempt_at <= now()
                ORDER BY next_attempt_at, id
                LIMIT $2
                FOR UPDATE SKIP LOCKED) due
        WHERE m.id = due.id
        RETURNING m.id, m.kind, m.recipients, m.reply_to, m.subject, m.text_body, m.html_body,
                  m.message_id, m.created_at, m.attempts`,
      [leaseMs, BATCH],
    )) as [
      Array<{
        id: number;
        kind: string;
        recipients: string[];
        reply_to: string | null;
        subject: string;
        text_body: string;
        html_body: string;
        message_id: string;
        created_at: Date;
        attempts: number;
      }>,
      number,
    ];
    return rows
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        recipients: r.recipients,
        replyTo: r.reply_to,
        subject: r.subject,
        textBody: r.text_body,
        htmlBody: r.html_body,
        messageId: r.message_id,
        createdAt: r.created_at,
        attempts: r.attempts,
      }))
      .sort((a, b) => a.id - b.id);
  };

  const deliver = async (mail: MailToSend & { attempts: number }) => {
    try {
      await transport.send(mail);
    } catch (error) {
      const failure = classifySendError(error);
      const giveUp = failure.permanent || mail.attempts >= config.MAIL_MAX_ATTEMPTS;
      logger.warn(
        {
          outboxId: mail.id,
          kind: mail.kind,
          attempts: mail.attempts,
          code: failure.code,
          reply: failure.reply,
          giveUp,
        },
        giveUp ? "mail failed for good" : "sending mail failed; trying again later",
      );
      await dataSource.query(
        `UPDATE mail_outbox
            SET status = $2, last_error_code = $3, last_error_reply = $4,
                next_attempt_at = now() + $5 * interval '1 millisecond'
          WHERE id = $1 AND status = 'queued'`,
        [
          mail.id,
          giveUp ? MailStatus.FAILED : MailStatus.QUEUED,
          failure.code,
          failure.reply,
          retryDelayMs(config.MAIL_RETRY_BASE_MS, mail.attempts),
        ],
      );
      return;
    }
    await dataSource.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = now(), last_error_code = NULL, last_error_reply = NULL
        WHERE id = $1 AND status = 'queued'`,
      [mail.id],
    );
    logger.info({ outboxId: mail.id, kind: mail.kind }, "mail sent");
  };

  /** Milliseconds until the next queued mail is due (at most the poll interval). */
  const untilNextDue = async (): Promise<number> => {
    const [row] = (await dataSource.query(
      `SELECT GREATEST(0, EXTRACT(EPOCH FROM min(next_attempt_at) - now()) * 1000)::float8 AS ms
         FROM mail_outbox WHERE status = 'queued'`,
    )) as Array<{ ms: number | null }>;
    return Math.min(POLL_MS, Math.ceil(row?.ms ?? POLL_MS));
  };

  /**
   * Sent and failed mail carries a requester's name, address and words: it is kept for the
   * retention period (long enough to answer "did my mail go out?"), then deleted. Queued mail is
   * never deleted, whatever its age.
   */
  let lastPurge = 0;
  const purgeOldMail = async () => {
    if (Date.now() - lastPurge < PURGE_EVERY_MS) return;
    lastPurge = Date.now();
    const [, deleted] = (await dataSource.query(
      `DELETE FROM mail_outbox
        WHERE status IN ('sent', 'failed') AND coalesce(sent_at, created_at) < now() - make_interval(days => $1)`,
      [config.MAIL_RETENTION_DAYS],
    )) as [unknown, number];
    if (deleted > 0) logger.info({ deleted, days: config.MAIL_RETENTION_DAYS }, "deleted mail past its retention");
  };

  const loop = async () => {
    while (running) {
      listen();
      let delay = POLL_MS;
      try {
        await purgeOldMail();
        for (let batch = await claim(); batch.length > 0 && running; batch = running ? await claim() : []) {
          for (const mail of batch) await deliver(mail);
        }
        delay = await untilNextDue();
        if (failing) logger.info("the mail worker reaches the database again");
        failing = false;
      } catch (error) {
        // The database is away: the mail stays in the outbox; look again after the poll interval.
        if (!failing) logger.warn({ err: error }, "the mail worker cannot reach the outbox; trying again");
        failing = true;
      }
      await sleep(delay);
    }
  };

  logger.info({ to: transport.description }, "mail worker started");
  const done = loop();
  return {
    wake,
    async stop() {
      running = false;
      wake();
      await done;
      transport.close();
      await connecting;
      await listener?.end().catch(() => undefined);
      listener = undefined;
    },
  };
}
