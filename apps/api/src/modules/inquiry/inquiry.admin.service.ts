import { connectionRequestChangeSchema } from "@ocop/schema/inputs";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
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
