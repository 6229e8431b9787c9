import { fold } from "@ocop/schema/text";
import type { EntityManager } from "typeorm";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { communeScopeOf } from "../staff/commune-scope";
import { nameKey } from "./cells";
import { commitPlan } from "./commit";
import { resolveDecision, type Decision, type DecisionForm } from "./decision";
import { GroupIndex } from "./groups";
import { ANNEX_FIELDS, findHeader, type ColumnMapping, type SheetColumn } from "./header";
import { messageOf, problem, type ImportLanguage, type ImportProblem } from "./import-messages";
import { PlaceIndex } from "./places";
import { dataRows, planRows, readRow, type Existing, type PlannedRow, type RowAction } from "./plan";
import { readSheet, TooManyRows, UnreadableFile } from "./read-sheet";

/** The most rows one import reads (the bench's national annex is 20,000). */
export const MAX_IMPORT_ROWS = 50_000;

export interface ImportRequest {
  filePath: string;
  fileName: string;
  dryRun: boolean;
  publish: boolean;
  form: DecisionForm;
  /** The `mapping` field as sent (JSON text), or undefined. */
  mapping: string | undefined;
  lang: ImportLanguage;
}

export interface ImportReport {
  committed: boolean;
  summary: Record<"rows" | "create" | "update" | "unchanged" | "error", number>;
  sheet: { name: string; headerRow: number; columns: SheetColumn[] };
  decision: Decision;
  rows: Array<{
    row: number;
    action: RowAction;
    product: string;
    producer: string;
    commune: string | null;
    errors: Array<{ field: string; message: string; code: string }>;
  }>;
}

/** A problem with the file or the request as a whole (no report can be made): HTTP status and text. */
export class ImportRefused extends Error {
  constructor(
    readonly status: number,
    readonly problem: ImportProblem,
  ) {
    super(problem.code);
  }
}

/** Someone else's change collided with the import's (a slug taken meanwhile): try again. */
export class ImportCollided extends Error {}

class RollBack extends Error {
  constructor(readonly report: ImportReport) {
    super("import has error rows");
  }
}

export function parseMapping(text: string | undefined): ColumnMapping | null {
  if (text === undefined || text.trim() === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ImportRefused(400, problem("mapping", "mappingInvalid"));
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ImportRefused(400, problem("mapping", "mappingInvalid"));
  const mapping: ColumnMapping = {};
  for (const [key, column] of Object.entries(value)) {
    const field = ANNEX_FIELDS.find((f) => f === key);
    const valid = column === null || (Number.isInteger(column) && column >= 1 && column <= 1000);
    if (!field || !valid) throw new ImportRefused(400, problem("mapping", "mappingInvalid"));
    mapping[field] = column as number | null;
  }
  return mapping;
}

/**
 * Reads a decision annex and reports what importing it does, row by row; with `dryRun: false` and
 * no error row, does it: all rows and their audit entries in one transaction, or nothing.
 */
export async function importDecisionAnnex(
  ctx: AdminContext,
  request: ImportRequest,
): Promise<{ status: number; report: ImportReport }> {
  const staff = principalOf(ctx);
  const scope = communeScopeOf(staff);
  const mapping = parseMapping(request.mapping);
  let sheet;
  try {
    sheet = await readSheet(request.filePath, request.fileName, MAX_IMPORT_ROWS);
  } catch (error) {
    if (error instanceof UnreadableFile) throw new ImportRefused(400, problem("file", "fileUnreadable"));
    if (error instanceof TooManyRows) throw new ImportRefused(413, problem("file", "tooManyRows", { max: error.max }));
    throw error;
  }
  if (sheet.rows.every((r) => r.cells.every((c) => c === "")))
    throw new ImportRefused(400, problem("file", "fileEmpty"));
  const layout = findHeader(sheet.rows, mapping);
  if (!layout) throw new ImportRefused(400, problem("mapping", mapping ? "mappingMissingField" : "noHeaderRow"));
  const titleRows = sheet.rows.filter((r) => r.row < layout.headerRow);
  const { decision, problems: decisionProblems } = resolveDecision(request.form, titleRows);
  const annexRows = dataRows(sheet.rows, layout);
  // The rows are read; the sheet's other rows are no longer needed.
  sheet.rows = [];

  const plan = async (em: EntityManager) => {
    const places = await PlaceIndex.load(em);
    const groups = await GroupIndex.load(em);
    const defaultProvince = scope
      ? (places.unitByCode.get(scope)?.provinceCode ?? null)
      : mostCommon(annexRows.map((r) => places.provinceOf(r.cells[layout.cellOf.address ?? -1] ?? "")));
    const rows = annexRows.map((r) => readRow(r, layout, places, groups, defaultProvince));
    const existing = await loadExisting(em, rows, decision);
    return planRows(rows, existing, { decision, decisionProblems, scope, publish: request.publish });
  };

  const reportOf = (planned: PlannedRow[], committed: boolean): ImportReport => ({
    committed,
    summary: {
      rows: planned.length,
      create: planned.filter((r) => r.action === "create").length,
      update: planned.filter((r) => r.action === "update").length,
      unchanged: planned.filter((r) => r.action === "unchanged").length,
      error: planned.filter((r) => r.action === "error").length,
    },
    sheet: { name: sheet.name, headerRow: layout.headerRow, columns: layout.columns },
    decision,
    rows: planned.map((r) => ({
      row: r.row,
      action: r.action,
      product: r.product,
      producer: r.producer,
      commune: r.commune?.fullName ?? null,
      errors: r.problems.map((p) => ({ field: p.field, message: messageOf(p, request.lang), code: p.code })),
    })),
  });

  if (request.dryRun) return { status: 200, report: reportOf(await plan(ctx.dataSource.manager), false) };
  try {
    const report = await ctx.dataSource.transaction(async (em) => {
      // One import at a time: two imports of one annex would otherwise both create its products.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('ocop:decision-import'))`);
      const planned = await plan(em);
      const summary = reportOf(planned, false);
      if (summary.summary.error > 0) throw new RollBack(summary);
      await commitPlan(em, ctx, planned, decision, request.publish);
      return { ...summary, committed: true };
    });
    return { status: 200, report };
  } catch (error) {
    if (error instanceof RollBack) return { status: 422, report: error.report };
    if ((error as { code?: string }).code === "23505") throw new ImportCollided();
    throw error;
  }
}

function mostCommon(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

/** The producers and products of the rows' provinces by folded names, and this decision's certificates. */
async function loadExisting(
  em: EntityManager,
  rows: Array<{ provinceCode: string | null }>,
  decision: Decision,
): Promise<Existing> {
  const provinces = [...new Set(rows.map((r) => r.provinceCode).filter((p): p is string => p !== null))];
  const existing: Existing = { producers: new Map(), products: new Map(), certificates: new Map() };
  if (provinces.length === 0) return existing;
  const producers: Array<{
    id: number;
    name: string;
    provinceCode: string;
    communeCode: string | null;
    communeName: string | null;
  }> = await em.query(
    `SELECT pr.id, pr.name, pr.province_code AS "provinceCode", pr.commune_code AS "communeCode",
            au.full_name AS "communeName"
     FROM producer pr LEFT JOIN administrative_unit au ON au.code = pr.commune_code
     WHERE pr.province_code = ANY($1::varchar[]) ORDER BY pr.id`,
    [provinces],
  );
  for (const p of producers) {
    const key = `${p.provinceCode}|${nameKey(p.name)}`;
    if (!existing.producers.has(key))
      existing.producers.set(key, { id: p.id, communeCode: p.communeCode, communeName: p.communeName });
  }
  // By the producer's folded name, not its id: a product of a second producer with the same name
  // in the province is still the same product of "that" producer.
  const products: Array<{ id: number; producer: string; provinceCode: string; name: string }> = await em.query(
    `SELECT p.id, pr.name AS producer, pr.province_code AS "provinceCode", p.name_vi AS name
     FROM product p JOIN producer pr ON pr.id = p.producer_id
     WHERE pr.province_code = ANY($1::varchar[]) ORDER BY p.id`,
    [provinces],
  );
  for (const p of products) {
    const key = `${p.provinceCode}|${nameKey(p.producer)}|${nameKey(p.name)}`;
    if (!existing.products.has(key)) existing.products.set(key, { id: p.id });
  }
  if (decision.number) {
    const certificates: Array<{ productId: number; decisionDate: string; stars: number; score: number | null }> =
      await em.query(
        `SELECT c.product_id AS "productId", c.decision_date AS "decisionDate", c.stars, c.score
         FROM certification c JOIN product p ON p.id = c.product_id JOIN producer pr ON pr.id = p.producer_id
         WHERE pr.province_code = ANY($1::varchar[]) AND c.revoked_on IS NULL
           AND c.decision_number IS NOT NULL AND ocop_fold(c.decision_number) = $2`,
        [provinces, fold(decision.number)],
      );
    for (const c of certificates) {
      const list = existing.certificates.get(c.productId);
      if (list) list.push(c);
      else existing.certificates.set(c.productId, [c]);
    }
  }
  return existing;
}
