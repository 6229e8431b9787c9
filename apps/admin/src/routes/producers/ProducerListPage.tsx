import { useQuery } from "@apollo/client/react";
import { AdminProducerListDocument, type ProducerType } from "@ocop/schema/admin";
import { Link } from "wouter";
import { DemoBadge } from "../../components/badges";
import { SelectField } from "../../components/fields";
import { FilterBar, ListStatus, Pagination, SearchBox, useListState } from "../../components/list";
import { PageHeader } from "../../components/PageHeader";
import { CommuneSelect } from "../../components/pickers";
import { usePermissions } from "../../components/session";
import { useI18n } from "../../i18n/i18n";
import { pageVariables } from "../../lib/paging";
import { resource } from "../../lib/resources";
import { PRODUCER_TYPES, producerFilter, producerListState } from "./producerListState";

export function ProducerListPage() {
  const { t, date, number } = useI18n();
  const permissions = usePermissions();
  const list = useListState(producerListState);
  const s = list.state;
  const { data, previousData, loading, error } = useQuery(AdminProducerListDocument, {
    variables: { ...pageVariables(s.page, s.size), filter: producerFilter(s) },
  });
  // A failed query must show its error, never the previous rows as if they were the answer.
  const shown = error ? undefined : (data ?? previousData);
  const rows = shown?.adminProducers.edges.map((e) => e.node) ?? [];
  const total = shown?.adminProducers.totalCount ?? null;
  const filtered = producerListState.isFiltered(s);
  return (
    <>
      <PageHeader
        title={t("nav.producers")}
        actions={
          resource("producers").canCreate(permissions) && (
            <Link href="/producers/new" className="button primary">
              {t("producer.new")}
            </Link>
          )
        }
      />
      <FilterBar label={t("list.filters")}>
        <SearchBox
          label={t("producer.search")}
          value={s.q}
          onSearch={(q) => list.update({ q }, { replace: true })}
          placeholder={t("list.searchHint")}
        />
        <CommuneSelect
          label={t("common.commune")}
          name="commune"
          value={s.commune}
          onChange={(commune) => list.update({ commune })}
          placeholder={t("common.all")}
        />
        <SelectField
          label={t("producer.type")}
          name="type"
          value={s.type ?? ""}
          onChange={(v) => list.update({ type: (v || null) as ProducerType | null })}
          options={PRODUCER_TYPES.map((k) => ({ value: k, label: t(`producerType.${k}`) }))}
          placeholder={t("common.all")}
        />
        {filtered && (
          <button type="button" className="link-button" onClick={list.reset}>
            {t("list.clearFilters")}
          </button>
        )}
      </FilterBar>
      <ListStatus
        loading={loading}
        error={error}
        count={total}
        filtered={filtered}
        emptyLabel={t("producer.none")}
        onReset={list.reset}
      />
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" aria-busy={loading}>
            <caption className="visually-hidden">{t("nav.producers")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("producer.name")}</th>
                <th scope="col">{t("producer.type")}</th>
                <th scope="col">{t("common.commune")}</th>
                <th scope="col">{t("producer.productCount")}</th>
                <th scope="col">{t("producer.contactPublishedShort")}</th>
                <th scope="col">{t("common.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={`/producers/${p.id}`}>{p.name}</Link> <DemoBadge isDemo={p.isDemo} />
                  </td>
                  <td>{t(`producerType.${p.type}`)}</td>
                  <td>{p.commune?.fullName ?? "–"}</td>
                  <td>
                    <Link
                      href={`/products?producer=${encodeURIComponent(p.id)}`}
                      aria-label={t("producer.productsOf", { name: p.name, count: p.productCount })}
                    >
                      {number(p.productCount)}
                    </Link>
                  </td>
                  <td>{p.contactPublished ? t("common.yes") : t("common.no")}</td>
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
