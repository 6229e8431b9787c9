import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { SITE_SETTINGS_ID, SiteSettings } from "./site-settings.entity";
import type { SiteSettingsObject } from "./site-settings.types";

const EMPTY_SETTINGS: SiteSettingsObject = {
  siteName: null,
  officeName: null,
  officeAddress: null,
  officePhone: null,
  officeEmail: null,
  officeHours: null,
};

/** The deployment's settings as the public sees them (the one record the migration made). */
export async function siteSettings(ctx: RequestContext): Promise<SiteSettingsObject> {
  // An empty answer, were the record ever gone, keeps every page rendering.
  return (await ctx.dataSource.getRepository(SiteSettings).findOneBy({ id: SITE_SETTINGS_ID })) ?? EMPTY_SETTINGS;
}

/** The office's own address for staff notices, when the settings give one (in the caller's transaction). */
export async function officeEmail(em: EntityManager): Promise<string | null> {
  const settings = await em.getRepository(SiteSettings).findOneBy({ id: SITE_SETTINGS_ID });
  return settings?.officeEmail?.trim() || null;
}
