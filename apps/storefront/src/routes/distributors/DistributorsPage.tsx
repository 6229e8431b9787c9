import { useQuery } from "@apollo/client/react";
import { DistributorsPageDocument, type DistributorKind } from "@ocop/schema/public";
import { Link } from "wouter";
import { Contact } from "../../components/Contact";
import { DemoNote } from "../../components/DemoNote";
import { ErrorState, Loading } from "../../components/QueryState";
import { Stars } from "../../components/Stars";
import { useT } from "../../i18n/i18n";
import { usePageMeta } from "../../lib/usePageMeta";
import { useSiteScope } from "../../lib/useSiteScope";
import { paths } from "@ocop/schema/routes";

const KINDS = [
  "DISTRIBUTOR",
  "RETAIL_CHAIN",
  "ECOMMERCE",
  "OCOP_SHOWROOM",
  "EXPORT",
] as const satisfies readonly DistributorKind[];

export default function DistributorsPage() {
  const t = useT();
  const siteScope = useSiteScope();
  usePageMeta(t("distributors.title"), t("distributors.metaDescription", siteScope));
  const { data, error, loading, refetch } = useQuery(DistributorsPageDocument);
  const all = data?.distributors.edges.map((e) => e.node) ?? [];

  return (
    <div className="container stack-lg">
      <h1>{t("distributors.title")}</h1>
      <p className="lead">{t("distributors.lead", siteScope)}</p>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && all.length === 0 && <p>{t("distributors.none")}</p>}
      {data && all.length > 0 && (
        <nav aria-label={t("distributors.kinds")} className="chips">
          {KINDS.filter((k) => all.some((d) => d.kind === k)).map((k) => (
            <a key={k} href={`#kind-${k}`} className="chip">
              {t(`distributorKind.${k}`)}
            </a>
          ))}
        </nav>
      )}
      {KINDS.map((kind) => {
        const list = all.filter((d) => d.kind === kind);
        if (list.length === 0) return null;
        return (
          <section key={kind} id={`kind-${kind}`} aria-labelledby={`kind-${kind}-title`} className="stack">
            <h2 id={`kind-${kind}-title`}>{t(`distributorKind.${kind}`)}</h2>
            <ul className="distributor-list" role="list">
              {list.map((d) => (
                <li key={d.id} className="panel stack-sm">
                  <h3>
                    <Link href={paths.distributor(d.slug)}>{d.name}</Link>
                  </h3>
                  {d.description && <p>{d.description}</p>}
                  {(d.contactPerson || d.phone || d.zalo || d.email || d.website || d.address) && (
                    <dl className="facts facts--compact" aria-label={t("producer.contact")}>
                      <Contact contact={d} />
                    </dl>
                  )}
                  {d.isDemo && <DemoNote />}
                  {d.products.edges.length > 0 ? (
                    <>
                      <h4 className="small-heading">{t("distributors.carries", { count: d.productCount })}</h4>
                      <ul role="list" className="compact-list">
                        {d.products.edges.map(({ node }) => (
                          <li key={node.id}>
                            <Link href={paths.product(node.slug)}>{node.name}</Link> <Stars count={node.stars} quiet />
                          </li>
                        ))}
                      </ul>
                      {d.productCount > d.products.edges.length && (
                        <p className="small">
                          <Link href={paths.distributor(d.slug)}>
                            {t("distributors.more", { count: d.productCount - d.products.edges.length })}
                          </Link>
                        </p>
                      )}
                    </>
                  ) : (
                    <p className="muted small">{t("distributors.noProducts")}</p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
