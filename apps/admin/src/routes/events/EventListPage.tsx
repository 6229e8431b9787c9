import { AdminEventListDocument } from "@ocop/schema/admin";
import { Link } from "wouter";
import { DemoBadge } from "../../components/badges";
import { column, DataList, useListQuery } from "../../components/DataList";
import { useListState } from "../../components/list";
import { ListPageHeader } from "../../components/PageHeader";
import { useI18n } from "../../i18n/i18n";
import { defineListState } from "../../lib/listState";

/** Events list URL: ?page=2&size=50 (the API has no event filters or sorts yet). */
export const eventListState = defineListState({});

export function EventListPage() {
  const { t, date } = useI18n();
  const list = useListState(eventListState);
  const result = useListQuery(AdminEventListDocument, list.state, {}, (d) => d.adminShowcaseEvents);
  type EventRow = (typeof result.rows)[number];
  const columns = [
    column<EventRow>("name", t("event.name"), (ev) => (
      <>
        <Link href={`/events/${ev.id}`}>{ev.nameVi}</Link> <DemoBadge isDemo={ev.isDemo} />
      </>
    )),
    column<EventRow>("kind", t("event.kind"), (ev) => t(`eventKind.${ev.kind}`)),
    column<EventRow>("dates", t("event.dates"), (ev) => `${date(ev.startsOn)} – ${date(ev.endsOn)}`),
    column<EventRow>("venue", t("event.venue"), (ev) => (
      <>
        {ev.venueName ?? "–"}
        {ev.commune && <div className="muted small">{ev.commune.fullName}</div>}
      </>
    )),
    column<EventRow>("tables", t("event.tables"), (ev) => ev.tables.length),
    column<EventRow>("published", t("event.published"), (ev) => (ev.published ? t("common.yes") : t("common.no"))),
    column<EventRow>("actions", t("common.actions"), (ev) => (
      <Link href={`/events/${ev.id}/print`} aria-label={t("event.printOf", { name: ev.nameVi })}>
        {t("event.print")}
      </Link>
    )),
  ];
  return (
    <>
      <ListPageHeader id="events" newLabel={t("event.new")} />
      <DataList
        caption={t("nav.events")}
        columns={columns}
        result={result}
        rowId={(ev) => ev.id}
        list={list}
        emptyLabel={t("event.none")}
      />
    </>
  );
}
