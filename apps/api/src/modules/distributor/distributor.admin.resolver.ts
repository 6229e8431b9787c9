import { Allow } from "../../graphql/allow";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AdminContext } from "../../graphql/admin-context";
import { OffsetPageArgs, connectionComplexity, offsetPageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { AdminProductObject } from "../product/product.admin.types";
import type { Distributor, DistributorLink } from "./distributor.entity";
import { distributorOfLink } from "./distributor.fields";
import {
  addDistributorLink,
  createDistributor,
  deleteDistributor,
  distributorForStaff,
  listDistributorsForStaff,
  removeDistributorLink,
  updateDistributor,
  updateDistributorLink,
} from "./distributor.admin.service";
import {
  AdminDistributorConnection,
  AdminDistributorLinkObject,
  AdminDistributorObject,
  DistributorInput,
  DistributorLinkInput,
} from "./distributor.admin.types";

@Resolver(() => AdminDistributorObject)
export class DistributorAdminResolver {
  @Allow("distributor.read")
  @Query(() => AdminDistributorConnection, { complexity: connectionComplexity })
  adminDistributors(
    @Ctx() ctx: AdminContext,
    @Args() paging: OffsetPageArgs,
    @Arg("search", () => String, { nullable: true }) search: string | null,
  ) {
    return listDistributorsForStaff(ctx, search, offsetPageOf(paging));
  }

  @Allow("distributor.read")
  @Query(() => AdminDistributorObject, { nullable: true })
  adminDistributor(@Ctx() ctx: AdminContext, @Arg("id", () => ID) id: string) {
    return distributorForStaff(ctx, toId(id));
  }

  @Allow("distributor.write")
  @Mutation(() => AdminDistributorObject)
  createDistributor(@Ctx() ctx: AdminContext, @Arg("input") input: DistributorInput) {
    return createDistributor(ctx, input);
  }

  @Allow("distributor.write")
  @Mutation(() => AdminDistributorObject)
  updateDistributor(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input") input: DistributorInput,
  ) {
    return updateDistributor(ctx, toId(id), version, input);
  }

  @Allow("distributor.write")
  @Mutation(() => Boolean)
  deleteDistributor(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
  ) {
    return deleteDistributor(ctx, toId(id), version);
  }

  @FieldResolver(() => [AdminDistributorLinkObject], { description: "The products it carries" })
  links(@Root() d: Distributor, @Ctx() ctx: AdminContext) {
    return ctx.loaders.distributorLinksByDistributorId.load(d.id);
  }
}

@Resolver(() => AdminDistributorLinkObject)
export class DistributorLinkAdminResolver {
  @Allow("distributor.write")
  @Mutation(() => AdminDistributorLinkObject)
  addDistributorLink(@Ctx() ctx: AdminContext, @Arg("input") input: DistributorLinkInput) {
    return addDistributorLink(ctx, input);
  }

  @Allow("distributor.write")
  @Mutation(() => AdminDistributorLinkObject)
  updateDistributorLink(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("url", () => String, { nullable: true }) url: string | null,
    @Arg("note", () => String, { nullable: true }) note: string | null,
  ) {
    return updateDistributorLink(ctx, toId(id), version, url, note);
  }

  @Allow("distributor.write")
  @Mutation(() => Boolean)
  removeDistributorLink(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
  ) {
    return removeDistributorLink(ctx, toId(id), version);
  }

  @FieldResolver(() => AdminDistributorObject)
  distributor(@Root() link: DistributorLink, @Ctx() ctx: AdminContext) {
    return distributorOfLink(ctx, link);
  }

  @FieldResolver(() => AdminProductObject)
  product(@Root() link: DistributorLink, @Ctx() ctx: AdminContext) {
    return ctx.loaders.productById.load(link.productId);
  }
}
