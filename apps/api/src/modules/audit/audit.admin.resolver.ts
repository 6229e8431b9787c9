import { Allow, holds } from "../../graphql/allow";
import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from "type-graphql";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { ConnectionType, OffsetPageArgs, connectionComplexity, offsetPageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { StaffUserObject } from "../staff/staff.admin.types";
import { StaffUser } from "../staff/staff.entity";
import type { AuditEntry } from "./audit-entry.entity";
import { listAuditEntries } from "./audit.service";

@ObjectType("AuditEntry", { description: "Who changed what, when, with the record before and after" })
export class AuditEntryObject {
  @Field(() => ID) id: string;
  @Field({ description: 'e.g. "product.update"' }) action: string;
  @Field() entityType: string;
  @Field() entityId: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) before: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) after: Record<string, unknown> | null;
  @Field(() => Date) createdAt: Date;
}

export const AuditEntryConnection = ConnectionType(AuditEntryObject, "AuditEntry");

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field({ nullable: true }) entityType?: string;
  @Field({ nullable: true }) entityId?: string;
  @Field(() => Date, { nullable: true }) from?: Date;
  @Field(() => Date, { nullable: true }) to?: Date;
}

@Resolver(() => AuditEntryObject)
export class AuditAdminResolver {
  @Allow("audit.read")
  @Query(() => AuditEntryConnection, {
    complexity: connectionComplexity,
    description: "Newest first; only entries about records the caller may read (StaffUser: staff.read)",
  })
  auditEntries(
    @Ctx() ctx: AdminContext,
    @Args() paging: OffsetPageArgs,
    @Arg("filter", () => AuditFilter, { nullable: true }) filter: AuditFilter | undefined,
  ) {
    return listAuditEntries(
      ctx,
      filter && { ...filter, userId: filter.userId ? toId(filter.userId) : null },
      offsetPageOf(paging),
    );
  }

  @FieldResolver(() => StaffUserObject, {
    nullable: true,
    description: "Who made the change: shown with staff.read, or to the person themself (userName is for everyone)",
  })
  user(@Root() entry: AuditEntry, @Ctx() ctx: AdminContext) {
    const staff = principalOf(ctx);
    if (!entry.staffUserId || (entry.staffUserId !== staff.id && !holds(staff, "staff.read"))) return null;
    return ctx.dataSource.getRepository(StaffUser).findOneBy({ id: entry.staffUserId });
  }

  @FieldResolver(() => String, { nullable: true, description: "Who made the change, by name; null for the system" })
  async userName(@Root() entry: AuditEntry, @Ctx() ctx: AdminContext): Promise<string | null> {
    if (!entry.staffUserId) return null;
    const user = await ctx.dataSource.getRepository(StaffUser).findOneBy({ id: entry.staffUserId });
    return user?.displayName ?? null;
  }
}
