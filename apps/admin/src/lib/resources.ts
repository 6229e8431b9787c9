import type { Permission } from "@ocop/schema/permissions";
import type { MessageKey } from "../i18n/i18n";

/**
 * What the signed-in user may do: Session.permissions, the permissions of their role in the shared
 * table (@ocop/schema/permissions). The server checks each operation again.
 */
export type Permissions = readonly string[];

export const NO_PERMISSIONS: Permissions = [];

/** Does the user hold this permission? */
export function can(p: Permissions, permission: Permission): boolean {
  return p.includes(permission);
}

export type ResourceId =
  | "dashboard"
  | "products"
  | "producers"
  | "events"
  | "distributors"
  | "requests"
  | "synonyms"
  | "staff"
  | "audit"
  | "outbox";

/**
 * The resource registry: one row per area of the app. It drives the menu, the breadcrumbs, the
 * route guard and the "new" buttons, so a role never sees a link to a page it may not use.
 */
export interface Resource {
  id: ResourceId;
  /** Route inside the app (the router's base, /admin, is added by the router). */
  path: string;
  label: MessageKey;
  /** May this user open the area at all? */
  canView(p: Permissions): boolean;
  /** May this user create records here? (Editing an existing one is decided by its `canEdit`.) */
  canCreate(p: Permissions): boolean;
}

/** An area open to those who hold `read`, where those who hold `write` create records. */
const guarded = (read: Permission, write: Permission | null) => ({
  canView: (p: Permissions) => can(p, read),
  canCreate: (p: Permissions) => write !== null && can(p, write),
});

export const RESOURCES: readonly Resource[] = [
  { id: "dashboard", path: "/", label: "nav.dashboard", ...guarded("catalog.read", null) },
  { id: "products", path: "/products", label: "nav.products", ...guarded("catalog.read", "catalog.write") },
  { id: "producers", path: "/producers", label: "nav.producers", ...guarded("catalog.read", "catalog.write") },
  { id: "events", path: "/events", label: "nav.events", ...guarded("showcase.read", "showcase.write") },
  {
    id: "distributors",
    path: "/distributors",
    label: "nav.distributors",
    ...guarded("distributor.read", "distributor.write"),
  },
  { id: "requests", path: "/requests", label: "nav.requests", ...guarded("request.read", null) },
  { id: "synonyms", path: "/synonyms", label: "nav.synonyms", ...guarded("synonym.read", "synonym.write") },
  { id: "staff", path: "/staff", label: "nav.staff", ...guarded("staff.read", "staff.write") },
  { id: "audit", path: "/audit", label: "nav.audit", ...guarded("audit.read", null) },
  { id: "outbox", path: "/outbox", label: "nav.outbox", ...guarded("mail.read", null) },
];

export function resource(id: ResourceId): Resource {
  const found = RESOURCES.find((r) => r.id === id);
  if (!found) throw new Error(`unknown resource ${id}`);
  return found;
}

/** The menu: the areas this user may open, in registry order. */
export function menuFor(p: Permissions): Resource[] {
  return RESOURCES.filter((r) => r.canView(p));
}

/** The area a path belongs to (longest matching prefix), for breadcrumbs and route guards. */
export function resourceForPath(path: string): Resource | undefined {
  const clean = path.replace(/[?#].*$/, "").replace(/\/+$/, "") || "/";
  let best: Resource | undefined;
  for (const r of RESOURCES) {
    const matches = r.path === "/" ? clean === "/" : clean === r.path || clean.startsWith(`${r.path}/`);
    if (matches && (!best || r.path.length > best.path.length)) best = r;
  }
  return best;
}

export interface Crumb {
  label: string;
  href?: string;
}

/**
 * Breadcrumbs for a page: home, its area (a link unless we are on the area's list), and the page's
 * own title when it is a detail page.
 */
export function breadcrumbs(path: string, label: (key: MessageKey) => string, pageTitle?: string): Crumb[] {
  const home = resource("dashboard");
  const area = resourceForPath(path);
  const crumbs: Crumb[] = [{ label: label(home.label), href: home.path }];
  if (!area || area.id === "dashboard") return path === "/" ? [{ label: label(home.label) }] : crumbs;
  const onList = path.replace(/[?#].*$/, "").replace(/\/+$/, "") === area.path;
  crumbs.push(onList ? { label: label(area.label) } : { label: label(area.label), href: area.path });
  if (!onList && pageTitle) crumbs.push({ label: pageTitle });
  return crumbs;
}
