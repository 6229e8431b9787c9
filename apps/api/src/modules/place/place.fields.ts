import type { RequestContext } from "../../graphql/context";

/*
 * Place fields of other types (a producer's, an event's, a table's, a staff user's commune/ward),
 * meaning the same on the public and the staff types: resolved once here.
 */

/** The commune/ward with this code; null when the record has none. */
export function communeOf(ctx: RequestContext, communeCode: string | null) {
  return communeCode ? ctx.loaders.administrativeUnitByCode.load(communeCode) : null;
}

export function provinceOf(ctx: RequestContext, provinceCode: string) {
  return ctx.loaders.provinceByCode.load(provinceCode);
}
