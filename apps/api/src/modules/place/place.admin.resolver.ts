import { Allow } from "../../graphql/allow";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { type AdminContext } from "../../graphql/admin-context";
import { listCategoryGroups } from "../category/category.service";
import { CategoryObject } from "../category/category.types";
import { listAllProvinces, listCommunesForStaff } from "./place.service";
import { AdministrativeUnitObject, ProvinceObject } from "./place.types";

/** Reference lists for staff forms (pickers); a province has at most a few hundred units. */
@Resolver()
export class ReferenceAdminResolver {
  @Allow("catalog.read")
  @Query(() => [AdministrativeUnitObject])
  communes(
    @Ctx() ctx: AdminContext,
    @Arg("provinceCode", () => String, { nullable: true }) provinceCode: string | null,
  ) {
    return listCommunesForStaff(ctx, provinceCode);
  }

  @Allow("catalog.read")
  @Query(() => [ProvinceObject], { description: "Every province (the site's provinces are chosen among them)" })
  provinces(@Ctx() ctx: AdminContext) {
    return listAllProvinces(ctx);
  }

  @Allow("catalog.read")
  @Query(() => [CategoryObject], { description: "The six groups; their product sets are in children" })
  categories(@Ctx() ctx: AdminContext) {
    return listCategoryGroups(ctx);
  }
}
