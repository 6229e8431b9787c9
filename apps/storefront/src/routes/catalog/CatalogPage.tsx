import { useQuery } from "@apollo/client/react";
import {
  CatalogCountsDocument,
  CatalogFacetsDocument,
  CatalogProductsDocument,
  type CatalogCountsQuery,
  type CatalogFacetsQuery,
} from "@ocop/schema/public";
import { useDeferredValue, useEffect, useId, useMemo, useRef, type FormEvent, type ReactNode } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { usePlaceLabel } from "../../components/Place";
import { ProductGrid } from "../../components/ProductCard";
import { ErrorState, Loading } from "../../components/QueryState";
import { SearchBox } from "../../components/SearchBox";
import { StarGlyphs } from "../../components/Stars";
import { useLang, useT, type Translate } from "../../i18n/i18n";
import { PRODUCT_GROUP_CODES } from "../../lib/groups";
import { usePageMeta } from "../../lib/usePageMeta";
import { useSiteProvinces, type SiteProvince } from "../../lib/useSiteProvinces";
import { useSiteScope } from "../../lib/useSiteScope";
import {
  MAX_FIRST,
  PAGE_SIZE,
  PRODUCER_TYPES,
  PRODUCT_SORTS,
  activeFilters,
  firstFor,
  parseCatalogSearch,
  toProductFilter,
  updateCatalogState,
  type CatalogState,
} from "./filters";
import { localizedPath, paths } from "@ocop/schema/routes";

function Select({
  label,
  name,
  form,
  value,
  onChange,
  disabled,
  children,
}: {
  label: string;
  /** The URL parameter it sends when the filters' form is sent without JavaScript. */
  name: string;
  /** The id of the form it belongs to, when outside it. */
  form?: string;
  value: string;
  onChange: (v: string) => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        form={form}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </select>
    </div>
  );
}

function filterLabel(
  key: keyof CatalogState,
  state: CatalogState,
  facets: CatalogFacetsQuery | undefined,
  t: Translate,
  place: ReturnType<typeof usePlaceLabel>,
  provinces: SiteProvince[],
): string {
  switch (key) {
    case "group":
      return (
        facets?.categories.find((c) => c.code === state.group)?.name ?? (state.group ? t(`group.${state.group}`) : "")
      );
    case "cat":
      return facets?.categories.flatMap((c) => c.children).find((c) => c.code === state.cat)?.name ?? state.cat ?? "";
    case "stars":
      return state.stars.map((n) => t("stars.short", { count: n })).join(", ");
    case "commune": {
      const unit = facets?.communes?.edges.find((e) => e.node.code === state.commune)?.node;
      return unit ? place(unit, provinces.length > 1) : (state.commune ?? "");
    }
    case "province":
      return provinces.find((p) => p.code === state.province)?.name ?? state.province ?? "";
    case "type":
      return state.type ? t(`producerType.${state.type}`) : "";
    case "valid":
      return t("catalog.validOnly");
    case "q":
      return `“${state.q}”`;
    default:
      return "";
  }
}

const CLEARED: Partial<Record<keyof CatalogState, Partial<CatalogState>>> = {
  q: { q: "" },
  group: { group: null, cat: null },
  cat: { cat: null },
  stars: { stars: [] },
  commune: { commune: null },
  province: { province: null },
  type: { type: null },
  valid: { valid: false },
};

type FacetName = Exclude<keyof CatalogCountsQuery["productFacets"], "__typename" | "total" | "valid">;

/** "Name (12)" with the count under the other filters, or the name alone until the counts come. */
function withCount(label: string, count: number | undefined): string {
  return count === undefined ? label : `${label} (${count})`;
}

type UnitOption = NonNullable<CatalogFacetsQuery["communes"]>["edges"][number]["node"];

/** Each unit's label, with its province where another unit of the list reads the same. */
function unitLabels(units: UnitOption[], place: ReturnType<typeof usePlaceLabel>): Map<string, string> {
  const seen = new Map<string, number>();
  for (const u of units) seen.set(place(u, false), (seen.get(place(u, false)) ?? 0) + 1);
  return new Map(units.map((u) => [u.code, place(u, (seen.get(place(u, false)) ?? 0) > 1)]));
}

/**
 * The filters, with their counts. Their own component: the counts' answer redraws them alone, and
 * hydration can yield between them and the results on a slow phone.
 */
function CatalogFilters({
  state,
  go,
  facets,
  withCommunes,
  formId,
  active,
}: {
  state: CatalogState;
  go: (patch: Partial<CatalogState>) => void;
  facets: CatalogFacetsQuery | undefined;
  withCommunes: boolean;
  formId: string;
  active: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const place = usePlaceLabel();
  const [, navigate] = useLocation();
  const { provinces, several } = useSiteProvinces();
  // Each filter's counts follow the other filters (a facet's own choice left out, API-side). They
  // come after the page is live: the server's render (and its 1.5 s budget) waits only for the list.
  const counts = useQuery(CatalogCountsDocument, {
    variables: { filter: toProductFilter(state), withCommunes },
    ssr: false,
  });
  // Shown in a deferred render React slices: the answer arrives while a phone is still busy with
  // the page it has just hydrated, and redrawing every select at once was one long task.
  const countsNow = useDeferredValue(counts.error ? undefined : counts.data?.productFacets);
  const countOf = (facet: FacetName, value: string): number | undefined =>
    countsNow ? (countsNow[facet]?.find((f) => f.value === value)?.count ?? 0) : undefined;
  const units = facets?.communes?.edges.map((e) => e.node) ?? [];
  const unitLabel = unitLabels(units, place);
  const groupNode = facets?.categories.find((c) => c.code === state.group);

  // Without JavaScript the filters are a GET form to this page (its submit button in <noscript>);
  // with it, every change navigates at once and a submit is read the same way.
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(e.currentTarget)) if (typeof value === "string") query.append(key, value);
    navigate(paths.catalog(parseCatalogSearch(query)));
  };

  return (
    <form
      id={formId}
      method="get"
      action={localizedPath(lang, paths.catalog())}
      className="filters__body"
      aria-label={t("catalog.filters")}
      onSubmit={onSubmit}
    >
      {state.q && <input type="hidden" name="q" value={state.q} />}
      <Select
        label={t("catalog.group")}
        name="group"
        value={state.group ?? ""}
        onChange={(v) => go({ group: (v || null) as CatalogState["group"] })}
      >
        <option value="">{t("catalog.allGroups")}</option>
        {PRODUCT_GROUP_CODES.map((code) => {
          const c = facets?.categories.find((x) => x.code === code);
          return (
            <option key={code} value={code}>
              {withCount(c?.name ?? t(`group.${code}`), countOf("groups", code))}
            </option>
          );
        })}
      </Select>
      <Select
        label={t("catalog.subgroup")}
        name="cat"
        value={state.cat ?? ""}
        disabled={!groupNode || groupNode.children.length === 0}
        onChange={(v) => go({ cat: v || null })}
      >
        <option value="">{state.group ? t("catalog.allSubgroups") : t("catalog.pickGroupFirst")}</option>
        {groupNode?.children.map((c) => (
          <option key={c.code} value={c.code}>
            {withCount(c.name, countOf("subgroups", c.code))}
          </option>
        ))}
        {state.cat && !groupNode?.children.some((c) => c.code === state.cat) && (
          <option value={state.cat}>{state.cat}</option>
        )}
      </Select>
      <fieldset className="field">
        <legend>{t("catalog.stars")}</legend>
        <div className="checks">
          {([5, 4, 3] as const).map((n) => (
            <label key={n} className="check">
              <input
                type="checkbox"
                name="stars"
                value={n}
                checked={state.stars.includes(n)}
                onChange={(e) =>
                  go({ stars: e.target.checked ? [...state.stars, n] : state.stars.filter((s) => s !== n) })
                }
              />
              <StarGlyphs count={n} />
              <span>{withCount(t("stars.short", { count: n }), countOf("stars", String(n)))}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {several && (
        <Select
          label={t("catalog.province")}
          name="province"
          value={state.province ?? ""}
          onChange={(v) => go({ province: v || null })}
        >
          <option value="">{t("catalog.allProvinces")}</option>
          {provinces
            // A province with nothing under the other filters is no choice (the chosen one stays).
            .filter((p) => p.code === state.province || countOf("provinces", p.code) !== 0)
            .map((p) => (
              <option key={p.code} value={p.code}>
                {withCount(p.name, countOf("provinces", p.code))}
              </option>
            ))}
        </Select>
      )}
      <Select
        label={t("catalog.commune")}
        name="commune"
        value={state.commune ?? ""}
        disabled={!withCommunes && !state.commune}
        onChange={(v) => go({ commune: v || null })}
      >
        <option value="">{withCommunes ? t("catalog.allCommunes") : t("catalog.pickProvinceFirst")}</option>
        {units
          // A unit with nothing under the other filters is no choice (the chosen one stays).
          .filter((unit) => unit.code === state.commune || countOf("communes", unit.code) !== 0)
          .map((unit) => (
            <option key={unit.code} value={unit.code}>
              {withCount(unitLabel.get(unit.code) ?? unit.name, countOf("communes", unit.code))}
            </option>
          ))}
        {state.commune && !units.some((u) => u.code === state.commune) && (
          <option value={state.commune}>{state.commune}</option>
        )}
      </Select>
      <Select
        label={t("catalog.producerType")}
        name="type"
        value={state.type ?? ""}
        onChange={(v) => go({ type: (v || null) as CatalogState["type"] })}
      >
        <option value="">{t("catalog.allTypes")}</option>
        {PRODUCER_TYPES.map((p) => (
          <option key={p} value={p}>
            {withCount(t(`producerType.${p}`), countOf("producerTypes", p))}
          </option>
        ))}
      </Select>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            name="valid"
            value="1"
            checked={state.valid}
            onChange={(e) => go({ valid: e.target.checked })}
          />
          <span>{withCount(t("catalog.validOnly"), countsNow?.valid)}</span>
        </label>
      </div>
      <noscript>
        <button type="submit" className="button button--primary">
          {t("catalog.apply")}
        </button>
      </noscript>
      {active && (
        <Link href={paths.catalog()} className="button button--ghost">
          {t("catalog.clearAll")}
        </Link>
      )}
    </form>
  );
}

export default function CatalogPage() {
  const t = useT();
  const place = usePlaceLabel();
  const { provinces, several } = useSiteProvinces();
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = parseCatalogSearch(search);
  const go = (patch: Partial<CatalogState>) => navigate(paths.catalog(updateCatalogState(state, patch)));

  usePageMeta(
    state.q ? t("catalog.titleSearch", { q: state.q }) : t("catalog.title"),
    t("catalog.metaDescription", useSiteScope()),
  );

  // The commune/ward select lists the units of one province: the site's only one, or on a site of
  // several the chosen one (a national site's units are thousands: too many to ask, store and show).
  // Until the settings are known (the first pass of the server's render) no list is asked for.
  const withCommunes = provinces.length === 1 || (several && !!state.province);
  const facets = useQuery(CatalogFacetsDocument, { variables: { province: state.province, withCommunes } });
  // A province has up to a few hundred units, the API gives 100 at a time: the rest follow.
  const moreUnits = facets.data?.communes?.pageInfo;
  const { fetchMore: fetchMoreUnits } = facets;
  useEffect(() => {
    if (!moreUnits?.hasNextPage || !moreUnits.endCursor) return;
    void fetchMoreUnits({
      variables: { after: moreUnits.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        ...prev,
        communes:
          prev.communes && fetchMoreResult.communes
            ? { ...fetchMoreResult.communes, edges: [...prev.communes.edges, ...fetchMoreResult.communes.edges] }
            : prev.communes,
      }),
    });
  }, [moreUnits?.hasNextPage, moreUnits?.endCursor, fetchMoreUnits]);
  const productFilter = toProductFilter(state);
  const wanted = state.page * PAGE_SIZE;
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(CatalogProductsDocument, {
    variables: { first: firstFor(state.page), filter: productFilter, sort: state.sort },
  });
  // What the page shows follows the answer in a deferred render React splits into short slices:
  // on a slow phone, 20 cards arriving at once no longer block the page in one long task.
  // A failed request shows the failure, never the previous filters' results under the new ones.
  const shown = useDeferredValue(error ? undefined : (data ?? previousData));
  const edges = shown?.products.edges;
  const pageInfo = shown?.products.pageInfo;
  // The cards are drawn again only when they change, not with a loading flag or a cursor's answer.
  const grid = useMemo(
    () => (edges?.length ? <ProductGrid products={edges.slice(0, wanted).map((e) => e.node)} eagerImages={2} /> : null),
    [edges, wanted],
  );

  // Pages past the API's cap of 100 per request are topped up with the cursor.
  useEffect(() => {
    if (!data || loading) return;
    const have = data.products.edges.length;
    if (have < wanted && data.products.pageInfo.hasNextPage && data.products.pageInfo.endCursor) {
      void fetchMore({
        variables: { after: data.products.pageInfo.endCursor, first: Math.min(wanted - have, MAX_FIRST) },
        updateQuery: (prev, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          products: { ...fetchMoreResult.products, edges: [...prev.products.edges, ...fetchMoreResult.products.edges] },
        }),
      });
    }
  }, [data, loading, wanted, fetchMore]);

  const total = shown?.products.totalCount ?? 0;
  const active = activeFilters(state);
  const nextHref = paths.catalog({ ...state, page: state.page + 1 });
  const busy = loading && !!shown;

  // Open on wide screens, where the filters sit beside the results. Set after the first render,
  // not as a prop: the server cannot know the screen, and its HTML must hydrate unchanged.
  const filtersRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (filtersRef.current && window.matchMedia?.("(min-width: 56rem)").matches) filtersRef.current.open = true;
  }, []);

  const formId = useId();

  return (
    <div className="container stack-lg">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link href={paths.home()}>{t("nav.home")}</Link> <span aria-hidden="true">›</span>{" "}
        <span aria-current="page">{t("catalog.title")}</span>
      </nav>
      <h1>{state.q ? t("catalog.titleSearch", { q: state.q }) : t("catalog.title")}</h1>
      <SearchBox key={state.q} initial={state.q} onSearch={(q) => go({ q })} />

      <div className="catalog">
        <details className="filters" ref={filtersRef}>
          <summary>
            {t("catalog.filters")}
            {active.filter((k) => k !== "q").length > 0 && (
              <span className="filters__count"> ({active.filter((k) => k !== "q").length})</span>
            )}
          </summary>
          <CatalogFilters
            state={state}
            go={go}
            facets={facets.data}
            withCommunes={withCommunes}
            formId={formId}
            active={active.length > 0}
          />
        </details>

        <section className="results stack" aria-labelledby="results-title" aria-busy={busy}>
          <h2 id="results-title" className="visually-hidden">
            {t("catalog.results")}
          </h2>
          <div className="results__bar">
            <p role="status" className="results__count">
              {shown ? t("count.products", { count: total }) : ""}
            </p>
            <Select
              label={t("catalog.sort")}
              name="sort"
              form={formId}
              value={state.sort}
              onChange={(v) => go({ sort: v as CatalogState["sort"] })}
            >
              {PRODUCT_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`sort.${s}`)}
                </option>
              ))}
            </Select>
          </div>

          {error && !loading && <ErrorState error={error} onRetry={() => void refetch()} />}
          {!shown && loading && <Loading />}

          {shown && total === 0 && (
            <div className="panel empty stack">
              <h3>{t("catalog.emptyTitle")}</h3>
              {active.length > 0 ? (
                <>
                  <p>{t("catalog.emptyHint")}</p>
                  <ul className="chips" role="list">
                    {active.map((key) => (
                      <li key={key}>
                        <Link href={paths.catalog(updateCatalogState(state, CLEARED[key] ?? {}))} className="chip">
                          {t("catalog.dropFilter", {
                            filter: t(`filter.${key as "q"}`),
                            value: filterLabel(key, state, facets.data, t, place, provinces),
                          })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                  <p>
                    <Link href={paths.catalog()}>{t("catalog.clearAll")}</Link>
                  </p>
                </>
              ) : (
                <p>{t("catalog.emptyNoFilter")}</p>
              )}
            </div>
          )}

          {/* Results of another query than the one typed (words dropped, typos corrected, names
              only alike) say so, as search engines do, rather than pass for answers to it. */}
          {shown?.products.searchNote && total > 0 && (
            <p className="panel search-note">
              {t(`catalog.searchNote.${shown.products.searchNote.kind}`, {
                q: state.q,
                shown: shown.products.searchNote.shownQuery,
              })}
            </p>
          )}

          {grid}

          {shown && total > 0 && (
            <div className="load-more">
              <p className="muted">{t("catalog.showing", { shown: Math.min(edges?.length ?? 0, wanted), total })}</p>
              {pageInfo?.hasNextPage && (edges?.length ?? 0) >= Math.min(wanted, total) && (
                <Link href={nextHref} className="button" replace>
                  {t("catalog.loadMore")}
                </Link>
              )}
              {busy && <Loading />}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
