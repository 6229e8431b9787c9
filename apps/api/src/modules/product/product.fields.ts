import { currentStarsOf } from "../../domain/rules";
import { CertificationStatus } from "../certification/certification.types";
import type { RequestContext } from "../../graphql/context";
import { isTourismCategory } from "../category/category.service";
import type { Product, PublishedProduct } from "./product.entity";

/*
 * Fields of Product that mean the same on the public and the staff type, resolved once here and
 * declared by both ProductResolver and ProductAdminResolver (each with its schema's types).
 */

export function categoryOfProduct(ctx: RequestContext, p: Product) {
  return ctx.loaders.categoryByCode.load(p.categoryCode);
}

/** Whether the product is a place (group 6): location and opening information, no price. */
export async function productIsTourism(ctx: RequestContext, p: Product): Promise<boolean> {
  const category = await categoryOfProduct(ctx, p);
  return category !== null && isTourismCategory(category);
}

export function producerOfProduct(ctx: RequestContext, p: Product) {
  return ctx.loaders.producerById.load(p.producerId);
}

/** Current stars: the newest certificate's, while it is valid; null when none is valid. */
export async function currentStarsOfProduct(
  ctx: RequestContext,
  p: Product | PublishedProduct,
): Promise<number | null> {
  // Public lists load products with their current stars; staff records come without them.
  if ("currentStars" in p) return p.currentStars;
  return currentStarsOf(await ctx.loaders.certificationsByProductId.load(p.id));
}

/** The newest certificate that counts (not voided), valid or not. */
export async function newestCertificationOfProduct(ctx: RequestContext, p: Product) {
  const certificates = await ctx.loaders.certificationsByProductId.load(p.id);
  return certificates.find((c) => c.status !== CertificationStatus.VOIDED) ?? null;
}

/** The certificates that count, newest first: what the public sees (a voided one was never issued). */
export async function liveCertificationsOfProduct(ctx: RequestContext, p: Product) {
  const certificates = await ctx.loaders.certificationsByProductId.load(p.id);
  return certificates.filter((c) => c.status !== CertificationStatus.VOIDED);
}

/** Every certificate, newest first, then the voided ones: the staff history. */
export function certificationsOfProduct(ctx: RequestContext, p: Product) {
  return ctx.loaders.certificationsByProductId.load(p.id);
}

export function imagesOfProduct(ctx: RequestContext, p: Product) {
  return ctx.loaders.imagesByProductId.load(p.id);
}

export function distributorLinksOfProduct(ctx: RequestContext, p: Product) {
  return ctx.loaders.distributorLinksByProductId.load(p.id);
}
