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

/** A table's own fields, edited on the board with its products and saved with them. */
export interface TableDetails {
  label: string;
  /** The label in English and Chinese (the public page shows the Vietnamese where they are empty). */
  labelEn: string;
  labelZh: string;
  note: string;
  /** Staff-only. */
  internalNote: string;
  communeCode: string;
}
export type DetailsDraft = Readonly<Record<string, TableDetails>>;

const sameDetails = (a: TableDetails | undefined, b: TableDetails | undefined) =>
  a?.label === b?.label &&
  a?.labelEn === b?.labelEn &&
  a?.labelZh === b?.labelZh &&
  a?.note === b?.note &&
  a?.internalNote === b?.internalNote &&
  a?.communeCode === b?.communeCode;

export function changedDetails(original: DetailsDraft, draft: DetailsDraft): string[] {
  return Object.keys(draft).filter((t) => !sameDetails(original[t], draft[t]));
}

/** Every table whose products or details changed, once, in board order. */
export function changedBoardTables(
  original: Placement,
  draft: Placement,
  originalDetails: DetailsDraft,
  draftDetails: DetailsDraft,
): string[] {
  const changed = new Set([...changedTables(original, draft), ...changedDetails(originalDetails, draftDetails)]);
  return Object.keys({ ...draft, ...draftDetails }).filter((t) => changed.has(t));
}

export interface SaveStep {
  tableId: string;
  productIds: string[];
  details?: {
    label: string | null;
    labelEn: string | null;
    labelZh: string | null;
    note: string | null;
    internalNote: string | null;
    communeCode: string | null;
  };
}

const orNull = (v: string) => (v.trim() === "" ? null : v.trim());

/**
 * What setEventPlacements needs to turn the board as loaded into the draft: the final product list
 * of every changed table, and its label, note and commune/ward when they changed. The API applies
 * them in one transaction, so a swap between tables, or a commune chosen while products move, is
 * one step that is saved whole or not at all.
 */
export function savePlan(
  original: Placement,
  draft: Placement,
  originalDetails: DetailsDraft = {},
  draftDetails: DetailsDraft = {},
): SaveStep[] {
  const detailsChanged = new Set(changedDetails(originalDetails, draftDetails));
  return changedBoardTables(original, draft, originalDetails, draftDetails).map((tableId) => {
    const step: SaveStep = { tableId, productIds: [...(draft[tableId] ?? original[tableId] ?? [])] };
    const d = draftDetails[tableId];
    if (d && detailsChanged.has(tableId))
      step.details = {
        label: orNull(d.label),
        labelEn: orNull(d.labelEn),
        labelZh: orNull(d.labelZh),
        note: orNull(d.note),
        internalNote: orNull(d.internalNote),
        communeCode: orNull(d.communeCode),
      };
    return step;
  });
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
