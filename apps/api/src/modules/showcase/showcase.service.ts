import { isPublicEvent, TODAY_IN_VIETNAM } from "../../domain/rules";
import type { RequestContext } from "../../graphql/context";
import { connectionFromLoader, type Connection, type Page } from "../../graphql/connection";
import { pageOfIds } from "../../lib/page-of-ids";
import type { ShowcaseEvent } from "./showcase.entity";
import { ShowcaseEventSort, type ShowcaseEventFilter } from "./showcase.types";

export async function listShowcaseEvents(
  ctx: RequestContext,
  filter: ShowcaseEventFilter | undefined,
  sort: ShowcaseEventSort,
  page: Page,
): Promise<Connection<ShowcaseEvent>> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = [isPublicEvent("e")];
  if (filter?.upcoming) where.push(`e.ends_on >= ${TODAY_IN_VIETNAM}`);
  if (filter?.kind) where.push(`e.kind = ${param(filter.kind)}`);
  const orderBy = {
    [ShowcaseEventSort.START_DATE_ASC]: "e.starts_on, e.id",
    [ShowcaseEventSort.START_DATE_DESC]: "e.starts_on DESC, e.id DESC",
    [ShowcaseEventSort.UPCOMING_FIRST]: `(e.ends_on < ${TODAY_IN_VIETNAM}), CASE WHEN e.ends_on >= ${TODAY_IN_VIETNAM} THEN e.starts_on END,
                                         e.starts_on DESC, e.id`,
  }[sort];
  const from = `FROM showcase_event e WHERE ${where.join(" AND ")}`;
  return connectionFromLoader(
    ctx.loaders.showcaseEventById,
    await pageOfIds(ctx.dataSource, "e.id", from, orderBy, params, page),
    page,
  );
}

export async function showcaseEventBySlug(ctx: RequestContext, slug: string): Promise<ShowcaseEvent | null> {
  const [row] = await ctx.dataSource.query(
    `SELECT e.id FROM showcase_event e WHERE e.slug = $1 AND ${isPublicEvent("e")}`,
    [slug],
  );
  return row ? ctx.loaders.showcaseEventById.load(row.id) : null;
}
