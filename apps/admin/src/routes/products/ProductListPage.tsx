import { useMutation, useQuery } from "@apollo/client/react";
import { AdminProductListDocument, type ProductStatus, SetProductsStatusDocument } from "@ocop/schema/admin";
import { useEffect, useState } from "react";
import { Link } from "wouter";
import { CertificationStatusBadge, DemoBadge, ProductStatusBadge, Stars } from "../../components/badges";
import { SelectField } from "../../components/fields";
import { FormProblem } from "../../components/FormProblem";
import { FilterBar, ListStatus, Pagination, SearchBox, useListState } from "../../components/list";
import { useNotify } from "../../components/Notifier";
import { PageHeader } from "../../components/PageHeader";
import { CommuneSelect, useCategoryGroups } from "../../components/pickers";
import { usePermissions } from "../../components/session";
import { SortHeader } from "../../components/SortHeader";
import { useI18n } from "../../i18n/i18n";
import { type ApiProblem, problemOf } from "../../lib/errors";
import { pageVariables } from "../../lib/paging";
import { resource } from "../../lib/resources";
import { EXPIRY_WINDOWS, PRODUCT_STATUSES, productFilter, productListState } from "./productListState";

export function ProductListPage() {
  const { t, date } = useI18n();
  const notify = useNotify();
  const permissions = usePermissions();
  const list = useListState(productListState);
  const s = list.state;
  const categories = useCategoryGroups();
  const { data, previousData, loading, error, refetch } = useQuery(AdminProductListDocument, {
    variables: { ...pageVariables(s.page, s.size), filter: productFilter(s), sort: s.sort },
  });
  // A failed query must show its error, never the previous rows as if they were the answer.
  const shown = error ? undefined : (data ?? previousData);
  const rows = shown?.adminProducts.edges.map((e) => e.node) ?? [];
  const total = shown?.adminProducts.totalCount ?? null;

  // Selection for bulk status changes: only rows the user may edit, and only on this page.
  const [selected, setSelected] = useState<Set<string>>(new Set());
  useEffect(() => setSelected(new Set()), [list.state]);
  const editable = rows.filter((r) => r.canEdit);
  const [setStatuses, bulk] = useMutation(SetProductsStatusDocument);
  const [bulkProblem, setBulkProblem] = useState<ApiProblem | null>(null);

  const applyBulk = async (status: ProductStatus) => {
    const items = rows.filter((r) => selected.has(r.id)).map((r) => ({ id: r.id, version: r.version }));
    setBulkProblem(null);
    try {
      await setStatuses({ variables: { items, status } });
      notify(t("product.bulkDone", { count: items.length, status: t(`productStatus.${status}`) }));
      setSelected(new Set());
      await refetch();
    } catch (e) {
      setBulkProblem(problemOf(e));
      await refetch();
    }
  };

  const sortHref = (sort: (typeof s)["sort"]) => list.href({ sort });
  const allSelected = editable.length > 0 && editable.every((r) => selected.has(r.id));

  return (
    <>
      <PageHeader
        title={t("nav.products")}
        actions={
          resource("products").canCreate(permissions) && (
            <Link href="/products/new" className="button primary">
              {t("product.new")}
            </Link>
          )
        }
      />
      <FilterBar label={t("list.filters")}>
        <SearchBox
          label={t("product.search")}
          value={s.q}
          onSearch={(q) => list.update({ q }, { replace: true })}
          placeholder={t("list.searchHint")}
        />
        <SelectField
          label={t("product.status")}
          name="status"
          value={s.status ?? ""}
          onChange={(v) => list.update({ status: (v || null) as ProductStatus | null })}
          options={PRODUCT_STATUSES.map((st) => ({ value: st, label: t(`productStatus.${st}`) }))}
          placeholder={t("common.all")}
        />
        <SelectField
          label={t("product.category")}
          name="category"
          value={s.category}
          onChange={(category) => list.update({ category })}
          options={categories}
          placeholder={t("common.all")}
        />
        <CommuneSelect
          label={t("common.commune")}
          name="commune"
          value={s.commune}
          onChange={(commune) => list.update({ commune })}
          placeholder={t("common.all")}
        />
        <fieldset className="field stars-filter">
          <legend>{t("cert.stars")}</legend>
          {[3, 4, 5].map((n) => (
            <label key={n} className="inline-check">
              <input
                type="checkbox"
                checked={s.stars.includes(n)}
                onChange={(e) =>
                  list.update({ stars: e.target.checked ? [...s.stars, n] : s.stars.filter((x) => x !== n) })
                }
              />
              {t("product.starsN", { n })}
            </label>
          ))}
        </fieldset>
        <SelectField
          label={t("product.expiringWithin")}
          name="expiring"
          value={s.expiring === null ? "" : String(s.expiring)}
          onChange={(v) => list.update({ expiring: v ? Number(v) : null })}
          options={EXPIRY_WINDOWS.map((d) => ({ value: String(d), label: t("dashboard.days", { n: d }) }))}
          placeholder={t("common.any")}
        />
        <SelectField
          label={t("product.featured")}
          name="featured"
          value={s.featured === null ? "" : s.featured ? "1" : "0"}
          onChange={(v) => list.update({ featured: v === "" ? null : v === "1" })}
          options={[
            { value: "1", label: t("common.yes") },
            { value: "0", label: t("common.no") },
          ]}
          placeholder={t("common.all")}
        />
        <SelectField
          label={t("list.sort")}
          name="sort"
          value={s.sort ?? "UPDATED_DESC"}
          onChange={(v) => list.update({ sort: v as (typeof s)["sort"] })}
          options={(["UPDATED_DESC", "NAME", "STARS", "VALID_UNTIL"] as const).map((k) => ({
            value: k,
            label: t(`productSort.${k}`),
          }))}
        />
        {productListState.isFiltered(s) && (
          <button type="button" className="link-button" onClick={list.reset}>
            {t("list.clearFilters")}
          </button>
        )}
      </FilterBar>

      <ListStatus
        loading={loading}
        error={error}
        count={total}
        filtered={productListState.isFiltered(s)}
        emptyLabel={t("product.none")}
        onReset={list.reset}
      />
      <FormProblem problem={bulkProblem} />

      {editable.length > 0 && (
        <div className="bulk-bar" role="group" aria-label={t("list.bulkActions")}>
          <span>{t("list.selected", { count: selected.size })}</span>
          <button type="button" disabled={!selected.size || bulk.loading} onClick={() => void applyBulk("PUBLISHED")}>
            {t("product.publishSelected")}
          </button>
          <button type="button" disabled={!selected.size || bulk.loading} onClick={() => void applyBulk("DRAFT")}>
            {t("product.unpublishSelected")}
          </button>
          <button type="button" disabled={!selected.size || bulk.loading} onClick={() => void applyBulk("ARCHIVED")}>
            {t("product.archiveSelected")}
          </button>
        </div>
      )}

      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" aria-busy={loading}>
            <caption className="visually-hidden">{t("nav.products")}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-check">
                  {editable.length > 0 && (
                    <input
                      type="checkbox"
                      aria-label={t("list.selectAll")}
                      checked={allSelected}
                      onChange={(e) => setSelected(e.target.checked ? new Set(editable.map((r) => r.id)) : new Set())}
                    />
                  )}
                </th>
                <SortHeader
                  label={t("product.name")}
                  active={s.sort === "NAME"}
                  direction="ascending"
                  href={sortHref("NAME")}
                />
                <th scope="col">{t("product.producer")}</th>
                <th scope="col">{t("product.category")}</th>
                <SortHeader
                  label={t("cert.stars")}
                  active={s.sort === "STARS"}
                  direction="descending"
                  href={sortHref("STARS")}
                />
                <SortHeader
                  label={t("cert.validUntil")}
                  active={s.sort === "VALID_UNTIL"}
                  direction="ascending"
                  href={sortHref("VALID_UNTIL")}
                />
                <th scope="col">{t("product.status")}</th>
                <SortHeader
                  label={t("common.updated")}
                  active={s.sort === "UPDATED_DESC"}
                  direction="descending"
                  href={sortHref("UPDATED_DESC")}
                />
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id}>
                  <td className="col-check">
                    {p.canEdit && (
                      <input
                        type="checkbox"
                        aria-label={t("list.selectRow", { name: p.nameVi })}
                        checked={selected.has(p.id)}
                        onChange={(e) =>
                          setSelected((cur) => {
                            const next = new Set(cur);
                            if (e.target.checked) next.add(p.id);
                            else next.delete(p.id);
                            return next;
                          })
                        }
                      />
                    )}
                  </td>
                  <td>
                    <Link href={`/products/${p.id}`}>{p.nameVi}</Link> <DemoBadge isDemo={p.isDemo} />
                    {p.featured && <span className="badge">{t("product.featuredShort")}</span>}
                  </td>
                  <td>
                    {p.producer.name}
                    {p.producer.commune && <div className="muted small">{p.producer.commune.fullName}</div>}
                  </td>
                  <td>{p.category.name}</td>
                  <td>
                    <Stars stars={p.stars} />
                  </td>
                  <td>
                    {p.certification ? (
                      <>
                        {date(p.certification.validUntil)} <CertificationStatusBadge status={p.certification.status} />
                      </>
                    ) : (
                      "–"
                    )}
                  </td>
                  <td>
                    <ProductStatusBadge status={p.status} />
                  </td>
                  <td>{date(p.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total !== null && total > 0 && (
        <Pagination
          page={s.page}
          size={s.size}
          totalCount={total}
          href={(page) => list.href({ page })}
          onSize={(size) => list.update({ size })}
        />
      )}
    </>
  );
}
