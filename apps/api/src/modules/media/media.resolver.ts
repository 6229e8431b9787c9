import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { pick } from "../../graphql/language";
import { imageVariants, largestImageUrl } from "./media.fields";
import { ImageObject, ImageVariantObject } from "./media.types";
import type { ProductImage } from "./product-image.entity";

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
