import { AdminDistributorListDocument } from "@ocop/schema/admin";
import { Link } from "wouter";
import { DemoBadge } from "../../components/badges";
import { column, DataList, useListQuery } from "../../components/DataList";
import { ListFilters, useListState } from "../../components/list";
import { ListPageHeader } from "../../components/PageHeader";
import { useI18n } from "../../i18n/i18n";
import { distributorListState } from "@ocop/schema/lists";

// Shared with the API, whose spreadsheet export reads the same URL parameters.
export { distributorListState };

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
      <ListPageHeader id="distributors" newLabel={t("distributor.new")} />
      <ListFilters list={list} filtered={filtered} searchLabel={t("distributor.search")} />
      <DataList
        caption={t("nav.distributors")}
        exportAs="distributors"
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
