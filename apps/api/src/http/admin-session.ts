import type { Request, RequestHandler, Response } from "express";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import type { CatalogRevisionReader } from "../db/catalog-revision";
import type { DatabaseHealth } from "../db/database-health";
import type { AdminContext } from "../graphql/admin-context";
import { createRequestContext } from "../graphql/context";
import type { Logger } from "../logger";
import type { MediaStorage } from "../modules/media/media-storage";
import { principalForToken, SESSION_COOKIE } from "../modules/staff/session.service";
import type { RequestWithLog } from "./request-id";

export interface AdminDeps {
  config: Config;
  dataSource: DataSource;
  logger: Logger;
  mediaStorage: MediaStorage;
  revision: CatalogRevisionReader;
  health: DatabaseHealth;
}

/** The staff request context: the session cookie's principal, and how to set or clear the cookie. */
export async function adminContextFor(req: Request, res: Response, deps: AdminDeps): Promise<AdminContext> {
  const token: string | undefined = req.cookies?.[SESSION_COOKIE];
  const secure = req.secure || (deps.config.PUBLIC_URL?.startsWith("https://") ?? false);
  const cookieOptions = { httpOnly: true, sameSite: "strict" as const, secure, path: "/admin" };
  const log = (req as RequestWithLog).log ?? deps.logger;
  return {
    ...createRequestContext({
      lang: "vi",
      dataSource: deps.dataSource,
      config: deps.config,
      logger: log,
      requestId: (req as RequestWithLog).id ?? "",
      clientIp: req.ip ?? "unknown",
    }),
    staff: await principalForToken(deps.dataSource, token),
    sessionToken: token,
    userAgent: req.get("user-agent") ?? null,
    mediaStorage: deps.mediaStorage,
    setSessionCookie: (value, expires) => res.cookie(SESSION_COOKIE, value, { ...cookieOptions, expires }),
    clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookieOptions),
  };
}

/**
 * Refuses state-changing requests sent by another site. Browsers say where a request comes from
 * (Origin, Sec-Fetch-Site); the session cookie is SameSite=Strict as well, and the GraphQL endpoint
 * also demands a header no HTML form can send.
 */
export const refuseCrossSite: RequestHandler = (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  const origin = req.get("origin");
  const fetchSite = req.get("sec-fetch-site");
  // Scheme and host both: an https page is another origin than this http one, and vice versa.
  const sameOrigin = origin
    ? originOf(origin) === `${req.protocol}://${req.get("host")}`
    : fetchSite === undefined || fetchSite === "same-origin" || fetchSite === "none";
  if (!sameOrigin) {
    res.status(403).json({
      errors: [{ message: "Cross-site requests to the staff API are refused", extensions: { code: "FORBIDDEN" } }],
    });
    return;
  }
  next();
};

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol.replace(/:$/, "")}://${parsed.host}`;
  } catch {
    return null;
  }
}
