import { Allow } from "../../graphql/allow";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { AdminContext } from "../../graphql/admin-context";
import { toId } from "../../lib/versioned";
import { deleteImage, reorderImages, updateImage } from "./media.admin.service";
import { AdminImageObject, ImageUpdateInput } from "./media.admin.types";
import { imageVariants, largestImageUrl } from "./media.fields";
import { ImageVariantObject } from "./media.types";
import type { ProductImage } from "./product-image.entity";

@Resolver(() => AdminImageObject)
export class ImageAdminResolver {
  @Allow("catalog.write")
  @Mutation(() => AdminImageObject)
  updateImage(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input") input: ImageUpdateInput,
  ) {
    return updateImage(ctx, toId(id), version, input);
  }

  @Allow("catalog.write")
  @Mutation(() => [AdminImageObject], { description: "The product's images in their new order (all of them)" })
  reorderImages(
    @Ctx() ctx: AdminContext,
    @Arg("productId", () => ID) productId: string,
    @Arg("imageIds", () => [ID]) imageIds: string[],
  ) {
    return reorderImages(ctx, toId(productId), imageIds.map(toId));
  }

  @Allow("catalog.write")
  @Mutation(() => Boolean)
  deleteImage(@Ctx() ctx: AdminContext, @Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number) {
    return deleteImage(ctx, ctx.mediaStorage, toId(id), version);
  }

  @FieldResolver(() => String, { description: "The largest rendition" })
  url(@Root() image: ProductImage): string {
    return largestImageUrl(image);
  }

  @FieldResolver(() => [ImageVariantObject])
  variants(@Root() image: ProductImage): ImageVariantObject[] {
    return imageVariants(image);
  }
}
