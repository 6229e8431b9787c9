import { useQuery } from "@apollo/client/react";
import { EventsPageDocument } from "@ocop/schema/public";
import { EventCard, eventTiming } from "../../components/EventCard";
import { ErrorState, Loading } from "../../components/QueryState";
import { useT } from "../../i18n/i18n";
import { todayInVietnam } from "../../lib/format";
import { usePageMeta } from "../../lib/usePageMeta";
import { useSiteScope } from "../../lib/useSiteScope";

export default function EventsPage() {
  const t = useT();
  usePageMeta(t("events.title"), t("events.metaDescription", useSiteScope()));
  const { data, error, loading, refetch } = useQuery(EventsPageDocument);
  const today = todayInVietnam();
  const events = data?.showcaseEvents.edges.map((e) => e.node) ?? [];
  // Upcoming and current first (soonest first), then past ones (most recent first).
  const coming = events
    .filter((e) => eventTiming(e, today) !== "past")
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const past = events
    .filter((e) => eventTiming(e, today) === "past")
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn));

  return (
    <div className="container stack-lg">
      <h1>{t("events.title")}</h1>
      <p className="lead">{t("events.lead")}</p>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <section aria-labelledby="coming-title" className="stack">
            <h2 id="coming-title">{t("events.coming")}</h2>
            {coming.length === 0 ? (
              <p>{t("events.noneComing")}</p>
            ) : (
              <ul className="event-list" role="list">
                {coming.map((e) => (
                  <li key={e.id}>
                    <EventCard event={e} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {past.length > 0 && (
            <section aria-labelledby="past-title" className="stack">
              <h2 id="past-title">{t("events.past")}</h2>
              <ul className="event-list" role="list">
                {past.map((e) => (
                  <li key={e.id}>
                    <EventCard event={e} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
