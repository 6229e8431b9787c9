import type { EntityManager } from "typeorm";
import type { AdminContext } from "../../graphql/admin-context";

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
