import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { mediaUrl } from "../media/media.fields";
import type { Province } from "../place/place.entity";
import type { Product } from "../product/product.entity";
import { producerOfProduct } from "../product/product.fields";
import { SITE_SETTINGS_ID, SiteSettings } from "./site-settings.entity";
import type { OfficeObject, SiteSettingsObject } from "./site-settings.types";

/** The public settings, with the province codes the `provinces` field resolves. */
export type PublicSiteSettings = SiteSettingsObject & { provinceCodes: string[] };

const EMPTY_SETTINGS: PublicSiteSettings = {
  siteName: null,
  officeName: null,
  officeAddress: null,
  officePhone: null,
  officeEmail: null,
  officeHours: null,
  logoUrl: null,
  logoWidth: null,
  logoHeight: null,
  defaultLanguage: "vi",
  provinceCodes: [],
};

/** The settings as the public sees them: the stored logo as its URL. */
export function publicSettings(s: SiteSettings): PublicSiteSettings {
  return {
    siteName: s.siteName,
    officeName: s.officeName,
    officeAddress: s.officeAddress,
    officePhone: s.officePhone,
    officeEmail: s.officeEmail,
    officeHours: s.officeHours,
    logoUrl: s.logoPath ? mediaUrl(s.logoPath) : null,
    logoWidth: s.logoPath ? s.logoWidth : null,
    logoHeight: s.logoPath ? s.logoHeight : null,
    defaultLanguage: s.defaultLanguage,
    provinceCodes: s.provinces,
  };
}

/** The deployment's settings as the public sees them (the one record the migration made). */
export async function siteSettings(ctx: RequestContext): Promise<PublicSiteSettings> {
  const settings = await ctx.dataSource.getRepository(SiteSettings).findOneBy({ id: SITE_SETTINGS_ID });
  // An empty answer, were the record ever gone, keeps every page rendering.
  return settings ? publicSettings(settings) : EMPTY_SETTINGS;
}

/** The site's provinces, by name (a national site lists many: ordered as people look them up). */
export async function siteProvinces(ctx: RequestContext, codes: readonly string[]): Promise<Province[]> {
  const provinces = await ctx.loaders.provinceByCode.loadMany(codes);
  return provinces
    .filter((p): p is Province => !!p && !(p instanceof Error))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

/**
 * The office addresses a request about products of these provinces goes to: each province's own
 * office (a site of several provinces), or the site office where a province has no email recorded.
 */
export async function officeEmailsFor(em: EntityManager, provinceCodes: readonly string[]): Promise<string[]> {
  const rows: Array<{ email: string | null }> = await em.query(
    `SELECT DISTINCT lower(coalesce(nullif(btrim(po.email), ''), nullif(btrim(site.office_email), ''))) AS email
       FROM unnest($1::text[]) AS c(code)
       CROSS JOIN site_settings site
       LEFT JOIN province_office po ON po.province_code = c.code
      WHERE site.id = 1`,
    [provinceCodes],
  );
  return rows.flatMap((r) => (r.email ? [r.email] : []));
}

/**
 * The office whose contact a visitor sees beside a product's connection form: the one that receives
 * the request (that of the producer's province). Null when it has no contact at all.
 */
export async function receivingOfficeOfProduct(ctx: RequestContext, product: Product): Promise<OfficeObject | null> {
  const producer = await producerOfProduct(ctx, product);
  if (!producer) return null;
  const office = await ctx.loaders.receivingOfficeByProvinceCode.load(producer.provinceCode);
  if (!office) return null;
  const { name, address, phone, email, hours } = office;
  const blank = (v: string | null) => !v?.trim();
  return [name, address, phone, email, hours].every(blank) ? null : { name, address, phone, email, hours };
}
