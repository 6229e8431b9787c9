import { AdminProducerListDocument } from "@ocop/schema/admin";
import { Link } from "wouter";
import { DemoBadge } from "../../components/badges";
import { column, DataList, useListQuery } from "../../components/DataList";
import { EnumFilter, ListFilters, useListState } from "../../components/list";
import { ListPageHeader } from "../../components/PageHeader";
import { CommuneSelect } from "../../components/pickers";
import { useI18n } from "../../i18n/i18n";
import { PRODUCER_TYPES, producerFilter, producerListState } from "./producerListState";

export function ProducerListPage() {
  const { t, date, number } = useI18n();
  const list = useListState(producerListState);
  const s = list.state;
  const result = useListQuery(
    AdminProducerListDocument,
    s,
    { filter: producerFilter(s), sort: s.sort },
    (d) => d.adminProducers,
  );
  const filtered = producerListState.isFiltered(s);
  type ProducerRow = (typeof result.rows)[number];
  const columns = [
    column<ProducerRow>(
      "name",
      t("producer.name"),
      (p) => (
        <>
          <Link href={`/producers/${p.id}`}>{p.name}</Link> <DemoBadge isDemo={p.isDemo} />
        </>
      ),
      { sort: { value: "NAME", direction: "ascending" } },
    ),
    column<ProducerRow>("type", t("producer.type"), (p) => t(`producerType.${p.type}`)),
    column<ProducerRow>("commune", t("common.commune"), (p) => p.commune?.fullName ?? "–"),
    column<ProducerRow>("products", t("producer.productCount"), (p) => (
      <Link
        href={`/products?producer=${encodeURIComponent(p.id)}`}
        aria-label={t("producer.productsOf", { name: p.name, count: p.productCount })}
      >
        {number(p.productCount)}
      </Link>
    )),
    column<ProducerRow>("contact", t("producer.contactPublishedShort"), (p) =>
      p.contactPublished ? t("common.yes") : t("common.no"),
    ),
    column<ProducerRow>("updated", t("common.updated"), (p) => date(p.updatedAt), {
      sort: { value: "UPDATED_DESC", direction: "descending" },
    }),
  ];
  return (
    <>
      <ListPageHeader id="producers" newLabel={t("producer.new")} />
      <ListFilters list={list} filtered={filtered} searchLabel={t("producer.search")}>
        <CommuneSelect
          label={t("common.commune")}
          name="commune"
          value={s.commune}
          onChange={(commune) => list.update({ commune })}
          placeholder={t("common.all")}
        />
        <EnumFilter
          label={t("producer.type")}
          name="type"
          value={s.type}
          values={PRODUCER_TYPES}
          labelOf={(k) => t(`producerType.${k}`)}
          onChange={(type) => list.update({ type })}
        />
      </ListFilters>
      <DataList
        caption={t("nav.producers")}
        exportAs="producers"
        columns={columns}
        result={result}
        rowId={(p) => p.id}
        list={list}
        sort={{ current: s.sort, href: (sort) => list.href({ sort: sort as (typeof s)["sort"] }) }}
        filtered={filtered}
        emptyLabel={t("producer.none")}
        onReset={list.reset}
      />
    </>
  );
}
