import type { MessageKey } from "../i18n/i18n";

/** What the signed-in user may do (Session.permissions). */
export interface Permissions {
  manageStaff: boolean;
  editAllContent: boolean;
  /** A commune officer edits only producers and products of this commune/ward. */
  editCommuneCode: string | null;
  viewAudit: boolean;
}

export const NO_PERMISSIONS: Permissions = {
  manageStaff: false,
  editAllContent: false,
  editCommuneCode: null,
  viewAudit: false,
};

export type ResourceId =
  "dashboard" | "products" | "producers" | "events" | "distributors" | "requests" | "synonyms" | "staff" | "audit";

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

const anyEditor = (p: Permissions) => p.editAllContent || p.editCommuneCode !== null;

export const RESOURCES: readonly Resource[] = [
  { id: "dashboard", path: "/", label: "nav.dashboard", canView: () => true, canCreate: () => false },
  { id: "products", path: "/products", label: "nav.products", canView: () => true, canCreate: anyEditor },
  { id: "producers", path: "/producers", label: "nav.producers", canView: () => true, canCreate: anyEditor },
  {
    id: "events",
    path: "/events",
    label: "nav.events",
    canView: (p) => p.editAllContent,
    canCreate: (p) => p.editAllContent,
  },
  {
    id: "distributors",
    path: "/distributors",
    label: "nav.distributors",
    canView: (p) => p.editAllContent,
    canCreate: (p) => p.editAllContent,
  },
  {
    id: "requests",
    path: "/requests",
    label: "nav.requests",
    canView: (p) => p.editAllContent,
    canCreate: () => false,
  },
  {
    id: "synonyms",
    path: "/synonyms",
    label: "nav.synonyms",
    canView: (p) => p.editAllContent,
    canCreate: (p) => p.editAllContent,
  },
  { id: "staff", path: "/staff", label: "nav.staff", canView: (p) => p.manageStaff, canCreate: (p) => p.manageStaff },
  { id: "audit", path: "/audit", label: "nav.audit", canView: (p) => p.viewAudit, canCreate: () => false },
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
