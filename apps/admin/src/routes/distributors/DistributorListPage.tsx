import { AdminDistributorListDocument } from "@ocop/schema/admin";
import { Link } from "wouter";
import { DemoBadge } from "../../components/badges";
import { column, DataList, useListQuery } from "../../components/DataList";
import { FilterBar, SearchBox, useListState } from "../../components/list";
import { PageHeader } from "../../components/PageHeader";
import { useI18n } from "../../i18n/i18n";
import { defineListState, text } from "../../lib/listState";

/** Distributors list URL: ?q=postmart&page=2 */
export const distributorListState = defineListState({ q: text() });

export function DistributorListPage() {
  const { t } = useI18n();
  const list = useListState(distributorListState);
  const s = list.state;
  const result = useListQuery(AdminDistributorListDocument, s, { search: s.q || null }, (d) => d.adminDistributors);
  const filtered = distributorListState.isFiltered(s);
  type DistributorRow = (typeof result.rows)[number];
  const columns = [
    column<DistributorRow>("name", t("distributor.name"), (d) => (
      <>
        <Link href={`/distributors/${d.id}`}>{d.nameVi}</Link> <DemoBadge isDemo={d.isDemo} />
      </>
    )),
    column<DistributorRow>("kind", t("distributor.kind"), (d) => t(`distributorKind.${d.kind}`)),
    column<DistributorRow>("website", t("distributor.website"), (d) =>
      d.website ? (
        <a href={d.website} target="_blank" rel="noopener noreferrer">
          {d.website.replace(/^https?:\/\//, "")}
        </a>
      ) : (
        "–"
      ),
    ),
    column<DistributorRow>("verified", t("distributor.verified"), (d) =>
      d.verified ? t("common.yes") : t("common.no"),
    ),
    column<DistributorRow>("links", t("distributor.linkCount"), (d) => d.links.length),
  ];
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
      <FilterBar label={t("list.filters")} onClear={filtered ? list.reset : undefined}>
        <SearchBox
          label={t("distributor.search")}
          value={s.q}
          onSearch={(q) => list.update({ q }, { replace: true })}
        />
      </FilterBar>
      <DataList
        caption={t("nav.distributors")}
        columns={columns}
        result={result}
        rowId={(d) => d.id}
        list={list}
        filtered={filtered}
        emptyLabel={t("distributor.none")}
        onReset={list.reset}
      />
    </>
  );
}
