import { mkdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import type { Permission } from "@ocop/schema/permissions";
import { holds } from "../graphql/allow";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { GraphQLError } from "graphql";
import multer from "multer";
import type { AdminContext } from "../graphql/admin-context";
import { isDatabaseId } from "../graphql/input-guard";
import { ImageRejected } from "../modules/media/image-processing";
import { uploadProductImage } from "../modules/media/media.admin.service";
import { uploadSiteLogo } from "../modules/settings/site-settings.admin.service";
import { adminContextFor, refuseCrossSite, type AdminDeps } from "./admin-session";

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
};

/** Text fields an upload may carry besides the file, each at most this long. */
const MAX_FIELD_BYTES = 2_000;

type UploadLocals = { ctx: AdminContext };

/**
 * Image upload over plain HTTP (multipart, field `file`), not GraphQL. Everything that can refuse
 * the request (origin, CSRF header, session, permission, product id) is checked before a byte of the
 * body is read; the file is then streamed to a temporary file, never held in memory, checked and
 * resized, and the temporary file removed whatever happens.
 */
export function imageUploadRoutes(deps: AdminDeps): Router {
  const router = express.Router();
  const uploadDir = deps.config.UPLOAD_TMP_DIR;
  mkdirSync(uploadDir, { recursive: true });
  const upload = multer({
    storage: multer.diskStorage({ destination: uploadDir }),
    limits: {
      fileSize: deps.config.MAX_UPLOAD_MB * 1024 * 1024,
      files: 1,
      fields: 5,
      fieldSize: MAX_FIELD_BYTES,
      parts: 6,
    },
  }).single("file");

  router.post(
    "/products/:productId/images",
    refuseCrossSite,
    gate("catalog.write", (req) =>
      isDatabaseId(String(req.params.productId))
        ? null
        : { field: "productId", message: "productId is not a valid id" },
    ),
    async (req: Request, res: Response<unknown, UploadLocals>) => {
      try {
        if (!req.file) return fail(res, 400, "BAD_USER_INPUT", "Attach the image as the form field `file`");
        const altVi: unknown = req.body?.altVi;
        if (altVi !== undefined && typeof altVi !== "string")
          return fail(res, 400, "BAD_USER_INPUT", "altVi was sent more than once", "altVi");
        const image = await uploadProductImage(
          res.locals.ctx,
          deps.mediaStorage,
          Number(req.params.productId),
          req.file.path,
          altVi,
        );
        deps.revision.invalidate();
        res.status(201).json({
          image: {
            id: String(image.id),
            url: `/media/${[...image.variants].sort((a, b) => b.width - a.width)[0]!.key}`,
            altVi: image.altVi,
            width: image.width,
            height: image.height,
            position: image.position,
            version: image.version,
          },
        });
      } catch (error) {
        failWith(res, error);
      } finally {
        await removeUploaded(req);
      }
    },
  );

  /**
   * The site's logo (ADMIN, settings.manage), replacing the one there was: `?version=` is the
   * settings' version the administrator saw, checked as every settings edit is.
   */
  router.post(
    "/site/logo",
    refuseCrossSite,
    gate("settings.manage", (req) =>
      /^\d{1,9}$/.test(String(req.query.version ?? ""))
        ? null
        : { field: "version", message: "version is not the settings' version" },
    ),
    async (req: Request, res: Response<unknown, UploadLocals>) => {
      try {
        if (!req.file) return fail(res, 400, "BAD_USER_INPUT", "Attach the image as the form field `file`");
        const settings = await uploadSiteLogo(
          res.locals.ctx,
          deps.mediaStorage,
          Number(req.query.version),
          req.file.path,
        );
        deps.revision.invalidate();
        res.status(201).json({
          settings: {
            logoUrl: settings.logoUrl,
            logoWidth: settings.logoWidth,
            logoHeight: settings.logoHeight,
            version: settings.version,
          },
        });
      } catch (error) {
        failWith(res, error);
      } finally {
        await removeUploaded(req);
      }
    },
  );
  return router;

  /**
   * Everything that can refuse an upload, checked before a byte of its body is read: the CSRF
   * header (no HTML form can send it, so a forged cross-site post never gets this far), the
   * session, the permission and the route's own parameters (`invalid` names the wrong one). Then
   * the body is received.
   */
  function gate(permission: Permission, invalid: (req: Request) => { field: string; message: string } | null) {
    return async (req: Request, res: Response<unknown, UploadLocals>, next: NextFunction) => {
      res.set("cache-control", "no-store");
      try {
        if (req.get("x-ocop-csrf") !== "1")
          return refuseUnread(res, 400, "CSRF_HEADER_MISSING", "Send the header x-ocop-csrf: 1");
        const ctx = await adminContextFor(req, res, deps);
        if (!ctx.staff) return refuseUnread(res, 401, "UNAUTHENTICATED", "Sign in first");
        if (!holds(ctx.staff, permission))
          return refuseUnread(res, 403, "FORBIDDEN", `This needs the permission ${permission}`);
        const wrong = invalid(req);
        if (wrong) return refuseUnread(res, 400, "BAD_USER_INPUT", wrong.message, wrong.field);
        res.locals.ctx = ctx;
      } catch (error) {
        return next(error);
      }
      receive(req, res, next);
    };
  }

  /** Streams the multipart body's one file to disk, or answers what is wrong with the body. */
  function receive(req: Request, res: Response, next: NextFunction) {
    upload(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError) {
        void removeUploaded(req);
        return error.code === "LIMIT_FILE_SIZE"
          ? fail(res, 413, "FILE_TOO_LARGE", `The file is larger than ${deps.config.MAX_UPLOAD_MB} MB`)
          : fail(res, 400, "BAD_UPLOAD", uploadProblem(error.code));
      }
      if (error) {
        void removeUploaded(req);
        // busboy's own errors (a truncated or malformed multipart body) are the client's.
        return fail(res, 400, "BAD_UPLOAD", "The form data could not be read");
      }
      next();
    });
  }

  function failWith(res: Response, error: unknown) {
    if (error instanceof ImageRejected) return fail(res, error.status, error.code, error.message);
    if (error instanceof GraphQLError) {
      const code = String(error.extensions.code ?? "BAD_REQUEST");
      return fail(res, STATUS_BY_CODE[code] ?? 400, code, error.message);
    }
    deps.logger.error({ err: error }, "image upload failed");
    fail(res, 500, "INTERNAL_SERVER_ERROR", "The image could not be stored");
  }
}

function uploadProblem(code: multer.ErrorCode): string {
  switch (code) {
    case "LIMIT_UNEXPECTED_FILE":
    case "LIMIT_FILE_COUNT":
      return "Send one file, in the form field `file`";
    case "LIMIT_FIELD_VALUE":
      return `A form field is longer than ${MAX_FIELD_BYTES} bytes`;
    default:
      return "The form data has too many or unexpected parts";
  }
}

async function removeUploaded(req: Request): Promise<void> {
  if (req.file?.path) await rm(req.file.path, { force: true });
}

function fail(res: Response, status: number, code: string, message: string, field = "file") {
  res.status(status).json({ error: { code, message, field } });
}

/**
 * Refuses without reading the body: the connection is closed after the answer, so a client that
 * may not upload cannot make the server receive (or hold) megabytes first.
 */
function refuseUnread(res: Response, status: number, code: string, message: string, field = "file") {
  res.set("connection", "close");
  fail(res, status, code, message, field);
}
