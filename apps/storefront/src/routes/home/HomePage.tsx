import { useQuery } from "@apollo/client/react";
import { HomePageDocument } from "@ocop/schema/public";
import { Link } from "wouter";
import { EventCard } from "../../components/EventCard";
import { GroupArt } from "../../components/GroupArt";
import { ProductGrid } from "../../components/ProductCard";
import { ErrorState, Loading } from "../../components/QueryState";
import { SearchBox } from "../../components/SearchBox";
import { Stars } from "../../components/Stars";
import { useT } from "../../i18n/i18n";
import { PRODUCT_GROUP_CODES } from "../../lib/groups";
import { usePageMeta } from "../../lib/usePageMeta";
import { useSiteName } from "../../lib/useSiteName";
import { useSiteScope } from "../../lib/useSiteScope";
import { catalogHref } from "../catalog/filters";
import { CERTIFIED_STARS } from "@ocop/schema/enums";
import { paths } from "@ocop/schema/routes";

export default function HomePage() {
  const t = useT();
  const siteScope = useSiteScope();
  usePageMeta(useSiteName(), t("home.metaDescription", siteScope));
  const { data, error, loading, refetch } = useQuery(HomePageDocument);

  const counts = new Map(data?.categories.map((c) => [c.code, c] as const));
  const starCount = (n: number) => data?.catalogStats.byStars.find((s) => s.stars === n)?.count ?? 0;
  // A shortcut never leads to an empty list: only those the API counts products for are shown.
  const starShortcuts = CERTIFIED_STARS.filter((n) => starCount(n) > 0).sort((a, b) => b - a);
  const groupShortcuts = PRODUCT_GROUP_CODES.filter((code) => (counts.get(code)?.productCount ?? 0) > 0);

  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <div className="container">
          <h1 id="home-title">{t("home.title", siteScope)}</h1>
          <p className="hero__lead">{t("home.lead")}</p>
          <SearchBox big />
        </div>
      </section>

      <div className="container stack-xl">
        {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}

        <section aria-labelledby="stars-title" className="stack">
          <h2 id="stars-title">{t("home.starsTitle")}</h2>
          <p className="lead">{t("home.starsExplained")}</p>
          <ul className="star-shortcuts" role="list">
            {starShortcuts.map((n) => (
              <li key={n}>
                <Link href={catalogHref({ stars: [n] })} className="star-shortcut">
                  <Stars count={n} />
                  <span className="star-shortcut__text">{t("home.starShortcut", { count: n })}</span>
                  <span className="star-shortcut__count">{t("count.products", { count: starCount(n) })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="featured-title" className="stack">
          <div className="section-head">
            <h2 id="featured-title">{t("home.featured")}</h2>
            <Link href={paths.catalog()}>{t("home.seeAll")}</Link>
          </div>
          {loading && !data ? (
            <Loading />
          ) : data && data.featured.edges.length > 0 ? (
            <ProductGrid products={data.featured.edges.map((e) => e.node)} />
          ) : data ? (
            <p>{t("home.noFeatured")}</p>
          ) : null}
        </section>

        <section aria-labelledby="groups-title" className="stack">
          <h2 id="groups-title">{t("home.groups")}</h2>
          <ul className="group-tiles" role="list">
            {groupShortcuts.map((code) => {
              const c = counts.get(code);
              return (
                <li key={code}>
                  <Link href={catalogHref({ group: code })} className={`group-tile group-tile--${code}`}>
                    <GroupArt group={code} className="group-tile__art" />
                    <span className="group-tile__name">{c?.name ?? t(`group.${code}`)}</span>
                    {c && <span className="group-tile__count">{t("count.products", { count: c.productCount })}</span>}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>

        <section aria-labelledby="events-title" className="stack">
          <div className="section-head">
            <h2 id="events-title">{t("home.events")}</h2>
            <Link href={paths.events()}>{t("home.allEvents")}</Link>
          </div>
          {data && data.events.edges.length === 0 && <p>{t("home.noEvents")}</p>}
          {data && data.events.edges.length > 0 && (
            <ul className="event-list" role="list">
              {data.events.edges.map(({ node }) => (
                <li key={node.id}>
                  <EventCard event={node} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
