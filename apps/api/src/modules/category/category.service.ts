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
