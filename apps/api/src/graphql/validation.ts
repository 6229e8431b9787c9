import { CERTIFIED_STARS, STAR_SCORE_BANDS } from "@ocop/schema/enums";
import type { z } from "zod";
import { badUserInput, type FieldProblem } from "./errors";

/** Parses input with a zod schema; every failing field is named in one BAD_USER_INPUT error. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = new Map<string, FieldProblem>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "input");
    if (!problems.has(field)) problems.set(field, { field, message: issue.message });
  }
  throw badUserInput([...problems.values()]);
}

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** Which input field a database constraint protects, for constraint violations staff can cause. */
const CONSTRAINT_FIELDS: Record<string, FieldProblem> = {
  product_slug_unique: {
    field: "nameVi",
    message: "another product already has this name (its web address would clash)",
  },
  producer_slug_unique: { field: "name", message: "another producer already has this name" },
  showcase_event_slug_unique: { field: "nameVi", message: "another event already has this name" },
  distributor_slug_unique: { field: "nameVi", message: "another distributor already has this name" },
  staff_user_email_unique: { field: "email", message: "another staff user has this email" },
  distributor_link_unique: { field: "productId", message: "this distributor already carries this product" },
  showcase_table_number_unique: { field: "number", message: "this event already has a table with this number" },
  showcase_placement_event_product_unique: { field: "productIds", message: "a product stands on one table per event" },
  search_synonym_label_unique: { field: "label", message: "another synonym group has this label" },
  certification_score_band: {
    field: "score",
    message: `does not match the stars (${CERTIFIED_STARS.map((s) => `${s}★ ${STAR_SCORE_BANDS[s].join("-")}`).join(", ")})`,
  },
  product_tourism_no_price: { field: "priceMin", message: "a tourism product (a place) has no price" },
  product_price_range: { field: "priceMax", message: "must not be below the lowest price" },
  showcase_event_dates: { field: "endsOn", message: "must not be before the start" },
  staff_user_commune_scope: {
    field: "communeCode",
    message: "a commune officer needs a commune/ward; other roles have none",
  },
};

/**
 * Turns a constraint violation the database caught into a field error; anything else is rethrown
 * (it is a bug, not bad input).
 */
export function rethrowConstraintViolation(error: unknown): never {
  const pg = ((error as { driverError?: PgError }).driverError ?? error) as PgError;
  const known = pg.constraint ? CONSTRAINT_FIELDS[pg.constraint] : undefined;
  if (known) throw badUserInput([known]);
  if (pg.code === "23503")
    throw badUserInput([
      { field: "input", message: `refers to something that does not exist (${pg.detail ?? "foreign key"})` },
    ]);
  throw error;
}
