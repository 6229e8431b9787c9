import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { connectionComplexity, pageOf } from "../../graphql/connection";
import { pick } from "../../graphql/language";
import type { PublishedProduct } from "../product/product.entity";
import { AdministrativeUnitObject } from "../place/place.types";
import { ProductObject } from "../product/product.types";
import type { ShowcaseEvent, ShowcaseTable } from "./showcase.entity";
import { tablesOfEvent } from "./showcase.fields";
import type { PlacementRecord } from "./showcase.loader";
import { listShowcaseEvents, showcaseEventBySlug } from "./showcase.service";
import {
  ShowcaseEventConnection,
  ShowcaseEventFilter,
  ShowcaseEventObject,
  ShowcaseEventSort,
  ShowcasePlacementObject,
  ShowcaseTableObject,
} from "./showcase.types";
import { communeOf } from "../place/place.fields";

@Resolver(() => ShowcaseEventObject)
export class ShowcaseEventResolver {
  @Query(() => ShowcaseEventConnection, { complexity: connectionComplexity })
  showcaseEvents(
    @Ctx() ctx: RequestContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => ShowcaseEventFilter, { nullable: true }) filter: ShowcaseEventFilter | undefined,
    @Arg("sort", () => ShowcaseEventSort, { nullable: true, defaultValue: ShowcaseEventSort.UPCOMING_FIRST })
    sort: ShowcaseEventSort,
  ) {
    return listShowcaseEvents(ctx, filter, sort ?? ShowcaseEventSort.UPCOMING_FIRST, pageOf(first, after));
  }

  @Query(() => ShowcaseEventObject, { nullable: true })
  showcaseEvent(@Ctx() ctx: RequestContext, @Arg("slug") slug: string) {
    return showcaseEventBySlug(ctx, slug);
  }

  @FieldResolver(() => String)
  name(@Root() e: ShowcaseEvent, @Ctx() ctx: RequestContext): string {
    return pick(ctx.lang, e.nameVi, e.nameEn, e.nameZh);
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() e: ShowcaseEvent, @Ctx() ctx: RequestContext): string | null {
    return pick(ctx.lang, e.descriptionVi, e.descriptionEn, e.descriptionZh);
  }

  @FieldResolver(() => String, { nullable: true, description: "In the request's language, else Vietnamese" })
  venueName(@Root() e: ShowcaseEvent, @Ctx() ctx: RequestContext): string | null {
    return pick(ctx.lang, e.venueName, e.venueNameEn, e.venueNameZh);
  }

  @FieldResolver(() => String, { nullable: true, description: "In the request's language, else Vietnamese" })
  organizer(@Root() e: ShowcaseEvent, @Ctx() ctx: RequestContext): string | null {
    return pick(ctx.lang, e.organizer, e.organizerEn, e.organizerZh);
  }

  @FieldResolver(() => AdministrativeUnitObject, { nullable: true, description: "The commune/ward of the venue" })
  commune(@Root() e: ShowcaseEvent, @Ctx() ctx: RequestContext) {
    return communeOf(ctx, e.communeCode);
  }

  @FieldResolver(() => [ShowcaseTableObject], {
    description: "Display tables by number (an event has at most a few dozen)",
  })
  tables(@Root() e: ShowcaseEvent, @Ctx() ctx: RequestContext) {
    return tablesOfEvent(ctx, e);
  }
}

@Resolver(() => ShowcaseTableObject)
export class ShowcaseTableResolver {
  @FieldResolver(() => String, { nullable: true, description: "In the request's language, else Vietnamese" })
  label(@Root() t: ShowcaseTable, @Ctx() ctx: RequestContext): string | null {
    return pick(ctx.lang, t.label, t.labelEn, t.labelZh);
  }

  @FieldResolver(() => AdministrativeUnitObject, { nullable: true })
  commune(@Root() t: ShowcaseTable, @Ctx() ctx: RequestContext) {
    return communeOf(ctx, t.communeCode);
  }

  @FieldResolver(() => [ProductObject], { description: "Published products on the table, in order" })
  async products(@Root() t: ShowcaseTable, @Ctx() ctx: RequestContext): Promise<PublishedProduct[]> {
    const rows = await ctx.loaders.publishedProductIdsByTableId.load(t.id);
    const products = await ctx.loaders.publishedProductById.loadMany(rows.map((r) => r.productId));
    return products.filter((p): p is PublishedProduct => p !== null && !(p instanceof Error));
  }
}

@Resolver(() => ShowcasePlacementObject)
export class ShowcasePlacementResolver {
  @FieldResolver(() => ShowcaseEventObject)
  event(@Root() placement: PlacementRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.showcaseEventById.load(placement.eventId);
  }

  @FieldResolver(() => AdministrativeUnitObject, {
    nullable: true,
    description: "The commune/ward the table is given to",
  })
  commune(@Root() placement: PlacementRecord, @Ctx() ctx: RequestContext) {
    return communeOf(ctx, placement.communeCode);
  }
}
