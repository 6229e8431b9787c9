import { useQuery } from "@apollo/client/react";
import { DistributorPageDocument } from "@ocop/schema/public";
import { paths } from "@ocop/schema/routes";
import { useEffect } from "react";
import { Link, useSearch } from "wouter";
import { Contact, showsAnyContact } from "../../components/Contact";
import { DemoNote } from "../../components/DemoNote";
import { ProductGrid } from "../../components/ProductCard";
import { ErrorState, Loading } from "../../components/QueryState";
import { useT } from "../../i18n/i18n";
import { usePageMeta } from "../../lib/usePageMeta";
import { MAX_FIRST, PAGE_SIZE, parseCatalogSearch } from "../catalog/filters";
import NotFoundPage from "../not-found/NotFoundPage";

/** A distributor or channel: its public contact and every product it carries (`?page=` as the catalog's). */
export default function DistributorPage({ slug }: { slug: string }) {
  const t = useT();
  const { page } = parseCatalogSearch(useSearch());
  const wanted = page * PAGE_SIZE;
  const { data, error, loading, refetch, fetchMore } = useQuery(DistributorPageDocument, {
    variables: { slug, first: Math.min(wanted, MAX_FIRST) },
  });
  const d = data?.distributor;
  usePageMeta(
    d?.name,
    d ? (d.description ?? t("distributor.metaDescription", { name: d.name, count: d.productCount })) : null,
  );

  // Pages past the API's cap of 100 per request are topped up with the cursor, as in the catalog.
  useEffect(() => {
    const products = data?.distributor?.products;
    if (!products || loading) return;
    const have = products.edges.length;
    if (have < wanted && products.pageInfo.hasNextPage && products.pageInfo.endCursor) {
      void fetchMore({
        variables: { after: products.pageInfo.endCursor, first: Math.min(wanted - have, MAX_FIRST) },
        updateQuery: (prev, { fetchMoreResult }) =>
          prev.distributor && fetchMoreResult.distributor
            ? {
                distributor: {
                  ...fetchMoreResult.distributor,
                  products: {
                    ...fetchMoreResult.distributor.products,
                    edges: [...prev.distributor.products.edges, ...fetchMoreResult.distributor.products.edges],
                  },
                },
              }
            : prev,
      });
    }
  }, [data, loading, wanted, fetchMore]);

  if (loading && !data) return <Loading />;
  if (error && !data)
    return (
      <div className="container">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (!d) return <NotFoundPage />;

  const edges = d.products.edges.slice(0, wanted);
  return (
    <div className="container stack-lg">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link href={paths.home()}>{t("nav.home")}</Link> <span aria-hidden="true">›</span>{" "}
        <Link href={paths.distributors()}>{t("distributors.title")}</Link>
      </nav>
      <header className="stack-sm">
        <p className="product__group">{t(`distributorKind.${d.kind}`)}</p>
        <h1>{d.name}</h1>
        {d.isDemo && <DemoNote long />}
      </header>
      <div className="product__cols">
        <div className="stack">
          {d.description && <p>{d.description}</p>}
          <section aria-labelledby="distributor-products" className="stack">
            <h2 id="distributor-products">{t("distributors.carries", { count: d.productCount })}</h2>
            {edges.length > 0 ? (
              <ProductGrid products={edges.map((e) => e.node)} headingLevel={3} />
            ) : (
              <p className="muted">{t("distributors.noProducts")}</p>
            )}
            {d.products.totalCount > 0 && (
              <div className="load-more">
                <p className="muted">
                  {t("catalog.showing", {
                    shown: Math.min(edges.length, d.products.totalCount),
                    total: d.products.totalCount,
                  })}
                </p>
                {d.products.pageInfo.hasNextPage && edges.length >= wanted && (
                  <Link href={paths.distributor(d.slug, page + 1)} className="button" replace>
                    {t("catalog.loadMore")}
                  </Link>
                )}
              </div>
            )}
          </section>
        </div>
        <aside className="panel stack-sm" aria-labelledby="distributor-contact">
          <h2 id="distributor-contact">{t("producer.contact")}</h2>
          <dl className="facts facts--compact">
            <Contact contact={d} empty={t("distributor.noContact")} />
          </dl>
          {showsAnyContact(d) && <p className="muted small">{t("distributor.contactNote")}</p>}
        </aside>
      </div>
    </div>
  );
}
