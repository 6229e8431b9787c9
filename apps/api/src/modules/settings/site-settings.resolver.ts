import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ProvinceObject } from "../place/place.types";
import type { Product } from "../product/product.entity";
import { ProductObject } from "../product/product.types";
import {
  receivingOfficeOfProduct,
  siteProvinces,
  siteSettings,
  type PublicSiteSettings,
} from "./site-settings.service";
import { OfficeObject, SiteSettingsObject } from "./site-settings.types";

@Resolver(() => SiteSettingsObject)
export class SiteSettingsResolver {
  @Query(() => SiteSettingsObject, { description: "Whose site this is and how to reach its office" })
  siteSettings(@Ctx() ctx: RequestContext) {
    return siteSettings(ctx);
  }

  @FieldResolver(() => [ProvinceObject], { description: "The provinces whose products this site shows, by name" })
  provinces(@Root() settings: PublicSiteSettings, @Ctx() ctx: RequestContext) {
    return siteProvinces(ctx, settings.provinceCodes);
  }
}

@Resolver(() => ProductObject)
export class ProductReceivingOfficeResolver {
  @FieldResolver(() => OfficeObject, {
    nullable: true,
    description:
      "The office that receives a connection request about this product: its province's own office where that has an email, else the site office; null when it has no contact",
  })
  receivingOffice(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return receivingOfficeOfProduct(ctx, product);
  }
}
