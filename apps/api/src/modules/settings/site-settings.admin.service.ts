import { siteSettingsInputSchema } from "@ocop/schema/inputs";
import { randomUUID } from "node:crypto";
import type { AdminContext } from "../../graphql/admin-context";
import { badUserInput, fieldError } from "../../graphql/errors";
import { parseInput } from "../../graphql/validation";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { processLogo } from "../media/image-processing";
import type { MediaStorage } from "../media/media-storage";
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

/**
 * Stores an uploaded logo: checked and rendered first, its file written, then the settings (version
 * checked) and the audit entry in one transaction; the replaced logo's file goes after the commit.
 * If the transaction fails, the new file is removed again and nothing changed.
 */
export async function uploadSiteLogo(
  ctx: AdminContext,
  storage: MediaStorage,
  version: number,
  file: Buffer | string,
): Promise<AdminSiteSettingsObject> {
  const logo = await processLogo(file, `site/logo-${randomUUID()}`);
  await storage.put(logo.key, logo.data, "image/png");
  let replaced: string | null = null;
  try {
    const saved = await changeLogo(ctx, version, "siteSettings.logo.upload", (settings) => {
      replaced = settings.logoPath;
      settings.logoPath = logo.key;
      settings.logoWidth = logo.width;
      settings.logoHeight = logo.height;
    });
    if (replaced) await storage.delete(replaced).catch(() => undefined);
    return saved;
  } catch (error) {
    await storage.delete(logo.key).catch(() => undefined);
    throw error;
  }
}

/** Removes the logo (the header shows the site's mark again); its file goes after the commit. */
export async function removeSiteLogo(
  ctx: AdminContext,
  storage: MediaStorage,
  version: number,
): Promise<AdminSiteSettingsObject> {
  let removed: string | null = null;
  const saved = await changeLogo(ctx, version, "siteSettings.logo.remove", (settings) => {
    removed = settings.logoPath;
    settings.logoPath = null;
    settings.logoWidth = null;
    settings.logoHeight = null;
  });
  // A leftover file is harmless, a missing one is not: files go only once the row no longer names them.
  if (removed) await storage.delete(removed).catch(() => undefined);
  return saved;
}

function changeLogo(
  ctx: AdminContext,
  version: number,
  action: string,
  change: (settings: SiteSettings) => void,
): Promise<AdminSiteSettingsObject> {
  return ctx.dataSource.transaction(async (em) => {
    const settings = await lockVersioned(em, SiteSettings, SITE_SETTINGS_ID, version, "Site settings");
    const before = snapshot(settings);
    change(settings);
    const saved = await em.getRepository(SiteSettings).save(settings);
    await recordAudit(em, ctx, action, { type: "SiteSettings", id: SITE_SETTINGS_ID }, before, snapshot(saved));
    return forStaff(saved);
  });
}
