import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { holds } from "../../graphql/allow";
import { StaffUser } from "../staff/staff.entity";
import type { AuditEntry } from "./audit-entry.entity";
import { auditedRecordKey } from "./audit.loader";

/**
 * The staff member who made the change, shown with staff.read or to the person themself; null for
 * the system or when the caller may not read staff accounts.
 */
export async function authorOfEntry(ctx: AdminContext, entry: AuditEntry): Promise<StaffUser | null> {
  const staff = principalOf(ctx);
  if (!entry.staffUserId || (entry.staffUserId !== staff.id && !holds(staff, "staff.read"))) return null;
  return ctx.dataSource.getRepository(StaffUser).findOneBy({ id: entry.staffUserId });
}

/** Who made the change, by name, for everyone who may read the entry; null for the system. */
export async function authorNameOfEntry(ctx: AdminContext, entry: AuditEntry): Promise<string | null> {
  if (!entry.staffUserId) return null;
  const user = await ctx.dataSource.getRepository(StaffUser).findOneBy({ id: entry.staffUserId });
  return user?.displayName ?? null;
}

const NAME_FIELDS = ["nameVi", "name", "displayName", "label"] as const;

function nameInSnapshot(snapshot: Record<string, unknown> | null): string | null {
  if (!snapshot) return null;
  for (const field of NAME_FIELDS) if (typeof snapshot[field] === "string") return snapshot[field] as string;
  return null;
}

/** The changed record by name: as it is called now, or as the entry recorded it when it is gone. */
export async function entityNameOfEntry(ctx: AdminContext, entry: AuditEntry): Promise<string | null> {
  const current = await ctx.loaders.auditedRecordName.load(auditedRecordKey(entry.entityType, entry.entityId));
  return current ?? nameInSnapshot(entry.after) ?? nameInSnapshot(entry.before);
}
