import type { EntityManager } from "typeorm";
import type { AdminContext } from "../../graphql/admin-context";
import type { Page } from "../../graphql/connection";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { AuditEntry } from "./audit-entry.entity";

/**
 * Writes who changed what, with the record before and after, in the transaction of the change:
 * a change that rolls back leaves no entry, and no change goes unrecorded.
 */
export async function recordAudit(
  em: EntityManager,
  ctx: AdminContext,
  action: string,
  entity: { type: string; id: number | string },
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  await em.query(
    `INSERT INTO audit_entry (staff_user_id, action, entity_type, entity_id, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      ctx.staff?.id ?? null,
      action,
      entity.type,
      String(entity.id),
      before ? JSON.stringify(redact(before)) : null,
      after ? JSON.stringify(redact(after)) : null,
      ctx.requestId || null,
    ],
  );
}

function redact(record: Record<string, unknown>): Record<string, unknown> {
  const { passwordHash: _hidden, searchText: _st, searchName: _sn, ...rest } = record;
  return rest;
}

export interface AuditQuery {
  userId?: number | null;
  entityType?: string | null;
  entityId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Indexes: audit_entry_user_idx, audit_entry_entity_idx (type, id), audit_entry_created_idx (from, to, the order). */
const auditList: ListDefinition<AuditQuery, "NEWEST"> = {
  filters: {
    userId: (user) => ["a.staff_user_id = :user", { user }],
    entityType: (type) => ["a.entity_type = :type", { type }],
    entityId: (entity) => ["a.entity_id = :entity", { entity }],
    from: (from) => ["a.created_at >= :from", { from }],
    to: (to) => ["a.created_at < :to", { to }],
  },
  sorts: { NEWEST: [{ expression: "a.created_at", direction: "DESC" }] },
  tiebreaker: [{ expression: "a.id", direction: "DESC" }],
};

export function listAuditEntries(ctx: AdminContext, filter: AuditQuery | undefined, page: Page) {
  return listQuery(ctx.dataSource.getRepository(AuditEntry).createQueryBuilder("a"), auditList, {
    filter,
    sort: "NEWEST",
    page,
  });
}
