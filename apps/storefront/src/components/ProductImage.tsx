import { useEffect, useRef, useState } from "react";
import { useT } from "../i18n/i18n";
import { groupOf } from "../lib/groups";
import { GroupArt } from "./GroupArt";

type Variant = { url: string; width: number; height: number; format: string };
/** Any image selection with its renditions (the ProductCard fragment's images). */
export type ImageData = { alt: string; width: number; height: number; url: string; variants: Variant[] };

type Props = {
  image: ImageData | null | undefined;
  categoryCode: string;
  /** Used when the image has no alt text of its own. */
  name: string;
  /** The `sizes` attribute: how wide the image is shown. */
  sizes?: string;
  eager?: boolean;
  className?: string;
};

/**
 * A product image with a responsive srcset from its variants (one <source> per web format), its
 * intrinsic size set and lazy loading; a product without photos gets its group's illustration in
 * the same 4:3 frame, never a broken image (nor when the photo fails to load).
 */
export function ProductImage({
  image,
  categoryCode,
  name,
  sizes = "(min-width: 64rem) 20rem, (min-width: 40rem) 45vw, 100vw",
  eager,
  className,
}: Props) {
  const t = useT();
  const frame = `product-image ${className ?? ""}`;
  const img = useRef<HTMLImageElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // An image that failed before React hydrated the page fired its error event to no listener:
  // a finished load with no pixels is that failure.
  useEffect(() => {
    const el = img.current;
    if (el && el.complete && el.naturalWidth === 0 && image) setFailed(image.url);
  }, [image]);
  if (!image || failed === image.url) {
    const group = groupOf(categoryCode) ?? "TP";
    return (
      <div className={`${frame} product-image--placeholder`}>
        <GroupArt group={group} label={t("image.placeholder", { group: t(`group.${group}`) })} />
      </div>
    );
  }
  const byFormat = new Map<string, Variant[]>();
  for (const v of image.variants) byFormat.set(v.format, [...(byFormat.get(v.format) ?? []), v]);
  const srcset = (vs: Variant[]) => vs.map((v) => `${v.url} ${v.width}w`).join(", ");
  const fallbackFormat = ["jpeg", "jpg", "png"].find((f) => byFormat.has(f));
  const modern = ["avif", "webp"].filter((f) => byFormat.has(f) && f !== fallbackFormat);
  const fallback = fallbackFormat ? byFormat.get(fallbackFormat) : undefined;
  return (
    <div className={frame}>
      <picture>
        {modern.map((f) => (
          <source key={f} type={`image/${f}`} srcSet={srcset(byFormat.get(f)!)} sizes={sizes} />
        ))}
        <img
          src={image.url}
          srcSet={fallback?.length ? srcset(fallback) : undefined}
          sizes={fallback?.length ? sizes : undefined}
          width={image.width}
          height={image.height}
          alt={image.alt || name}
          loading={eager ? "eager" : "lazy"}
          fetchPriority={eager ? "high" : undefined}
          decoding="async"
          ref={img}
          onError={() => setFailed(image.url)}
        />
      </picture>
    </div>
  );
}
