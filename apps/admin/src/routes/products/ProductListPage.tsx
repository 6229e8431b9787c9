import { useMutation } from "@apollo/client/react";
import {
  AdminProductListDocument,
  type ProductStatus,
  SetProductsStatusDocument,
  SetStatusOfMatchingProductsDocument,
} from "@ocop/schema/admin";
import { useEffect, useState } from "react";
import { Link } from "wouter";
import { CertificationStatusBadge, DemoBadge, ProductStatusBadge, Stars } from "../../components/badges";
import { SelectField } from "../../components/fields";
import { FormProblem } from "../../components/FormProblem";
import { column, DataList, useListQuery } from "../../components/DataList";
import { EnumFilter, ListFilters, useListState } from "../../components/list";
import { useConfirm } from "../../components/ConfirmProvider";
import { useNotify } from "../../components/Notifier";
import { ListPageHeader } from "../../components/PageHeader";
import { CommuneSelect, useCategoryGroups } from "../../components/pickers";
import { useCommuneScope } from "../../components/session";
import { useI18n } from "../../i18n/i18n";
import { type ApiProblem, problemOf } from "../../lib/errors";
import {
  CERTIFICATE_FILTERS,
  COMPLETENESS_ISSUES,
  EXPIRY_WINDOWS,
  PRODUCT_STATUSES,
  productFilter,
  productListState,
} from "./productListState";
import { DecisionDialog } from "./DecisionDialog";

export function ProductListPage() {
  const { t, date } = useI18n();
  const notify = useNotify();
  const list = useListState(productListState);
  const s = list.state;
  const categories = useCategoryGroups();
  const result = useListQuery(
    AdminProductListDocument,
    s,
    { filter: productFilter(s), sort: s.sort },
    (d) => d.adminProducts,
  );
  const { rows } = result;
  // The list shows its own loading error; a refetch cut short (the page left) is no failure.
  const refresh = () => result.refetch().catch(() => undefined);
  // Selection for bulk changes: rows the user may edit on this page, or (allMatching) every product
  // the filter matches, on every page.
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  useEffect(() => {
    setSelected(new Set());
    setAllMatching(false);
  }, [list.state]);
  const [setStatuses, bulk] = useMutation(SetProductsStatusDocument);
  const [setMatching, bulkMatching] = useMutation(SetStatusOfMatchingProductsDocument);
  const [bulkProblem, setBulkProblem] = useState<ApiProblem | null>(null);
  const [deciding, setDeciding] = useState(false);
  const confirm = useConfirm();
  const total = result.total ?? 0;
  // An officer may change only their own unit's products: "every product the filter matches" is
  // offered once the list is narrowed to that unit, so the count confirmed is the count changed.
  const ownUnit = useCommuneScope();
  const matchingAllOwn = !ownUnit || s.commune === ownUnit;
  const busy = bulk.loading || bulkMatching.loading;

  const applyBulk = async (status: ProductStatus) => {
    const items = rows.filter((r) => selected.has(r.id)).map((r) => ({ id: r.id, version: r.version }));
    const count = allMatching ? total : items.length;
    const statusLabel = t(`productStatus.${status}`);
    const ok = await confirm({
      title: t("product.bulkConfirmTitle", { count, status: statusLabel }),
      message: allMatching
        ? t("product.bulkConfirmMatching", { count, status: statusLabel })
        : t("product.bulkConfirmSelected", { count, status: statusLabel }),
      confirmLabel: t("product.bulkConfirm", { count, status: statusLabel }),
      danger: status !== "PUBLISHED",
    });
    if (!ok) return;
    setBulkProblem(null);
    try {
      if (allMatching) {
        await setMatching({ variables: { filter: productFilter(s), status, expectedCount: count } });
      } else {
        await setStatuses({ variables: { items, status } });
      }
      notify(t("product.bulkDone", { count, status: statusLabel }));
      setSelected(new Set());
      setAllMatching(false);
    } catch (e) {
      setBulkProblem(problemOf(e));
    }
    await refresh();
  };
  const selectedRows = rows.filter((r) => selected.has(r.id));

  type ProductRow = (typeof rows)[number];
  const columns = [
    column<ProductRow>(
      "name",
      t("product.name"),
      (p) => (
        <>
          <Link href={`/products/${p.id}`}>{p.nameVi}</Link> <DemoBadge isDemo={p.isDemo} />
          {p.featured && <span className="badge">{t("product.featuredShort")}</span>}
        </>
      ),
      { sort: { value: "NAME", direction: "ascending" } },
    ),
    column<ProductRow>("producer", t("product.producer"), (p) => (
      <>
        {/* Where a missing public contact is fixed (the completeness worklist). */}
        <Link href={`/producers/${p.producer.id}`}>{p.producer.name}</Link>
        {p.producer.commune && <div className="muted small">{p.producer.commune.fullName}</div>}
      </>
    )),
    column<ProductRow>("category", t("product.category"), (p) => p.category.name),
    column<ProductRow>("stars", t("cert.stars"), (p) => <Stars stars={p.stars} />, {
      sort: { value: "STARS", direction: "descending" },
    }),
    column<ProductRow>(
      "validUntil",
      t("cert.validUntil"),
      (p) =>
        p.certification ? (
          <>
            {date(p.certification.validUntil)} <CertificationStatusBadge status={p.certification.status} />
          </>
        ) : (
          "–"
        ),
      { sort: { value: "VALID_UNTIL", direction: "ascending" } },
    ),
    column<ProductRow>("status", t("product.status"), (p) => <ProductStatusBadge status={p.status} />),
    column<ProductRow>("updated", t("common.updated"), (p) => date(p.updatedAt), {
      sort: { value: "UPDATED_DESC", direction: "descending" },
    }),
  ];

  return (
    <>
      <ListPageHeader id="products" newLabel={t("product.new")} />
      <ListFilters list={list} filtered={productListState.isFiltered(s)} searchLabel={t("product.search")}>
        <EnumFilter
          label={t("product.status")}
          name="status"
          value={s.status}
          values={PRODUCT_STATUSES}
          labelOf={(st) => t(`productStatus.${st}`)}
          onChange={(status) => list.update({ status })}
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
          label={t("product.certificateFilter")}
          name="cert"
          value={s.cert ?? ""}
          onChange={(v) => list.update({ cert: (v || null) as (typeof s)["cert"] })}
          options={CERTIFICATE_FILTERS.map((c) => ({ value: c, label: t(`certificateFilter.${c}`) }))}
          placeholder={t("common.any")}
        />
        <SelectField
          label={t("product.missingFilter")}
          name="missing"
          value={s.missing ?? ""}
          onChange={(v) => list.update({ missing: (v || null) as (typeof s)["missing"] })}
          options={COMPLETENESS_ISSUES.map((c) => ({ value: c, label: t(`completeness.${c}`) }))}
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
      </ListFilters>

      <FormProblem problem={bulkProblem} />
      <DataList
        caption={t("nav.products")}
        exportAs="products"
        columns={columns}
        result={result}
        rowId={(p) => p.id}
        list={list}
        sort={{ current: s.sort, href: (sort) => list.href({ sort: sort as (typeof s)["sort"] }) }}
        filtered={productListState.isFiltered(s)}
        emptyLabel={t("product.none")}
        onReset={list.reset}
        selection={{
          selected,
          onChange: setSelected,
          canSelect: (p) => p.canEdit,
          label: (p) => p.nameVi,
        }}
        actions={
          <>
            {allMatching ? (
              <span role="status">{t("product.allMatchingSelected", { count: total })}</span>
            ) : (
              total > selected.size &&
              selected.size > 0 &&
              (matchingAllOwn ? (
                <button type="button" className="link-button" onClick={() => setAllMatching(true)}>
                  {t("product.selectAllMatching", { count: total })}
                </button>
              ) : (
                <button type="button" className="link-button" onClick={() => list.update({ commune: ownUnit })}>
                  {t("product.narrowToOwnUnit")}
                </button>
              ))
            )}
            <button
              type="button"
              disabled={(!selected.size && !allMatching) || busy}
              onClick={() => void applyBulk("PUBLISHED")}
            >
              {t("product.publishSelected")}
            </button>
            <button
              type="button"
              disabled={(!selected.size && !allMatching) || busy}
              onClick={() => void applyBulk("DRAFT")}
            >
              {t("product.unpublishSelected")}
            </button>
            <button
              type="button"
              disabled={(!selected.size && !allMatching) || busy}
              onClick={() => void applyBulk("ARCHIVED")}
            >
              {t("product.archiveSelected")}
            </button>
            <button type="button" disabled={!selected.size || allMatching || busy} onClick={() => setDeciding(true)}>
              {t("decision.apply")}
            </button>
          </>
        }
      />
      {deciding && (
        <DecisionDialog
          products={selectedRows.map((r) => ({ id: r.id, nameVi: r.nameVi, stars: r.stars }))}
          onClose={(done) => {
            setDeciding(false);
            if (done) {
              setSelected(new Set());
              void refresh();
            }
          }}
        />
      )}
    </>
  );
}
