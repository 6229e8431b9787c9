import { useQuery } from "@apollo/client/react";
import { ProducerDirectoryDocument, ProducerDirectoryFacetsDocument } from "@ocop/schema/public";
import { localizedPath, paths } from "@ocop/schema/routes";
import { useEffect, useId, type FormEvent } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { DemoNote } from "../../components/DemoNote";
import { Place, usePlaceLabel } from "../../components/Place";
import { ErrorState, Loading } from "../../components/QueryState";
import { StarGlyphs, Stars } from "../../components/Stars";
import { useLang, useT } from "../../i18n/i18n";
import { PRODUCT_GROUP_CODES } from "../../lib/groups";
import { usePageMeta } from "../../lib/usePageMeta";
import { useSiteProvinces } from "../../lib/useSiteProvinces";
import { MAX_FIRST, PRODUCER_TYPES } from "../catalog/filters";
import {
  DIRECTORY_PAGE_SIZE,
  directoryFilters,
  hasFilters,
  parseDirectorySearch,
  toProducerFilter,
  type DirectoryState,
} from "./directory";

/** The producer directory: a GET form (works without JavaScript) over a server-rendered list. */
export default function ProducersPage() {
  const t = useT();
  const lang = useLang();
  const place = usePlaceLabel();
  const { several } = useSiteProvinces();
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = parseDirectorySearch(search);
  const ids = { q: useId(), group: useId(), commune: useId(), type: useId() };
  usePageMeta(t("producers.title"), t("producers.metaDescription"));

  const facets = useQuery(ProducerDirectoryFacetsDocument);
  const wanted = state.page * DIRECTORY_PAGE_SIZE;
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(ProducerDirectoryDocument, {
    variables: { first: Math.min(wanted, MAX_FIRST), filter: toProducerFilter(state) },
  });
  const shown = data ?? previousData;
  const edges = shown?.producers.edges ?? [];
  const total = shown?.producers.totalCount ?? 0;

  // Pages past the API's cap of 100 per request are topped up with the cursor, as in the catalog.
  useEffect(() => {
    if (!data || loading) return;
    const have = data.producers.edges.length;
    const { hasNextPage, endCursor } = data.producers.pageInfo;
    if (have < wanted && hasNextPage && endCursor) {
      void fetchMore({
        variables: { after: endCursor, first: Math.min(wanted - have, MAX_FIRST) },
        updateQuery: (prev, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          producers: {
            ...fetchMoreResult.producers,
            edges: [...prev.producers.edges, ...fetchMoreResult.producers.edges],
          },
        }),
      });
    }
  }, [data, loading, wanted, fetchMore]);

  const go = (next: DirectoryState) => navigate(paths.producers(directoryFilters(next)));
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const query = new URLSearchParams();
    for (const [key, value] of form) if (typeof value === "string" && value) query.append(key, value);
    go(parseDirectorySearch(query.toString()));
  };
  const submitNow = (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) =>
    e.currentTarget.form?.requestSubmit();

  return (
    <div className="container stack-lg">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link href={paths.home()}>{t("nav.home")}</Link> <span aria-hidden="true">›</span>{" "}
        <span aria-current="page">{t("producers.title")}</span>
      </nav>
      <h1>{t("producers.title")}</h1>
      <p className="lead">{t("producers.lead")}</p>

      <form
        key={search}
        role="search"
        method="get"
        action={localizedPath(lang, paths.producers())}
        className="filters directory-form"
        aria-label={t("producers.filters")}
        onSubmit={onSubmit}
      >
        <div className="field">
          <label htmlFor={ids.q}>{t("producers.search")}</label>
          <input
            id={ids.q}
            name="q"
            type="search"
            defaultValue={state.q}
            placeholder={t("producers.searchPlaceholder")}
            maxLength={100}
            autoComplete="off"
            enterKeyHint="search"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.group}>{t("catalog.group")}</label>
          <select id={ids.group} name="group" defaultValue={state.group ?? ""} onChange={submitNow}>
            <option value="">{t("catalog.allGroups")}</option>
            {PRODUCT_GROUP_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`group.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.commune}>{t("catalog.commune")}</label>
          <select id={ids.commune} name="commune" defaultValue={state.commune ?? ""} onChange={submitNow}>
            <option value="">{t("catalog.allCommunes")}</option>
            {facets.data?.communes.edges.map(({ node }) => (
              <option key={node.code} value={node.code}>
                {place(node, several)}
              </option>
            ))}
            {state.commune && !facets.data?.communes.edges.some((e) => e.node.code === state.commune) && (
              <option value={state.commune}>{state.commune}</option>
            )}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.type}>{t("catalog.producerType")}</label>
          <select id={ids.type} name="type" defaultValue={state.type ?? ""} onChange={submitNow}>
            <option value="">{t("catalog.allTypes")}</option>
            {PRODUCER_TYPES.map((p) => (
              <option key={p} value={p}>
                {t(`producerType.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t("producers.bestStars")}</legend>
          <div className="checks">
            {([5, 4, 3] as const).map((n) => (
              <label key={n} className="check">
                <input
                  type="checkbox"
                  name="stars"
                  value={n}
                  defaultChecked={state.stars.includes(n)}
                  onChange={submitNow}
                />
                <StarGlyphs count={n} />
                <span>{t("stars.short", { count: n })}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="directory-form__actions">
          <button type="submit" className="button button--primary">
            {t("producers.apply")}
          </button>
          {hasFilters(state) && (
            <Link href={paths.producers()} className="button button--ghost">
              {t("catalog.clearAll")}
            </Link>
          )}
        </div>
      </form>

      <section className="results stack" aria-labelledby="directory-results" aria-busy={loading && !!shown}>
        <h2 id="directory-results" className="visually-hidden">
          {t("catalog.results")}
        </h2>
        <p role="status" className="results__count">
          {shown ? t("producers.count", { count: total }) : ""}
        </p>
        {error && !shown && <ErrorState error={error} onRetry={() => void refetch()} />}
        {!shown && loading && <Loading />}
        {shown && total === 0 && (
          <div className="panel stack-sm">
            <p>{t("producers.empty")}</p>
            <p>
              <Link href={paths.producers()}>{t("catalog.clearAll")}</Link>
            </p>
          </div>
        )}
        {edges.length > 0 && (
          <ul role="list" className="distributor-list producer-directory">
            {edges.slice(0, wanted).map(({ node: p }) => (
              <li key={p.id} className="panel stack-sm">
                <h3>
                  <Link href={paths.producer(p.slug)}>{p.name}</Link>
                </h3>
                <p className="muted small">
                  {t(`producerType.${p.type}`)} ·{" "}
                  {p.commune ? <Place unit={p.commune} withProvince={several} /> : p.province.name}
                </p>
                <p>
                  {t("count.products", { count: p.productCount })} · <Stars count={p.bestStars} />
                </p>
                {p.isDemo && <DemoNote />}
              </li>
            ))}
          </ul>
        )}
        {shown && total > 0 && (
          <div className="load-more">
            <p className="muted">{t("producers.showing", { shown: Math.min(edges.length, wanted), total })}</p>
            {shown.producers.pageInfo.hasNextPage && edges.length >= Math.min(wanted, total) && (
              <Link
                href={paths.producers(directoryFilters({ ...state, page: state.page + 1 }))}
                className="button"
                replace
              >
                {t("producers.more")}
              </Link>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
