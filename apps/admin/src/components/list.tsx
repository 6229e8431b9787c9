import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { useI18n } from "../i18n/i18n";
import type { Codecs, ListStateDefinition, Paging, StateOf } from "../lib/listState";
import { PAGE_SIZES, pageCount } from "../lib/listState";
import { problemOf } from "../lib/errors";
import { SelectField } from "./fields";
import { useProblemMessage } from "./FormProblem";

type AnyCodecs = Codecs;

export interface ListStateApi<S> {
  state: S;
  /** Changes the URL (a filter change goes back to page 1). `replace` for typing in a search box. */
  update(patch: Partial<S>, options?: { replace?: boolean }): void;
  /** The in-app URL of this list with a change applied, for links (pages, sort headers). */
  href(patch: Partial<S>): string;
  reset(): void;
}

/** The list's state, read from and written to the URL's query string. */
export function useListState<C extends AnyCodecs>(def: ListStateDefinition<C>): ListStateApi<StateOf<C> & Paging> {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const state = useMemo(() => def.parse(search), [def, search]);
  return {
    state,
    update: (patch, options) =>
      navigate(location + def.format(def.change(state, patch)), { replace: options?.replace ?? false }),
    href: (patch) => location + def.format(def.change(state, patch)),
    reset: () => navigate(location),
  };
}

/** A search box that writes to the URL after a short pause (and at once on Enter). */
export function SearchBox({
  value,
  onSearch,
  label,
  placeholder,
}: {
  value: string;
  onSearch(value: string): void;
  label: string;
  placeholder?: string;
}) {
  const [text, setText] = useState(value);
  const latest = useRef(onSearch);
  latest.current = onSearch;
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text.trim() === value.trim()) return;
    const timer = setTimeout(() => latest.current(text), 350);
    return () => clearTimeout(timer);
  }, [text, value]);
  return (
    <div className="field search-field" role="search">
      <label htmlFor="list-search">{label}</label>
      <input
        id="list-search"
        type="search"
        value={text}
        placeholder={placeholder}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            latest.current(text);
          }
        }}
      />
    </div>
  );
}

/** Page links (so a page can be opened in a new tab), the position, and the page size. */
export function Pagination({
  page,
  size,
  totalCount,
  href,
  onSize,
}: {
  page: number;
  size: number;
  totalCount: number;
  href(page: number): string;
  onSize(size: number): void;
}) {
  const { t, number } = useI18n();
  const pages = pageCount(totalCount, size);
  const from = totalCount === 0 ? 0 : (page - 1) * size + 1;
  const to = Math.min(totalCount, page * size);
  const item = (target: number, label: string, rel?: string) =>
    target < 1 || target > pages || target === page ? (
      <span className="page-link disabled" aria-disabled="true">
        {label}
      </span>
    ) : (
      <Link href={href(target)} className="page-link" rel={rel}>
        {label}
      </Link>
    );
  return (
    <nav className="pagination" aria-label={t("list.pagination")}>
      <p className="page-position">
        {t("list.position", { from: number(from), to: number(to), total: number(totalCount), page, pages })}
      </p>
      <div className="page-links">
        {item(1, t("list.first"))}
        {item(page - 1, t("list.previous"), "prev")}
        <span aria-current="page" className="page-current">
          {t("list.pageOf", { page, pages })}
        </span>
        {item(page + 1, t("list.next"), "next")}
        {item(pages, t("list.last"))}
      </div>
      <div className="field-inline">
        <label htmlFor="page-size">{t("list.pageSize")}</label>
        <select id="page-size" value={size} onChange={(e) => onSize(Number(e.target.value))}>
          {PAGE_SIZES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}

/** Loading, error and empty states of a list, announced politely. */
export function ListStatus({
  loading,
  error,
  count,
  filtered,
  emptyLabel,
  onReset,
}: {
  loading: boolean;
  error: unknown;
  count: number | null;
  filtered: boolean;
  emptyLabel: string;
  onReset?: () => void;
}) {
  const { t, number } = useI18n();
  const message = useProblemMessage();
  if (error) {
    return (
      <div className="alert alert-error" role="alert">
        {message(problemOf(error))}
      </div>
    );
  }
  return (
    <div className="list-status" role="status" aria-live="polite">
      {loading && count === null ? (
        <span aria-busy="true">{t("common.loading")}</span>
      ) : count === 0 ? (
        <span className="empty">
          {filtered ? t("list.noMatches") : emptyLabel}{" "}
          {filtered && onReset && (
            <button type="button" className="link-button" onClick={onReset}>
              {t("list.clearFilters")}
            </button>
          )}
        </span>
      ) : count !== null ? (
        <span>
          {t("list.found", { count: number(count) })}
          {loading ? ` · ${t("common.loading")}` : ""}
        </span>
      ) : null}
    </div>
  );
}

/** A filter bar; children are the filter controls. `onClear`, given while a filter is set, clears them all. */
export function FilterBar({ children, label, onClear }: { children: ReactNode; label: string; onClear?: () => void }) {
  const { t } = useI18n();
  return (
    <section className="filter-bar" aria-label={label}>
      {children}
      {onClear && (
        <button type="button" className="link-button" onClick={onClear}>
          {t("list.clearFilters")}
        </button>
      )}
    </section>
  );
}

/** A searchable list's filter bar: the search box (`q` in the URL) first, then the other controls. */
export function ListFilters({
  list,
  filtered,
  searchLabel,
  children,
}: {
  list: ListStateApi<Paging & { q: string }>;
  filtered: boolean;
  searchLabel: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <FilterBar label={t("list.filters")} onClear={filtered ? list.reset : undefined}>
      <SearchBox
        label={searchLabel}
        value={list.state.q}
        onSearch={(q) => list.update({ q }, { replace: true })}
        placeholder={t("list.searchHint")}
      />
      {children}
    </FilterBar>
  );
}

/** A filter on one value of an enum, "all" when none is chosen. */
export function EnumFilter<T extends string>({
  label,
  name,
  value,
  values,
  labelOf,
  onChange,
}: {
  label: string;
  name: string;
  value: T | null;
  values: readonly T[];
  labelOf(value: T): string;
  onChange(value: T | null): void;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={label}
      name={name}
      value={value ?? ""}
      onChange={(v) => onChange((v || null) as T | null)}
      options={values.map((v) => ({ value: v, label: labelOf(v) }))}
      placeholder={t("common.all")}
    />
  );
}

/**
 * A record's small table of its parts (certificates, distributor links): every row on the page,
 * no paging or sorting, a caption for screen readers and one header per column.
 */
export function PartsTable({
  caption,
  headers,
  children,
}: {
  caption: string;
  /** Column headers; a false one (a column the user does not get) is left out. */
  headers: readonly (string | false)[];
  /** The rows. */
  children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {headers.map(
              (h, i) =>
                h !== false && (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
