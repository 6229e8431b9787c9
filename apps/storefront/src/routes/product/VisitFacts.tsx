import type { ProductPageQuery } from "@ocop/schema/public";
import { usePlaceLabel, useProvinceLabel } from "../../components/Place";
import { useT } from "../../i18n/i18n";
import { mapSearchUrl } from "../../lib/map-link";

type Product = NonNullable<ProductPageQuery["product"]>;

/**
 * Where a tourism product's place is and when it opens, as facts of the product's first block,
 * with a link that opens the place in the visitor's map application. Nothing is invented: without
 * an address of its own the place is where its producer is, and unknown hours say whom to ask.
 */
export function VisitFacts({ product }: { product: Product }) {
  const t = useT();
  const placeLabel = usePlaceLabel();
  const provinceLabel = useProvinceLabel();
  const { producer } = product;
  const unit = producer.commune ? placeLabel(producer.commune) : provinceLabel(producer.province);
  const where = product.placeAddress ?? producer.address ?? unit;
  // The unit and province make a search find the right "Xã Tân Thành" among several.
  const address = where === unit ? unit : `${where}, ${unit}`;
  return (
    <>
      <div>
        <dt>{t("product.location")}</dt>
        <dd>
          {address}{" "}
          <a
            className="visit-map"
            href={mapSearchUrl({ location: product.location ?? null, name: product.name, address })}
            target="_blank"
            rel="noopener"
          >
            {t("product.openInMaps")}
            <span className="visually-hidden"> ({t("link.newTab")})</span>
          </a>
        </dd>
      </div>
      <div>
        <dt>{t("product.openingHours")}</dt>
        <dd>{product.openingHours ?? <a href="#producer-title">{t("product.openingHoursUnknown")}</a>}</dd>
      </div>
    </>
  );
}
