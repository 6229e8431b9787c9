import type { DataSource } from "typeorm";
import { recordLoader } from "../../lib/loaders";
import type { OfficeObject } from "./site-settings.types";

/** The office that receives the requests about a province's products, with the province's code. */
export type ReceivingOffice = OfficeObject & { provinceCode: string };

export function createSettingsLoaders(ds: DataSource) {
  return {
    /**
     * Each province's receiving office in one statement: its own office where that office has an
     * email (requests go there, officeEmailsFor), else the site office, as a whole (never one
     * office's name with another's phone).
     */
    receivingOfficeByProvinceCode: recordLoader(
      (codes: readonly string[]): Promise<ReceivingOffice[]> =>
        ds.query(
          `SELECT c.code AS "provinceCode",
                  CASE WHEN own.own THEN po.name ELSE site.office_name END AS name,
                  CASE WHEN own.own THEN po.address ELSE site.office_address END AS address,
                  CASE WHEN own.own THEN po.phone ELSE site.office_phone END AS phone,
                  CASE WHEN own.own THEN po.email ELSE site.office_email END AS email,
                  CASE WHEN own.own THEN po.hours ELSE site.office_hours END AS hours
             FROM unnest($1::text[]) AS c(code)
             CROSS JOIN site_settings site
             LEFT JOIN province_office po ON po.province_code = c.code
             CROSS JOIN LATERAL (SELECT coalesce(btrim(po.email), '') <> '' AS own) own
            WHERE site.id = 1`,
          [codes],
        ),
      (o) => o.provinceCode,
    ),
  };
}
