import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The request's journey (issue 13): a request asks about several products, is tracked by the
 * requester through a private token (only its hash stored), is assigned, moves through IN_CONTACT
 * and closes with an outcome, keeps a history of what staff did, and remembers who has opened it.
 */
export class ConnectionRequestJourney1765300000000 implements MigrationInterface {
  name = "ConnectionRequestJourney1765300000000";

  async up(q: QueryRunner): Promise<void> {
    // Not used in this transaction: PostgreSQL allows adding an enum value inside one then.
    await q.query(`ALTER TYPE connection_request_status ADD VALUE IF NOT EXISTS 'in_contact' BEFORE 'closed'`);
    await q.query(`CREATE TYPE connection_request_outcome AS ENUM ('connected', 'no_answer', 'declined', 'spam')`);
    await q.query(`ALTER TABLE connection_request
      ADD COLUMN outcome connection_request_outcome,
      ADD COLUMN assignee_id integer REFERENCES staff_user (id) ON DELETE SET NULL,
      ADD COLUMN tracking_token_hash text,
      ADD CONSTRAINT connection_request_outcome_closed CHECK (outcome IS NULL OR status = 'closed')`);
    await q.query(`CREATE UNIQUE INDEX connection_request_tracking_idx ON connection_request (tracking_token_hash)`);

    await q.query(`CREATE TABLE connection_request_product (
      request_id integer NOT NULL REFERENCES connection_request (id) ON DELETE CASCADE,
      product_id integer NOT NULL REFERENCES product (id) ON DELETE CASCADE,
      position smallint NOT NULL,
      PRIMARY KEY (request_id, product_id))`);
    await q.query(`CREATE INDEX connection_request_product_product_idx ON connection_request_product (product_id)`);
    await q.query(
      `INSERT INTO connection_request_product (request_id, product_id, position) SELECT id, product_id, 0 FROM connection_request`,
    );

    await q.query(
      `CREATE TYPE connection_request_event_kind AS ENUM ('note', 'status', 'assigned', 'reply', 'forward')`,
    );
    await q.query(`CREATE TABLE connection_request_event (
      id serial PRIMARY KEY,
      request_id integer NOT NULL REFERENCES connection_request (id) ON DELETE CASCADE,
      kind connection_request_event_kind NOT NULL,
      staff_user_id integer REFERENCES staff_user (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      text text,
      status connection_request_status,
      outcome connection_request_outcome,
      assignee_id integer REFERENCES staff_user (id) ON DELETE SET NULL,
      mail_to text,
      subject text,
      producer_id integer REFERENCES producer (id) ON DELETE SET NULL,
      CONSTRAINT connection_request_event_text_length CHECK (char_length(text) <= 20000))`);
    await q.query(`CREATE INDEX connection_request_event_request_idx ON connection_request_event (request_id, id)`);
    // The notes kept on a request so far become the first entry of its history.
    await q.query(`INSERT INTO connection_request_event (request_id, kind, created_at, text)
      SELECT id, 'note', updated_at, staff_notes FROM connection_request WHERE staff_notes IS NOT NULL`);

    await q.query(`CREATE TABLE connection_request_read (
      request_id integer NOT NULL REFERENCES connection_request (id) ON DELETE CASCADE,
      staff_user_id integer NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
      read_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (request_id, staff_user_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE connection_request_read`);
    await q.query(`DROP TABLE connection_request_event`);
    await q.query(`DROP TYPE connection_request_event_kind`);
    await q.query(`DROP TABLE connection_request_product`);
    await q.query(`ALTER TABLE connection_request
      DROP CONSTRAINT connection_request_outcome_closed,
      DROP COLUMN outcome, DROP COLUMN assignee_id, DROP COLUMN tracking_token_hash`);
    await q.query(`DROP TYPE connection_request_outcome`);
    // PostgreSQL cannot drop an enum value: requests in contact go back to forwarded, the value stays.
    await q.query(`UPDATE connection_request SET status = 'forwarded' WHERE status = 'in_contact'`);
  }
}
