import { useQuery } from "@apollo/client/react";
import { ProductPageDocument, type ProductPageQuery } from "@ocop/schema/public";
import { useState } from "react";
import { Link } from "wouter";
import { DemoNote } from "../../components/DemoNote";
import { Place } from "../../components/Place";
import { BuyerInfo, Contact } from "../../components/Contact";
import { OfficeContact } from "../../components/OfficeContact";
import { ProductImage } from "../../components/ProductImage";
import { ErrorState, Loading } from "../../components/QueryState";
import { ShortlistToggle } from "../../components/Shortlist";
import { Stars } from "../../components/Stars";
import { useLang, useT } from "../../i18n/i18n";
import { localizedPath } from "../../i18n/lang";
import { formatDate, formatDateRange, formatDateWithPrecision, formatPrice, todayInVietnam } from "../../lib/format";
import { productSetLabel } from "../../lib/map-link";
import { usePageMeta } from "../../lib/usePageMeta";
import { useSiteProvinces } from "../../lib/useSiteProvinces";
import NotFoundPage from "../not-found/NotFoundPage";
import { certificateState } from "./certificate";
import { ConnectionForm } from "./ConnectionForm";
import { QrBlock } from "./QrBlock";
import { VisitFacts } from "./VisitFacts";
import { paths } from "@ocop/schema/routes";

type Product = NonNullable<ProductPageQuery["product"]>;

function Gallery({ product }: { product: Product }) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const images = product.images;
  const current = images[index] ?? images[0];
  return (
    <div className="gallery">
      <ProductImage
        image={current}
        categoryCode={product.category.code}
        name={product.name}
        sizes="(min-width: 56rem) 28rem, 100vw"
        eager
      />
      {images.length > 1 && (
        <ul className="gallery__thumbs" role="list" aria-label={t("product.photos")}>
          {images.map((img, i) => (
            <li key={img.id}>
              <button
                type="button"
                aria-pressed={i === index}
                aria-label={t("product.photoN", { n: i + 1, total: images.length })}
                onClick={() => setIndex(i)}
              >
                <ProductImage image={img} categoryCode={product.category.code} name={product.name} sizes="5rem" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CertificateBlock({ product }: { product: Product }) {
  const t = useT();
  const lang = useLang();
  const cert = product.certification;
  if (!cert) {
    return (
      <section className="certificate certificate--none" aria-labelledby="cert-title">
        <h2 id="cert-title">{t("cert.title")}</h2>
        <p>{t("cert.none")}</p>
      </section>
    );
  }
  const state = certificateState(cert, todayInVietnam());
  const warn = state === "expired" || state === "revoked" || state === "superseded";
  const date = (iso: string) => formatDateWithPrecision(iso, cert.decisionDatePrecision, lang);
  return (
    <section className={`certificate certificate--${state}`} aria-labelledby="cert-title">
      <h2 id="cert-title">{t("cert.title")}</h2>
      {state !== "valid" && (
        <p className={warn ? "certificate__warning" : "certificate__notice"} role={warn ? "alert" : undefined}>
          <span aria-hidden="true">{warn ? "⚠ " : "ⓘ "}</span>
          {t(`cert.state.${state}`, { date: date(cert.validUntil) })}
          {state === "revoked" && cert.revokedOn && (
            <> {t("cert.revokedOn", { date: formatDate(cert.revokedOn, lang) })}</>
          )}
          {state === "revoked" && cert.revocationReason && (
            <> {t("cert.revocationReason", { reason: cert.revocationReason })}</>
          )}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t("cert.stars")}</dt>
          <dd>
            <Stars count={cert.stars} badge />
          </dd>
        </div>
        {cert.score != null && (
          <div>
            <dt>{t("cert.score")}</dt>
            <dd>{t("cert.scoreValue", { score: cert.score })}</dd>
          </div>
        )}
        <div>
          <dt>{t("cert.level")}</dt>
          <dd>{t(`certLevel.${cert.level}`)}</dd>
        </div>
        <div>
          <dt>{t("cert.decision")}</dt>
          <dd>
            {cert.decisionNumber
              ? t("cert.decisionValue", { number: cert.decisionNumber, date: date(cert.decisionDate) })
              : date(cert.decisionDate)}
            {cert.decisionDatePrecision !== "DAY" && <span className="muted small"> {t("cert.approxDate")}</span>}
          </dd>
        </div>
        <div>
          <dt>{t("cert.validUntil")}</dt>
          <dd>
            <time dateTime={cert.validUntil}>{date(cert.validUntil)}</time>{" "}
            <span className={`tag tag--cert-${state}`}>{t(`cert.status.${state}`)}</span>
          </dd>
        </div>
        {cert.issuer && (
          <div>
            <dt>{t("cert.issuer")}</dt>
            <dd>{cert.issuer}</dd>
          </div>
        )}
        {cert.legalBasis && (
          <div>
            <dt>{t("cert.legalBasis")}</dt>
            <dd>{cert.legalBasis}</dd>
          </div>
        )}
      </dl>
      <p className="muted small">{t("cert.validityNote")}</p>
    </section>
  );
}

/**
 * The certificate's standing in one line beside the stars, so that a phone shows it on the first
 * screen; the detailed block stays further down. Its words always name the certificate and its
 * stars, so an expired or revoked one never reads as "not certified yet".
 */
function CertificateSummary({ product }: { product: Product }) {
  const t = useT();
  const lang = useLang();
  const cert = product.certification;
  if (!cert) return <p className="cert-summary cert-summary--none">{t("cert.summary.none")}</p>;
  const state = certificateState(cert, todayInVietnam());
  const values = {
    count: cert.stars,
    date: formatDateWithPrecision(cert.validUntil, cert.decisionDatePrecision, lang),
    revokedOn: cert.revokedOn ? formatDate(cert.revokedOn, lang) : "",
  };
  const text =
    state === "revoked" && cert.revokedOn ? t("cert.summary.revokedOn", values) : t(`cert.summary.${state}`, values);
  return <p className={`cert-summary cert-summary--${state}`}>{text}</p>;
}

function ProducerCard({ producer }: { producer: Product["producer"] }) {
  const t = useT();
  return (
    <section className="panel stack-sm" aria-labelledby="producer-title">
      <h2 id="producer-title">{t("product.producer")}</h2>
      <p className="producer-card__name">
        <Link href={paths.producer(producer.slug)}>{producer.name}</Link>
      </p>
      <dl className="facts facts--compact">
        <div>
          <dt>{t("producer.type")}</dt>
          <dd>{t(`producerType.${producer.type}`)}</dd>
        </div>
        <div>
          <dt>{t("producer.where")}</dt>
          <dd>{producer.commune ? <Place unit={producer.commune} /> : producer.province.name}</dd>
        </div>
        <Contact contact={producer} empty={t("producer.noContact")} />
        <BuyerInfo producer={producer} />
      </dl>
      {producer.isDemo && <DemoNote />}
    </section>
  );
}

export default function ProductPage({ slug }: { slug: string }) {
  const t = useT();
  const lang = useLang();
  const { several } = useSiteProvinces();
  const { data, error, loading, refetch } = useQuery(ProductPageDocument, { variables: { slug } });
  const product = data?.product;
  usePageMeta(
    product?.name ?? (loading ? null : undefined),
    product?.description ??
      (product ? t("product.metaDescription", { name: product.name, producer: product.producer.name }) : null),
  );

  if (loading && !data) return <Loading />;
  if (error && !data)
    return (
      <div className="container">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (!product) return <NotFoundPage />;

  const group = product.category.parent ?? product.category;
  const productSet = productSetLabel(product.category);
  const hasPrice = !product.isTourism && (product.priceMin != null || product.priceMax != null);

  return (
    <article className="container product stack-lg">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link href={paths.home()}>{t("nav.home")}</Link> <span aria-hidden="true">›</span>{" "}
        <Link href={paths.catalog()}>{t("catalog.title")}</Link> <span aria-hidden="true">›</span>{" "}
        <Link href={paths.catalog({ group: group.code })}>{group.name}</Link>
      </nav>

      <div className="product__top">
        <Gallery product={product} />
        <div className="product__summary stack">
          <p className="product__group">
            {group.name}
            {productSet ? ` · ${productSet}` : ""}
          </p>
          <h1>{product.name}</h1>
          <div className="product__status">
            {product.stars ? <Stars count={product.stars} badge /> : null}
            <CertificateSummary product={product} />
          </div>
          {product.isDemo && <DemoNote long />}
          <p>
            {t("product.by")} <Link href={paths.producer(product.producer.slug)}>{product.producer.name}</Link>
            {product.producer.commune && (
              <>
                {" · "}
                <Link href={paths.commune(product.producer.commune.code)}>
                  <Place unit={product.producer.commune} />
                </Link>
              </>
            )}
          </p>
          <dl className="facts facts--compact">
            {product.isTourism ? (
              <VisitFacts product={product} />
            ) : (
              <>
                {product.packaging && (
                  <div>
                    <dt>{t("product.packaging")}</dt>
                    <dd>
                      {product.packaging}
                      {product.unit ? ` (${product.unit})` : ""}
                    </dd>
                  </div>
                )}
                {hasPrice && (
                  <div>
                    <dt>{t("product.price")}</dt>
                    <dd>
                      {product.priceMin != null && product.priceMax != null && product.priceMin !== product.priceMax
                        ? `${formatPrice(product.priceMin, lang)} – ${formatPrice(product.priceMax, lang)}`
                        : formatPrice((product.priceMin ?? product.priceMax)!, lang)}
                      {product.unit ? ` / ${product.unit}` : ""}
                    </dd>
                  </div>
                )}
              </>
            )}
            {product.seasons && (
              <div>
                <dt>{t("product.seasons")}</dt>
                <dd>{product.seasons}</dd>
              </div>
            )}
          </dl>
          <div className="product__actions">
            <a href="#connect" className="button button--primary">
              {t("product.contactCta")}
            </a>
            <ShortlistToggle
              item={{
                slug: product.slug,
                name: product.name,
                producerSlug: product.producer.slug,
                producerName: product.producer.name,
              }}
            />
          </div>
        </div>
      </div>

      <div className="product__cols">
        <div className="stack-lg">
          <CertificateBlock product={product} />
          {product.description && (
            <section aria-labelledby="desc-title" className="stack-sm">
              <h2 id="desc-title">{t("product.description")}</h2>
              {product.description.split(/\n{2,}/).map((para, i) => (
                <p key={i}>{para}</p>
              ))}
            </section>
          )}

          <section aria-labelledby="buy-title" className="stack-sm">
            <h2 id="buy-title">{product.isTourism ? t("product.whereToBook") : t("product.whereToBuy")}</h2>
            {product.whereToBuy.length === 0 ? (
              <p>{t("product.noDistributors")}</p>
            ) : (
              <ul className="link-list" role="list">
                {product.whereToBuy.map((w) => (
                  <li key={w.distributor.id}>
                    <span className="link-list__kind">{t(`distributorKind.${w.distributor.kind}`)}</span>{" "}
                    {w.url || w.distributor.website ? (
                      <a href={(w.url ?? w.distributor.website)!} target="_blank" rel="noopener">
                        {w.distributor.name}
                        <span className="visually-hidden"> ({t("link.newTab")})</span>
                        <span aria-hidden="true"> ↗</span>
                      </a>
                    ) : (
                      <span>{w.distributor.name}</span>
                    )}
                    {w.note && <span className="muted"> – {w.note}</span>}
                  </li>
                ))}
              </ul>
            )}
            {product.traceabilityUrl && (
              <p>
                <a href={product.traceabilityUrl} target="_blank" rel="noopener">
                  {t("product.traceability")}
                  <span className="visually-hidden"> ({t("link.newTab")})</span>
                  <span aria-hidden="true"> ↗</span>
                </a>{" "}
                <span className="muted small">{t("product.traceabilityNote")}</span>
              </p>
            )}
          </section>

          {product.showcases.length > 0 && (
            <section aria-labelledby="showcase-title" className="stack-sm">
              <h2 id="showcase-title">{t("product.showcases")}</h2>
              <ul className="link-list" role="list">
                {product.showcases.map((s) => (
                  <li key={`${s.event.id}-${s.tableNumber}`}>
                    <Link href={paths.event(s.event.slug)}>{s.event.name}</Link>
                    <span className="muted">
                      {" "}
                      · {formatDateRange(s.event.startsOn, s.event.endsOn, lang)} ·{" "}
                      {t("event.table", { n: s.tableNumber })}
                      {s.commune && (
                        <>
                          {" – "}
                          <Place unit={s.commune} withProvince={several} />
                        </>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>

        <aside className="stack-lg" aria-label={t("product.aside")}>
          <ProducerCard producer={product.producer} />
          <QrBlock path={localizedPath(lang, paths.product(product.slug))} fileName={`ocop-${product.slug}`} />
        </aside>
      </div>

      <section id="connect" aria-labelledby="connect-title" className="panel panel--accent stack">
        <h2 id="connect-title">{t("connect.title")}</h2>
        <ConnectionForm
          products={[{ slug: product.slug, name: product.name, producerName: product.producer.name }]}
          receiver={{ officeName: product.receivingOffice?.name, province: product.producer.province }}
        />
        <OfficeContact
          headingId="connect-office"
          className="office-contact office-contact--aside stack-sm"
          office={product.receivingOffice ?? null}
        />
      </section>
    </article>
  );
}
