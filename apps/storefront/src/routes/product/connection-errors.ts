import { CombinedGraphQLErrors, type ErrorLike } from "@apollo/client";

export type FormProblem = "invalid" | "throttled" | "tooFast" | "unreachable" | "unknown";
export type FormErrors = {
  problem: FormProblem;
  fields: Record<string, string>;
  /** When a limit lets the visitor send again (ISO time), for "throttled" and "tooFast". */
  retryAt?: string;
};

type FieldError = { field?: unknown; message?: unknown };

/**
 * The API's answer to a rejected request, for display: BAD_USER_INPUT carries
 * extensions.fields = [{ field, message }] (field names are the input's), TOO_MANY_REQUESTS
 * means a limit was hit (extensions.retryAt: when to send again; reason TOO_FAST: the form went
 * out faster than a person fills it in); anything without a GraphQL answer is a network problem.
 */
export function formErrorsFrom(error: ErrorLike | unknown): FormErrors {
  if (!CombinedGraphQLErrors.is(error)) return { problem: "unreachable", fields: {} };
  const fields: Record<string, string> = {};
  let problem: FormProblem = "unknown";
  let retryAt: string | undefined;
  for (const e of error.errors) {
    const code = e.extensions?.code;
    if (code === "TOO_MANY_REQUESTS") {
      problem = e.extensions?.reason === "TOO_FAST" ? "tooFast" : "throttled";
      const at = e.extensions?.retryAt;
      if (typeof at === "string" && !Number.isNaN(Date.parse(at))) retryAt = at;
    } else if (code === "BAD_USER_INPUT") {
      if (problem !== "throttled" && problem !== "tooFast") problem = "invalid";
      const list = e.extensions?.fields;
      if (Array.isArray(list)) {
        for (const f of list as FieldError[]) {
          if (typeof f?.field === "string" && typeof f.message === "string" && !(f.field in fields))
            fields[f.field] = f.message;
        }
      }
    }
  }
  return retryAt ? { problem, fields, retryAt } : { problem, fields };
}
