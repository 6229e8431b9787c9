import type { Logger } from "../logger";

/** libpq/pg and Node's socket errors that mean "the database cannot be reached now". */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
/** SQLSTATEs of a server going away or refusing connections, and of a statement timed out. */
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "57014", "53300"]);
const UNREACHABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|Connection is not established|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * Whether an error (or any error it wraps: GraphQL's originalError, TypeORM's driverError, a
 * cause) says the database is unreachable or too slow, as opposed to a bug or bad input.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = error; e && typeof e === "object" && !seen.has(e);) {
    seen.add(e);
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (
      typeof code === "string" &&
      (UNREACHABLE_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith("08"))
    )
      return true;
    if (typeof message === "string" && UNREACHABLE_MESSAGES.test(message)) return true;
    const next = e as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    e = next.originalError ?? next.driverError ?? next.cause;
  }
  return false;
}

/** Seconds a client is asked to wait when the database is away (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * What this process knows of the database's availability, for the logs: an outage is logged once
 * when it starts and then at most once per interval with the number of failed requests, not once
 * per request (a stopped database under load would write thousands of stacks a second), and its
 * end once.
 */
export class DatabaseHealth {
  private downSince: number | null = null;
  private lastLogged = 0;
  private failures = 0;

  constructor(
    private readonly logger: Logger,
    private readonly intervalMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  get available(): boolean {
    return this.downSince === null;
  }

  failed(error: unknown): void {
    const now = this.now();
    this.failures++;
    if (this.downSince === null) this.downSince = now;
    else if (now - this.lastLogged < this.intervalMs) return;
    this.lastLogged = now;
    const reason =
      error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error).slice(0, 300);
    this.logger.error(
      { reason, failedRequests: this.failures, downForSeconds: Math.round((now - this.downSince) / 1000) },
      "database unavailable",
    );
  }

  succeeded(): void {
    if (this.downSince === null) return;
    this.logger.warn(
      { failedRequests: this.failures, downForSeconds: Math.round((this.now() - this.downSince) / 1000) },
      "database available again",
    );
    this.downSince = null;
    this.failures = 0;
  }
}
