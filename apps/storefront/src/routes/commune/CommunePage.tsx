import { useQuery } from "@apollo/client/react";
import { CommunePageDocument } from "@ocop/schema/public";
import { Link } from "wouter";
import { usePlaceLabel } from "../../components/Place";
import { ProductGrid } from "../../components/ProductCard";
import { ErrorState, Loading } from "../../components/QueryState";
import { useT } from "../../i18n/i18n";
import { usePageMeta } from "../../lib/usePageMeta";
import { catalogHref } from "../catalog/filters";
import NotFoundPage from "../not-found/NotFoundPage";
import { paths } from "@ocop/schema/routes";

export default function CommunePage({ code }: { code: string }) {
  const t = useT();
  const place = usePlaceLabel();
  const valid = /^\d{5}$/.test(code);
  const { data, error, loading, refetch } = useQuery(CommunePageDocument, { variables: { code }, skip: !valid });
  const unit = data?.commune;
  const label = unit ? place(unit) : null;
  usePageMeta(label, label ? t("commune.metaDescription", { place: label, count: unit?.productCount ?? 0 }) : null);

  if (!valid) return <NotFoundPage />;
  if (loading && !data) return <Loading />;
  if (error && !data)
    return (
      <div className="container">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (!unit || !data) return <NotFoundPage />;

  const products = data.products.edges.map((e) => e.node);
  return (
    <div className="container stack-lg">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link href={paths.home()}>{t("nav.home")}</Link> <span aria-hidden="true">›</span>{" "}
        <Link href={paths.communes()}>{t("communes.title")}</Link>
      </nav>
      <h1>{place(unit)}</h1>
      <p className="muted">{t("commune.code", { code: unit.code })}</p>
      <p role="status">{t("count.products", { count: data.products.totalCount })}</p>
      {products.length === 0 ? (
        <div className="panel">
          <p>{t("commune.empty")}</p>
          <p>
            <Link href={paths.communes()}>{t("commune.back")}</Link>
          </p>
        </div>
      ) : (
        <ProductGrid products={products} headingLevel={2} />
      )}
      {data.products.totalCount > products.length && (
        <p>
          <Link href={catalogHref({ commune: unit.code })} className="button">
            {t("commune.seeAll")}
          </Link>
        </p>
      )}
    </div>
  );
}
