import { z } from "zod";
import type { DataSource } from "typeorm";
import { principalOf, type AdminContext, type StaffPrincipal } from "../../graphql/admin-context";
import { type Page } from "../../graphql/connection";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { holds } from "../../graphql/allow";
import { forbidden, tooManyRequests, unauthenticated } from "../../graphql/errors";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { consumeRateLimit } from "../../lib/rate-limit";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { createSession, deleteSessionsOf } from "./session.service";
import { StaffRole, StaffUser } from "./staff.entity";
import type { PermissionsObject, StaffUserInput } from "./staff.admin.types";

const THROTTLE_WINDOW_SECONDS = 15 * 60;

export function permissionsOf(staff: StaffPrincipal): PermissionsObject {
  return {
    manageStaff: staff.role === StaffRole.ADMIN,
    editAllContent: staff.role !== StaffRole.COMMUNE_OFFICER,
    editCommuneCode: staff.role === StaffRole.COMMUNE_OFFICER ? staff.communeCode : null,
    viewAudit: staff.role !== StaffRole.COMMUNE_OFFICER,
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
  return { user, permissions: permissionsOf(principal), expiresAt: session.expiresAt };
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

export async function setStaffPassword(ctx: AdminContext, id: number, password: string) {
  const staff = principalOf(ctx);
  if (staff.id !== id && !holds(staff, "staff.write")) throw forbidden("This needs the permission staff.write");
  const passwordHash = await hashPassword(parseInput(z.object({ password: passwordSchema }), { password }).password);
  await ctx.dataSource.transaction(async (em) => {
    const result = await em.query(
      `UPDATE staff_user SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING id`,
      [id, passwordHash],
    );
    if (!result[0]?.length && !result.length) throw unauthenticated("No such staff user");
    await recordAudit(em, ctx, "staffUser.setPassword", { type: "StaffUser", id }, null, { passwordChanged: true });
  });
  await deleteSessionsOf(ctx.dataSource, id);
  return true;
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
