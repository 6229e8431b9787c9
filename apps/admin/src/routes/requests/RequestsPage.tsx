import { type ConnectionRequestListQuery, ConnectionRequestListDocument } from "@ocop/schema/admin";
import { Link } from "wouter";
import { CheckboxField } from "../../components/fields";
import { column, DataList, useListQuery } from "../../components/DataList";
import { FilterBar, useListState } from "../../components/list";
import { PageHeader } from "../../components/PageHeader";
import { useI18n } from "../../i18n/i18n";
import { REQUEST_STATUSES, requestFilter, requestListState } from "@ocop/schema/lists";

// Shared with the API, whose spreadsheet export reads the same URL parameters.
export { REQUEST_STATUSES, requestListState };

type Request = ConnectionRequestListQuery["connectionRequests"]["edges"][number]["node"];

/** The requests in the staff member's scope (the API limits a commune officer to their unit's), newest first. */
export function RequestsPage() {
  const { t, dateTime } = useI18n();
  const list = useListState(requestListState);
  const s = list.state;
  const result = useListQuery(
    ConnectionRequestListDocument,
    s,
    { filter: requestFilter(s) },
    (d) => d.connectionRequests,
  );
  const columns = [
    column<Request>("received", t("requests.received"), (r) => (
      <>
        {r.unread && <span className="badge badge-unread">{t("requests.unreadBadge")}</span>} {dateTime(r.createdAt)}
      </>
    )),
    column<Request>("from", t("requests.from"), (r) => (
      <>
        <Link href={`/requests/${r.id}`}>{r.name}</Link>
        <div className="muted small">
          {t(`requesterKind.${r.requesterKind}`)}
          {r.organisation ? ` · ${r.organisation}` : ""}
        </div>
      </>
    )),
    column<Request>("products", t("requests.products"), (r) => (
      <ul className="plain-list">
        {r.items.map((i) => (
          <li key={i.productId}>
            {i.productName} <span className="muted small">· {i.producerName}</span>
          </li>
        ))}
      </ul>
    )),
    column<Request>("status", t("requests.status"), (r) => (
      <>
        <span className={`badge badge-req-${r.status.toLowerCase()}`}>{t(`requestStatus.${r.status}`)}</span>
        {r.outcome && <div className="muted small">{t(`requestOutcome.${r.outcome}`)}</div>}
      </>
    )),
    column<Request>("assignee", t("requests.assignee"), (r) => r.assignee?.displayName ?? "–"),
  ];
  return (
    <>
      <PageHeader title={t("nav.requests")} />
      <nav className="status-tabs" aria-label={t("requests.byStatus")}>
        <ul>
          {[null, ...REQUEST_STATUSES].map((st) => (
            <li key={st ?? "all"}>
              <Link href={list.href({ status: st })} aria-current={s.status === st ? "page" : undefined}>
                {st ? t(`requestStatus.${st}`) : t("common.all")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <FilterBar label={t("list.filters")}>
        <CheckboxField
          name="mine"
          label={t("requests.mine")}
          checked={s.mine === true}
          onChange={(on) => list.update({ mine: on ? true : null })}
        />
        <CheckboxField
          name="unread"
          label={t("requests.unreadOnly")}
          checked={s.unread === true}
          onChange={(on) => list.update({ unread: on ? true : null })}
        />
      </FilterBar>
      <DataList
        caption={t("nav.requests")}
        exportAs="connection-requests"
        columns={columns}
        result={result}
        rowId={(r) => r.id}
        rowClassName={(r) => (r.unread ? "row-new" : undefined)}
        list={list}
        filtered={s.status !== null || s.mine !== null || s.unread !== null}
        emptyLabel={t("requests.none")}
      />
    </>
  );
}
