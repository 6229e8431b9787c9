import { Allow } from "../../graphql/allow";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { canEditCommune } from "../staff/commune-scope";
import { OffsetPageArgs, connectionComplexity, offsetPageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { AdministrativeUnitObject, ProvinceObject } from "../place/place.types";
import type { Producer } from "./producer.entity";
import {
  createProducer,
  deleteProducer,
  listProducersForStaff,
  producerForStaff,
  updateProducer,
} from "./producer.admin.service";
import {
  AdminProducerConnection,
  AdminProducerFilter,
  AdminProducerSort,
  AdminProducerObject,
  ProducerInput,
} from "./producer.admin.types";
import { communeOf, provinceOf } from "../place/place.fields";
import { showsAnyContact } from "../contact/contact.fields";

@Resolver(() => AdminProducerObject)
export class ProducerAdminResolver {
  @Allow("catalog.read")
  @Query(() => AdminProducerConnection, { complexity: connectionComplexity })
  adminProducers(
    @Ctx() ctx: AdminContext,
    @Args() paging: OffsetPageArgs,
    @Arg("filter", () => AdminProducerFilter, { nullable: true }) filter: AdminProducerFilter | undefined,
    @Arg("sort", () => AdminProducerSort, { nullable: true, defaultValue: AdminProducerSort.NAME })
    sort: AdminProducerSort | null,
  ) {
    return listProducersForStaff(ctx, filter, sort ?? AdminProducerSort.NAME, offsetPageOf(paging));
  }

  @Allow("catalog.read")
  @Query(() => AdminProducerObject, { nullable: true })
  adminProducer(@Ctx() ctx: AdminContext, @Arg("id", () => ID) id: string) {
    return producerForStaff(ctx, toId(id));
  }

  @Allow("catalog.write")
  @Mutation(() => AdminProducerObject)
  createProducer(@Ctx() ctx: AdminContext, @Arg("input") input: ProducerInput) {
    return createProducer(ctx, input);
  }

  @Allow("catalog.write")
  @Mutation(() => AdminProducerObject)
  updateProducer(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input") input: ProducerInput,
  ) {
    return updateProducer(ctx, toId(id), version, input);
  }

  @Allow("catalog.delete")
  @Mutation(() => Boolean, { description: "Only a producer without products" })
  deleteProducer(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
  ) {
    return deleteProducer(ctx, toId(id), version);
  }

  @FieldResolver(() => AdministrativeUnitObject, { nullable: true })
  commune(@Root() p: Producer, @Ctx() ctx: AdminContext) {
    return communeOf(ctx, p.communeCode);
  }

  @FieldResolver(() => ProvinceObject)
  province(@Root() p: Producer, @Ctx() ctx: AdminContext) {
    return provinceOf(ctx, p.provinceCode);
  }

  @FieldResolver(() => Int, { description: "Products in any status" })
  productCount(@Root() p: Producer, @Ctx() ctx: AdminContext) {
    return ctx.loaders.productCountByProducerId.load(p.id);
  }

  @FieldResolver(() => Boolean, { description: "Some contact field is shown on the public site" })
  contactPublished(@Root() p: Producer): boolean {
    return showsAnyContact(p);
  }

  @FieldResolver(() => Boolean, { description: "Whether the signed-in user may change it" })
  canEdit(@Root() p: Producer, @Ctx() ctx: AdminContext): boolean {
    return canEditCommune(principalOf(ctx), p.communeCode);
  }
}
