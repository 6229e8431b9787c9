import { Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { pick } from "../../graphql/language";
import type { Category } from "./category.entity";
import { childrenOfCategory, isTourismCategory, listCategoryGroups } from "./category.service";
import { CategoryObject } from "./category.types";

@Resolver()
export class CategoryQueryResolver {
  @Query(() => [CategoryObject], { description: "The six product groups; their product sets are in children" })
  categories(@Ctx() ctx: RequestContext): Promise<Category[]> {
    return listCategoryGroups(ctx);
  }
}

/** Fields of Category, shared by the public and staff schemas. */
@Resolver(() => CategoryObject)
export class CategoryFieldResolver {
  @FieldResolver(() => String)
  name(@Root() c: Category, @Ctx() ctx: RequestContext): string {
    return pick(ctx.lang, c.nameVi, c.nameEn, c.nameZh);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The family of a product set, e.g. "Thực phẩm chế biến"',
  })
  family(@Root() c: Category): string | null {
    return c.familyVi;
  }

  @FieldResolver(() => CategoryObject, { nullable: true, description: "null for one of the six groups" })
  parent(@Root() c: Category, @Ctx() ctx: RequestContext) {
    return c.parentCode ? ctx.loaders.categoryByCode.load(c.parentCode) : null;
  }

  @FieldResolver(() => [CategoryObject])
  children(@Root() c: Category, @Ctx() ctx: RequestContext): Promise<Category[]> {
    return childrenOfCategory(ctx, c.code);
  }

  @FieldResolver(() => Boolean, { description: "Group 6: a place to visit (location, opening hours, no price)" })
  isTourism(@Root() c: Category): boolean {
    return isTourismCategory(c);
  }

  @FieldResolver(() => Int)
  productCount(@Root() c: Category, @Ctx() ctx: RequestContext) {
    return ctx.loaders.publishedProductCountByCategoryCode.load(c.code);
  }
}
