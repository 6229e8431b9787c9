import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { connectionOf, type Connection, type Page } from "../graphql/connection";

/** One ORDER BY term; `expression` may be a column (`pr.name`) or SQL over columns (`ocop_fold(pr.name)`). */
export interface OrderTerm {
  expression: string;
  direction?: "ASC" | "DESC";
  nulls?: "NULLS FIRST" | "NULLS LAST";
}

/** What a filter field adds when it is set: a condition over the list's alias and its parameters. */
type FilterRule<V> = (value: V) => [condition: string, params?: ObjectLiteral];

/**
 * How one staff list filters and sorts (Vendure's ListQueryBuilder, declared per list). Each sort
 * is followed by the tiebreaker, a unique key, so rows with equal sort values keep one order from
 * page to page and paging neither repeats nor skips a row.
 */
export interface ListDefinition<F extends object, S extends string> {
  filters: { [K in keyof F]-?: FilterRule<NonNullable<F[K]>> };
  sorts: Record<S, OrderTerm[]>;
  tiebreaker: OrderTerm[];
}

export interface ListRequest<F extends object, S extends string> {
  filter?: F | null;
  sort: S;
  page: Page;
}

function isSet(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Every staff list: the set filters, the sort and its tiebreaker, one offset page and the total. */
export async function listQuery<T extends ObjectLiteral, F extends object, S extends string>(
  qb: SelectQueryBuilder<T>,
  definition: ListDefinition<F, S>,
  { filter, sort, page }: ListRequest<F, S>,
): Promise<Connection<T>> {
  for (const key of Object.keys(definition.filters) as Array<keyof F>) {
    const value = filter?.[key];
    if (!isSet(value)) continue;
    const [condition, params] = definition.filters[key](value as NonNullable<F[typeof key]>);
    qb.andWhere(condition, params);
  }
  const terms = [...definition.sorts[sort], ...definition.tiebreaker];
  const seen = new Set<string>();
  for (const term of terms) {
    if (seen.has(term.expression)) continue;
    seen.add(term.expression);
    qb.addOrderBy(term.expression, term.direction ?? "ASC", term.nulls);
  }
  // offset/limit, not skip/take: no joins here, so no distinct-ids subquery is needed.
  const [rows, total] = await qb.offset(page.offset).limit(page.limit).getManyAndCount();
  return connectionOf(rows, total, page);
}
