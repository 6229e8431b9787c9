import { randomUUID } from "node:crypto";
import type { Request, RequestHandler } from "express";
import type { Logger } from "../logger";

export type RequestWithLog = Request & { id?: string; log?: Logger };

/** Gives each request an id (kept from X-Request-Id when a proxy set one) and a child logger. */
export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const header = req.get("x-request-id");
    const id = header && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
    const withLog = req as RequestWithLog;
    withLog.id = id;
    withLog.log = logger.child({ requestId: id });
    res.setHeader("x-request-id", id);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      withLog.log?.debug(
        {
          method: req.method,
          url: req.originalUrl.slice(0, 200),
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        "request",
      );
    });
    next();
  };
}
