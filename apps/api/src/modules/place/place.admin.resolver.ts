import { Allow } from "../../graphql/allow";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { type AdminContext } from "../../graphql/admin-context";
import { CategoryObject } from "../category/category.types";
import { AdministrativeUnit } from "./place.entity";
import { AdministrativeUnitObject } from "./place.types";

/** Reference lists for staff forms (pickers); a province has at most a few hundred units. */
@Resolver()
export class ReferenceAdminResolver {
  @Allow("catalog.read")
  @Query(() => [AdministrativeUnitObject])
  communes(
    @Ctx() ctx: AdminContext,
    @Arg("provinceCode", () => String, { nullable: true }) provinceCode: string | null,
  ) {
    return ctx.dataSource.getRepository(AdministrativeUnit).find({
      where: provinceCode ? { provinceCode } : {},
      order: { provinceCode: "ASC", name: "ASC" },
      take: 5000,
    });
  }

  @Allow("catalog.read")
  @Query(() => [CategoryObject], { description: "The six groups; their product sets are in children" })
  async categories(@Ctx() ctx: AdminContext) {
    return (await ctx.loaders.allCategories()).filter((c) => c.parentCode === null);
  }
}
