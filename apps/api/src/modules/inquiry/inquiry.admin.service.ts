import { communeScopeOf, principalOf, type AdminContext } from "../../graphql/admin-context";
import type { Page } from "../../graphql/connection";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { ConnectionRequest, type ConnectionRequestStatus } from "./connection-request.entity";

/** Index: connection_request_status_idx (status, created_at) serves the filter and its order. */
const requestList: ListDefinition<{ status?: ConnectionRequestStatus | null }, "NEWEST"> = {
  filters: { status: (status) => ["r.status = :status", { status }] },
  sorts: { NEWEST: [{ expression: "r.created_at", direction: "DESC" }] },
  tiebreaker: [{ expression: "r.id", direction: "DESC" }],
};

/** The requests a staff member may read (see connectionRequestsInScope), newest first. */
export function listConnectionRequests(
  ctx: AdminContext,
  filter: { status?: ConnectionRequestStatus | null } | undefined,
  page: Page,
) {
  const qb = ctx.dataSource.getRepository(ConnectionRequest).createQueryBuilder("r");
  // The scope of connectionRequestsInScope (inquiry.service.ts) as SQL: a commune officer lists
  // only requests about producers of their own commune/ward.
  const commune = communeScopeOf(principalOf(ctx));
  if (commune !== null) {
    qb.where("r.producer_id IN (SELECT id FROM producer WHERE commune_code = :commune)", { commune });
  }
  return listQuery(qb, requestList, { filter, sort: "NEWEST", page });
}
