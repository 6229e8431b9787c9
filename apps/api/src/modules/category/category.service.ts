import { TOURISM_GROUP_CODE } from "@ocop/schema/enums";
import type { RequestContext } from "../../graphql/context";
import type { Category } from "./category.entity";

/** The six OCOP groups; their product sets are their children. */
export async function listCategoryGroups(ctx: RequestContext): Promise<Category[]> {
  return (await ctx.loaders.allCategories()).filter((c) => c.parentCode === null);
}

/** The product sets of a category (none for a product set). */
export async function childrenOfCategory(ctx: RequestContext, code: string): Promise<Category[]> {
  return (await ctx.loaders.allCategories()).filter((child) => child.parentCode === code);
}

/** Group 6 and its product sets: places to visit (location, opening hours, no price). */
export function isTourismCategory(c: Pick<Category, "code" | "parentCode">): boolean {
  return (c.parentCode ?? c.code) === TOURISM_GROUP_CODE;
}
