import type { RequestContext } from "../../graphql/context";
import { connectionOf, type Connection, type Page } from "../../graphql/connection";
import { fold, likeLiteral } from "../../lib/fold";
import { AdministrativeUnit } from "./place.entity";
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
                         WHERE pr.commune_code = au.code AND p.status = 'published')`);
  }
  const rows: Array<AdministrativeUnit & { total: number }> = await ctx.dataSource.query(
    `SELECT au.code, au.name, au.full_name AS "fullName", au.type, au.province_code AS "provinceCode",
            count(*) OVER () AS total
       FROM administrative_unit au
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY ocop_fold(au.name), au.code
      LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
    params,
  );
  const total = rows[0]?.total ?? (page.offset > 0 ? await countUnits(ctx, where, params.slice(0, -2)) : 0);
  return connectionOf(rows, total, page);
}

async function countUnits(ctx: RequestContext, where: string[], params: unknown[]): Promise<number> {
  const [row] = await ctx.dataSource.query(
    `SELECT count(*)::int AS n FROM administrative_unit au ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`,
    params,
  );
  return row.n;
}
