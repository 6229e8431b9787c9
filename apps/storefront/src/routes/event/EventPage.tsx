import { useQuery } from "@apollo/client/react";
import { EventPageDocument } from "@ocop/schema/public";
import { Link } from "wouter";
import { DemoNote } from "../../components/DemoNote";
import { eventTiming } from "../../components/EventCard";
import { Place } from "../../components/Place";
import { ErrorState, Loading } from "../../components/QueryState";
import { Stars } from "../../components/Stars";
import { useLang, useT } from "../../i18n/i18n";
import { formatDateRange } from "../../lib/format";
import { usePageMeta } from "../../lib/usePageMeta";
import { useSiteProvinces } from "../../lib/useSiteProvinces";
import NotFoundPage from "../not-found/NotFoundPage";
import { paths } from "@ocop/schema/routes";

export default function EventPage({ slug }: { slug: string }) {
  const t = useT();
  const lang = useLang();
  // A national site's fair shows units and products of several provinces: each says its own.
  const { several } = useSiteProvinces();
  const { data, error, loading, refetch } = useQuery(EventPageDocument, { variables: { slug } });
  const ev = data?.showcaseEvent;
  usePageMeta(
    ev?.name,
    ev ? (ev.description ?? t("event.metaDescription", { name: ev.name, tables: ev.tables.length })) : null,
  );

  if (loading && !data) return <Loading />;
  if (error && !data)
    return (
      <div className="container">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (!ev) return <NotFoundPage />;

  const tables = [...ev.tables].sort((a, b) => a.number - b.number);
  const timing = eventTiming(ev);
  return (
    <div className="container stack-lg">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link href={paths.home()}>{t("nav.home")}</Link> <span aria-hidden="true">›</span>{" "}
        <Link href={paths.events()}>{t("events.title")}</Link>
      </nav>
      <header className="stack-sm">
        <p className="product__group">{t(`event.kind.${ev.kind}`)}</p>
        <h1>{ev.name}</h1>
        {ev.isDemo && <DemoNote long />}
      </header>
      <dl className="facts">
        <div>
          <dt>{t("event.dates")}</dt>
          <dd>
            <time dateTime={ev.startsOn}>{formatDateRange(ev.startsOn, ev.endsOn, lang)}</time>{" "}
            <span className={`tag tag--${timing}`}>{t(`event.timing.${timing}`)}</span>
          </dd>
        </div>
        {(ev.venueName || ev.venueAddress || ev.commune) && (
          <div>
            <dt>{t("event.venue")}</dt>
            <dd>
              {[ev.venueName, ev.venueAddress].filter(Boolean).join(", ")}
              {ev.commune && !ev.venueAddress && (
                <>
                  {ev.venueName ? " · " : ""}
                  <Place unit={ev.commune} />
                </>
              )}
            </dd>
          </div>
        )}
        {ev.organizer && (
          <div>
            <dt>{t("event.organizer")}</dt>
            <dd>{ev.organizer}</dd>
          </div>
        )}
      </dl>
      {ev.description && <p>{ev.description}</p>}

      <section aria-labelledby="tables-title" className="stack">
        <h2 id="tables-title">{t("event.tables", { count: tables.length })}</h2>
        {tables.length === 0 ? (
          <p>{t("event.noTables")}</p>
        ) : (
          <ol className="tables" role="list">
            {tables.map((table) => (
              <li key={table.number} className="table-card">
                <h3 className="table-card__title">
                  {t("event.table", { n: table.number })}
                  {table.commune && (
                    <>
                      {" – "}
                      <Link href={paths.commune(table.commune.code)}>
                        <Place unit={table.commune} withProvince={several} />
                      </Link>
                    </>
                  )}
                  {table.label && !table.commune ? ` – ${table.label}` : ""}
                </h3>
                {table.isDemo && <DemoNote />}
                {table.note && <p className="muted small">{table.note}</p>}
                <ul role="list" className="table-card__products">
                  {table.products.map((p) => (
                    <li key={p.id}>
                      <Link href={paths.product(p.slug)}>{p.name}</Link> <Stars count={p.stars} quiet />
                      <span className="muted small">
                        {" "}
                        · {p.producer.name}
                        {several && ` · ${p.producer.province.name}`}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
