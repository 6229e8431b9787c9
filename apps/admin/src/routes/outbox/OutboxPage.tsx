import {
  type MailErrorCode,
  type MailStatus,
  type OutboxMailListQuery,
  OutboxMailListDocument,
} from "@ocop/schema/admin";
import { Link } from "wouter";
import { column, DataList, useListQuery } from "../../components/DataList";
import { useListState } from "../../components/list";
import { PageHeader } from "../../components/PageHeader";
import { type Translate, useI18n } from "../../i18n/i18n";
import { defineListState, oneOf } from "../../lib/listState";

export const MAIL_STATUSES: readonly MailStatus[] = ["QUEUED", "SENT", "FAILED"];

/** The badge colour of each status (the catalogue's: green done, yellow waiting, red failed). */
const STATUS_BADGE: Record<MailStatus, string> = {
  QUEUED: "badge-draft",
  SENT: "badge-published",
  FAILED: "badge-cert-revoked",
};

/** Outbox URL: ?status=FAILED&page=2 */
export const outboxListState = defineListState({ status: oneOf(MAIL_STATUSES) });

type Mail = OutboxMailListQuery["outboxMails"]["edges"][number]["node"];

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const { t } = useI18n();
  return <span className={`badge ${STATUS_BADGE[status]}`}>{t(`mailStatus.${status}`)}</span>;
}

/** The last failure in the reader's language, then the mail server's own words when it gave some. */
export function mailErrorText(t: Translate, code: MailErrorCode | null | undefined, reply: string | null | undefined) {
  if (!code) return "";
  return reply ? `${t(`mailError.${code}`)}: ${reply}` : t(`mailError.${code}`);
}

export function OutboxPage() {
  const { t, dateTime } = useI18n();
  const list = useListState(outboxListState);
  const s = list.state;
  const result = useListQuery(
    OutboxMailListDocument,
    s,
    { filter: s.status ? { status: s.status } : null },
    (d) => d.outboxMails,
  );
  const columns = [
    column<Mail>("created", t("outbox.created"), (m) => dateTime(m.createdAt)),
    column<Mail>("subject", t("outbox.subject"), (m) => (
      <>
        <Link href={`/outbox/${m.id}`} aria-label={t("outbox.openOne", { subject: m.subject })}>
          {m.subject}
        </Link>
        <div className="muted small">
          <code>{m.kind}</code>
        </div>
      </>
    )),
    column<Mail>("recipients", t("outbox.recipients"), (m) => m.recipients.join(", ")),
    column<Mail>("status", t("outbox.status"), (m) => (
      <>
        <MailStatusBadge status={m.status} />
        {m.lastErrorCode && <div className="muted small">{mailErrorText(t, m.lastErrorCode, m.lastErrorReply)}</div>}
      </>
    )),
    column<Mail>("attempts", t("outbox.attempts"), (m) => m.attempts),
    column<Mail>("sent", t("outbox.sentOrNext"), (m) =>
      m.sentAt ? dateTime(m.sentAt) : m.nextAttemptAt ? `${t("outbox.nextAttempt")} ${dateTime(m.nextAttemptAt)}` : "",
    ),
  ];
  return (
    <>
      <PageHeader title={t("nav.outbox")} />
      <nav className="status-tabs" aria-label={t("outbox.byStatus")}>
        <ul>
          {[null, ...MAIL_STATUSES].map((st) => (
            <li key={st ?? "all"}>
              <Link href={list.href({ status: st })} aria-current={s.status === st ? "page" : undefined}>
                {st ? t(`mailStatus.${st}`) : t("common.all")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DataList
        caption={t("nav.outbox")}
        columns={columns}
        result={result}
        rowId={(m) => m.id}
        list={list}
        filtered={s.status !== null}
        emptyLabel={t("outbox.none")}
        onReset={list.reset}
      />
    </>
  );
}
