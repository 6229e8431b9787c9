import { fieldErrorOf, scoreBandsText } from "@ocop/schema/inputs";
import type { z } from "zod";
import { badUserInput, fieldError, type FieldProblem } from "./errors";

/**
 * Parses input with a zod schema; every failing field is named in one BAD_USER_INPUT error, with
 * its code and parameters. `messages: "schema"` keeps the schema's own (already localized) texts.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  { messages = "english" }: { messages?: "english" | "schema" } = {},
): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = new Map<string, FieldProblem>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "input");
    if (problems.has(field)) continue;
    const { code, params } = fieldErrorOf(issue);
    const problem = fieldError(field, code, params);
    problems.set(field, messages === "schema" ? { ...problem, message: issue.message } : problem);
  }
  throw badUserInput([...problems.values()]);
}

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** Which input field a database constraint protects, for constraint violations staff can cause. */
const CONSTRAINT_FIELDS: Record<string, () => FieldProblem> = {
  product_slug_unique: () => fieldError("nameVi", "productNameTaken"),
  producer_slug_unique: () => fieldError("name", "producerNameTaken"),
  showcase_event_slug_unique: () => fieldError("nameVi", "eventNameTaken"),
  distributor_slug_unique: () => fieldError("nameVi", "distributorNameTaken"),
  staff_user_email_unique: () => fieldError("email", "emailTaken"),
  distributor_link_unique: () => fieldError("productId", "alreadyCarried"),
  showcase_table_number_unique: () => fieldError("number", "tableNumberTaken"),
  showcase_placement_event_product_unique: () => fieldError("productIds", "oneTablePerEvent"),
  search_synonym_label_unique: () => fieldError("label", "synonymLabelTaken"),
  // The service names the product first; this is for a concurrent insert it could not see.
  certification_decision_number_unique: () => fieldError("decisionNumber", "decisionNumberTaken", { name: "" }),
  certification_score_band: () => fieldError("score", "scoreBandMismatch", { bands: scoreBandsText() }),
  product_tourism_no_price: () => fieldError("priceMin", "tourismNoPrice"),
  product_price_range: () => fieldError("priceMax", "priceBelowMin"),
  showcase_event_dates: () => fieldError("endsOn", "endBeforeStart"),
  staff_user_commune_scope: () => fieldError("communeCode", "officerNeedsCommune"),
};

/**
 * Turns a constraint violation the database caught into a field error; anything else is rethrown
 * (it is a bug, not bad input).
 */
export function rethrowConstraintViolation(error: unknown): never {
  const pg = ((error as { driverError?: PgError }).driverError ?? error) as PgError;
  const known = pg.constraint ? CONSTRAINT_FIELDS[pg.constraint] : undefined;
  if (known) throw badUserInput([known()]);
  if (pg.code === "23503")
    throw badUserInput([fieldError("input", "unknownReference", { detail: pg.detail ?? "foreign key" })]);
  throw error;
}
