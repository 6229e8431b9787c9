import ExcelJS from "exceljs";
import type { Writable } from "node:stream";

/** The languages a spreadsheet is written in (the staff member's, as the admin sends it). */
export type SheetLang = "vi" | "en";

/** A cell's kind decides how it is written: dates as real date cells, Vietnamese day first. */
export type CellKind = "text" | "number" | "date" | "dateTime";

export interface SheetColumn<R> {
  header: Record<SheetLang, string>;
  kind?: CellKind;
  width?: number;
  value(row: R, lang: SheetLang): string | number | Date | null | undefined;
}

export interface SheetSpec<R> {
  name: Record<SheetLang, string>;
  columns: ReadonlyArray<SheetColumn<R>>;
  /** The rows, read page by page: only one page is held at a time. */
  rows: AsyncIterable<R>;
}

const NUMBER_FORMAT: Record<CellKind, string | undefined> = {
  text: undefined,
  number: undefined,
  date: "dd/mm/yyyy",
  dateTime: "dd/mm/yyyy hh:mm",
};

/** Vietnam is UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/**
 * A spreadsheet date for a value: a calendar day ("2026-06-15") as that day, an instant as its
 * wall-clock time in Vietnam. Spreadsheet dates carry no zone, and exceljs writes a Date's UTC
 * fields, so the Vietnamese wall-clock time is written as if it were UTC.
 */
export function sheetDate(value: string | number | Date | null | undefined, kind: CellKind): Date | null {
  if (value === null || value === undefined || value === "") return null;
  if (kind === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T00:00:00Z`);
  }
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  const local = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  if (kind === "date") local.setUTCHours(0, 0, 0, 0);
  return local;
}

/** The client closed the connection before the workbook was written. */
export class ExportAborted extends Error {
  constructor() {
    super("the client closed the connection during the export");
    this.name = "ExportAborted";
  }
}

/**
 * Writes a workbook to `out` as it is produced (exceljs's streaming writer): each row is committed
 * and leaves memory at once, so the size of a list does not decide the memory it takes.
 */
export async function writeWorkbook(out: Writable, lang: SheetLang, sheets: ReadonlyArray<SheetSpec<never>>) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = "OCOP Catalog";
  for (const spec of sheets as ReadonlyArray<SheetSpec<unknown>>) {
    const sheet = workbook.addWorksheet(spec.name[lang].slice(0, 31), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.columns = spec.columns.map((c) => ({
      header: c.header[lang],
      width: c.width ?? (c.kind === "date" ? 12 : c.kind === "dateTime" ? 17 : 24),
      style: NUMBER_FORMAT[c.kind ?? "text"] ? { numFmt: NUMBER_FORMAT[c.kind ?? "text"] } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const row of spec.rows) {
      // A client that went away wants no more rows: stop reading the database for it.
      if (out.destroyed) throw new ExportAborted();
      sheet
        .addRow(
          spec.columns.map((c) => {
            const value = c.value(row, lang);
            const kind = c.kind ?? "text";
            if (kind === "date" || kind === "dateTime") return sheetDate(value, kind);
            return value ?? null;
          }),
        )
        .commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}
