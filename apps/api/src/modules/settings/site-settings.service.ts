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

/** The office's own address for staff notices, when the settings give one. */
export async function officeEmail(db: {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}): Promise<string | null> {
  const rows = (await db.query(`SELECT office_email AS email FROM site_settings WHERE id = $1`, [
    SITE_SETTINGS_ID,
  ])) as Array<{ email: string | null }>;
  return rows[0]?.email?.trim() || null;
}
