import type { AdminContext } from "../../graphql/admin-context";
import { StaffUser } from "../staff/staff.entity";
import type { AuditEntry } from "./audit-entry.entity";

/** The staff member who made the change; null for the system. */
export async function authorOfEntry(ctx: AdminContext, entry: AuditEntry): Promise<StaffUser | null> {
  return entry.staffUserId ? ctx.dataSource.getRepository(StaffUser).findOneBy({ id: entry.staffUserId }) : null;
}
