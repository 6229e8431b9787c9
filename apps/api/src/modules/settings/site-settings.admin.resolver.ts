import { Allow } from "../../graphql/allow";
import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { AdminContext } from "../../graphql/admin-context";
import { removeSiteLogo, siteSettingsForStaff, updateSiteSettings } from "./site-settings.admin.service";
import {
  AdminProvinceOfficeObject,
  AdminSiteSettingsObject,
  ProvinceOfficeInput,
  SiteSettingsInput,
} from "./site-settings.admin.types";
import { provinceOfficesForStaff, updateProvinceOffice } from "./province-office.admin.service";

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

  @Allow("settings.manage")
  @Mutation(() => AdminSiteSettingsObject, {
    description: "Removes the site's logo (an upload: POST /admin/media/site/logo)",
  })
  removeSiteLogo(@Ctx() ctx: AdminContext, @Arg("version", () => Int) version: number) {
    return removeSiteLogo(ctx, ctx.mediaStorage, version);
  }

  @Allow("settings.manage")
  @Query(() => [AdminProvinceOfficeObject], { description: "The office of each of the site's provinces" })
  provinceOffices(@Ctx() ctx: AdminContext) {
    return provinceOfficesForStaff(ctx);
  }

  @Allow("settings.manage")
  @Mutation(() => AdminProvinceOfficeObject)
  updateProvinceOffice(
    @Ctx() ctx: AdminContext,
    @Arg("provinceCode") provinceCode: string,
    @Arg("version", () => Int) version: number,
    @Arg("input") input: ProvinceOfficeInput,
  ) {
    return updateProvinceOffice(ctx, provinceCode, version, input);
  }
}
