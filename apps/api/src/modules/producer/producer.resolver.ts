import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { geoPoint, GeoPointObject } from "../../graphql/common.types";
import type { RequestContext } from "../../graphql/context";
import { connectionComplexity, pageOf } from "../../graphql/connection";
import { pick } from "../../graphql/language";
import { AdministrativeUnitObject, ProvinceObject } from "../place/place.types";
import { listPublishedProducts } from "../product/product.service";
import { ProductConnection, ProductSort } from "../product/product.types";
import type { Producer } from "./producer.entity";
import { publicContactOf } from "../contact/contact.fields";
import { listPublicProducers, publicProducerBySlug } from "./producer.service";
import { ProducerConnection, ProducerFilter, ProducerObject, ProducerSort } from "./producer.types";
import { communeOf, provinceOf } from "../place/place.fields";

@Resolver(() => ProducerObject)
export class ProducerResolver {
  @Query(() => ProducerConnection, {
    complexity: connectionComplexity,
    description: "Producers with published products",
  })
  producers(
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => ProducerFilter, { nullable: true }) filter: ProducerFilter | undefined,
    @Arg("sort", () => ProducerSort, { nullable: true, defaultValue: ProducerSort.NAME }) sort: ProducerSort,
  ) {
    return listPublicProducers(ctx, filter, sort ?? ProducerSort.NAME, pageOf(first, after));
  }

  @Query(() => ProducerObject, { nullable: true })
  producer(@Ctx() ctx: RequestContext, @Arg("slug") slug: string) {
    return publicProducerBySlug(ctx, slug);
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() p: Producer, @Ctx() ctx: RequestContext): string | null {
    return pick(ctx.lang, p.descriptionVi, p.descriptionEn, p.descriptionZh);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "How much it can supply, as the producer says it; in the request's language, else Vietnamese",
  })
  productionCapacity(@Root() p: Producer, @Ctx() ctx: RequestContext): string | null {
    return pick(ctx.lang, p.productionCapacity, p.productionCapacityEn, p.productionCapacityZh);
  }

  @FieldResolver(() => String, { nullable: true, description: "In the request's language, else Vietnamese" })
  minimumOrder(@Root() p: Producer, @Ctx() ctx: RequestContext): string | null {
    return pick(ctx.lang, p.minimumOrder, p.minimumOrderEn, p.minimumOrderZh);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "How it packs what it sells; in the request's language, else Vietnamese",
  })
  packaging(@Root() p: Producer, @Ctx() ctx: RequestContext): string | null {
    return pick(ctx.lang, p.packaging, p.packagingEn, p.packagingZh);
  }

  @FieldResolver(() => String, { nullable: true, description: "In the request's language, else Vietnamese" })
  shelfLife(@Root() p: Producer, @Ctx() ctx: RequestContext): string | null {
    return pick(ctx.lang, p.shelfLife, p.shelfLifeEn, p.shelfLifeZh);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Standards and certificates held, e.g. VietGAP; in the request's language, else Vietnamese",
  })
  standards(@Root() p: Producer, @Ctx() ctx: RequestContext): string | null {
    return pick(ctx.lang, p.standards, p.standardsEn, p.standardsZh);
  }

  @FieldResolver(() => AdministrativeUnitObject, {
    nullable: true,
    description: "The commune/ward since 1/7/2025; null when not determined",
  })
  commune(@Root() p: Producer, @Ctx() ctx: RequestContext) {
    return communeOf(ctx, p.communeCode);
  }

  @FieldResolver(() => ProvinceObject)
  province(@Root() p: Producer, @Ctx() ctx: RequestContext) {
    return provinceOf(ctx, p.provinceCode);
  }

  @FieldResolver(() => String, { nullable: true, description: "Only when the producer made it public" })
  contactPerson(@Root() p: Producer): string | null {
    return publicContactOf(p, "contactPerson");
  }

  @FieldResolver(() => String, { nullable: true, description: "Only when the producer made it public" })
  phone(@Root() p: Producer): string | null {
    return publicContactOf(p, "phone");
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "A phone number or a zalo.me id; only when the producer made it public",
  })
  zalo(@Root() p: Producer): string | null {
    return publicContactOf(p, "zalo");
  }

  @FieldResolver(() => String, { nullable: true, description: "Only when the producer made it public" })
  email(@Root() p: Producer): string | null {
    return publicContactOf(p, "email");
  }

  @FieldResolver(() => String, { nullable: true, description: "Only when the producer made it public" })
  website(@Root() p: Producer): string | null {
    return publicContactOf(p, "website");
  }

  @FieldResolver(() => String, { nullable: true, description: "Only when the producer made it public" })
  address(@Root() p: Producer): string | null {
    return publicContactOf(p, "address");
  }

  @FieldResolver(() => GeoPointObject, { nullable: true })
  location(@Root() p: Producer): GeoPointObject | null {
    return geoPoint(p.latitude, p.longitude);
  }

  @FieldResolver(() => Int, { description: "Published products" })
  productCount(@Root() p: Producer, @Ctx() ctx: RequestContext) {
    return ctx.loaders.publishedProductCountByProducerId.load(p.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "The best current stars (valid certificate) among its published products; null when none",
  })
  bestStars(@Root() p: Producer, @Ctx() ctx: RequestContext) {
    return ctx.loaders.bestStarsByProducerId.load(p.id);
  }

  @FieldResolver(() => ProductConnection, { complexity: connectionComplexity })
  products(
    @Root() p: Producer,
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return listPublishedProducts(ctx, { producerSlug: p.slug }, ProductSort.NAME, pageOf(first, after));
  }
}
