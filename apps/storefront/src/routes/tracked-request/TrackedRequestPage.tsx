import { useQuery } from "@apollo/client/react";
import { TrackedConnectionRequestDocument, type ConnectionRequestStatus } from "@ocop/schema/public";
import { paths } from "@ocop/schema/routes";
import { Link } from "wouter";
import { OfficeContact } from "../../components/OfficeContact";
import { ErrorState, Loading } from "../../components/QueryState";
import { useLang, useT } from "../../i18n/i18n";
import { formatDateTimeVietnam } from "../../lib/format";
import { usePageMeta } from "../../lib/usePageMeta";

const STEPS: readonly ConnectionRequestStatus[] = ["NEW", "FORWARDED", "IN_CONTACT", "CLOSED"];

/**
 * A request as its requester follows it, by the private token of its receipt: where it stands, the
 * products it asks about and the office's replies. Never indexed; the answer is never cached (the
 * API says so), and the browser asks again after the server's rendering so a reply shows at once.
 */
export default function TrackedRequestPage({ token }: { token: string }) {
  const t = useT();
  const lang = useLang();
  const { data, loading, error, refetch } = useQuery(TrackedConnectionRequestDocument, {
    variables: { token },
    fetchPolicy: "cache-and-network",
  });
  usePageMeta(t("track.title"), null, true);
  const request = data?.trackedConnectionRequest;
  if (!data && loading) return <Loading />;
  if (!data && error)
    return (
      <div className="container">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (!request)
    return (
      <div className="container stack-lg narrow">
        <h1>{t("track.notFoundTitle")}</h1>
        <p>{t("track.notFoundBody")}</p>
        <OfficeContact />
        <p>
          <Link href={paths.home()}>{t("nav.home")}</Link>
        </p>
      </div>
    );
  const current = STEPS.indexOf(request.status);
  return (
    <div className="container stack-lg tracked-request">
      <header className="stack-sm">
        <h1>{t("track.title")}</h1>
        <p className="muted">{t("track.sentOn", { date: formatDateTimeVietnam(request.createdAt, lang) })}</p>
      </header>

      <section aria-labelledby="track-status" className="panel stack-sm">
        <h2 id="track-status">{t("track.statusTitle")}</h2>
        <p className="tracked-request__status" data-status={request.status}>
          <strong>{t(`track.status.${request.status}`)}</strong>
          {request.status === "CLOSED" && request.outcome && <> – {t(`track.outcome.${request.outcome}`)}</>}
        </p>
        <p>{t(`track.statusBody.${request.status}`)}</p>
        <ol className="track-steps" aria-label={t("track.steps")}>
          {STEPS.map((step, i) => (
            <li
              key={step}
              className={i < current ? "track-steps__done" : i === current ? "track-steps__current" : undefined}
              aria-current={i === current ? "step" : undefined}
            >
              {t(`track.status.${step}`)}
            </li>
          ))}
        </ol>
        <p className="muted small">{t("track.updatedOn", { date: formatDateTimeVietnam(request.updatedAt, lang) })}</p>
      </section>

      <section aria-labelledby="track-products" className="stack-sm">
        <h2 id="track-products">{t("track.products")}</h2>
        <ul className="link-list" role="list">
          {request.products.map((p) => (
            <li key={p.slug}>
              <Link href={paths.product(p.slug)}>{p.name}</Link> <span className="muted">· {p.producerName}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="track-replies" className="stack-sm">
        <h2 id="track-replies">{t("track.replies")}</h2>
        {request.replies.length === 0 ? (
          <p>{t("track.noReplies")}</p>
        ) : (
          <ol className="track-replies" role="list">
            {request.replies.map((r, i) => (
              <li key={`${r.sentAt}-${i}`} className="panel stack-sm">
                <h3>{r.subject}</h3>
                <p className="muted small">{formatDateTimeVietnam(r.sentAt, lang)}</p>
                <div className="track-replies__body">{r.body}</div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <p className="muted small">{t("track.private")}</p>
    </div>
  );
}
