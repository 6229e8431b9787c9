import { mkdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { GraphQLError } from "graphql";
import multer from "multer";
import type { AdminContext } from "../graphql/admin-context";
import { holds } from "../graphql/allow";
import {
  importLanguageOf,
  messageOf,
  problem,
  type ImportLanguage,
  type ImportProblem,
} from "../modules/decision-import/import-messages";
import { ImportCollided, ImportRefused, importDecisionAnnex } from "../modules/decision-import/decision-import.service";
import { adminContextFor, refuseCrossSite, type AdminDeps } from "./admin-session";

/** Text fields an import may carry besides the file, each at most this long. */
const MAX_FIELD_BYTES = 4_000;
const TEXT_FIELDS = ["decisionNumber", "decisionDate", "level", "legalBasis", "mapping", "publish"] as const;

type ImportLocals = { ctx: AdminContext; lang: ImportLanguage };

/**
 * `POST /admin/imports/certification-decisions?dryRun=true|false`: a decision annex (multipart,
 * field `file`, xlsx or csv) with optional decision fields. As the image upload: origin, CSRF
 * header, session and permission are checked before the body is read, the file is streamed to
 * UPLOAD_TMP_DIR and removed whatever happens. Answers the row-by-row report as JSON (422 when a
 * commit has error rows, and then nothing changed).
 */
export function decisionImportRoutes(deps: AdminDeps): Router {
  const router = express.Router();
  const uploadDir = deps.config.UPLOAD_TMP_DIR;
  mkdirSync(uploadDir, { recursive: true });
  const upload = multer({
    storage: multer.diskStorage({ destination: uploadDir }),
    limits: {
      fileSize: Math.floor(deps.config.MAX_IMPORT_MB * 1024 * 1024),
      files: 1,
      fields: TEXT_FIELDS.length,
      fieldSize: MAX_FIELD_BYTES,
      parts: TEXT_FIELDS.length + 1,
    },
  }).single("file");

  router.post(
    "/certification-decisions",
    refuseCrossSite,
    async (req: Request, res: Response<unknown, ImportLocals>, next: NextFunction) => {
      res.set("cache-control", "no-store");
      const lang = importLanguageOf(req.get("accept-language"));
      try {
        // A header no HTML form can send: a forged cross-site form post never gets this far.
        if (req.get("x-ocop-csrf") !== "1")
          return refuseUnread(res, 403, "CSRF_HEADER_MISSING", problem("file", "csrfMissing"), lang);
        const ctx = await adminContextFor(req, res, deps);
        if (!ctx.staff) return refuseUnread(res, 401, "UNAUTHENTICATED", problem("file", "signInFirst"), lang);
        if (!holds(ctx.staff, "certification.import"))
          return refuseUnread(res, 403, "FORBIDDEN", problem("file", "notPermitted"), lang);
        res.locals.ctx = ctx;
        res.locals.lang = lang;
      } catch (error) {
        return next(error);
      }
      upload(req, res, (error: unknown) => {
        if (error) {
          void removeUploaded(req);
          if (error instanceof multer.MulterError && error.code === "LIMIT_FILE_SIZE")
            return refuse(res, 413, problem("file", "fileTooLarge", { max: deps.config.MAX_IMPORT_MB }), lang);
          // Too many or unexpected parts, a field too long, or a malformed body: the client's.
          return refuse(res, 400, problem("file", "badUpload"), lang);
        }
        next();
      });
    },
    async (req: Request, res: Response<unknown, ImportLocals>) => {
      const { ctx, lang } = res.locals;
      try {
        if (!req.file) return refuse(res, 400, problem("file", "fileMissing"), lang);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const fields: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {};
        for (const name of TEXT_FIELDS) {
          const value = body[name];
          if (value === undefined) continue;
          if (typeof value !== "string") return refuse(res, 400, problem(name, "fieldInvalid"), lang);
          fields[name] = value;
        }
        const dryRun = req.query.dryRun !== "false";
        const { status, report } = await importDecisionAnnex(ctx, {
          filePath: req.file.path,
          fileName: req.file.originalname,
          dryRun,
          publish: fields.publish === "true",
          form: fields,
          mapping: fields.mapping,
          lang,
        });
        if (report.committed) deps.revision.invalidate();
        res.status(status).json(report);
      } catch (error) {
        if (error instanceof ImportRefused) return refuse(res, error.status, error.problem, lang);
        if (error instanceof ImportCollided) return refuse(res, 409, problem("file", "busy"), lang, "CONFLICT");
        if (error instanceof GraphQLError) {
          const code = String(error.extensions.code ?? "BAD_REQUEST");
          return fail(res, code === "FORBIDDEN" ? 403 : 400, code, error.message);
        }
        deps.logger.error({ err: error }, "decision import failed");
        fail(res, 500, "INTERNAL_SERVER_ERROR", "The import failed; nothing was changed");
      } finally {
        await removeUploaded(req);
      }
    },
  );
  return router;
}

async function removeUploaded(req: Request): Promise<void> {
  if (req.file?.path) await rm(req.file.path, { force: true });
}

function refuse(res: Response, status: number, p: ImportProblem, lang: ImportLanguage, code?: string) {
  fail(res, status, code ?? p.code, messageOf(p, lang), p.field);
}

function fail(res: Response, status: number, code: string, message: string, field = "file") {
  res.status(status).json({ error: { code, message, field } });
}

/** Refuses without reading the body (the connection closes after the answer). */
function refuseUnread(res: Response, status: number, code: string, p: ImportProblem, lang: ImportLanguage) {
  res.set("connection", "close");
  refuse(res, status, p, lang, code);
}
