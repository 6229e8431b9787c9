import ExcelJS from "exceljs";
import type { StaffClient } from "../../src/test-support/staff-client";
import type { TestApi } from "../../src/test-support/test-api";

export interface ImportAnswer {
  status: number;
  body: {
    committed: boolean;
    summary: { rows: number; create: number; update: number; unchanged: number; error: number };
    sheet: {
      name: string;
      headerRow: number;
      columns: Array<{ index: number; letter: string; header: string; field: string | null }>;
    };
    decision: {
      number: string | null;
      date: string | null;
      level: string | null;
      legalBasis: string | null;
      source: { number: string | null; date: string | null };
    };
    rows: Array<{
      row: number;
      action: string;
      product: string;
      producer: string;
      commune: string | null;
      errors: Array<{ field: string; message: string; code: string }>;
    }>;
    error?: { code: string; message: string; field: string };
  };
}

/** Posts an annex as the staff screen does (multipart, session cookie, CSRF header). */
export async function postAnnex(
  api: TestApi,
  client: StaffClient | null,
  file: Buffer | Uint8Array,
  options: {
    name?: string;
    dryRun?: boolean;
    fields?: Record<string, string>;
    headers?: Record<string, string>;
    lang?: string;
  } = {},
): Promise<ImportAnswer> {
  const form = new FormData();
  for (const [k, v] of Object.entries(options.fields ?? {})) form.set(k, v);
  form.set("file", new Blob([new Uint8Array(file)]), options.name ?? "annex.xlsx");
  const response = await fetch(
    `${api.url}/admin/imports/certification-decisions?dryRun=${options.dryRun === false ? "false" : "true"}`,
    {
      method: "POST",
      headers: {
        ...(options.headers ?? { "x-ocop-csrf": "1" }),
        ...(options.lang ? { "accept-language": options.lang } : {}),
        ...(client?.cookie ? { cookie: client.cookie } : {}),
      },
      body: form,
    },
  );
  return { status: response.status, body: (await response.json()) as ImportAnswer["body"] };
}

/**
 * An annex as provinces lay them out: title rows (merged across the table, one naming the
 * decision), then the header, then rows, with section rows ("I. SẢN PHẨM ĐẠT 4 SAO") between.
 */
export async function annexXlsx(options: {
  title?: string[];
  header: string[];
  rows: Array<Array<string | number> | string>;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục 1");
  const width = options.header.length;
  let n = 0;
  for (const line of options.title ?? []) {
    n++;
    sheet.getRow(n).getCell(1).value = line;
    sheet.mergeCells(n, 1, n, width);
  }
  if (options.title?.length) n++;
  sheet.getRow(++n).values = options.header;
  for (const row of options.rows) {
    n++;
    if (typeof row === "string") {
      sheet.getRow(n).getCell(1).value = row;
      sheet.mergeCells(n, 1, n, width);
    } else sheet.getRow(n).values = row;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function counts(api: TestApi) {
  return api.one<{ products: number; producers: number; certificates: number; audits: number }>(
    `SELECT (SELECT count(*)::int FROM product) AS products, (SELECT count(*)::int FROM producer) AS producers,
            (SELECT count(*)::int FROM certification) AS certificates, (SELECT count(*)::int FROM audit_entry) AS audits`,
  );
}
