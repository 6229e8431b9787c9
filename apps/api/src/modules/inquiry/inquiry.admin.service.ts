import type { AdminContext } from "../../graphql/admin-context";
import type { Page } from "../../graphql/connection";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { ConnectionRequest, type ConnectionRequestStatus } from "./connection-request.entity";

/** Index: connection_request_status_idx (status, created_at) serves the filter and its order. */
const requestList: ListDefinition<{ status?: ConnectionRequestStatus | null }, "NEWEST"> = {
  filters: { status: (status) => ["r.status = :status", { status }] },
  sorts: { NEWEST: [{ expression: "r.created_at", direction: "DESC" }] },
  tiebreaker: [{ expression: "r.id", direction: "DESC" }],
};

export function listConnectionRequests(
  ctx: AdminContext,
  filter: { status?: ConnectionRequestStatus | null } | undefined,
  page: Page,
) {
  return listQuery(ctx.dataSource.getRepository(ConnectionRequest).createQueryBuilder("r"), requestList, {
    filter,
    sort: "NEWEST",
    page,
  });
}
