import { useQuery } from "@apollo/client/react";
import { ProducerPageDocument } from "@ocop/schema/public";
import { Link } from "wouter";
import { BuyerInfo, Contact, hasBuyerInfo } from "../../components/Contact";
import { DemoNote } from "../../components/DemoNote";
import { Place } from "../../components/Place";
import { ProductGrid } from "../../components/ProductCard";
import { ErrorState, Loading } from "../../components/QueryState";
import { useLang, useT } from "../../i18n/i18n";
import { siteScopeValues } from "@ocop/schema/site-texts";
import { usePageMeta } from "../../lib/usePageMeta";
import NotFoundPage from "../not-found/NotFoundPage";
import { paths } from "@ocop/schema/routes";

export default function ProducerPage({ slug }: { slug: string }) {
  const t = useT();
  const lang = useLang();
  const { data, error, loading, refetch } = useQuery(ProducerPageDocument, { variables: { slug } });
  const p = data?.producer;
  usePageMeta(
    p?.name,
    p
      ? (p.description ??
          t("producer.metaDescription", {
            name: p.name,
            count: p.productCount,
            province: siteScopeValues(lang, [p.province]).provincesFull,
          }))
      : null,
  );

  if (loading && !data) return <Loading />;
  if (error && !data)
    return (
      <div className="container">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (!p) return <NotFoundPage />;

  return (
    <div className="container stack-lg">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link href={paths.home()}>{t("nav.home")}</Link> <span aria-hidden="true">›</span>{" "}
        <Link href={paths.producers()}>{t("producers.title")}</Link>
      </nav>
      <header className="stack-sm">
        <p className="product__group">{t(`producerType.${p.type}`)}</p>
        <h1>{p.name}</h1>
        <p>
          {p.commune ? (
            <Link href={paths.commune(p.commune.code)}>
              <Place unit={p.commune} />
            </Link>
          ) : (
            p.province.name
          )}
        </p>
        {p.isDemo && <DemoNote long />}
      </header>
      <div className="product__cols">
        <div className="stack">
          {p.description && (
            <section aria-labelledby="about-producer" className="stack-sm">
              <h2 id="about-producer">{t("producer.about")}</h2>
              <p>{p.description}</p>
            </section>
          )}
          <section aria-labelledby="producer-products" className="stack">
            <h2 id="producer-products">{t("producer.products", { count: p.products.totalCount })}</h2>
            <ProductGrid products={p.products.edges.map((e) => e.node)} />
          </section>
        </div>
        <aside className="panel stack-sm" aria-labelledby="producer-contact">
          <h2 id="producer-contact">{t("producer.contact")}</h2>
          <dl className="facts facts--compact">
            <Contact contact={p} empty={t("producer.noContact")} />
          </dl>
          <p className="muted small">{t("producer.contactNote")}</p>
          {hasBuyerInfo(p) && (
            <>
              <h2 id="producer-for-buyers">{t("buyer.title")}</h2>
              <dl className="facts facts--compact" aria-labelledby="producer-for-buyers">
                <BuyerInfo producer={p} />
              </dl>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
