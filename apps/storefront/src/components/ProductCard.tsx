import type { ProductCardFragment } from "@ocop/schema/public";
import { Link } from "wouter";
import { useT } from "../i18n/i18n";
import { useSiteProvinces } from "../lib/useSiteProvinces";
import { DemoNote } from "./DemoNote";
import { Place } from "./Place";
import { ProductImage } from "./ProductImage";
import { Stars } from "./Stars";
import { paths } from "@ocop/schema/routes";

export function ProductCard({
  product,
  headingLevel = 3,
  eager,
}: {
  product: ProductCardFragment;
  headingLevel?: 2 | 3;
  eager?: boolean;
}) {
  const t = useT();
  const H = `h${headingLevel}` as "h2" | "h3";
  // On a site of several provinces every card names its province; on one, it would only repeat the site's.
  const { several } = useSiteProvinces();
  const { commune, province } = product.producer;
  return (
    <article className="card">
      <ProductImage image={product.images[0]} categoryCode={product.category.code} name={product.name} eager={eager} />
      <div className="card__body">
        <H className="card__title">
          <Link href={paths.product(product.slug)} className="card__link">
            {product.name}
          </Link>
        </H>
        <Stars count={product.stars} />
        <p className="card__meta">
          <span className="visually-hidden">{t("card.producer")}: </span>
          {product.producer.name}
        </p>
        {commune ? (
          <p className="card__meta card__place">
            <span className="visually-hidden">{t("card.commune")}: </span>
            <Place unit={{ ...commune, province }} withProvince={several} />
          </p>
        ) : (
          several && <p className="card__meta card__place">{province.name}</p>
        )}
        {product.isDemo && <DemoNote />}
      </div>
    </article>
  );
}

/**
 * @param eagerImages how many of the first cards load their image at once: those on screen when a
 * list opens the page (its largest paint on a phone), not waiting for lazy loading's layout pass.
 */
export function ProductGrid({
  products,
  headingLevel,
  eagerImages = 0,
}: {
  products: ProductCardFragment[];
  headingLevel?: 2 | 3;
  eagerImages?: number;
}) {
  return (
    <ul className="grid" role="list">
      {products.map((p, i) => (
        <li key={p.id}>
          <ProductCard product={p} headingLevel={headingLevel} eager={i < eagerImages} />
        </li>
      ))}
    </ul>
  );
}
