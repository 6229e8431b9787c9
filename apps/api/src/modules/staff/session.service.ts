import { createHash, randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import type { StaffPrincipal } from "../../graphql/admin-context";

export const SESSION_COOKIE = "ocop_session";

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** Creates a session row; the cookie gets the token, the database only its hash. */
export async function createSession(
  ds: DataSource,
  staffUserId: number,
  ttlHours: number,
  userAgent: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  await ds.query(
    `INSERT INTO staff_session (token_hash, staff_user_id, expires_at, user_agent) VALUES ($1, $2, $3, $4)`,
    [hashToken(token), staffUserId, expiresAt, userAgent?.slice(0, 300) ?? null],
  );
  // Expired sessions are swept as new ones are made: no scheduler needed.
  await ds.query(`DELETE FROM staff_session WHERE expires_at < now() - interval '1 day'`);
  return { token, expiresAt };
}

/** The staff member behind a session cookie, if the session is live and the account active. */
export async function principalForToken(ds: DataSource, token: string | undefined): Promise<StaffPrincipal | null> {
  if (!token || token.length > 100) return null;
  const [row] = await ds.query(
    `SELECT u.id, u.email, u.role, u.commune_code AS "communeCode", s.expires_at AS "sessionExpiresAt"
       FROM staff_session s JOIN staff_user u ON u.id = s.staff_user_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
    [hashToken(token)],
  );
  return row ?? null;
}

export async function deleteSession(ds: DataSource, token: string | undefined): Promise<void> {
  if (token) await ds.query(`DELETE FROM staff_session WHERE token_hash = $1`, [hashToken(token)]);
}

/**
 * Signs a user out everywhere (after a password change or deactivation), but for the session of
 * `exceptToken` when given: changing one's own password keeps the session it was changed in.
 */
export async function deleteSessionsOf(ds: DataSource, staffUserId: number, exceptToken?: string): Promise<void> {
  await ds.query(`DELETE FROM staff_session WHERE staff_user_id = $1 AND token_hash IS DISTINCT FROM $2`, [
    staffUserId,
    exceptToken ? hashToken(exceptToken) : null,
  ]);
}
