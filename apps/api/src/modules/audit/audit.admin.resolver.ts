import { Allow, holds } from "../../graphql/allow";
import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { ConnectionType, connectionComplexity, connectionOf, pageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { StaffUserObject } from "../staff/staff.admin.types";
import { StaffUser } from "../staff/staff.entity";
import { AuditEntry } from "./audit-entry.entity";
import { readableAuditedTypes } from "./audit.service";

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
  async auditEntries(
    @Ctx() ctx: AdminContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => AuditFilter, { nullable: true }) filter: AuditFilter | undefined,
  ) {
    const page = pageOf(first, after);
    const qb = ctx.dataSource.getRepository(AuditEntry).createQueryBuilder("a");
    qb.where("a.entity_type = ANY(:readable)", { readable: readableAuditedTypes(principalOf(ctx)) });
    if (filter?.userId) qb.andWhere("a.staff_user_id = :user", { user: toId(filter.userId) });
    if (filter?.entityType) qb.andWhere("a.entity_type = :type", { type: filter.entityType });
    if (filter?.entityId) qb.andWhere("a.entity_id = :entity", { entity: filter.entityId });
    if (filter?.from) qb.andWhere("a.created_at >= :from", { from: filter.from });
    if (filter?.to) qb.andWhere("a.created_at < :to", { to: filter.to });
    const [rows, total] = await qb
      .orderBy("a.created_at", "DESC")
      .addOrderBy("a.id", "DESC")
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return connectionOf(rows, total, page);
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
