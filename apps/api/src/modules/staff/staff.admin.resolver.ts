import { PUBLIC_ACCESS, SIGNED_IN_ACCESS } from "@ocop/schema/permissions";
import { Allow } from "../../graphql/allow";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { type AdminContext } from "../../graphql/admin-context";
import { OffsetPageArgs, connectionComplexity, offsetPageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { communeOf } from "../place/place.fields";
import { AdministrativeUnitObject } from "../place/place.types";
import {
  changeOwnPassword,
  createStaffUser,
  currentSession,
  listStaffUsers,
  setStaffPassword,
  signIn,
  signOut,
  updateStaffUser,
} from "./staff.admin.service";
import { SessionObject, StaffUserConnection, StaffUserInput, StaffUserObject } from "./staff.admin.types";
import type { StaffUser } from "./staff.entity";

@Resolver(() => StaffUserObject)
export class StaffAdminResolver {
  @Allow(PUBLIC_ACCESS)
  @Query(() => SessionObject, { nullable: true, description: "The signed-in staff member; null when signed out" })
  session(@Ctx() ctx: AdminContext) {
    return currentSession(ctx);
  }

  @Allow(PUBLIC_ACCESS)
  @Mutation(() => SessionObject, { description: "Throttled per account and per client address" })
  signIn(@Ctx() ctx: AdminContext, @Arg("email") email: string, @Arg("password") password: string) {
    return signIn(ctx, email, password);
  }

  @Allow(PUBLIC_ACCESS)
  @Mutation(() => Boolean)
  signOut(@Ctx() ctx: AdminContext): Promise<boolean> {
    return signOut(ctx);
  }

  @Allow("staff.read")
  @Query(() => StaffUserConnection, { complexity: connectionComplexity })
  staffUsers(@Ctx() ctx: AdminContext, @Args() paging: OffsetPageArgs) {
    return listStaffUsers(ctx, offsetPageOf(paging));
  }

  @Allow("staff.write")
  @Mutation(() => StaffUserObject)
  createStaffUser(@Ctx() ctx: AdminContext, @Arg("input") input: StaffUserInput, @Arg("password") password: string) {
    return createStaffUser(ctx, input, password);
  }

  @Allow("staff.write")
  @Mutation(() => StaffUserObject, { description: "Deactivating signs the user out" })
  updateStaffUser(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input") input: StaffUserInput,
  ) {
    return updateStaffUser(ctx, toId(id), version, input);
  }

  @Allow("staff.write")
  @Mutation(() => Boolean, {
    description: "Another staff member's password (one's own: changeOwnPassword); signs that user out everywhere",
  })
  setStaffPassword(@Ctx() ctx: AdminContext, @Arg("id", () => ID) id: string, @Arg("password") password: string) {
    return setStaffPassword(ctx, toId(id), password);
  }

  @Allow(SIGNED_IN_ACCESS)
  @Mutation(() => Boolean, {
    description: "The signed-in user's own password, given the current one; their other sessions end",
  })
  changeOwnPassword(
    @Ctx() ctx: AdminContext,
    @Arg("currentPassword") currentPassword: string,
    @Arg("newPassword") newPassword: string,
  ) {
    return changeOwnPassword(ctx, currentPassword, newPassword);
  }

  @FieldResolver(() => AdministrativeUnitObject, { nullable: true, description: "A commune officer's commune/ward" })
  commune(@Root() user: StaffUser, @Ctx() ctx: AdminContext) {
    return communeOf(ctx, user.communeCode);
  }
}
