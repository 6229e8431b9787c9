import { Allow } from "../../graphql/allow";
import { Ctx, Query, Resolver } from "type-graphql";
import { type AdminContext } from "../../graphql/admin-context";
import { dashboardFor } from "./dashboard.admin.service";
import { DashboardObject } from "./dashboard.admin.types";

@Resolver(() => DashboardObject)
export class DashboardAdminResolver {
  @Allow("catalog.read")
  @Query(() => DashboardObject)
  dashboard(@Ctx() ctx: AdminContext): Promise<DashboardObject> {
    return dashboardFor(ctx);
  }
}
