import { Allow } from "../../graphql/allow";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AdminContext } from "../../graphql/admin-context";
import { OffsetPageArgs, connectionComplexity, offsetPageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { AdministrativeUnitObject } from "../place/place.types";
import { AdminProductObject } from "../product/product.admin.types";
import type { Product } from "../product/product.entity";
import type { ShowcaseEvent, ShowcaseTable } from "./showcase.entity";
import { tablesOfEvent } from "./showcase.fields";
import {
  addShowcaseTables,
  createShowcaseEvent,
  deleteShowcaseEvent,
  deleteShowcaseTable,
  eventForStaff,
  listEventsForStaff,
  setEventPlacements,
  setTableProducts,
  updateShowcaseEvent,
  updateShowcaseTable,
} from "./showcase.admin.service";
import {
  AdminShowcaseEventConnection,
  AdminShowcaseEventObject,
  AdminShowcaseTableObject,
  ShowcaseEventInput,
  ShowcaseTableInput,
  TablePlacementInput,
} from "./showcase.admin.types";
import { communeOf } from "../place/place.fields";

@Resolver(() => AdminShowcaseEventObject)
export class ShowcaseEventAdminResolver {
  @Allow("showcase.read")
  @Query(() => AdminShowcaseEventConnection, { complexity: connectionComplexity })
  adminShowcaseEvents(@Ctx() ctx: AdminContext, @Args() paging: OffsetPageArgs) {
    return listEventsForStaff(ctx, offsetPageOf(paging));
  }

  @Allow("showcase.read")
  @Query(() => AdminShowcaseEventObject, { nullable: true })
  adminShowcaseEvent(@Ctx() ctx: AdminContext, @Arg("id", () => ID) id: string) {
    return eventForStaff(ctx, toId(id));
  }

  @Allow("showcase.write")
  @Mutation(() => AdminShowcaseEventObject)
  createShowcaseEvent(@Ctx() ctx: AdminContext, @Arg("input") input: ShowcaseEventInput) {
    return createShowcaseEvent(ctx, input);
  }

  @Allow("showcase.write")
  @Mutation(() => AdminShowcaseEventObject)
  updateShowcaseEvent(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input") input: ShowcaseEventInput,
  ) {
    return updateShowcaseEvent(ctx, toId(id), version, input);
  }

  @Allow("showcase.write")
  @Mutation(() => Boolean)
  deleteShowcaseEvent(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
  ) {
    return deleteShowcaseEvent(ctx, toId(id), version);
  }

  @Allow("showcase.write")
  @Mutation(() => [AdminShowcaseTableObject], {
    description: "Sets the products of several tables of the event at once (a board saved together): all or nothing",
  })
  setEventPlacements(
    @Ctx() ctx: AdminContext,
    @Arg("eventId", () => ID) eventId: string,
    @Arg("tables", () => [TablePlacementInput]) tables: TablePlacementInput[],
  ) {
    return setEventPlacements(
      ctx,
      toId(eventId),
      tables.map((t) => ({
        tableId: toId(t.tableId),
        version: t.version,
        productIds: t.productIds.map(toId),
        details: t.details ?? null,
      })),
    );
  }

  @Allow("showcase.write")
  @Mutation(() => [AdminShowcaseTableObject], { description: "Adds `count` tables numbered after the last one" })
  addShowcaseTables(
    @Ctx() ctx: AdminContext,
    @Arg("eventId", () => ID) eventId: string,
    @Arg("count", () => Int) count: number,
  ) {
    return addShowcaseTables(ctx, toId(eventId), count);
  }

  @FieldResolver(() => AdministrativeUnitObject, { nullable: true })
  commune(@Root() e: ShowcaseEvent, @Ctx() ctx: AdminContext) {
    return communeOf(ctx, e.communeCode);
  }

  @FieldResolver(() => [AdminShowcaseTableObject])
  tables(@Root() e: ShowcaseEvent, @Ctx() ctx: AdminContext) {
    return tablesOfEvent(ctx, e);
  }
}

@Resolver(() => AdminShowcaseTableObject)
export class ShowcaseTableAdminResolver {
  @Allow("showcase.write")
  @Mutation(() => AdminShowcaseTableObject)
  updateShowcaseTable(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input") input: ShowcaseTableInput,
  ) {
    return updateShowcaseTable(ctx, toId(id), version, input);
  }

  @Allow("showcase.write")
  @Mutation(() => Boolean)
  deleteShowcaseTable(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
  ) {
    return deleteShowcaseTable(ctx, toId(id), version);
  }

  @Allow("showcase.write")
  @Mutation(() => AdminShowcaseTableObject, {
    description:
      "Sets the products on a table in this order; a product on another table of the event moves here. One transaction",
  })
  setTableProducts(
    @Ctx() ctx: AdminContext,
    @Arg("tableId", () => ID) tableId: string,
    @Arg("version", () => Int) version: number,
    @Arg("productIds", () => [ID]) productIds: string[],
  ) {
    return setTableProducts(ctx, toId(tableId), version, productIds.map(toId));
  }

  @FieldResolver(() => AdministrativeUnitObject, { nullable: true })
  commune(@Root() t: ShowcaseTable, @Ctx() ctx: AdminContext) {
    return communeOf(ctx, t.communeCode);
  }

  @FieldResolver(() => [AdminProductObject])
  async products(@Root() t: ShowcaseTable, @Ctx() ctx: AdminContext): Promise<Product[]> {
    const rows = await ctx.loaders.productIdsByTableId.load(t.id);
    const products = await ctx.loaders.productById.loadMany(rows.map((r) => r.productId));
    return products.filter((p): p is Product => p !== null && !(p instanceof Error));
  }
}
