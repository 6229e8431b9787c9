import { connectionRequestChangeSchema } from "@ocop/schema/inputs";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import type { Page } from "../../graphql/connection";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { communeScopeOf } from "../staff/commune-scope";
import { badUserInput, fieldError } from "../../graphql/errors";
import { parseInput } from "../../graphql/validation";
import { snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { ConnectionRequest, ConnectionRequestStatus } from "./connection-request.entity";
import { lockConnectionRequestInScope } from "./inquiry.service";

/** Allowed moves; a closed request stays closed. */
const NEXT: Record<ConnectionRequestStatus, ConnectionRequestStatus[]> = {
  [ConnectionRequestStatus.NEW]: [
    ConnectionRequestStatus.NEW,
    ConnectionRequestStatus.FORWARDED,
    ConnectionRequestStatus.CLOSED,
  ],
  [ConnectionRequestStatus.FORWARDED]: [ConnectionRequestStatus.FORWARDED, ConnectionRequestStatus.CLOSED],
  [ConnectionRequestStatus.CLOSED]: [ConnectionRequestStatus.CLOSED],
};

/** Moves a request on (never back) and keeps the staff's notes on it, audited in the same transaction. */
export async function updateConnectionRequest(
  ctx: AdminContext,
  id: number,
  version: number,
  status: ConnectionRequestStatus,
  staffNotes: string | null,
): Promise<ConnectionRequest> {
  const notes = parseInput(connectionRequestChangeSchema, { staffNotes }).staffNotes;
  return ctx.dataSource.transaction(async (em) => {
    const request = await lockConnectionRequestInScope(em, principalOf(ctx), id, version);
    if (!NEXT[request.status].includes(status)) {
      throw badUserInput([fieldError("status", "statusBackwards", { from: request.status, to: status })]);
    }
    const before = snapshot(request);
    request.status = status;
    request.staffNotes = notes;
    const saved = await em.getRepository(ConnectionRequest).save(request);
    await recordAudit(
      em,
      ctx,
      "connectionRequest.update",
      { type: "ConnectionRequest", id: saved.id },
      before,
      snapshot(saved),
    );
    return saved;
  });
}

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
