import type { StaffPrincipal } from "../../graphql/admin-context";
import { forbidden } from "../../graphql/errors";

/*
 * The commune scope, the one access rule services keep (roles are declared on the operations): a
 * commune/ward officer reads and changes only what belongs to their own unit.
 */

/**
 * The commune/ward a staff member's reading and changing of scoped records (producers, products,
 * connection requests) is limited to; null when it is not limited.
 */
export function communeScopeOf(staff: StaffPrincipal): string | null {
  if (staff.role !== "COMMUNE_OFFICER") return null;
  // The database requires an officer's commune; without one they would see everything, so refuse.
  if (!staff.communeCode) throw forbidden("A commune officer needs a commune/ward");
  return staff.communeCode;
}

/** Whether a record of this commune/ward is within the staff member's scope (communeScopeOf). */
export function canEditCommune(staff: StaffPrincipal, communeCode: string | null): boolean {
  const scope = communeScopeOf(staff);
  return scope === null || communeCode === scope;
}

export function assertCanEditCommune(staff: StaffPrincipal, communeCode: string | null, what: string): void {
  if (!canEditCommune(staff, communeCode)) {
    throw forbidden(`A commune officer can change only ${what} of their own commune/ward`);
  }
}
