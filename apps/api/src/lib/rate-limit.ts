import { createHash } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";

export interface RateLimitDecision {
  allowed: boolean;
  /** Attempts counted in the current window, this one included. */
  count: number;
  retryAfterSeconds: number;
}

/** Expired windows are deleted at most this often per process (any replica may do it). */
const SWEEP_INTERVAL_MS = 60_000;
const lastSweep = new WeakMap<object, number>();

/**
 * The bucket's key as stored: a fixed-size digest of what it counts, so a client choosing the
 * text (an email of 12 kB) can neither grow a row nor learn anything from the table.
 */
function storedKey(key: string): string {
  return createHash("sha256").update(key).digest("base64url");
}

/**
 * Counts one attempt against `key` in a fixed window kept in PostgreSQL, so every API replica
 * shares the count. One statement: concurrent attempts cannot both slip under the limit.
 */
export async function consumeRateLimit(
  db: DataSource | EntityManager,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<RateLimitDecision> {
  await sweepExpiredBuckets(db);
  const [row] = (await db.query(
    `INSERT INTO rate_limit_bucket AS b (key, count, window_ends_at)
     VALUES ($1, 1, now() + make_interval(secs => $2))
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN b.window_ends_at <= now() THEN 1 ELSE b.count + 1 END,
       window_ends_at = CASE WHEN b.window_ends_at <= now() THEN now() + make_interval(secs => $2) ELSE b.window_ends_at END
     RETURNING count, extract(epoch FROM window_ends_at - now())::int AS "retryAfterSeconds"`,
    [storedKey(key), windowSeconds],
  )) as Array<{ count: number; retryAfterSeconds: number }>;
  return {
    allowed: row!.count <= limit,
    count: row!.count,
    retryAfterSeconds: Math.max(1, row!.retryAfterSeconds),
  };
}

/** Forgets the attempts counted against `key` (after a successful sign-in). */
export async function resetRateLimit(db: DataSource | EntityManager, key: string): Promise<void> {
  await db.query(`DELETE FROM rate_limit_bucket WHERE key = $1`, [storedKey(key)]);
}

/** Deletes windows that have ended, so the table holds only what is being counted now. */
async function sweepExpiredBuckets(db: DataSource | EntityManager): Promise<void> {
  const owner = "manager" in db ? db : db.dataSource;
  const now = Date.now();
  if (now - (lastSweep.get(owner) ?? 0) < SWEEP_INTERVAL_MS) return;
  lastSweep.set(owner, now);
  await db.query(`DELETE FROM rate_limit_bucket WHERE window_ends_at <= now()`);
}
