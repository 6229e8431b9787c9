import { useQuery } from "@apollo/client/react";
import { AdminDistributorListDocument } from "@ocop/schema/admin";
import { Link } from "wouter";
import { DemoBadge } from "../../components/badges";
import { FilterBar, ListStatus, Pagination, SearchBox, useListState } from "../../components/list";
import { PageHeader } from "../../components/PageHeader";
import { useI18n } from "../../i18n/i18n";
import { defineListState, text } from "../../lib/listState";
import { pageVariables } from "../../lib/paging";

/** Distributors list URL: ?q=postmart&page=2 */
export const distributorListState = defineListState({ q: text() });

export function DistributorListPage() {
  const { t } = useI18n();
  const list = useListState(distributorListState);
  const s = list.state;
  const { data, previousData, loading, error } = useQuery(AdminDistributorListDocument, {
    variables: { ...pageVariables(s.page, s.size), search: s.q || null },
  });
  // A failed query must show its error, never the previous rows as if they were the answer.
  const shown = error ? undefined : (data ?? previousData);
  const rows = shown?.adminDistributors.edges.map((e) => e.node) ?? [];
  const total = shown?.adminDistributors.totalCount ?? null;
  const filtered = distributorListState.isFiltered(s);
  return (
    <>
      <PageHeader
        title={t("nav.distributors")}
        actions={
          <Link href="/distributors/new" className="button primary">
            {t("distributor.new")}
          </Link>
        }
      />
      <FilterBar label={t("list.filters")}>
        <SearchBox
          label={t("distributor.search")}
          value={s.q}
          onSearch={(q) => list.update({ q }, { replace: true })}
        />
      </FilterBar>
      <ListStatus
        loading={loading}
        error={error}
        count={total}
        filtered={filtered}
        emptyLabel={t("distributor.none")}
        onReset={list.reset}
      />
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" aria-busy={loading}>
            <caption className="visually-hidden">{t("nav.distributors")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("distributor.name")}</th>
                <th scope="col">{t("distributor.kind")}</th>
                <th scope="col">{t("distributor.website")}</th>
                <th scope="col">{t("distributor.verified")}</th>
                <th scope="col">{t("distributor.linkCount")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link href={`/distributors/${d.id}`}>{d.nameVi}</Link> <DemoBadge isDemo={d.isDemo} />
                  </td>
                  <td>{t(`distributorKind.${d.kind}`)}</td>
                  <td>
                    {d.website ? (
                      <a href={d.website} target="_blank" rel="noopener noreferrer">
                        {d.website.replace(/^https?:\/\//, "")}
                      </a>
                    ) : (
                      "–"
                    )}
                  </td>
                  <td>{d.verified ? t("common.yes") : t("common.no")}</td>
                  <td>{d.links.length}</td>
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
