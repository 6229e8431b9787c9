import type { MediaStorage } from "../modules/media/media-storage";
import type { StaffRole } from "../modules/staff/staff.entity";
import type { RequestContext } from "./context";
import { forbidden, unauthenticated } from "./errors";

/** The signed-in staff member, as every staff operation sees it. */
export interface StaffPrincipal {
  id: number;
  email: string;
  role: StaffRole;
  /** Set for COMMUNE_OFFICER: the only commune/ward whose content they may change. */
  communeCode: string | null;
  sessionExpiresAt: Date;
}

export interface AdminContext extends RequestContext {
  staff: StaffPrincipal | null;
  /** The session cookie's token as the request carried it. */
  sessionToken: string | undefined;
  userAgent: string | null;
  mediaStorage: MediaStorage;
  /** Sets or clears the session cookie on the response. */
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/**
 * The signed-in staff member of an operation that declared its access with @Allow. Roles are checked
 * there, before the operation runs; this only turns "no session" into UNAUTHENTICATED as an invariant.
 */
export function principalOf(ctx: AdminContext): StaffPrincipal {
  if (!ctx.staff) throw unauthenticated();
  return ctx.staff;
}

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
