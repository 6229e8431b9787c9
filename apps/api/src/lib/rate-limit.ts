import type { DataSource, EntityManager } from "typeorm";

export interface RateLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
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
  const [row] = (await db.query(
    `INSERT INTO rate_limit_bucket AS b (key, count, window_ends_at)
     VALUES ($1, 1, now() + make_interval(secs => $2))
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN b.window_ends_at <= now() THEN 1 ELSE b.count + 1 END,
       window_ends_at = CASE WHEN b.window_ends_at <= now() THEN now() + make_interval(secs => $2) ELSE b.window_ends_at END
     RETURNING count, extract(epoch FROM window_ends_at - now())::int AS "retryAfterSeconds"`,
    [key, windowSeconds],
  )) as Array<{ count: number; retryAfterSeconds: number }>;
  return { allowed: row!.count <= limit, retryAfterSeconds: Math.max(1, row!.retryAfterSeconds) };
}
