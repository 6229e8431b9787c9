import { setTimeout as sleep } from "node:timers/promises";
import { checkStaffCommune, passwordSchema, staffCommuneWhen, staffUserInputFields } from "@ocop/schema/inputs";
import { z } from "zod";
import type { DataSource } from "typeorm";
import { permissionsOf } from "@ocop/schema/permissions";
import { principalOf, type AdminContext, type StaffPrincipal } from "../../graphql/admin-context";
import { communeScopeOf } from "./commune-scope";
import { type Page } from "../../graphql/connection";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { badUserInput, fieldError, notFound, tooManyRequests, unauthenticated } from "../../graphql/errors";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { consumeRateLimit, resetRateLimit } from "../../lib/rate-limit";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { hashPassword, verifyPassword } from "./password";
import { createSession, deleteSession, deleteSessionsOf } from "./session.service";
import { StaffRole, StaffUser } from "./staff.entity";
import type { StaffUserInput } from "./staff.admin.types";

const THROTTLE_WINDOW_SECONDS = 15 * 60;
/** RFC 5321's limit on a path; nothing longer can be anyone's address. */
const MAX_EMAIL_LENGTH = 254;
const MAX_SLOW_DOWN_MS = 4_000;

/** Each attempt on an account beyond its limit waits twice as long as the one before, up to 4 s. */
export function slowDownMs(attemptsOverLimit: number): number {
  return Math.min(MAX_SLOW_DOWN_MS, 250 * 2 ** Math.max(0, attemptsOverLimit - 1));
}

/** The session as the staff schema shows it: the user, what their role may do, their scope. */
export function sessionOf(user: StaffUser, staff: StaffPrincipal) {
  return {
    user,
    permissions: permissionsOf(staff.role),
    communeCode: communeScopeOf(staff),
    expiresAt: staff.sessionExpiresAt,
  };
}

/** The signed-in staff member's session; null when signed out (or the account is gone). */
export async function currentSession(ctx: AdminContext) {
  if (!ctx.staff) return null;
  const user = await ctx.dataSource.getRepository(StaffUser).findOneBy({ id: ctx.staff.id });
  return user ? sessionOf(user, ctx.staff) : null;
}

/** Ends the request's session, if any, and clears its cookie. */
export async function signOut(ctx: AdminContext): Promise<boolean> {
  await deleteSession(ctx.dataSource, ctx.sessionToken);
  ctx.clearSessionCookie();
  return true;
}

/**
 * Checks a password and opens a session. Attempts are counted before the password is looked at,
 * so guessing stops at the limit whatever the guesses are: per client address (any accounts), and
 * per account and address together. An account is never locked for its owner by guesses from
 * elsewhere: attempts beyond the limit from all addresses together are slowed down, not refused.
 * A refused address writes nothing more, so refused attempts cannot grow the table.
 */
export async function signIn(ctx: AdminContext, emailInput: string, password: string) {
  const email = emailInput.trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH) throw badUserInput([fieldError("email", "notEmail")]);
  const { config } = ctx;
  const perAddress = await consumeRateLimit(
    ctx.dataSource,
    `sign-in:ip:${ctx.clientIp}`,
    config.SIGN_IN_ATTEMPTS_PER_ADDRESS,
    THROTTLE_WINDOW_SECONDS,
  );
  if (!perAddress.allowed) throw tooManyRequests(perAddress.retryAfterSeconds);
  const pairKey = `sign-in:account-address:${email}\n${ctx.clientIp}`;
  const perPair = await consumeRateLimit(
    ctx.dataSource,
    pairKey,
    config.SIGN_IN_ATTEMPTS_PER_ACCOUNT,
    THROTTLE_WINDOW_SECONDS,
  );
  if (!perPair.allowed) throw tooManyRequests(perPair.retryAfterSeconds);
  const accountKey = `sign-in:account:${email}`;
  const perAccount = await consumeRateLimit(
    ctx.dataSource,
    accountKey,
    config.SIGN_IN_ATTEMPTS_PER_ACCOUNT,
    THROTTLE_WINDOW_SECONDS,
  );
  if (!perAccount.allowed) await sleep(slowDownMs(perAccount.count - config.SIGN_IN_ATTEMPTS_PER_ACCOUNT));
  const user = await ctx.dataSource
    .getRepository(StaffUser)
    .createQueryBuilder("u")
    .addSelect("u.passwordHash")
    .where("u.email = :email", { email })
    .getOne();
  const ok = await verifyPassword(user?.active ? user.passwordHash : null, password);
  if (!user || !ok) throw unauthenticated("Wrong email or password");
  await resetRateLimit(ctx.dataSource, accountKey);
  await resetRateLimit(ctx.dataSource, pairKey);
  await ctx.dataSource.query(`UPDATE staff_user SET last_sign_in_at = now() WHERE id = $1`, [user.id]);
  const session = await createSession(ctx.dataSource, user.id, config.SESSION_TTL_HOURS, ctx.userAgent);
  ctx.setSessionCookie(session.token, session.expiresAt);
  const principal: StaffPrincipal = {
    id: user.id,
    email: user.email,
    role: user.role,
    communeCode: user.communeCode,
    sessionExpiresAt: session.expiresAt,
  };
  ctx.staff = principal;
  return sessionOf(user, principal);
}

// The shared rule, with the entity's enum so the parsed type fits the entity.
const staffInputSchema = staffUserInputFields
  .extend({ role: z.enum(StaffRole) })
  .superRefine(checkStaffCommune, staffCommuneWhen);

const staffList: ListDefinition<object, "ROLE"> = {
  filters: {},
  sorts: { ROLE: [{ expression: "u.role" }, { expression: "u.email" }] },
  tiebreaker: [{ expression: "u.id" }],
};

export async function listStaffUsers(ctx: AdminContext, page: Page) {
  return listQuery(ctx.dataSource.getRepository(StaffUser).createQueryBuilder("u"), staffList, {
    sort: "ROLE",
    page,
  });
}

export async function createStaffUser(ctx: AdminContext, input: StaffUserInput, password: string) {
  const data = parseInput(staffInputSchema, input);
  const passwordHash = await hashPassword(parseInput(z.object({ password: passwordSchema }), { password }).password);
  return ctx.dataSource.transaction(async (em) => {
    const saved = await em
      .getRepository(StaffUser)
      .save({ ...data, passwordHash })
      .catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "staffUser.create", { type: "StaffUser", id: saved.id }, null, snapshot(saved));
    return saved;
  });
}

export async function updateStaffUser(ctx: AdminContext, id: number, version: number, input: StaffUserInput) {
  const data = parseInput(staffInputSchema, input);
  const updated = await ctx.dataSource.transaction(async (em) => {
    const user = await lockVersioned(em, StaffUser, id, version, "Staff user");
    const before = snapshot(user);
    Object.assign(user, data);
    const saved = await em.getRepository(StaffUser).save(user).catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "staffUser.update", { type: "StaffUser", id }, before, snapshot(saved));
    return saved;
  });
  if (!updated.active) await deleteSessionsOf(ctx.dataSource, id);
  return updated;
}

/**
 * Sets another staff member's password (declared staff.write) and signs them out everywhere. One's
 * own password is changed with changeOwnPassword, which asks for the current one.
 */
export async function setStaffPassword(ctx: AdminContext, id: number, password: string) {
  if (principalOf(ctx).id === id) {
    throw badUserInput([{ field: "id", message: "change your own password with your current password" }]);
  }
  await replacePassword(ctx, id, password, "staffUser.setPassword");
  await deleteSessionsOf(ctx.dataSource, id);
  return true;
}

/**
 * Changes the signed-in user's own password, given the current one; their other sessions end.
 * Wrong guesses are throttled like sign-in, so a borrowed session cannot be used to guess it.
 */
export async function changeOwnPassword(ctx: AdminContext, currentPassword: string, newPassword: string) {
  const staff = principalOf(ctx);
  const attempts = await consumeRateLimit(
    ctx.dataSource,
    `change-password:account:${staff.id}`,
    ctx.config.SIGN_IN_ATTEMPTS_PER_ACCOUNT,
    THROTTLE_WINDOW_SECONDS,
  );
  if (!attempts.allowed) throw tooManyRequests(attempts.retryAfterSeconds);
  const user = await ctx.dataSource
    .getRepository(StaffUser)
    .createQueryBuilder("u")
    .addSelect("u.passwordHash")
    .where("u.id = :id", { id: staff.id })
    .getOne();
  if (!user) throw notFound("Staff user");
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw badUserInput([{ field: "currentPassword", message: "is not your current password" }]);
  }
  await replacePassword(ctx, staff.id, newPassword, "staffUser.changeOwnPassword");
  await ctx.dataSource.query(`DELETE FROM rate_limit_bucket WHERE key = $1`, [`change-password:account:${staff.id}`]);
  await deleteSessionsOf(ctx.dataSource, staff.id, ctx.sessionToken);
  return true;
}

/** Stores a new password hash with its audit entry; an unknown user is NOT_FOUND and leaves no entry. */
async function replacePassword(ctx: AdminContext, id: number, password: string, action: string) {
  const passwordHash = await hashPassword(parseInput(z.object({ password: passwordSchema }), { password }).password);
  await ctx.dataSource.transaction(async (em) => {
    const result = await em
      .createQueryBuilder()
      .update(StaffUser)
      .set({ passwordHash, version: () => "version + 1", updatedAt: () => "now()" })
      .where("id = :id", { id })
      .execute();
    if (!result.affected) throw notFound("Staff user");
    await recordAudit(em, ctx, action, { type: "StaffUser", id }, null, { passwordChanged: true });
  });
}

/** Creates (or re-activates) an ADMIN from the command line: the first account of a new install. */
export async function upsertAdmin(
  ds: DataSource,
  email: string,
  displayName: string,
  password: string,
): Promise<StaffUser> {
  const data = parseInput(staffInputSchema, { email, displayName, role: StaffRole.ADMIN });
  const hash = await hashPassword(parseInput(z.object({ password: passwordSchema }), { password }).password);
  await ds.query(
    `INSERT INTO staff_user (email, display_name, password_hash, role) VALUES ($1, $2, $3, 'ADMIN')
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = 'ADMIN', commune_code = NULL,
       active = true, display_name = EXCLUDED.display_name, version = staff_user.version + 1, updated_at = now()`,
    [data.email, data.displayName, hash],
  );
  return ds.getRepository(StaffUser).findOneByOrFail({ email: data.email });
}
