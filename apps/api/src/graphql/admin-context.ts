import type { MediaStorage } from "../modules/media/media-storage";
import type { StaffRole } from "../modules/staff/staff.entity";
import type { RequestContext } from "./context";
import { unauthenticated } from "./errors";

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
