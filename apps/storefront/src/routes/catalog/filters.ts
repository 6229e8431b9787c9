import type { ProducerType, ProductFilter, ProductSort } from "@ocop/schema/public";
import { CERTIFIED_STARS, type CertifiedStars } from "@ocop/schema/enums";
import { paths } from "@ocop/schema/routes";
import { groupOf, isGroupCode, type ProductGroupCode } from "../../lib/groups";

/** Every value the URL may carry; a union check keeps these lists in step with the schema. */
export const PRODUCER_TYPES = [
  "COOPERATIVE",
  "ENTERPRISE",
  "HOUSEHOLD",
  "COOPERATIVE_GROUP",
  "PUBLIC_BODY",
] as const satisfies readonly ProducerType[];
export const PRODUCT_SORTS = ["RELEVANCE", "STARS", "NAME", "NEWEST"] as const satisfies readonly ProductSort[];
type Exhaustive<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _types: Exhaustive<(typeof PRODUCER_TYPES)[number], ProducerType> = true;
const _sorts: Exhaustive<(typeof PRODUCT_SORTS)[number], ProductSort> = true;
void _types;
void _sorts;

export const PAGE_SIZE = 20;
/** The API caps `first` at 100: pages beyond that are loaded with a cursor instead. */
export const MAX_FIRST = 100;
const MAX_PAGE = 50;
const MAX_QUERY_LENGTH = 100;

export type CatalogState = {
  q: string;
  group: ProductGroupCode | null;
  /** A subgroup code (TP-SC-2); always inside `group`. */
  cat: string | null;
  stars: CertifiedStars[];
  /** A province code, on a site of several provinces (the commune/ward is then one of it). */
  province: string | null;
  commune: string | null;
  type: ProducerType | null;
  /** Only products whose certificate is valid today. */
  valid: boolean;
  sort: ProductSort;
  page: number;
};

export const EMPTY_STATE: CatalogState = {
  q: "",
  group: null,
  cat: null,
  stars: [],
  province: null,
  commune: null,
  type: null,
  valid: false,
  sort: "RELEVANCE",
  page: 1,
};

const SUBGROUP_RE = /^(TP|DU|DL|TC|SV|DV)(-[A-Z]{2})?-\d{1,2}$/;
const COMMUNE_RE = /^\d{5}$/;
const PROVINCE_RE = /^\d{2}$/;

function one(params: URLSearchParams, key: string): string | null {
  const v = params.get(key);
  return v === null ? null : v.trim();
}

/**
 * The catalogue's state from a query string. Unknown or malformed values are dropped (never
 * sent to the API), so any link, however edited, gives a sane page.
 */
export function parseCatalogSearch(search: string | URLSearchParams): CatalogState {
  const params =
    typeof search === "string" ? new URLSearchParams(search.startsWith("?") ? search.slice(1) : search) : search;

  const q = (one(params, "q") ?? "").replace(/\s+/g, " ").slice(0, MAX_QUERY_LENGTH);

  const rawCat = one(params, "cat")?.toUpperCase() ?? null;
  let cat = rawCat && SUBGROUP_RE.test(rawCat) ? rawCat : null;
  const rawGroup = one(params, "group")?.toUpperCase() ?? null;
  let group = isGroupCode(rawGroup) ? rawGroup : null;
  if (cat) {
    const owner = groupOf(cat);
    if (group && owner !== group)
      cat = null; // a subgroup of another group: keep the group
    else group = owner;
  }

  // "stars=5,4" from links; "stars=5&stars=4" from the filters' form sent without JavaScript.
  const stars = [
    ...new Set(
      params
        .getAll("stars")
        .join(",")
        .split(",")
        .map((s) => Number(s.trim()))
        .filter((n): n is CertifiedStars => (CERTIFIED_STARS as readonly number[]).includes(n)),
    ),
  ].sort((a, b) => b - a);

  const rawProvince = one(params, "province");
  const province = rawProvince && PROVINCE_RE.test(rawProvince) ? rawProvince : null;

  const rawCommune = one(params, "commune");
  const commune = rawCommune && COMMUNE_RE.test(rawCommune) ? rawCommune : null;

  const rawType = one(params, "type")?.toUpperCase() ?? null;
  const type = (PRODUCER_TYPES as readonly string[]).includes(rawType ?? "") ? (rawType as ProducerType) : null;

  const valid = one(params, "valid") === "1";

  const rawSort = one(params, "sort")?.toUpperCase() ?? null;
  const sort = (PRODUCT_SORTS as readonly string[]).includes(rawSort ?? "") ? (rawSort as ProductSort) : "RELEVANCE";

  const rawPage = one(params, "page");
  const n = rawPage && /^\d+$/.test(rawPage) ? Number(rawPage) : 1;
  const page = n >= 1 ? Math.min(n, MAX_PAGE) : 1;

  return { q, group, cat, stars, province, commune, type, valid, sort, page };
}

/** A state changed by `patch`; any change other than the page itself goes back to page 1. */
export function updateCatalogState(state: CatalogState, patch: Partial<CatalogState>): CatalogState {
  const next = { ...state, ...patch };
  if (patch.group !== undefined && patch.group !== state.group && patch.cat === undefined) next.cat = null;
  // A commune/ward is of one province: another province leaves it out.
  if (patch.province !== undefined && patch.province !== state.province && patch.commune === undefined)
    next.commune = null;
  if (patch.page === undefined) next.page = 1;
  return next;
}

/** The catalogue path for a state, e.g. catalogHref({ stars: [5] }) → "/san-pham?stars=5". */
export function catalogHref(patch: Partial<CatalogState> = {}): string {
  return paths.catalog({ ...EMPTY_STATE, ...patch });
}

/** The API filter for a state. */
export function toProductFilter(state: CatalogState): ProductFilter {
  const filter: ProductFilter = {};
  if (state.q) filter.search = state.q;
  const category = state.cat ?? state.group;
  if (category) filter.categoryCode = category;
  if (state.stars.length) filter.stars = state.stars;
  if (state.province) filter.provinceCode = state.province;
  if (state.commune) filter.communeCode = state.commune;
  if (state.type) filter.producerType = state.type;
  if (state.valid) filter.validOnly = true;
  return filter;
}

/** How many products the first request asks for: every page up to `page`, within the API cap. */
export function firstFor(page: number): number {
  return Math.min(page * PAGE_SIZE, MAX_FIRST);
}

/** Names of the active filters, in the order the empty state suggests dropping them. */
export function activeFilters(state: CatalogState): (keyof CatalogState)[] {
  const out: (keyof CatalogState)[] = [];
  if (state.cat) out.push("cat");
  else if (state.group) out.push("group");
  if (state.stars.length) out.push("stars");
  if (state.commune) out.push("commune");
  if (state.province) out.push("province");
  if (state.type) out.push("type");
  if (state.valid) out.push("valid");
  if (state.q) out.push("q");
  return out;
}
