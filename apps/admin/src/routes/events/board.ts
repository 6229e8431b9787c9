/**
 * Product placement on an event's tables, edited as a draft and saved with setEventPlacements.
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
 * What setEventPlacements needs to turn `original` into `draft`: the final product list of every
 * changed table. The API applies them in one transaction, so a swap between tables is one step.
 */
export function savePlan(original: Placement, draft: Placement): SaveStep[] {
  return changedTables(original, draft).map((tableId) => ({ tableId, productIds: [...(draft[tableId] ?? [])] }));
}

/**
 * Where a drag ends: on a card (`beforeProduct`), the product takes that card's place (in its own
 * table this is a reorder, the card and those after it shift down; from another table or from the
 * search panel the product goes in before the card); on a table's free space it goes last.
 */
export function dropProduct(p: Placement, productId: string, toTable: string, beforeProduct: string | null): Placement {
  const ids = p[toTable] ?? [];
  const at = beforeProduct === null ? -1 : ids.indexOf(beforeProduct);
  return placeProduct(p, productId, toTable, at < 0 ? undefined : at);
}
