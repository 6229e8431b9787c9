import { lazy, Suspense, useState } from "react";
import { Link } from "wouter";
import { paths } from "@ocop/schema/routes";
import { Loading } from "../../components/QueryState";
import { useT } from "../../i18n/i18n";
import {
  clearShortlist,
  groupByProducer,
  removeFromShortlist,
  useStoredShortlist,
  type ShortlistItem,
} from "../../lib/shortlist";
import { usePageMeta } from "../../lib/usePageMeta";

// The form's code loads when the page shows it, not with the header's count on every page.
const ConnectionForm = lazy(() => import("../product/ConnectionForm").then((m) => ({ default: m.ConnectionForm })));

/**
 * The visitor's list of products, grouped by producer, and one request about all of them. The list
 * lives in this browser only: the server renders the frame, the browser fills it in.
 */
export default function ShortlistPage() {
  const t = useT();
  const stored = useStoredShortlist();
  // What was sent stays on screen with its receipt once the list has emptied itself.
  const [sent, setSent] = useState<readonly ShortlistItem[] | null>(null);
  usePageMeta(t("shortlist.title"), t("shortlist.intro"), true);
  const items = sent ?? stored;
  return (
    <div className="container stack-lg shortlist-page">
      <header className="stack-sm">
        <h1>{t("shortlist.title")}</h1>
        <p className="lead">{t("shortlist.intro")}</p>
      </header>
      {items === null ? (
        <div className="shortlist-page__pending" aria-busy="true" />
      ) : items.length === 0 ? (
        <div className="panel stack-sm">
          <p>{t("shortlist.empty")}</p>
          <p>
            <Link href={paths.catalog()} className="button button--primary">
              {t("shortlist.browse")}
            </Link>
          </p>
        </div>
      ) : (
        <>
          {!sent && (
            <div className="stack">
              {groupByProducer(items).map((g) => (
                <section
                  key={g.producerSlug}
                  className="shortlist-group stack-sm"
                  aria-labelledby={`sl-${g.producerSlug}`}
                >
                  <h2 id={`sl-${g.producerSlug}`}>
                    <Link href={paths.producer(g.producerSlug)}>{g.producerName}</Link>
                  </h2>
                  <ul role="list" className="shortlist-items">
                    {g.items.map((item) => (
                      <li key={item.slug}>
                        <Link href={paths.product(item.slug)}>{item.name}</Link>
                        <button
                          type="button"
                          className="button button--ghost"
                          onClick={() => removeFromShortlist(item.slug)}
                          aria-label={t("shortlist.removeOne", { product: item.name })}
                        >
                          {t("shortlist.remove")}
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
              <p>
                <button type="button" className="button button--ghost" onClick={clearShortlist}>
                  {t("shortlist.clear")}
                </button>
              </p>
            </div>
          )}
          <section id="connect" aria-labelledby="connect-title" className="panel panel--accent stack">
            <h2 id="connect-title">{t("shortlist.ask", { count: items.length })}</h2>
            <Suspense fallback={<Loading />}>
              <ConnectionForm
                products={items}
                onSent={() => {
                  setSent(items);
                  clearShortlist();
                }}
              />
            </Suspense>
          </section>
        </>
      )}
    </div>
  );
}
