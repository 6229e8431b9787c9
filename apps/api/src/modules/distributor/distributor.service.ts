import type { RequestContext } from "../../graphql/context";
import { connectionOf, type Connection, type Page } from "../../graphql/connection";
import { fold, likeLiteral } from "../../lib/fold";
import type { Distributor } from "./distributor.entity";
import type { DistributorFilter } from "./distributor.types";

export async function listDistributors(
  ctx: RequestContext,
  filter: DistributorFilter | undefined,
  page: Page,
): Promise<Connection<Distributor>> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (filter?.kind) where.push(`d.kind = ${param(filter.kind)}`);
  if (filter?.search?.trim()) {
    where.push(`ocop_fold(concat_ws(' ', d.name_vi, d.name_en, d.name_zh)) LIKE ${param(`%${likeLiteral(fold(filter.search))}%`)}`);
  }
  const from = `FROM distributor d ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`;
  const rows: Array<{ id: number; total: number }> = await ctx.dataSource.query(
    `SELECT d.id, count(*) OVER () AS total ${from} ORDER BY d.kind, ocop_fold(d.name_vi), d.id
      LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
    params,
  );
  let total = rows[0]?.total;
  if (total === undefined) {
    const [row] = await ctx.dataSource.query(`SELECT count(*)::int AS n ${from}`, params.slice(0, -2));
    total = Number(row.n);
  }
  const distributors = await ctx.loaders.distributorById.loadMany(rows.map((r) => r.id));
  return connectionOf(
    distributors.filter((d): d is Distributor => d !== null && !(d instanceof Error)),
    total,
    page,
  );
}

export async function distributorBySlug(ctx: RequestContext, slug: string): Promise<Distributor | null> {
  const [row] = await ctx.dataSource.query(`SELECT id FROM distributor WHERE slug = $1`, [slug]);
  return row ? ctx.loaders.distributorById.load(row.id) : null;
}
