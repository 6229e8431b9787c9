import { holds } from "../graphql/allow";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { GraphQLError } from "graphql";
import multer from "multer";
import { ImageRejected } from "../modules/media/image-processing";
import { toId } from "../lib/versioned";
import { uploadProductImage } from "../modules/media/media.admin.service";
import { adminContextFor, refuseCrossSite, type AdminDeps } from "./admin-session";

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
};

/**
 * Image upload over plain HTTP (multipart, field `file`), not GraphQL: the file goes through the
 * same checks as any staff change (session, scope, CSRF header), then is checked and resized.
 */
export function imageUploadRoutes(deps: AdminDeps): Router {
  const router = express.Router();
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: deps.config.MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 5 },
  }).single("file");

  router.post(
    "/products/:productId/images",
    refuseCrossSite,
    (req: Request, res: Response, next: NextFunction) => {
      res.set("cache-control", "no-store");
      // A header no HTML form can send: a forged cross-site form post never gets this far.
      if (req.get("x-ocop-csrf") !== "1")
        return fail(res, 400, "CSRF_HEADER_MISSING", "Send the header x-ocop-csrf: 1");
      upload(req, res, (error: unknown) => {
        if (error instanceof multer.MulterError) {
          return error.code === "LIMIT_FILE_SIZE"
            ? fail(res, 413, "FILE_TOO_LARGE", `The file is larger than ${deps.config.MAX_UPLOAD_MB} MB`)
            : fail(res, 400, "BAD_UPLOAD", error.message);
        }
        if (error) return next(error);
        next();
      });
    },
    async (req: Request, res: Response) => {
      try {
        const ctx = await adminContextFor(req, res, deps);
        if (!ctx.staff) return fail(res, 401, "UNAUTHENTICATED", "Sign in first");
        // The same permission as the image mutations declare, checked before the product is looked up.
        if (!holds(ctx.staff, "catalog.write"))
          return fail(res, 403, "FORBIDDEN", "This needs the permission catalog.write");
        if (!req.file) return fail(res, 400, "BAD_USER_INPUT", "Attach the image as the form field `file`");
        const image = await uploadProductImage(
          ctx,
          deps.mediaStorage,
          toId(String(req.params.productId)),
          req.file.buffer,
          req.body?.altVi,
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
        if (error instanceof ImageRejected) return fail(res, error.status, error.code, error.message);
        if (error instanceof GraphQLError) {
          const code = String(error.extensions.code ?? "BAD_REQUEST");
          return fail(res, STATUS_BY_CODE[code] ?? 400, code, error.message);
        }
        deps.logger.error({ err: error }, "image upload failed");
        fail(res, 500, "INTERNAL_SERVER_ERROR", "The image could not be stored");
      }
    },
  );
  return router;
}

function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message, field: "file" } });
}
