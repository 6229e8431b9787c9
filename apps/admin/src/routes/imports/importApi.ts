/**
 * The decision-annex import over plain HTTP (not GraphQL):
 * POST /admin/imports/certification-decisions?dryRun=true|false, multipart with the annex in
 * `file` and the staff member's corrections (decision fields, column mapping, publish), the CSRF
 * header and the session cookie, as image uploads are sent (lib/upload.ts). XMLHttpRequest, not
 * fetch, because it reports upload progress: an annex of 20,000 rows takes a while to send.
 */

/** The annex columns the API reads; `mapping` assigns each one a 1-based column index. */
export const IMPORT_FIELDS = ["ordinal", "product", "producer", "address", "group", "score", "stars"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface ImportColumn {
  /** 1-based, as the mapping names it. */
  index: number;
  letter: string;
  header: string;
  field: ImportField | null;
}

export interface ImportSheet {
  name: string;
  headerRow: number;
  columns: ImportColumn[];
}

export type DecisionSource = "form" | "title" | null;

export interface ImportDecision {
  number: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  level: string | null;
  legalBasis: string | null;
  source: { number: DecisionSource; date: DecisionSource };
}

export type ImportAction = "create" | "update" | "unchanged" | "error";

export interface ImportRowError {
  field: string;
  /** In the language the request asked for (Accept-Language). */
  message: string;
}

export interface ImportRow {
  /** The sheet's own row number. */
  row: number;
  action: ImportAction;
  product: string | null;
  producer: string | null;
  commune: string | null;
  errors: ImportRowError[];
}

export interface ImportSummary {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  error: number;
}

export interface ImportReport {
  committed: boolean;
  summary: ImportSummary;
  rows: ImportRow[];
  sheet: ImportSheet | null;
  decision: ImportDecision | null;
}

export interface ImportRequest {
  dryRun: boolean;
  publish: boolean;
  /** Only the parts the staff member set; absent ones are read from the annex's title. */
  decisionNumber?: string | undefined;
  /** YYYY-MM-DD */
  decisionDate?: string | undefined;
  level?: string | undefined;
  legalBasis?: string | undefined;
  /** Field → column; null: the field has no column (not even one the server would detect). */
  mapping?: Partial<Record<ImportField, number | null>> | undefined;
}

export type ImportPhase = { kind: "uploading"; fraction: number } | { kind: "checking" };

export class ImportError extends Error {
  constructor(
    message: string,
    /** 0 when the request never got an answer. */
    readonly status: number,
    readonly code: string,
    readonly field: string | null,
    /** A refused commit (422) answers with its report. */
    readonly report: ImportReport | null,
  ) {
    super(message);
    this.name = "ImportError";
  }
}

export const IMPORT_URL = "/admin/imports/certification-decisions";

export interface ImportHandle {
  promise: Promise<ImportReport>;
  abort(): void;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

function fieldOf(v: unknown): ImportField | null {
  return typeof v === "string" && (IMPORT_FIELDS as readonly string[]).includes(v) ? (v as ImportField) : null;
}

function sourceOf(v: unknown): DecisionSource {
  return v === "form" || v === "title" ? v : null;
}

const ACTIONS: readonly ImportAction[] = ["create", "update", "unchanged", "error"];

/** Reads an answer defensively: a field the server leaves out must not break the screen. */
export function parseReport(json: unknown): ImportReport | null {
  if (!isRecord(json) || !isRecord(json.summary) || !Array.isArray(json.rows)) return null;
  const s = json.summary;
  const rows: ImportRow[] = json.rows.filter(isRecord).map((r) => ({
    row: num(r.row),
    action: ACTIONS.includes(r.action as ImportAction) ? (r.action as ImportAction) : "error",
    product: str(r.product),
    producer: str(r.producer),
    commune: str(r.commune),
    errors: Array.isArray(r.errors)
      ? r.errors.filter(isRecord).map((e) => ({ field: str(e.field) ?? "", message: str(e.message) ?? "" }))
      : [],
  }));
  const sheet: ImportSheet | null = isRecord(json.sheet)
    ? {
        name: str(json.sheet.name) ?? "",
        headerRow: num(json.sheet.headerRow),
        columns: Array.isArray(json.sheet.columns)
          ? json.sheet.columns.filter(isRecord).map((c) => ({
              index: num(c.index),
              letter: str(c.letter) ?? "",
              header: str(c.header) ?? "",
              field: fieldOf(c.field),
            }))
          : [],
      }
    : null;
  const d = json.decision;
  const decision: ImportDecision | null = isRecord(d)
    ? {
        number: str(d.number),
        date: str(d.date),
        level: str(d.level),
        legalBasis: str(d.legalBasis),
        source: {
          number: sourceOf(isRecord(d.source) ? d.source.number : null),
          date: sourceOf(isRecord(d.source) ? d.source.date : null),
        },
      }
    : null;
  return {
    committed: json.committed === true,
    summary: {
      rows: num(s.rows),
      create: num(s.create),
      update: num(s.update),
      unchanged: num(s.unchanged),
      error: num(s.error),
    },
    rows,
    sheet,
    decision,
  };
}

/** The multipart body of a request: the file, then only the fields that carry something. */
export function importFormData(file: File, request: ImportRequest): FormData {
  const body = new FormData();
  const add = (name: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== "") body.append(name, value.trim());
  };
  add("decisionNumber", request.decisionNumber);
  add("decisionDate", request.decisionDate);
  add("level", request.level);
  add("legalBasis", request.legalBasis);
  if (request.mapping && Object.keys(request.mapping).length) body.append("mapping", JSON.stringify(request.mapping));
  body.append("publish", request.publish ? "true" : "false");
  // The file last: fields arrive before the server starts streaming the (possibly large) file.
  body.append("file", file);
  return body;
}

export function runImport(
  file: File,
  request: ImportRequest,
  options: { lang: string; onPhase?: (phase: ImportPhase) => void; xhr?: () => XMLHttpRequest },
): ImportHandle {
  const xhr = options.xhr ? options.xhr() : new XMLHttpRequest();
  const promise = new Promise<ImportReport>((resolve, reject) => {
    xhr.open("POST", `${IMPORT_URL}?dryRun=${request.dryRun ? "true" : "false"}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader("x-ocop-csrf", "1");
    xhr.setRequestHeader("accept", "application/json");
    xhr.setRequestHeader("accept-language", options.lang);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onPhase?.({ kind: "uploading", fraction: e.loaded / e.total });
    };
    // Sent: the server now reads and checks every row.
    xhr.upload.onload = () => options.onPhase?.({ kind: "checking" });
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: an answer from something in between (a proxy's error page)
      }
      const report = parseReport(json);
      if ((xhr.status === 200 || xhr.status === 201) && report) return resolve(report);
      const err = isRecord(json) && isRecord(json.error) ? json.error : null;
      reject(
        new ImportError(
          str(err?.message) ?? (report ? "" : xhr.statusText),
          xhr.status,
          str(err?.code) ?? (xhr.status === 422 ? "IMPORT_HAS_ERRORS" : "UNKNOWN"),
          str(err?.field),
          report,
        ),
      );
    };
    xhr.onerror = () => reject(new ImportError("Network error", 0, "NETWORK", null, null));
    xhr.onabort = () => reject(new ImportError("Aborted", 0, "ABORTED", null, null));
    options.onPhase?.({ kind: "uploading", fraction: 0 });
    xhr.send(importFormData(file, request));
  });
  return { promise, abort: () => xhr.abort() };
}

/** dd/mm/yyyy (as staff type it, d/m accepted) to YYYY-MM-DD; null when it is not a real date. */
export function isoFromVietnamese(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** YYYY-MM-DD to dd/mm/yyyy. */
export function vietnameseFromIso(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : "";
}

/** The mapping the sheet's columns show: each field to the column it was read from. */
export function mappingOf(sheet: ImportSheet | null): Partial<Record<ImportField, number>> {
  const mapping: Partial<Record<ImportField, number>> = {};
  for (const c of sheet?.columns ?? []) if (c.field && mapping[c.field] === undefined) mapping[c.field] = c.index;
  return mapping;
}
