import { Allow } from "../../graphql/allow";
import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { AdminContext } from "../../graphql/admin-context";
import { siteSettingsForStaff, updateSiteSettings } from "./site-settings.admin.service";
import { AdminSiteSettingsObject, SiteSettingsInput } from "./site-settings.admin.types";

@Resolver(() => AdminSiteSettingsObject)
export class SiteSettingsAdminResolver {
  @Allow("settings.manage")
  @Query(() => AdminSiteSettingsObject, { nullable: true })
  adminSiteSettings(@Ctx() ctx: AdminContext) {
    return siteSettingsForStaff(ctx);
  }

  @Allow("settings.manage")
  @Mutation(() => AdminSiteSettingsObject)
  updateSiteSettings(
    @Ctx() ctx: AdminContext,
    @Arg("version", () => Int) version: number,
    @Arg("input") input: SiteSettingsInput,
  ) {
    return updateSiteSettings(ctx, version, input);
  }
}
