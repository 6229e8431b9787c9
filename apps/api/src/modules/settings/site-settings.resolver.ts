import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ProvinceObject } from "../place/place.types";
import { siteProvinces, siteSettings, type PublicSiteSettings } from "./site-settings.service";
import { SiteSettingsObject } from "./site-settings.types";

@Resolver(() => SiteSettingsObject)
export class SiteSettingsResolver {
  @Query(() => SiteSettingsObject, { description: "Whose site this is and how to reach its office" })
  siteSettings(@Ctx() ctx: RequestContext) {
    return siteSettings(ctx);
  }

  @FieldResolver(() => [ProvinceObject], { description: "The provinces whose products this site shows, by name" })
  provinces(@Root() settings: PublicSiteSettings, @Ctx() ctx: RequestContext) {
    return siteProvinces(ctx, settings.provinceCodes);
  }
}
