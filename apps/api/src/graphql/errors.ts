import { GraphQLError } from "graphql";

/** Codes a client may rely on, in `extensions.code` (shared/DESIGN.md). */
export type ErrorCode =
  "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS";

export interface FieldProblem {
  /** The input field's name as the schema spells it (e.g. "email", "input.email" is never used). */
  field: string;
  message: string;
}

export function badUserInput(fields: FieldProblem[]): GraphQLError {
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join("; ");
  return new GraphQLError(`Invalid input: ${summary}`, { extensions: { code: "BAD_USER_INPUT", fields } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: "NOT_FOUND" } });
}

export function tooManyRequests(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests: try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`, {
    extensions: { code: "TOO_MANY_REQUESTS", retryAfterSeconds },
  });
}

export function conflict(message: string, current?: unknown): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "CONFLICT", current } });
}

/** @param extensions more for the client, e.g. the access an operation declares (graphql/allow.ts) */
export function forbidden(message = "Not allowed", extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code: "FORBIDDEN" } });
}

export function unauthenticated(message = "Sign in first", extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code: "UNAUTHENTICATED" } });
}
