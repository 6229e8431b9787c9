import { Allow } from "../../graphql/allow";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { connectionComplexity, connectionOf, pageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { StaffUserObject } from "../staff/staff.admin.types";
import { AuditEntry } from "./audit-entry.entity";
import { authorNameOfEntry, authorOfEntry } from "./audit.admin.service";
import { readableAuditedTypes } from "./audit.service";
import { AuditEntryConnection, AuditEntryObject, AuditFilter } from "./audit.admin.types";

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
    // eslint-disable-next-line no-restricted-properties -- branch lists moves this staff list into a service with the list helper
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
    return authorOfEntry(ctx, entry);
  }

  @FieldResolver(() => String, { nullable: true, description: "Who made the change, by name; null for the system" })
  userName(@Root() entry: AuditEntry, @Ctx() ctx: AdminContext): Promise<string | null> {
    return authorNameOfEntry(ctx, entry);
  }
}
