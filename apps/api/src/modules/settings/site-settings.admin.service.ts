import { siteSettingsInputSchema } from "@ocop/schema/inputs";
import type { AdminContext } from "../../graphql/admin-context";
import { parseInput } from "../../graphql/validation";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { SITE_SETTINGS_ID, SiteSettings } from "./site-settings.entity";
import type { SiteSettingsInput } from "./site-settings.admin.types";

export async function siteSettingsForStaff(ctx: AdminContext): Promise<SiteSettings | null> {
  return ctx.dataSource.getRepository(SiteSettings).findOneBy({ id: SITE_SETTINGS_ID });
}

export async function updateSiteSettings(ctx: AdminContext, version: number, input: SiteSettingsInput) {
  const data = parseInput(siteSettingsInputSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const settings = await lockVersioned(em, SiteSettings, SITE_SETTINGS_ID, version, "Site settings");
    const before = snapshot(settings);
    Object.assign(settings, data);
    const saved = await em.getRepository(SiteSettings).save(settings);
    await recordAudit(
      em,
      ctx,
      "siteSettings.update",
      { type: "SiteSettings", id: SITE_SETTINGS_ID },
      before,
      snapshot(saved),
    );
    return saved;
  });
}
