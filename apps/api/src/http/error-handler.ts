import type { ErrorRequestHandler, Request, RequestHandler, Response } from "express";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, type DatabaseHealth } from "../db/database-health";
import type { Logger } from "../logger";
import type { RequestWithLog } from "./request-id";

/**
 * What a client is told about a failed HTTP request: a status, a code and a fixed sentence. Never
 * the error's own message, stack or any path: Express's default handler prints all three unless
 * NODE_ENV is "production", and a library's message can name files or the database.
 */
interface HttpProblem {
  status: number;
  code: string;
  message: string;
}

const PROBLEMS: Record<number, Omit<HttpProblem, "status">> = {
  400: { code: "BAD_REQUEST", message: "The request could not be read" },
  401: { code: "UNAUTHENTICATED", message: "Sign in first" },
  403: { code: "FORBIDDEN", message: "Not allowed" },
  404: { code: "NOT_FOUND", message: "Not found" },
  405: { code: "METHOD_NOT_ALLOWED", message: "This method is not allowed here" },
  413: { code: "PAYLOAD_TOO_LARGE", message: "The request body is too large" },
  415: { code: "UNSUPPORTED_MEDIA_TYPE", message: "This content type, charset or encoding is not supported" },
  429: { code: "TOO_MANY_REQUESTS", message: "Too many requests: try again later" },
  503: { code: "SERVICE_UNAVAILABLE", message: "Temporarily unavailable: try again shortly" },
};
const INTERNAL: Omit<HttpProblem, "status"> = { code: "INTERNAL_SERVER_ERROR", message: "Something went wrong" };

/** body-parser's error types that deserve a more precise sentence than their status gives. */
const BODY_PROBLEMS: Record<string, Omit<HttpProblem, "status">> = {
  "entity.parse.failed": { code: "BAD_REQUEST", message: "The request body is not valid JSON" },
  "encoding.unsupported": { code: "UNSUPPORTED_MEDIA_TYPE", message: "This Content-Encoding is not supported" },
  "charset.unsupported": { code: "UNSUPPORTED_MEDIA_TYPE", message: "This charset is not supported" },
};

function statusOf(error: unknown): number {
  const raw =
    (error as { status?: unknown; statusCode?: unknown } | null)?.status ??
    (error as { statusCode?: unknown })?.statusCode;
  return typeof raw === "number" && raw >= 400 && raw <= 599 ? raw : 500;
}

export function problemOf(error: unknown, req: Request): HttpProblem {
  let status = statusOf(error);
  // Files are served from a folder: whether a path outside it exists is nobody's business.
  if (status === 403 && req.path.startsWith("/media/")) status = 404;
  const type = (error as { type?: unknown } | null)?.type;
  const known = (typeof type === "string" ? BODY_PROBLEMS[type] : undefined) ?? PROBLEMS[status];
  if (known) return { status, ...known };
  return status < 500 ? { status, ...PROBLEMS[400]! } : { status, ...INTERNAL };
}

/** GraphQL clients read `errors[].extensions.code`; everything else gets `{ error: { code, message } }`. */
export function sendProblem(req: Request, res: Response, problem: HttpProblem): void {
  const graphql = /\/graphql\/?$/.test(req.path);
  const body = graphql
    ? { errors: [{ message: problem.message, extensions: { code: problem.code } }] }
    : { error: { code: problem.code, message: problem.message } };
  if (problem.status === 405 && !res.getHeader("allow")) res.set("allow", "GET, POST");
  res.status(problem.status).set("cache-control", "no-store").json(body);
}

/** The last middleware: every error of every route ends here. */
export function httpErrorHandler(logger: Logger, health: DatabaseHealth): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (isDatabaseUnavailable(error)) {
      health.failed(error);
      res.set("retry-after", String(RETRY_AFTER_SECONDS));
      sendProblem(req, res, { status: 503, ...PROBLEMS[503]! });
      return;
    }
    const problem = problemOf(error, req);
    const log = (req as RequestWithLog).log ?? logger;
    if (problem.status >= 500) log.error({ err: error, url: req.originalUrl.slice(0, 200) }, "request failed");
    else log.debug({ status: problem.status, type: (error as { type?: unknown })?.type }, "request refused");
    sendProblem(req, res, problem);
  };
}

/** Anything no route answered (the storefront answers every GET, so: other methods, API paths). */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(req, res, { status: 404, ...PROBLEMS[404]! });
};
