import type { ImageVariantObject } from "./media.types";
import type { ProductImage } from "./product-image.entity";

/* Fields of Image that mean the same on the public and the staff type, resolved once here. */

/** Media are served by the API under /media (or by the CDN in front of object storage). */
export const mediaUrl = (key: string) => `/media/${key}`;

export function largestImageUrl(image: ProductImage): string {
  const largest = [...image.variants].sort((a, b) => b.width - a.width)[0];
  return largest ? mediaUrl(largest.key) : "";
}

export function imageVariants(image: ProductImage): ImageVariantObject[] {
  return [...image.variants]
    .sort((a, b) => a.width - b.width)
    .map((v) => ({ url: mediaUrl(v.key), width: v.width, height: v.height, format: v.format }));
}
