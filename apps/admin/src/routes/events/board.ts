/**
 * Product placement on an event's tables, edited as a draft and saved with setTableProducts.
 * Pure functions, so the board's buttons, selects and drag and drop share one behaviour.
 */
export type Placement = Readonly<Record<string, readonly string[]>>;

/** The table a product is on, if any. */
export function tableOf(p: Placement, productId: string): string | null {
  for (const [tableId, ids] of Object.entries(p)) if (ids.includes(productId)) return tableId;
  return null;
}

/**
 * Puts a product on a table (at `index`, or last), taking it off any other table: a product is on
 * at most one table of an event. `toTable` null takes it off the tables.
 */
export function placeProduct(p: Placement, productId: string, toTable: string | null, index?: number): Placement {
  const next: Record<string, string[]> = {};
  for (const [tableId, ids] of Object.entries(p)) next[tableId] = ids.filter((id) => id !== productId);
  if (toTable !== null) {
    const list = next[toTable] ?? [];
    const at = index === undefined ? list.length : Math.max(0, Math.min(index, list.length));
    list.splice(at, 0, productId);
    next[toTable] = list;
  }
  return next;
}

/** Moves a product up (-1) or down (+1) on its table. */
export function shiftProduct(p: Placement, tableId: string, productId: string, delta: number): Placement {
  const ids = p[tableId];
  if (!ids) return p;
  const from = ids.indexOf(productId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return p;
  const list = [...ids];
  list.splice(from, 1);
  list.splice(to, 0, productId);
  return { ...p, [tableId]: list };
}

function sameList(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export function changedTables(original: Placement, draft: Placement): string[] {
  return Object.keys(draft).filter((t) => !sameList(original[t], draft[t]));
}

export interface SaveStep {
  tableId: string;
  productIds: string[];
}

/**
 * The setTableProducts calls that turn `original` into `draft`. setTableProducts moves a product
 * that is on another table of the event, which changes that other table's version: so first every
 * table drops what leaves it (and takes its new order), then tables take what arrives. No call then
 * touches a table whose version we still have to send.
 */
export function savePlan(original: Placement, draft: Placement): { removals: SaveStep[]; additions: SaveStep[] } {
  const removals: SaveStep[] = [];
  const additions: SaveStep[] = [];
  for (const tableId of changedTables(original, draft)) {
    const before = original[tableId] ?? [];
    const after = draft[tableId] ?? [];
    const kept = after.filter((id) => before.includes(id));
    if (!sameList(kept, before)) removals.push({ tableId, productIds: kept });
    if (after.some((id) => !before.includes(id))) additions.push({ tableId, productIds: [...after] });
  }
  return { removals, additions };
}
