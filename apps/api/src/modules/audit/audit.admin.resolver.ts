import { Allow } from "../../graphql/allow";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { type AdminContext } from "../../graphql/admin-context";
import { OffsetPageArgs, connectionComplexity, offsetPageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { StaffUserObject } from "../staff/staff.admin.types";
import type { AuditEntry } from "./audit-entry.entity";
import { authorNameOfEntry, authorOfEntry, entityNameOfEntry } from "./audit.admin.service";
import { auditAuthors, listAuditEntries } from "./audit.service";
import { AuditAuthorObject, AuditEntryConnection, AuditEntryObject, AuditFilter } from "./audit.admin.types";

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

  @Allow("audit.read")
  @Query(() => [AuditAuthorObject], { description: "Staff who appear in the audit log, to filter it by (no emails)" })
  auditAuthors(@Ctx() ctx: AdminContext) {
    return auditAuthors(ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The changed record by name (as it is now; as recorded when it was deleted)",
  })
  entityName(@Root() entry: AuditEntry, @Ctx() ctx: AdminContext): Promise<string | null> {
    return entityNameOfEntry(ctx, entry);
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
