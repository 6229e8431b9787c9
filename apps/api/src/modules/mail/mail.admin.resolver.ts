import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { type AdminContext } from "../../graphql/admin-context";
import { Allow } from "../../graphql/allow";
import { OffsetPageArgs, connectionComplexity, offsetPageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { listOutboxMails, nextAttemptOf, outboxMailForStaff } from "./mail.admin.service";
import { OutboxMailConnection, OutboxMailFilter, OutboxMailObject } from "./mail.admin.types";
import type { OutboxMail } from "./outbox-mail.entity";

@Resolver(() => OutboxMailObject)
export class OutboxAdminResolver {
  @Allow("mail.read")
  @Query(() => OutboxMailConnection, { complexity: connectionComplexity, description: "Newest first" })
  outboxMails(
    @Ctx() ctx: AdminContext,
    @Args() paging: OffsetPageArgs,
    @Arg("filter", () => OutboxMailFilter, { nullable: true }) filter: OutboxMailFilter | undefined,
  ) {
    return listOutboxMails(ctx, filter, offsetPageOf(paging));
  }

  @Allow("mail.read")
  @Query(() => OutboxMailObject, { nullable: true })
  outboxMail(@Ctx() ctx: AdminContext, @Arg("id", () => ID) id: string) {
    return outboxMailForStaff(ctx, toId(id));
  }

  @FieldResolver(() => Date, { nullable: true })
  nextAttemptAt(@Root() mail: OutboxMail): Date | null {
    return nextAttemptOf(mail);
  }
}
