import { hasPermission, type Permission } from "@ocop/schema/permissions";
import type { EntityManager } from "typeorm";
import { principalOf, type AdminContext, type StaffPrincipal } from "../../graphql/admin-context";
import type { Page } from "../../graphql/connection";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { AuditEntry } from "./audit-entry.entity";

/**
 * The permission that reads each audited kind of record directly. The audit log shows an entry
 * only to who holds it (an entry's before/after is the record itself), so a new audited kind
 * must say here who may read it.
 */
export const AUDITED_ENTITY_READ_PERMISSION = {
  Product: "catalog.read",
  Producer: "catalog.read",
  Certification: "catalog.read",
  ProductImage: "catalog.read",
  ShowcaseEvent: "showcase.read",
  ShowcaseTable: "showcase.read",
  Distributor: "distributor.read",
  DistributorLink: "distributor.read",
  ConnectionRequest: "request.read",
  SearchSynonym: "synonym.read",
  StaffUser: "staff.read",
  SiteSettings: "settings.manage",
} as const satisfies Record<string, Permission>;

export type AuditedEntityType = keyof typeof AUDITED_ENTITY_READ_PERMISSION;

/** The kinds of record whose audit entries a staff member may read (none without audit.read). */
export function readableAuditedTypes(staff: StaffPrincipal): AuditedEntityType[] {
  if (!hasPermission(staff.role, "audit.read")) return [];
  return (Object.keys(AUDITED_ENTITY_READ_PERMISSION) as AuditedEntityType[]).filter((type) =>
    hasPermission(staff.role, AUDITED_ENTITY_READ_PERMISSION[type]),
  );
}

/**
 * Writes who changed what, with the record before and after, in the transaction of the change:
 * a change that rolls back leaves no entry, and no change goes unrecorded.
 */
export async function recordAudit(
  em: EntityManager,
  ctx: AdminContext,
  action: string,
  entity: { type: AuditedEntityType; id: number | string },
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

export interface AuditRecord {
  action: string;
  type: AuditedEntityType;
  id: number | string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** recordAudit for many records at once (an import): one INSERT per thousand entries, same transaction. */
export async function recordAudits(em: EntityManager, ctx: AdminContext, records: AuditRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 1_000) {
    const batch = records.slice(i, i + 1_000);
    await em.query(
      `INSERT INTO audit_entry (staff_user_id, action, entity_type, entity_id, before, after, request_id)
       SELECT $1, a, t, e, b::jsonb, f::jsonb, $2
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS x(a, t, e, b, f)`,
      [
        ctx.staff?.id ?? null,
        ctx.requestId || null,
        batch.map((r) => r.action),
        batch.map((r) => r.type),
        batch.map((r) => String(r.id)),
        batch.map((r) => (r.before ? JSON.stringify(redact(r.before)) : null)),
        batch.map((r) => (r.after ? JSON.stringify(redact(r.after)) : null)),
      ],
    );
  }
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

/** Kinds of record that belong to a product: its history shows them with its own entries. */
const PARTS_OF_PRODUCT = ["Certification", "ProductImage"] satisfies AuditedEntityType[];

/**
 * The audit log, only of the kinds of record the staff member may read directly. A product's
 * history (entity Product and its id) includes the entries of its certificates and images.
 */
export function listAuditEntries(ctx: AdminContext, filter: AuditQuery | undefined, page: Page) {
  const qb = ctx.dataSource
    .getRepository(AuditEntry)
    .createQueryBuilder("a")
    .where("a.entity_type = ANY(:readable)", { readable: readableAuditedTypes(principalOf(ctx)) });
  if (filter?.entityType === "Product" && filter.entityId) {
    qb.andWhere(
      `((a.entity_type = 'Product' AND a.entity_id = :product)
        OR (a.entity_type = ANY(:parts) AND COALESCE(a.after->>'productId', a.before->>'productId') = :product))`,
      { product: filter.entityId, parts: PARTS_OF_PRODUCT },
    );
    filter = { ...filter, entityType: null, entityId: null };
  }
  return listQuery(qb, auditList, { filter, sort: "NEWEST", page });
}

/** Who appears in the audit log as an author: id and name only (emails need staff.read). */
export function auditAuthors(ctx: AdminContext): Promise<Array<{ id: number; displayName: string }>> {
  return ctx.dataSource.query(
    `SELECT u.id, u.display_name AS "displayName" FROM staff_user u
      WHERE EXISTS (SELECT 1 FROM audit_entry a WHERE a.staff_user_id = u.id)
      ORDER BY u.display_name, u.id`,
  );
}
