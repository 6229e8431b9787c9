/**
 * Page numbers over cursor connections.
 *
 * The staff API pages with `first`/`after` cursors. The admin lists show page numbers (jump to any
 * page, deep links to page 7), so a page number is turned into the `after` cursor of the record
 * just before it. The API's cursors encode the record's offset (apps/api/src/graphql/connection.ts:
 * base64url of `o:<offset>`); this is the one place in the app that knows it.
 */
export function cursorForOffset(offset: number): string {
  const text = `o:${offset}`;
  const base64 = typeof btoa === "function" ? btoa(text) : Buffer.from(text).toString("base64");
  return base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Variables `first`/`after` for a 1-based page of `size` rows. */
export function pageVariables(page: number, size: number): { first: number; after: string | null } {
  const p = Math.max(1, Math.floor(page));
  return { first: size, after: p > 1 ? cursorForOffset((p - 1) * size - 1) : null };
}

export function pageCount(totalCount: number, size: number): number {
  return Math.max(1, Math.ceil(totalCount / size));
}
