import { productImageInputSchema } from "@ocop/schema/inputs";
import { randomUUID } from "node:crypto";
import type { AdminContext } from "../../graphql/admin-context";
import { badUserInput, fieldError } from "../../graphql/errors";
import { parseInput } from "../../graphql/validation";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { lockProductForEdit } from "../product/product.admin.service";
import { Product } from "../product/product.entity";
import { processUpload } from "./image-processing";
import type { MediaStorage } from "./media-storage";
import type { ImageUpdateInput } from "./media.admin.types";
import { ProductImage } from "./product-image.entity";

/**
 * Stores an uploaded photo of a product: checked and resized first, files written, then the row
 * and its audit entry in one transaction. If that fails, the files are removed again.
 */
export async function uploadProductImage(
  ctx: AdminContext,
  storage: MediaStorage,
  productId: number,
  file: Buffer | string,
  altText: string | undefined,
): Promise<ProductImage> {
  const product = await ctx.dataSource.getRepository(Product).findOneBy({ id: productId });
  if (!product) throw badUserInput([fieldError("productId", "noSuchProduct")]);
  // Scope and existence are checked before the (costly) image work.
  await ctx.dataSource.transaction((em) => lockProductForEdit(em, ctx, product.id, product.version));
  const processed = await processUpload(file, `products/${productId}/${randomUUID()}`);
  for (const f of processed.files) await storage.put(f.key, f.data, f.contentType);
  try {
    return await ctx.dataSource.transaction(async (em) => {
      const locked = await em
        .getRepository(Product)
        .createQueryBuilder("p")
        .setLock("pessimistic_write")
        .where("p.id = :id", { id: productId })
        .getOneOrFail();
      const [{ next }] = await em.query(
        `SELECT coalesce(max(position) + 1, 0)::int AS next FROM product_image WHERE product_id = $1`,
        [productId],
      );
      const saved = await em.getRepository(ProductImage).save({
        productId,
        altVi: altText?.trim().slice(0, 300) || locked.nameVi,
        width: processed.width,
        height: processed.height,
        variants: processed.files.map(({ key, width, height, format }) => ({ key, width, height, format })),
        position: next,
      });
      await recordAudit(em, ctx, "image.upload", { type: "ProductImage", id: saved.id }, null, snapshot(saved));
      return saved;
    });
  } catch (error) {
    await Promise.all(processed.files.map((f) => storage.delete(f.key).catch(() => undefined)));
    throw error;
  }
}

export async function updateImage(ctx: AdminContext, id: number, version: number, input: ImageUpdateInput) {
  const data = parseInput(productImageInputSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const image = await lockVersioned(em, ProductImage, id, version, "Image");
    const product = await em.getRepository(Product).findOneByOrFail({ id: image.productId });
    await lockProductForEdit(em, ctx, product.id, product.version);
    const before = snapshot(image);
    Object.assign(image, data);
    const saved = await em.getRepository(ProductImage).save(image);
    await recordAudit(em, ctx, "image.update", { type: "ProductImage", id }, before, snapshot(saved));
    return saved;
  });
}

/** Puts the product's images in the given order; the list must name each of them once. */
export async function reorderImages(ctx: AdminContext, productId: number, imageIds: number[]) {
  return ctx.dataSource.transaction(async (em) => {
    const product = await em.getRepository(Product).findOneBy({ id: productId });
    if (!product) throw badUserInput([fieldError("productId", "noSuchProduct")]);
    await lockProductForEdit(em, ctx, product.id, product.version);
    const images = await em
      .getRepository(ProductImage)
      .find({ where: { productId }, order: { position: "ASC", id: "ASC" } });
    const current = images.map((i) => i.id);
    if (
      imageIds.length !== current.length ||
      new Set(imageIds).size !== imageIds.length ||
      !imageIds.every((id) => current.includes(id))
    ) {
      throw badUserInput([fieldError("imageIds", "imagesExactlyOnce")]);
    }
    for (const [position, id] of imageIds.entries()) {
      await em.query(
        `UPDATE product_image SET position = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, position],
      );
    }
    await recordAudit(
      em,
      ctx,
      "image.reorder",
      { type: "Product", id: productId },
      { imageIds: current },
      { imageIds },
    );
    return em.getRepository(ProductImage).find({ where: { productId }, order: { position: "ASC" } });
  });
}

export async function deleteImage(ctx: AdminContext, storage: MediaStorage, id: number, version: number) {
  const image = await ctx.dataSource.transaction(async (em) => {
    const found = await lockVersioned(em, ProductImage, id, version, "Image");
    const product = await em.getRepository(Product).findOneByOrFail({ id: found.productId });
    await lockProductForEdit(em, ctx, product.id, product.version);
    await em.getRepository(ProductImage).delete({ id });
    await recordAudit(em, ctx, "image.delete", { type: "ProductImage", id }, snapshot(found), null);
    return found;
  });
  // Files go only after the row is gone for good; a leftover file is harmless, a missing one is not.
  await Promise.all(image.variants.map((v) => storage.delete(v.key).catch(() => undefined)));
  return true;
}
