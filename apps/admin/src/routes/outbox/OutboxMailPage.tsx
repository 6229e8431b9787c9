import { useQuery } from "@apollo/client/react";
import { OutboxMailDocument } from "@ocop/schema/admin";
import { Link } from "wouter";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { useI18n } from "../../i18n/i18n";
import { entityHref } from "../audit/entityLinks";
import { MailStatusBadge, mailErrorText } from "./OutboxPage";

/** One mail of the outbox: where it went, how far it got, and its text as sent. */
export function OutboxMailPage({ id }: { id: string | null }) {
  const { t, dateTime } = useI18n();
  const { data, loading, error } = useQuery(OutboxMailDocument, {
    variables: { id: id ?? "" },
    skip: id === null,
    fetchPolicy: "cache-and-network",
  });
  const mail = data?.outboxMail;
  if (!mail) {
    return (
      <>
        <PageHeader title={t("nav.outbox")} />
        <QueryState loading={loading} error={error} notFound />
      </>
    );
  }
  const aboutHref = mail.aboutType && mail.aboutId ? entityHref(mail.aboutType, mail.aboutId) : null;
  return (
    <>
      <PageHeader title={mail.subject} />
      <section aria-labelledby="outbox-delivery">
        <h2 id="outbox-delivery">{t("outbox.details")}</h2>
        <dl className="details">
          <dt>{t("outbox.status")}</dt>
          <dd>
            <MailStatusBadge status={mail.status} />
          </dd>
          <dt>{t("outbox.recipients")}</dt>
          <dd>{mail.recipients.join(", ")}</dd>
          {mail.replyTo && (
            <>
              <dt>{t("outbox.replyTo")}</dt>
              <dd>{mail.replyTo}</dd>
            </>
          )}
          <dt>{t("outbox.kind")}</dt>
          <dd>
            <code>{mail.kind}</code>
          </dd>
          {mail.aboutType && (
            <>
              <dt>{t("outbox.about")}</dt>
              <dd>
                {mail.aboutType}{" "}
                {aboutHref ? <Link href={aboutHref}>{mail.aboutId}</Link> : <code>{mail.aboutId}</code>}
              </dd>
            </>
          )}
          <dt>{t("outbox.created")}</dt>
          <dd>{dateTime(mail.createdAt)}</dd>
          {mail.sentAt && (
            <>
              <dt>{t("outbox.sentAt")}</dt>
              <dd>{dateTime(mail.sentAt)}</dd>
            </>
          )}
          {mail.nextAttemptAt && (
            <>
              <dt>{t("outbox.nextAttempt")}</dt>
              <dd>{dateTime(mail.nextAttemptAt)}</dd>
            </>
          )}
          <dt>{t("outbox.attempts")}</dt>
          <dd>{mail.attempts}</dd>
          {mail.lastErrorCode && (
            <>
              <dt>{t("outbox.lastError")}</dt>
              <dd>{mailErrorText(t, mail.lastErrorCode, mail.lastErrorReply)}</dd>
            </>
          )}
          <dt>{t("outbox.messageId")}</dt>
          <dd>
            <code>{mail.messageId}</code>
          </dd>
        </dl>
      </section>
      <section aria-labelledby="outbox-text">
        <h2 id="outbox-text">{t("outbox.text")}</h2>
        <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{mail.textBody}</pre>
      </section>
    </>
  );
}
