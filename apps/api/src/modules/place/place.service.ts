import { hasSiteProducts, shownOnSite } from "../../domain/rules";
import type { RequestContext } from "../../graphql/context";
import { connectionFromLoader, type Connection, type Page } from "../../graphql/connection";
import { pageOfIds } from "../../lib/page-of-ids";
import { fold, likeLiteral } from "@ocop/schema/text";
import { AdministrativeUnit } from "./place.entity";
import type { AdministrativeUnitFilter, ProvinceUnitsObject } from "./place.types";

/** The site's provinces (shownOnSite), by name. */
export async function listProvinces(ctx: RequestContext) {
  return ctx.dataSource.query(
    `SELECT code, name, full_name AS "fullName" FROM province WHERE ${shownOnSite.province("code")} ORDER BY name`,
  );
}

/** Every province, for staff pickers (the site's provinces are chosen among them). */
export async function listAllProvinces(ctx: RequestContext) {
  return ctx.dataSource.query(`SELECT code, name, full_name AS "fullName" FROM province ORDER BY name`);
}

/** A commune/ward page: only of the site's provinces (another province's unit is not found). */
export async function communeByCode(ctx: RequestContext, code: string): Promise<AdministrativeUnit | null> {
  const unit = await ctx.loaders.administrativeUnitByCode.load(code);
  if (!unit) return null;
  const [shown] = await ctx.dataSource.query(`SELECT ${shownOnSite.province("$1")} AS shown`, [unit.provinceCode]);
  return shown?.shown ? unit : null;
}

export async function listAdministrativeUnits(
  ctx: RequestContext,
  filter: AdministrativeUnitFilter | undefined,
  page: Page,
): Promise<Connection<AdministrativeUnit>> {
  const where: string[] = [shownOnSite.unit("au")];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filter?.provinceCode) where.push(`au.province_code = ${param(filter.provinceCode)}`);
  if (filter?.search?.trim()) where.push(`ocop_fold(au.name) LIKE ${param(`%${likeLiteral(fold(filter.search))}%`)}`);
  if (filter?.withProducts) where.push(hasSiteProducts("au"));
  const from = `FROM administrative_unit au WHERE ${where.join(" AND ")}`;
  const ids = await pageOfIds<string>(ctx.dataSource, "au.code", from, "ocop_fold(au.name), au.code", params, page);
  return connectionFromLoader(ctx.loaders.administrativeUnitByCode, ids, page);
}

/** Every unit (of one province), for staff pickers; a province has at most a few hundred. */
export function listCommunesForStaff(ctx: RequestContext, provinceCode: string | null): Promise<AdministrativeUnit[]> {
  return ctx.dataSource.getRepository(AdministrativeUnit).find({
    where: provinceCode ? { provinceCode } : {},
    order: { provinceCode: "ASC", name: "ASC" },
    take: 5000,
  });
}

/**
 * The communes/wards the site shows, one group per province (by the province's name), counted by
 * type from the data: the communes page's headings. `withProducts`: only units with a product the
 * public sees (the page's default); `provinceCode`: that province's group alone.
 */
export async function listCommunesByProvince(
  ctx: RequestContext,
  withProducts: boolean,
  provinceCode: string | null,
): Promise<ProvinceUnitsObject[]> {
  const where = [shownOnSite.unit("au")];
  const params: unknown[] = [];
  if (provinceCode) where.push(`au.province_code = $${params.push(provinceCode)}`);
  if (withProducts) where.push(hasSiteProducts("au"));
  const rows: Array<Omit<ProvinceUnitsObject, "withProducts">> = await ctx.dataSource.query(
    `SELECT au.province_code AS "provinceCode", count(*)::int AS total,
            count(*) FILTER (WHERE au.type = 'xa')::int AS communes,
            count(*) FILTER (WHERE au.type = 'phuong')::int AS wards,
            count(*) FILTER (WHERE au.type = 'dac_khu')::int AS "specialZones"
       FROM administrative_unit au JOIN province pv ON pv.code = au.province_code
      WHERE ${where.join(" AND ")}
      GROUP BY au.province_code, pv.name
      ORDER BY ocop_fold(pv.name), au.province_code`,
    params,
  );
  return rows.map((row) => ({ ...row, withProducts }));
}

/** The units of one group of listCommunesByProvince, by name (a province has at most a few hundred). */
export function unitsOfGroup(ctx: RequestContext, group: ProvinceUnitsObject): Promise<AdministrativeUnit[]> {
  const loader = group.withProducts
    ? ctx.loaders.siteUnitsWithProductsByProvinceCode
    : ctx.loaders.siteUnitsByProvinceCode;
  return loader.load(group.provinceCode);
}
