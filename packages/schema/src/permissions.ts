// The one permission table: what each staff role may do. The API declares one of these on every
// staff operation and checks it before reading any input; the admin app reads the same table to
// show only what a role may use. Scope (a commune officer's own commune/ward) is not a permission:
// the services apply it to the records a permitted operation touches.
import type { StaffRole } from "./enums";

export const PERMISSIONS = [
  /** Producers, products, certificates, images, reference lists and the dashboard. */
  "catalog.read",
  /** Create, change and delete producers, products, certificates and images (in scope). */
  "catalog.write",
  "showcase.read",
  "showcase.write",
  "distributor.read",
  "distributor.write",
  /** Connection requests from the public (in scope: those about the officer's own products). */
  "request.read",
  "request.write",
  "synonym.read",
  "synonym.write",
  "audit.read",
  /**
   * The outbox: every mail the product sends, with its recipients and text (requesters' contacts
   * among them), and the mail server's replies: administrators only.
   */
  "mail.read",
  "staff.read",
  "staff.write",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Operations anyone may call (reading the session, signing in and out). */
export const PUBLIC_ACCESS = "public";
/** Operations every signed-in staff member may call about themself (their own password). */
export const SIGNED_IN_ACCESS = "signed-in";
export type Access = Permission | typeof PUBLIC_ACCESS | typeof SIGNED_IN_ACCESS;

const CONTENT: readonly Permission[] = [
  "catalog.read",
  "catalog.write",
  "showcase.read",
  "showcase.write",
  "distributor.read",
  "distributor.write",
  "request.read",
  "request.write",
  "synonym.read",
  "synonym.write",
  "audit.read",
];

export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, readonly Permission[]>> = {
  ADMIN: [...CONTENT, "mail.read", "staff.read", "staff.write"],
  EDITOR: CONTENT,
  COMMUNE_OFFICER: ["catalog.read", "catalog.write", "request.read", "request.write"],
};

export function permissionsOf(role: StaffRole): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export function hasPermission(role: StaffRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
