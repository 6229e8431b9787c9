import { hasPermission, PUBLIC_ACCESS, SIGNED_IN_ACCESS, type Access, type Permission } from "@ocop/schema/permissions";
import type { GraphQLField, GraphQLSchema } from "graphql";
import { Authorized, Extensions, type AuthChecker } from "type-graphql";
import type { AdminContext, StaffPrincipal } from "./admin-context";
import { forbidden, unauthenticated } from "./errors";

/** The key under which an operation's declared access is kept in the built schema's field extensions. */
export const ACCESS_EXTENSION = "access";

/**
 * Declares who may call a staff operation: one permission of the shared table, PUBLIC_ACCESS or
 * SIGNED_IN_ACCESS. The check (`authChecker`) runs as type-graphql's first middleware, before the
 * arguments are converted and before the resolver reads any record, so a caller without access
 * learns nothing about what exists. The access is also put in the field's extensions, where the
 * generated access test reads it.
 */
export function Allow(access: Access): MethodDecorator {
  return (target, key, descriptor) => {
    Authorized<Access>(access)(target, key, descriptor);
    Extensions({ [ACCESS_EXTENSION]: access })(target, key, descriptor);
  };
}

/**
 * Anonymous → UNAUTHENTICATED, missing permission → FORBIDDEN, the codes a client relies on. Both
 * carry `extensions.access`, the access the operation declares, which tells a refusal here from
 * one of the commune scope or a failed sign-in.
 */
export const authChecker: AuthChecker<AdminContext, Access> = ({ context }, declared) => {
  const access = declared[0];
  // @Allow always passes exactly one; anything else is a programming error, refused rather than guessed.
  if (declared.length !== 1 || access === undefined) throw forbidden("No access declared");
  if (access === PUBLIC_ACCESS) return true;
  if (!context.staff) throw unauthenticated("Sign in first", { access });
  if (access === SIGNED_IN_ACCESS) return true;
  if (!hasPermission(context.staff.role, access)) {
    throw forbidden(`This needs the permission ${access}`, { access });
  }
  return true;
};

/**
 * The public schema's checker. None of its operations declares access (the metadata is global, so
 * type-graphql wants a checker as soon as any resolver uses @Authorized); should one ever appear
 * there, it is refused rather than open.
 */
export const publicAuthChecker: AuthChecker = () => {
  throw forbidden("Staff operations are not part of the public API");
};

/** Whether a principal holds a permission (for what a permitted operation shows, e.g. dashboard parts). */
export function holds(staff: StaffPrincipal, permission: Permission): boolean {
  return hasPermission(staff.role, permission);
}

/** The access an operation of a built schema declares, or undefined when it declares none. */
export function accessOf(field: GraphQLField<unknown, unknown>): Access | undefined {
  return field.extensions[ACCESS_EXTENSION] as Access | undefined;
}

export interface Operation {
  kind: "query" | "mutation";
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** Every query and mutation of a schema. */
export function operationsOf(schema: GraphQLSchema): Operation[] {
  const found: Operation[] = [];
  for (const [kind, type] of [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) found.push({ kind, name: field.name, field });
  }
  return found;
}

/** The operations that declare no access: the staff schema must have none. */
export function undeclaredOperations(schema: GraphQLSchema): string[] {
  return operationsOf(schema)
    .filter((op) => accessOf(op.field) === undefined)
    .map((op) => op.name);
}
