import type { ProducerFilter } from "@ocop/schema/public";
import type { ProducerDirectoryFilters } from "@ocop/schema/routes";
import { parseCatalogSearch, type CatalogState } from "../catalog/filters";

/** Producers per page of the directory. */
export const DIRECTORY_PAGE_SIZE = 24;

export type DirectoryState = Pick<CatalogState, "q" | "group" | "stars" | "commune" | "type" | "page">;

/**
 * The directory's state from its query string: the catalog's names and checks. Without JavaScript
 * its form sends one `stars` per ticked box (stars=5&stars=4); links carry them as "stars=5,4".
 */
export function parseDirectorySearch(search: string): DirectoryState {
  const params = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const stars = params.getAll("stars").join(",");
  params.delete("stars");
  if (stars) params.set("stars", stars);
  const { q, group, stars: picked, commune, type, page } = parseCatalogSearch(params);
  return { q, group, stars: picked, commune, type, page };
}

/** The URL form of a state (for paths.producers); defaults are left out there. */
export function directoryFilters(state: DirectoryState): ProducerDirectoryFilters {
  return {
    q: state.q,
    group: state.group,
    stars: state.stars,
    commune: state.commune,
    type: state.type,
    page: state.page,
  };
}

/** The API filter for a state. */
export function toProducerFilter(state: DirectoryState): ProducerFilter {
  const filter: ProducerFilter = {};
  if (state.q) filter.search = state.q;
  if (state.group) filter.categoryCode = state.group;
  if (state.stars.length) filter.stars = state.stars;
  if (state.commune) filter.communeCode = state.commune;
  if (state.type) filter.type = state.type;
  return filter;
}

export function hasFilters(state: DirectoryState): boolean {
  return !!(state.q || state.group || state.stars.length || state.commune || state.type);
}
