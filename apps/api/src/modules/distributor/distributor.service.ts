import type { RequestContext } from "../../graphql/context";
import { connectionFromLoader, type Connection, type Page } from "../../graphql/connection";
import { pageOfIds } from "../../lib/page-of-ids";
import { fold, likeLiteral } from "@ocop/schema/text";
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
    where.push(
      `ocop_fold(concat_ws(' ', d.name_vi, d.name_en, d.name_zh)) LIKE ${param(`%${likeLiteral(fold(filter.search))}%`)}`,
    );
  }
  const from = `FROM distributor d ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`;
  const ids = await pageOfIds(ctx.dataSource, "d.id", from, "d.kind, ocop_fold(d.name_vi), d.id", params, page);
  return connectionFromLoader(ctx.loaders.distributorById, ids, page);
}

export async function distributorBySlug(ctx: RequestContext, slug: string): Promise<Distributor | null> {
  const [row] = await ctx.dataSource.query(`SELECT id FROM distributor WHERE slug = $1`, [slug]);
  return row ? ctx.loaders.distributorById.load(row.id) : null;
}
