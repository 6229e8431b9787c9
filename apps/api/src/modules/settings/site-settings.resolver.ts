import { Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { siteSettings } from "./site-settings.service";
import { SiteSettingsObject } from "./site-settings.types";

@Resolver(() => SiteSettingsObject)
export class SiteSettingsResolver {
  @Query(() => SiteSettingsObject, { description: "Whose site this is and how to reach its office" })
  siteSettings(@Ctx() ctx: RequestContext) {
    return siteSettings(ctx);
  }
}
