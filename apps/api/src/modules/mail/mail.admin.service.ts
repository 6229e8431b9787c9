import type { AdminContext } from "../../graphql/admin-context";
import type { Page } from "../../graphql/connection";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { MailStatus, OutboxMail } from "./outbox-mail.entity";

type OutboxFilter = { status?: MailStatus | null };

/**
 * Indexes: mail_outbox_created_idx (created_at, id) serves the unfiltered list and its order,
 * mail_outbox_status_idx (status, created_at) the status filter.
 */
const outboxList: ListDefinition<OutboxFilter, "NEWEST"> = {
  filters: { status: (status) => ["m.status = :status", { status }] },
  sorts: { NEWEST: [{ expression: "m.created_at", direction: "DESC" }] },
  tiebreaker: [{ expression: "m.id", direction: "DESC" }],
};

/** The outbox, newest first. */
export function listOutboxMails(ctx: AdminContext, filter: OutboxFilter | undefined, page: Page) {
  const qb = ctx.dataSource.getRepository(OutboxMail).createQueryBuilder("m");
  return listQuery(qb, outboxList, { filter, sort: "NEWEST", page });
}

/** One mail of the outbox, or null. */
export async function outboxMailForStaff(ctx: AdminContext, id: number): Promise<OutboxMail | null> {
  return ctx.dataSource.getRepository(OutboxMail).findOneBy({ id });
}

/** When a queued mail is tried next; nothing for one that is done. */
export function nextAttemptOf(mail: OutboxMail): Date | null {
  return mail.status === MailStatus.QUEUED ? mail.nextAttemptAt : null;
}
