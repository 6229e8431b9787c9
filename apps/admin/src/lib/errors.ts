import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

/** The error codes of the staff API (packages/schema/admin.graphql, header comment). */
export type ErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "BAD_USER_INPUT" | "TOO_MANY_REQUESTS";

export interface FieldProblem {
  field: string;
  /** The server's English text: shown only when the code is unknown to this app. */
  message: string;
  /** Stable code of the problem (@ocop/schema/inputs), rendered in the staff member's language. */
  code?: string | undefined;
  params?: Record<string, string | number> | undefined;
}

/** What a failed operation tells the interface, whatever transport error carried it. */
export interface ApiProblem {
  code: ErrorCode | "NETWORK" | "UNKNOWN";
  message: string;
  /** BAD_USER_INPUT: the failing input fields, named as in the input type. */
  fields: FieldProblem[];
  /** CONFLICT: the record as it is now in the database. */
  current: Record<string, unknown> | null;
  /** TOO_MANY_REQUESTS: how long to wait. */
  retryAfterSeconds: number | null;
}

const KNOWN: ReadonlySet<string> = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "BAD_USER_INPUT",
  "TOO_MANY_REQUESTS",
]);

interface FormattedError {
  message: string;
  extensions?: Record<string, unknown> | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function paramsOf(value: unknown): Record<string, string | number> | undefined {
  if (!isRecord(value)) return undefined;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === "string" || typeof v === "number") params[k] = v;
  return params;
}

function fieldsOf(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    isRecord(item) && typeof item.field === "string"
      ? [
          {
            field: item.field,
            message: typeof item.message === "string" ? item.message : "",
            code: typeof item.code === "string" ? item.code : undefined,
            params: paramsOf(item.params),
          },
        ]
      : [],
  );
}

function fromGraphQLErrors(errors: readonly FormattedError[]): ApiProblem {
  // The first error with a code we know decides; the rest only add field problems.
  const main = errors.find((e) => KNOWN.has(String(e.extensions?.code))) ?? errors[0];
  const ext = main?.extensions ?? {};
  const code = KNOWN.has(String(ext.code)) ? (ext.code as ErrorCode) : "UNKNOWN";
  const fields = errors.flatMap((e) => (e.extensions?.code === "BAD_USER_INPUT" ? fieldsOf(e.extensions.fields) : []));
  return {
    code,
    message: main?.message ?? "",
    fields,
    current: isRecord(ext.current) ? ext.current : null,
    retryAfterSeconds: typeof ext.retryAfterSeconds === "number" ? ext.retryAfterSeconds : null,
  };
}

/** Reads the code, fields, current record or wait time out of any Apollo error. */
export function problemOf(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    // A non-2xx answer may still carry GraphQL errors in its body.
    try {
      const body: unknown = JSON.parse(error.bodyText);
      if (isRecord(body) && Array.isArray(body.errors) && body.errors.length > 0) {
        return fromGraphQLErrors(body.errors as FormattedError[]);
      }
    } catch {
      // not JSON: fall through
    }
    const code: ApiProblem["code"] =
      error.statusCode === 401
        ? "UNAUTHENTICATED"
        : error.statusCode === 403
          ? "FORBIDDEN"
          : error.statusCode === 429
            ? "TOO_MANY_REQUESTS"
            : "UNKNOWN";
    return { code, message: error.message, fields: [], current: null, retryAfterSeconds: null };
  }
  const message = error instanceof Error ? error.message : String(error);
  const network = error instanceof TypeError || /fetch|network/i.test(message);
  return { code: network ? "NETWORK" : "UNKNOWN", message, fields: [], current: null, retryAfterSeconds: null };
}

/** The form field a problem is about: "input.nameVi" as well as "nameVi", in case a server prefixes the argument. */
export function fieldNameOf(problem: FieldProblem): string {
  return problem.field.startsWith("input.") ? problem.field.slice("input.".length) : problem.field;
}

/**
 * BAD_USER_INPUT field problems as a map from field name to message (first message wins), each
 * message rendered by `text` (useFieldErrorText: the code in the staff member's language).
 */
export function fieldErrorMap(
  fields: readonly FieldProblem[],
  text: (problem: FieldProblem) => string,
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const problem of fields) map[fieldNameOf(problem)] ??= text(problem);
  return map;
}
