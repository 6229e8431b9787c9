import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { connectionComplexity, pageOf } from "../../graphql/connection";
import { pick } from "../../graphql/language";
import { listPublishedProducts } from "../product/product.service";
import { ProductConnection, ProductObject, ProductSort } from "../product/product.types";
import type { Distributor, DistributorLink } from "./distributor.entity";
import { publicContactOf } from "../contact/contact.fields";
import { distributorOfLink } from "./distributor.fields";
import { distributorBySlug, listDistributors } from "./distributor.service";
import {
  DistributorConnection,
  DistributorFilter,
  DistributorLinkObject,
  DistributorObject,
} from "./distributor.types";

@Resolver(() => DistributorObject)
export class DistributorResolver {
  @Query(() => DistributorConnection, { complexity: connectionComplexity })
  distributors(
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => DistributorFilter, { nullable: true }) filter: DistributorFilter | undefined,
  ) {
    return listDistributors(ctx, filter, pageOf(first, after));
  }

  @Query(() => DistributorObject, { nullable: true })
  distributor(@Ctx() ctx: RequestContext, @Arg("slug") slug: string) {
    return distributorBySlug(ctx, slug);
  }

  @FieldResolver(() => String)
  name(@Root() d: Distributor, @Ctx() ctx: RequestContext): string {
    return pick(ctx.lang, d.nameVi, d.nameEn, d.nameZh);
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() d: Distributor, @Ctx() ctx: RequestContext): string | null {
    return pick(ctx.lang, d.descriptionVi, d.descriptionEn, d.descriptionZh);
  }

  @FieldResolver(() => String, { nullable: true, description: "Only when made public" })
  contactPerson(@Root() d: Distributor): string | null {
    return publicContactOf(d, "contactPerson");
  }

  @FieldResolver(() => String, { nullable: true, description: "Only when made public" })
  phone(@Root() d: Distributor): string | null {
    return publicContactOf(d, "phone");
  }

  @FieldResolver(() => String, { nullable: true, description: "A phone number or a zalo.me id; only when made public" })
  zalo(@Root() d: Distributor): string | null {
    return publicContactOf(d, "zalo");
  }

  @FieldResolver(() => String, { nullable: true, description: "Only when made public" })
  email(@Root() d: Distributor): string | null {
    return publicContactOf(d, "email");
  }

  @FieldResolver(() => String, { nullable: true, description: "Only when made public" })
  website(@Root() d: Distributor): string | null {
    return publicContactOf(d, "website");
  }

  @FieldResolver(() => String, { nullable: true, description: "Only when made public" })
  address(@Root() d: Distributor): string | null {
    return publicContactOf(d, "address");
  }

  @FieldResolver(() => Int, { description: "Published products it carries" })
  productCount(@Root() d: Distributor, @Ctx() ctx: RequestContext) {
    return ctx.loaders.publishedProductCountByDistributorId.load(d.id);
  }

  @FieldResolver(() => ProductConnection, { complexity: connectionComplexity })
  products(
    @Root() d: Distributor,
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ) {
    return listPublishedProducts(ctx, { distributorSlug: d.slug }, ProductSort.NAME, pageOf(first, after));
  }
}

@Resolver(() => DistributorLinkObject)
export class DistributorLinkResolver {
  @FieldResolver(() => DistributorObject)
  distributor(@Root() link: DistributorLink, @Ctx() ctx: RequestContext) {
    return distributorOfLink(ctx, link);
  }

  @FieldResolver(() => ProductObject)
  product(@Root() link: DistributorLink, @Ctx() ctx: RequestContext) {
    return ctx.loaders.publishedProductById.load(link.productId);
  }
}
