import { CombinedGraphQLErrors, type ErrorLike } from "@apollo/client";

export type FormProblem = "invalid" | "throttled" | "unreachable" | "unknown";
export type FormErrors = { problem: FormProblem; fields: Record<string, string> };

type FieldError = { field?: unknown; message?: unknown };

/**
 * The API's answer to a rejected request, for display: BAD_USER_INPUT carries
 * extensions.fields = [{ field, message }] (field names are the input's), TOO_MANY_REQUESTS
 * means throttled; anything without a GraphQL answer is a network problem.
 */
export function formErrorsFrom(error: ErrorLike | unknown): FormErrors {
  if (!CombinedGraphQLErrors.is(error)) return { problem: "unreachable", fields: {} };
  const fields: Record<string, string> = {};
  let problem: FormProblem = "unknown";
  for (const e of error.errors) {
    const code = e.extensions?.code;
    if (code === "TOO_MANY_REQUESTS") {
      problem = "throttled";
    } else if (code === "BAD_USER_INPUT") {
      if (problem !== "throttled") problem = "invalid";
      const list = e.extensions?.fields;
      if (Array.isArray(list)) {
        for (const f of list as FieldError[]) {
          if (typeof f?.field === "string" && typeof f.message === "string" && !(f.field in fields))
            fields[f.field] = f.message;
        }
      }
    }
  }
  return { problem, fields };
}
