import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { geoPoint, GeoPointObject } from "../../graphql/common.types";
import type { RequestContext } from "../../graphql/context";
import { connectionComplexity, pageOf } from "../../graphql/connection";
import { pick } from "../../graphql/language";
import { CategoryObject } from "../category/category.types";
import { CertificationObject } from "../certification/certification.types";
import { DistributorLinkObject } from "../distributor/distributor.types";
import { ImageObject } from "../media/media.types";
import { ProducerObject } from "../producer/producer.types";
import { ShowcasePlacementObject } from "../showcase/showcase.types";
import type { Product, PublishedProduct } from "./product.entity";
import {
  categoryOfProduct,
  liveCertificationsOfProduct,
  currentStarsOfProduct,
  distributorLinksOfProduct,
  imagesOfProduct,
  newestCertificationOfProduct,
  producerOfProduct,
  productIsTourism,
} from "./product.fields";
import { listPublishedProducts, publishedProductBySlug } from "./product.service";
import { ProductConnection, ProductFilter, ProductObject, ProductSort } from "./product.types";

@Resolver(() => ProductObject)
export class ProductResolver {
  @Query(() => ProductConnection, { complexity: connectionComplexity, description: "Published products" })
  products(
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => ProductFilter, { nullable: true }) filter: ProductFilter | undefined,
    @Arg("sort", () => ProductSort, { nullable: true, defaultValue: ProductSort.RELEVANCE }) sort: ProductSort,
  ) {
    return listPublishedProducts(ctx, filter, sort ?? ProductSort.RELEVANCE, pageOf(first, after));
  }

  @Query(() => ProductObject, { nullable: true, description: "A published product; null for unknown slugs" })
  product(@Ctx() ctx: RequestContext, @Arg("slug") slug: string) {
    return publishedProductBySlug(ctx, slug);
  }

  @FieldResolver(() => String)
  name(@Root() p: Product, @Ctx() ctx: RequestContext): string {
    return pick(ctx.lang, p.nameVi, p.nameEn, p.nameZh);
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() p: Product, @Ctx() ctx: RequestContext): string | null {
    return pick(ctx.lang, p.descriptionVi, p.descriptionEn, p.descriptionZh);
  }

  @FieldResolver(() => String, { nullable: true, description: "Opening information of a tourism product" })
  openingHours(@Root() p: Product, @Ctx() ctx: RequestContext): string | null {
    return pick(ctx.lang, p.openingHours, p.openingHoursEn, p.openingHoursZh);
  }

  @FieldResolver(() => CategoryObject, { description: "The product set; its parent is the OCOP group" })
  category(@Root() p: Product, @Ctx() ctx: RequestContext) {
    return categoryOfProduct(ctx, p);
  }

  @FieldResolver(() => ProducerObject)
  producer(@Root() p: Product, @Ctx() ctx: RequestContext) {
    return producerOfProduct(ctx, p);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Current stars, from the newest certificate while it is valid; null when none is valid",
  })
  stars(@Root() p: Product | PublishedProduct, @Ctx() ctx: RequestContext): Promise<number | null> {
    return currentStarsOfProduct(ctx, p);
  }

  @FieldResolver(() => CertificationObject, {
    nullable: true,
    description: "The newest certificate, valid or not (see status)",
  })
  certification(@Root() p: Product, @Ctx() ctx: RequestContext) {
    return newestCertificationOfProduct(ctx, p);
  }

  @FieldResolver(() => [CertificationObject], { description: "All certificates, newest first" })
  certifications(@Root() p: Product, @Ctx() ctx: RequestContext) {
    return liveCertificationsOfProduct(ctx, p);
  }

  @FieldResolver(() => [ImageObject])
  images(@Root() p: Product, @Ctx() ctx: RequestContext) {
    return imagesOfProduct(ctx, p);
  }

  @FieldResolver(() => Boolean, { description: "Group 6: a place (location and opening information, no price)" })
  isTourism(@Root() p: Product, @Ctx() ctx: RequestContext): Promise<boolean> {
    return productIsTourism(ctx, p);
  }

  @FieldResolver(() => Int, { nullable: true, description: "Lowest price in VND" })
  priceMin(@Root() p: Product): number | null {
    return p.priceMin;
  }

  @FieldResolver(() => Int, { nullable: true, description: "Highest price in VND" })
  priceMax(@Root() p: Product): number | null {
    return p.priceMax;
  }

  @FieldResolver(() => GeoPointObject, { nullable: true })
  location(@Root() p: Product): GeoPointObject | null {
    return geoPoint(p.latitude, p.longitude);
  }

  @FieldResolver(() => [DistributorLinkObject], { description: "Channels that carry it" })
  whereToBuy(@Root() p: Product, @Ctx() ctx: RequestContext) {
    return distributorLinksOfProduct(ctx, p);
  }

  @FieldResolver(() => [ShowcasePlacementObject], { description: "Event tables it stands on, newest event first" })
  showcases(@Root() p: Product, @Ctx() ctx: RequestContext) {
    return ctx.loaders.showcasePlacementsByProductId.load(p.id);
  }
}
