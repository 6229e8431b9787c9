import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { pick } from "../../graphql/language";
import { ImageObject, ImageVariantObject } from "./media.types";
import type { ProductImage } from "./product-image.entity";

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

@Resolver(() => ImageObject)
export class ImageResolver {
  @FieldResolver(() => String, { description: "Alternative text in the request's language" })
  alt(@Root() image: ProductImage, @Ctx() ctx: RequestContext): string {
    return pick(ctx.lang, image.altVi, image.altEn, image.altZh);
  }

  @FieldResolver(() => String, { description: "The largest rendition" })
  url(@Root() image: ProductImage): string {
    return largestImageUrl(image);
  }

  @FieldResolver(() => [ImageVariantObject], { description: "Renditions from smallest to largest" })
  variants(@Root() image: ProductImage): ImageVariantObject[] {
    return imageVariants(image);
  }
}
