import express, { type Request, type Response, type Router } from "express";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { holds } from "../graphql/allow";
import { isDatabaseId } from "../graphql/input-guard";
import { concurrencyLimit } from "../lib/concurrency-limit";
import { LIST_EXPORTS, RECORD_EXPORTS, type ListExport } from "../modules/export/export.service";
import { ExportAborted, writeWorkbook, type SheetLang } from "../modules/export/xlsx";
import { adminContextFor, type AdminDeps } from "./admin-session";
import type { RequestWithLog } from "./request-id";

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

/**
 * Exports run one at a time per process: each holds one page of rows and the zip writer's
 * buffers, so memory stays bounded whatever the number of staff exporting at once.
 */
const oneAtATime = concurrencyLimit(1);

/**
 * Spreadsheet exports of the staff lists: `GET /admin/exports/<list>.xlsx?<the list's own URL
 * parameters>&lang=vi|en`, and `/admin/exports/events/<id>/tables.xlsx`. The admin downloads them
 * with fetch and the header `x-ocop-csrf: 1` (as for uploads), so another site can neither make a
 * signed-in browser fetch one nor read it; errors answer JSON that the admin shows in the staff
 * member's language.
 */
export function exportRoutes(deps: AdminDeps, schema: GraphQLSchema): Router {
  const router = express.Router();
  router.get("/:list.xlsx", (req, res) => serve(req, res, deps, schema, LIST_EXPORTS[String(req.params.list)]));
  router.get("/events/:id/tables.xlsx", (req, res) =>
    serve(req, res, deps, schema, RECORD_EXPORTS["events/tables"], String(req.params.id)),
  );
  return router;
}

async function serve(
  req: Request,
  res: Response,
  deps: AdminDeps,
  schema: GraphQLSchema,
  definition: ListExport | undefined,
  id?: string,
): Promise<void> {
  res.set("cache-control", "no-store");
  const log = (req as RequestWithLog).log ?? deps.logger;
  let started = false;
  try {
    if (!definition) return fail(res, 404, "NOT_FOUND", "There is no such export");
    if (isCrossSite(req)) return fail(res, 403, "FORBIDDEN", "Cross-site requests to the staff API are refused");
    if (req.get("x-ocop-csrf") !== "1") return fail(res, 400, "CSRF_HEADER_MISSING", "Send the header x-ocop-csrf: 1");
    const ctx = await adminContextFor(req, res, deps);
    if (!ctx.staff) return fail(res, 401, "UNAUTHENTICATED", "Sign in first");
    if (!holds(ctx.staff, definition.permission))
      return fail(res, 403, "FORBIDDEN", `This needs the permission ${definition.permission}`);
    if (id !== undefined && !isDatabaseId(id)) return fail(res, 400, "BAD_USER_INPUT", "id is not a valid id", "id");
    const lang: SheetLang = req.query.lang === "en" ? "en" : "vi";
    const params = new URL(req.originalUrl, "http://x").searchParams;
    await oneAtATime(async () => {
      // Everything that can refuse (filters, the record) is checked before the first byte is sent.
      const sheets = await definition.sheets({ ctx, params, id, schema });
      const day = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
      res.status(200);
      res.set("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      res.set("content-disposition", `attachment; filename="${definition.fileName[lang]}-${day}.xlsx"`);
      started = true;
      await writeWorkbook(res, lang, sheets);
      res.end();
    });
  } catch (error) {
    if (started) {
      // Half a workbook is not a workbook: cut the download so the client sees it failed.
      if (error instanceof ExportAborted) log.info("export abandoned by the client");
      else log.error({ err: error }, "export failed while streaming");
      res.destroy();
      return;
    }
    if (error instanceof GraphQLError) {
      const code = String(error.extensions.code ?? "BAD_REQUEST");
      const fields = error.extensions.fields as Array<{ field: string; message: string }> | undefined;
      return fail(res, STATUS_BY_CODE[code] ?? 400, code, error.message, fields?.[0]?.field);
    }
    log.error({ err: error }, "export failed");
    fail(res, 500, "INTERNAL_SERVER_ERROR", "The export could not be made");
  }
}

/** A request another site made a browser send (Origin or Sec-Fetch-Site say so). */
function isCrossSite(req: Request): boolean {
  const origin = req.get("origin");
  if (origin) {
    try {
      const parsed = new URL(origin);
      return `${parsed.protocol.replace(/:$/, "")}://${parsed.host}` !== `${req.protocol}://${req.get("host")}`;
    } catch {
      return true;
    }
  }
  const site = req.get("sec-fetch-site");
  return site !== undefined && site !== "same-origin" && site !== "none";
}

function fail(res: Response, status: number, code: string, message: string, field?: string) {
  res.status(status).json({ error: { code, message, ...(field ? { field } : {}) } });
}
