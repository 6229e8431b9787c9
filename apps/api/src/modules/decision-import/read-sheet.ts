import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";

/** One row of the sheet as text, with its own row number (1-based, as the spreadsheet shows it). */
export interface SheetRow {
  row: number;
  /** cells[0] is column A. Empty cells are "". */
  cells: string[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

/** The file is neither a readable xlsx workbook nor UTF-8 text. */
export class UnreadableFile extends Error {}

/** More rows than one import takes (memory stays bounded whatever is uploaded). */
export class TooManyRows extends Error {
  constructor(readonly max: number) {
    super(`more than ${max} rows`);
  }
}

/**
 * Reads the first worksheet of an xlsx file, or a csv file, into text rows. The kind is told by
 * the file's first bytes, not by its name: a zip is a workbook; text without NUL bytes is csv.
 */
export async function readSheet(path: string, originalName: string, maxRows: number): Promise<Sheet> {
  const head = await firstBytes(path, 4096);
  if (head.length === 0) return { name: originalName, rows: [] };
  if (head[0] === 0x50 && head[1] === 0x4b) return readXlsx(path, maxRows);
  // An old binary .xls (OLE2), or any other binary file.
  if (head.includes(0)) throw new UnreadableFile("binary file that is not an xlsx workbook");
  return { name: originalName.replace(/\.[^.]*$/, "") || "csv", rows: await readCsv(path, head, maxRows) };
}

async function firstBytes(path: string, n: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(n);
    const { bytesRead } = await handle.read(buffer, 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readXlsx(path: string, maxRows: number): Promise<Sheet> {
  // The streaming reader keeps one row at a time (plus the shared strings), not the whole workbook.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  const rows: SheetRow[] = [];
  let name = "";
  try {
    for await (const worksheet of reader) {
      name = (worksheet as unknown as { name?: string }).name ?? "";
      for await (const row of worksheet) {
        if (rows.length >= maxRows) throw new TooManyRows(maxRows);
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        rows.push({ row: row.number, cells });
      }
      break;
    }
  } catch (error) {
    if (error instanceof TooManyRows) throw error;
    throw new UnreadableFile(error instanceof Error ? error.message : String(error));
  }
  return { name: name || "Sheet1", rows };
}

/** The text a cell shows: rich text joined, a formula's result, a hyperlink's text, a date as D/M/YYYY. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) {
    return `${value.getUTCDate()}/${value.getUTCMonth() + 1}/${value.getUTCFullYear()}`;
  }
  if (typeof value === "object") {
    const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(v.richText))
      return v.richText
        .map((part) => part.text)
        .join("")
        .trim();
    if ("result" in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return "";
  }
  return "";
}

async function readCsv(path: string, head: Buffer, maxRows: number): Promise<SheetRow[]> {
  const text = head.toString("utf8");
  // Excel in a Vietnamese locale writes ";" between fields; others write "," or a tab.
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [",", ";", "\t"].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  const rows: SheetRow[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }),
  );
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (rows.length >= maxRows) throw new TooManyRows(maxRows);
      rows.push({ row: rows.length + 1, cells: record.record.map((c) => c.trim()) });
    }
  } catch (error) {
    if (error instanceof TooManyRows) throw error;
    throw new UnreadableFile(error instanceof Error ? error.message : String(error));
  }
  if (rows.some((r) => r.cells.some((c) => c.includes("\uFFFD")))) throw new UnreadableFile("not UTF-8 text");
  return rows;
}
