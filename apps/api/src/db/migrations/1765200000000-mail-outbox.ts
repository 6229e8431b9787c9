import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Outgoing mail, written in the transaction of the change that causes it and sent by the API's
 * mail worker after commit (modules/mail): a mail is never lost to a crash or a mail server that
 * is down, and a rolled-back change sends nothing.
 */
export class MailOutbox1765200000000 implements MigrationInterface {
  name = "MailOutbox1765200000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE mail_status AS ENUM ('queued', 'sent', 'failed')`);
    await q.query(`CREATE TABLE mail_outbox (
      id serial PRIMARY KEY,
      created_at timestamptz NOT NULL DEFAULT now(),
      kind text NOT NULL,
      recipients text[] NOT NULL CONSTRAINT mail_outbox_recipients CHECK (cardinality(recipients) > 0),
      reply_to text,
      subject text NOT NULL,
      text_body text NOT NULL,
      html_body text NOT NULL,
      about_type text,
      about_id integer,
      message_id text NOT NULL CONSTRAINT mail_outbox_message_id_unique UNIQUE,
      status mail_status NOT NULL DEFAULT 'queued',
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      last_error_code text,
      last_error_reply text,
      sent_at timestamptz,
      CONSTRAINT mail_outbox_sent_at CHECK ((status = 'sent') = (sent_at IS NOT NULL)))`);
    // The worker's claim: queued mail that is due, soonest first.
    await q.query(`CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'queued'`);
    // The admin's list: newest first, optionally by status.
    await q.query(`CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at, id)`);
    await q.query(`CREATE INDEX mail_outbox_status_idx ON mail_outbox (status, created_at)`);
    await q.query(`CREATE INDEX mail_outbox_about_idx ON mail_outbox (about_type, about_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
    await q.query(`DROP TYPE mail_status`);
  }
}
