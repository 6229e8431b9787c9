import { siteSettingsInputSchema } from "@ocop/schema/inputs";
import type { AdminContext } from "../../graphql/admin-context";
import { badUserInput, fieldError } from "../../graphql/errors";
import { parseInput } from "../../graphql/validation";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { mediaUrl } from "../media/media.fields";
import { SITE_SETTINGS_ID, SiteSettings } from "./site-settings.entity";
import type { AdminSiteSettingsObject, SiteSettingsInput } from "./site-settings.admin.types";

/** The record as staff see it: the stored logo as its URL. */
function forStaff(settings: SiteSettings): AdminSiteSettingsObject {
  return { ...settings, logoUrl: settings.logoPath ? mediaUrl(settings.logoPath) : null };
}

export async function siteSettingsForStaff(ctx: AdminContext): Promise<AdminSiteSettingsObject | null> {
  const settings = await ctx.dataSource.getRepository(SiteSettings).findOneBy({ id: SITE_SETTINGS_ID });
  return settings ? forStaff(settings) : null;
}

export async function updateSiteSettings(ctx: AdminContext, version: number, input: SiteSettingsInput) {
  const data = parseInput(siteSettingsInputSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const settings = await lockVersioned(em, SiteSettings, SITE_SETTINGS_ID, version, "Site settings");
    const { provinces, ...rest } = data;
    if (provinces) {
      const known: Array<{ code: string }> = await em.query(`SELECT code FROM province WHERE code = ANY($1)`, [
        provinces,
      ]);
      const unknown = provinces.filter((code) => !known.some((k) => k.code === code));
      if (unknown.length)
        throw badUserInput([fieldError("provinces", "unknownReference", { detail: unknown.join(", ") })]);
    }
    const before = snapshot(settings);
    // A field left out stays as it is.
    Object.assign(settings, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
    // Kept in one order, so that the same choice never reads as a change.
    if (provinces) settings.provinces = [...provinces].sort();
    const saved = await em.getRepository(SiteSettings).save(settings);
    await recordAudit(
      em,
      ctx,
      "siteSettings.update",
      { type: "SiteSettings", id: SITE_SETTINGS_ID },
      before,
      snapshot(saved),
    );
    return forStaff(saved);
  });
}
