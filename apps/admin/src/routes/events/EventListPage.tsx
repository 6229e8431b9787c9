import { useQuery } from "@apollo/client/react";
import { AdminEventListDocument } from "@ocop/schema/admin";
import { Link } from "wouter";
import { DemoBadge } from "../../components/badges";
import { ListStatus, Pagination, useListState } from "../../components/list";
import { PageHeader } from "../../components/PageHeader";
import { usePermissions } from "../../components/session";
import { useI18n } from "../../i18n/i18n";
import { defineListState } from "../../lib/listState";
import { pageVariables } from "../../lib/paging";
import { resource } from "../../lib/resources";

/** Events list URL: ?page=2&size=50 (the API has no event filters or sorts yet). */
export const eventListState = defineListState({});

export function EventListPage() {
  const { t, date } = useI18n();
  const permissions = usePermissions();
  const list = useListState(eventListState);
  const s = list.state;
  const { data, previousData, loading, error } = useQuery(AdminEventListDocument, {
    variables: pageVariables(s.page, s.size),
  });
  // A failed query must show its error, never the previous rows as if they were the answer.
  const shown = error ? undefined : (data ?? previousData);
  const rows = shown?.adminShowcaseEvents.edges.map((e) => e.node) ?? [];
  const total = shown?.adminShowcaseEvents.totalCount ?? null;
  return (
    <>
      <PageHeader
        title={t("nav.events")}
        actions={
          resource("events").canCreate(permissions) && (
            <Link href="/events/new" className="button primary">
              {t("event.new")}
            </Link>
          )
        }
      />
      <ListStatus loading={loading} error={error} count={total} filtered={false} emptyLabel={t("event.none")} />
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" aria-busy={loading}>
            <caption className="visually-hidden">{t("nav.events")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("event.name")}</th>
                <th scope="col">{t("event.kind")}</th>
                <th scope="col">{t("event.dates")}</th>
                <th scope="col">{t("event.venue")}</th>
                <th scope="col">{t("event.tables")}</th>
                <th scope="col">{t("event.published")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((ev) => (
                <tr key={ev.id}>
                  <td>
                    <Link href={`/events/${ev.id}`}>{ev.nameVi}</Link> <DemoBadge isDemo={ev.isDemo} />
                  </td>
                  <td>{t(`eventKind.${ev.kind}`)}</td>
                  <td>
                    {date(ev.startsOn)} – {date(ev.endsOn)}
                  </td>
                  <td>
                    {ev.venueName ?? "–"}
                    {ev.commune && <div className="muted small">{ev.commune.fullName}</div>}
                  </td>
                  <td>{ev.tables.length}</td>
                  <td>{ev.published ? t("common.yes") : t("common.no")}</td>
                  <td>
                    <Link href={`/events/${ev.id}/print`} aria-label={t("event.printOf", { name: ev.nameVi })}>
                      {t("event.print")}
                    </Link>
                  </td>
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
