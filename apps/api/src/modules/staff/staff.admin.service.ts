import { z } from "zod";
import type { DataSource } from "typeorm";
import { permissionsOf } from "@ocop/schema/permissions";
import { communeScopeOf, principalOf, type AdminContext, type StaffPrincipal } from "../../graphql/admin-context";
import { type Page } from "../../graphql/connection";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { badUserInput, notFound, tooManyRequests, unauthenticated } from "../../graphql/errors";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { consumeRateLimit } from "../../lib/rate-limit";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { createSession, deleteSessionsOf } from "./session.service";
import { StaffRole, StaffUser } from "./staff.entity";
import type { StaffUserInput } from "./staff.admin.types";

const THROTTLE_WINDOW_SECONDS = 15 * 60;

/** The session as the staff schema shows it: the user, what their role may do, their scope. */
export function sessionOf(user: StaffUser, staff: StaffPrincipal) {
  return {
    user,
    permissions: permissionsOf(staff.role),
    communeCode: communeScopeOf(staff),
    expiresAt: staff.sessionExpiresAt,
  };
}

/**
 * Checks a password and opens a session. Attempts are counted per account and per client address
 * before the password is looked at, so guessing stops at the limit whatever the guesses are.
 */
export async function signIn(ctx: AdminContext, emailInput: string, password: string) {
  const email = emailInput.trim().toLowerCase();
  const { config } = ctx;
  const perAccount = await consumeRateLimit(
    ctx.dataSource,
    `sign-in:account:${email}`,
    config.SIGN_IN_ATTEMPTS_PER_ACCOUNT,
    THROTTLE_WINDOW_SECONDS,
  );
  const perAddress = await consumeRateLimit(
    ctx.dataSource,
    `sign-in:ip:${ctx.clientIp}`,
    config.SIGN_IN_ATTEMPTS_PER_ADDRESS,
    THROTTLE_WINDOW_SECONDS,
  );
  if (!perAccount.allowed || !perAddress.allowed) {
    throw tooManyRequests(
      Math.max(
        perAccount.allowed ? 0 : perAccount.retryAfterSeconds,
        perAddress.allowed ? 0 : perAddress.retryAfterSeconds,
      ),
    );
  }
  const user = await ctx.dataSource
    .getRepository(StaffUser)
    .createQueryBuilder("u")
    .addSelect("u.passwordHash")
    .where("u.email = :email", { email })
    .getOne();
  const ok = await verifyPassword(user?.active ? user.passwordHash : null, password);
  if (!user || !ok) throw unauthenticated("Wrong email or password");
  await ctx.dataSource.query(`DELETE FROM rate_limit_bucket WHERE key = $1`, [`sign-in:account:${email}`]);
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

const staffInputSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email("is not an email address")),
    displayName: z.string().trim().min(2, "must be at least 2 characters").max(120),
    role: z.enum(StaffRole),
    communeCode: z
      .string()
      .trim()
      .nullish()
      .transform((v) => v || null),
    active: z
      .boolean()
      .nullish()
      .transform((v) => v ?? true),
  })
  .superRefine((v, check) => {
    if ((v.role === StaffRole.COMMUNE_OFFICER) !== (v.communeCode !== null)) {
      check.addIssue({
        code: "custom",
        path: ["communeCode"],
        message: "a commune officer needs a commune/ward; other roles have none",
      });
    }
  });

const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200);

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
