import { Allow } from "../../graphql/allow";
import { Ctx, Query, Resolver } from "type-graphql";
import type { AdminContext } from "../../graphql/admin-context";
import { programmeReportFor } from "./programme-report.admin.service";
import { ProgrammeReportObject } from "./programme-report.admin.types";

@Resolver()
export class ProgrammeReportAdminResolver {
  @Allow("catalog.read")
  @Query(() => ProgrammeReportObject, { description: "The programme report for a review conference" })
  programmeReport(@Ctx() ctx: AdminContext) {
    return programmeReportFor(ctx);
  }
}
