import { fold } from "@ocop/schema/text";
import { parseScore, parseStars } from "./cells";
import type { SheetRow } from "./read-sheet";

/** The annex's columns the import reads. */
export const ANNEX_FIELDS = ["ordinal", "product", "producer", "address", "group", "score", "stars"] as const;
export type AnnexColumnField = (typeof ANNEX_FIELDS)[number];

/** Without these three a row cannot be matched or certified. */
export const REQUIRED_FIELDS: readonly AnnexColumnField[] = ["product", "producer", "stars"];

/**
 * Header texts (folded) of each field, tried in this order: a group header ("Nhóm sản phẩm")
 * contains "san pham" too, so the group is recognised before the product.
 */
const HEADER_NAMES: ReadonlyArray<[AnnexColumnField, { exact?: string[]; contains?: string[] }]> = [
  ["ordinal", { exact: ["stt", "tt", "so tt", "so thu tu", "no", "no."] }],
  ["group", { contains: ["phan nhom", "nhom san pham", "bo san pham", "nhom nganh", "phan loai"], exact: ["nhom"] }],
  ["score", { contains: ["so diem", "tong diem", "diem danh gia", "diem so", "score"], exact: ["diem"] }],
  ["stars", { contains: ["hang sao", "xep hang", "phan hang", "so sao", "stars"], exact: ["hang", "sao"] }],
  ["address", { contains: ["dia chi", "address"] }],
  ["producer", { contains: ["chu the", "producer", "co so san xuat", "don vi san xuat"] }],
  ["product", { contains: ["ten san pham", "san pham ocop", "product"], exact: ["san pham"] }],
];

/** Which field a header cell names, or null. */
export function fieldOfHeader(text: string): AnnexColumnField | null {
  const folded = fold(text);
  if (!folded) return null;
  for (const [field, names] of HEADER_NAMES) {
    if (names.exact?.includes(folded)) return field;
    if (names.contains?.some((n) => folded.includes(n))) return field;
  }
  return null;
}

/** Staff's choice of column (1-based) per field; null: the field has no column. */
export type ColumnMapping = Partial<Record<AnnexColumnField, number | null>>;

export interface SheetColumn {
  /** 1-based. */
  index: number;
  letter: string;
  header: string;
  field: AnnexColumnField | null;
}

export interface HeaderLayout {
  headerRow: number;
  columns: SheetColumn[];
  /** 0-based cell index of each field that has a column. */
  cellOf: Partial<Record<AnnexColumnField, number>>;
}

/** How many rows from the top a header row is looked for in (title rows come first). */
const HEADER_SEARCH_ROWS = 40;

export function columnLetter(index: number): string {
  let n = index;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function detect(cells: string[]): Partial<Record<AnnexColumnField, number>> {
  const cellOf: Partial<Record<AnnexColumnField, number>> = {};
  cells.forEach((text, i) => {
    const field = fieldOfHeader(text);
    if (field && cellOf[field] === undefined) cellOf[field] = i;
  });
  return cellOf;
}

/**
 * Finds the header row (the first of the top rows that names product, producer and stars) and maps
 * its columns; `mapping` (field → 1-based column) overrides what was detected. Without a detected
 * header, a mapping that covers the required fields makes the row above the first data row the
 * header (or none: 0). Null when neither finds the columns.
 */
export function findHeader(rows: SheetRow[], mapping: ColumnMapping | null): HeaderLayout | null {
  let headerIndex = -1;
  let cellOf: Partial<Record<AnnexColumnField, number>> = {};
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const found = detect(rows[i]!.cells);
    if (REQUIRED_FIELDS.every((f) => found[f] !== undefined)) {
      headerIndex = i;
      cellOf = found;
      break;
    }
  }
  if (mapping) {
    for (const field of ANNEX_FIELDS) {
      const column = mapping[field];
      if (column === null) delete cellOf[field];
      else if (column !== undefined) {
        // A column chosen for one field is taken from whichever field had it.
        for (const other of ANNEX_FIELDS) if (cellOf[other] === column - 1) delete cellOf[other];
        cellOf[field] = column - 1;
      }
    }
  }
  if (!REQUIRED_FIELDS.every((f) => cellOf[f] !== undefined)) return null;
  if (headerIndex < 0) {
    // A mapping without a recognisable header: the data start at the first row with stars (1-5)
    // and, when mapped, a score; the row above it (if any) is taken as the header.
    const starsCell = cellOf.stars!;
    const scoreCell = cellOf.score;
    const first = rows.findIndex((r) => {
      const stars = parseStars(r.cells[starsCell] ?? "");
      const score = scoreCell === undefined ? null : parseScore(r.cells[scoreCell] ?? "");
      return stars !== null && stars >= 1 && stars <= 5 && !Number.isNaN(score);
    });
    headerIndex = first > 0 ? first - 1 : -1;
  }
  const headerCells = headerIndex >= 0 ? rows[headerIndex]!.cells : [];
  const width = Math.max(headerCells.length, ...Object.values(cellOf).map((c) => c + 1));
  const fieldAt = new Map(Object.entries(cellOf).map(([f, c]) => [c, f as AnnexColumnField]));
  const columns: SheetColumn[] = [];
  for (let i = 0; i < width; i++) {
    columns.push({
      index: i + 1,
      letter: columnLetter(i + 1),
      header: headerCells[i] ?? "",
      field: fieldAt.get(i) ?? null,
    });
  }
  return { headerRow: headerIndex >= 0 ? rows[headerIndex]!.row : 0, columns, cellOf };
}
