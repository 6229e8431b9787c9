import { useQuery } from "@apollo/client/react";
import { CommunesPageDocument } from "@ocop/schema/public";
import { Link, useSearch } from "wouter";
import { usePlaceLabel } from "../../components/Place";
import { ErrorState, Loading } from "../../components/QueryState";
import { useLang, useT } from "../../i18n/i18n";
import { intlLocale } from "../../i18n/lang";
import { usePageMeta } from "../../lib/usePageMeta";
import { paths } from "@ocop/schema/routes";

export default function CommunesPage() {
  const t = useT();
  const lang = useLang();
  const place = usePlaceLabel();
  const all = new URLSearchParams(useSearch()).get("all") === "1";
  usePageMeta(t("communes.title"), t("communes.metaDescription"));
  const { data, previousData, error, loading, refetch } = useQuery(CommunesPageDocument, {
    variables: { withProducts: all ? null : true },
  });
  const shown = error ? undefined : (data ?? previousData);
  const units = [...(shown?.communes.edges.map((e) => e.node) ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name, intlLocale(lang)),
  );

  return (
    <div className="container stack-lg">
      <h1>{t("communes.title")}</h1>
      <p className="lead">{t("communes.lead")}</p>
      <nav aria-label={t("communes.show")} className="segmented">
        <Link href={paths.communes()} aria-current={!all ? "page" : undefined}>
          {t("communes.withProducts")}
        </Link>
        <Link href={paths.communes({ all: true })} aria-current={all ? "page" : undefined}>
          {t("communes.all")}
        </Link>
      </nav>
      {error && !loading && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <Loading />}
      {shown && (
        <>
          <p role="status">{t("communes.count", { count: shown.communes.totalCount })}</p>
          <ul className="unit-list" role="list" aria-busy={loading}>
            {units.map((u) => (
              <li key={u.code}>
                <Link href={paths.commune(u.code)} className="unit-item">
                  <span className="unit-item__name">{place(u, false)}</span>
                  <span className="unit-item__count">{t("count.products", { count: u.productCount })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
