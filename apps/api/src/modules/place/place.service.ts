import { isPublicProduct } from "../../domain/rules";
import type { RequestContext } from "../../graphql/context";
import { connectionFromLoader, pageOfIds, type Connection, type Page } from "../../graphql/connection";
import { fold, likeLiteral } from "@ocop/schema/text";
import type { AdministrativeUnit } from "./place.entity";
import type { AdministrativeUnitFilter } from "./place.types";

export async function listProvinces(ctx: RequestContext) {
  return ctx.dataSource.query(`SELECT code, name, full_name AS "fullName" FROM province ORDER BY name`);
}

export async function listAdministrativeUnits(
  ctx: RequestContext,
  filter: AdministrativeUnitFilter | undefined,
  page: Page,
): Promise<Connection<AdministrativeUnit>> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filter?.provinceCode) where.push(`au.province_code = ${param(filter.provinceCode)}`);
  if (filter?.search?.trim()) where.push(`ocop_fold(au.name) LIKE ${param(`%${likeLiteral(fold(filter.search))}%`)}`);
  if (filter?.withProducts) {
    where.push(`EXISTS (SELECT 1 FROM producer pr JOIN product p ON p.producer_id = pr.id
                         WHERE pr.commune_code = au.code AND ${isPublicProduct("p")})`);
  }
  const from = `FROM administrative_unit au ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`;
  const ids = await pageOfIds<string>(ctx.dataSource, "au.code", from, "ocop_fold(au.name), au.code", params, page);
  return connectionFromLoader(ctx.loaders.administrativeUnitByCode, ids, page);
}
