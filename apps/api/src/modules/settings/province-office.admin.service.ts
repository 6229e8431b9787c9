import { provinceOfficeInputSchema } from "@ocop/schema/inputs";
import type { AdminContext } from "../../graphql/admin-context";
import { badUserInput, conflict, fieldError } from "../../graphql/errors";
import { parseInput } from "../../graphql/validation";
import { snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { ProvinceOffice } from "./province-office.entity";
import type { AdminProvinceOfficeObject, ProvinceOfficeInput } from "./site-settings.admin.types";
import { SITE_SETTINGS_ID, SiteSettings } from "./site-settings.entity";

const EMPTY = { name: null, address: null, phone: null, email: null, hours: null };

/** The office of each of the site's provinces (an empty one, version 0, where none is recorded yet). */
export async function provinceOfficesForStaff(ctx: AdminContext): Promise<AdminProvinceOfficeObject[]> {
  const settings = await ctx.dataSource.getRepository(SiteSettings).findOneBy({ id: SITE_SETTINGS_ID });
  const codes = settings?.provinces ?? [];
  const offices = await ctx.dataSource
    .getRepository(ProvinceOffice)
    .findBy(codes.map((provinceCode) => ({ provinceCode })));
  return codes.map(
    (provinceCode) => offices.find((o) => o.provinceCode === provinceCode) ?? { provinceCode, ...EMPTY, version: 0 },
  );
}

/**
 * Records a province's office (version 0: the first time). Audited as part of the site settings,
 * which the same administrators read.
 */
export async function updateProvinceOffice(
  ctx: AdminContext,
  provinceCode: string,
  version: number,
  input: ProvinceOfficeInput,
): Promise<AdminProvinceOfficeObject> {
  const data = parseInput(provinceOfficeInputSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const [province] = await em.query(`SELECT code FROM province WHERE code = $1`, [provinceCode]);
    if (!province) throw badUserInput([fieldError("provinceCode", "unknownReference", { detail: provinceCode })]);
    // Serialises the first record of a province too (no row to lock yet).
    await em.query(`SELECT 1 FROM site_settings WHERE id = $1 FOR UPDATE`, [SITE_SETTINGS_ID]);
    const repo = em.getRepository(ProvinceOffice);
    const current = await repo.findOneBy({ provinceCode });
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== version) {
      throw conflict(
        `The office of province ${provinceCode} was changed by someone else meanwhile (version ${currentVersion}, yours ${version})`,
        current ? snapshot(current) : { provinceCode, ...EMPTY, version: 0 },
      );
    }
    const before = current ? snapshot(current) : null;
    const saved = await repo.save(Object.assign(current ?? repo.create({ provinceCode }), data));
    await recordAudit(
      em,
      ctx,
      "siteSettings.provinceOffice.update",
      { type: "SiteSettings", id: SITE_SETTINGS_ID },
      before,
      snapshot(saved),
    );
    return saved;
  });
}
