import type { AdminContext } from "../../graphql/admin-context";
import type { Page } from "../../graphql/connection";
import type { RequestContext } from "../../graphql/context";
import { fold, likeLiteral } from "@ocop/schema/text";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { SearchSynonym } from "./search-synonym.entity";

/** At most this many spellings of one query are searched. */
const MAX_VARIANTS = 6;

/**
 * The folded query plus the same query with each staff-defined synonym swapped in, e.g.
 * "dau phong rang" → also "lac rang". Terms match whole words only ("na" is not inside "nam").
 */
export async function expandWithSynonyms(ctx: RequestContext, foldedQuery: string): Promise<string[]> {
  const words = foldedQuery.split(" ");
  const groups: Array<{ terms: string[] }> = await ctx.dataSource.query(
    `SELECT terms FROM search_synonym WHERE terms && $1::text[] OR EXISTS (
       SELECT 1 FROM unnest(terms) t WHERE position(' ' IN t) > 0 AND position(t IN $2) > 0)`,
    [words, foldedQuery],
  );
  const variants = new Set([foldedQuery]);
  const padded = ` ${foldedQuery} `;
  for (const { terms } of groups) {
    const present = terms.find((t) => padded.includes(` ${t} `));
    if (!present) continue;
    for (const other of terms) {
      if (other !== present) variants.add(padded.replace(` ${present} `, ` ${other} `).trim());
      if (variants.size >= MAX_VARIANTS) return [...variants];
    }
  }
  return [...variants];
}

/**
 * No index for the search or the order: the groups are written by hand (tens, not thousands), so
 * a scan is cheaper than keeping a trigram index current. Labels sort diacritics aside, as names do.
 */
const synonymList: ListDefinition<{ search?: string | null }, "LABEL"> = {
  filters: {
    search: (search) => [
      "ocop_fold(s.label || ' ' || array_to_string(s.terms, ' ')) LIKE :q",
      { q: `%${likeLiteral(fold(search))}%` },
    ],
  },
  sorts: { LABEL: [{ expression: "ocop_fold(s.label)" }] },
  tiebreaker: [{ expression: "s.id" }],
};

/** The synonym groups staff maintain, for their list. */
export function listSearchSynonyms(ctx: AdminContext, search: string | null, page: Page) {
  return listQuery(ctx.dataSource.getRepository(SearchSynonym).createQueryBuilder("s"), synonymList, {
    filter: { search },
    sort: "LABEL",
    page,
  });
}
