import type DataLoader from "dataloader";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { listLoader, recordLoader } from "../../lib/loaders";
import { communeScopeOf } from "../staff/commune-scope";
import type { ConnectionRequestEvent } from "./connection-request.entity";
import type { ConnectionRequestItemObject, ConnectionRequestStaffObject } from "./inquiry.admin.types";

interface InquiryLoaders {
  itemsOf(requestId: number): Promise<ConnectionRequestItemObject[]>;
  eventsOf: DataLoader<number, ConnectionRequestEvent[]>;
  staffById: DataLoader<number, ConnectionRequestStaffObject | null>;
  unread(requestId: number): Promise<boolean>;
}

/** Per staff request: a list of requests resolves its items, history and read marks in one statement each. */
const perRequest = new WeakMap<AdminContext, InquiryLoaders>();

export function inquiryLoaders(ctx: AdminContext): InquiryLoaders {
  const existing = perRequest.get(ctx);
  if (existing) return existing;
  const db = ctx.dataSource;
  const staff = principalOf(ctx);
  const scope = communeScopeOf(staff);
  const items = listLoader(
    async (ids: readonly number[]) =>
      (await db.query(
        `SELECT i.request_id AS "requestId", p.id AS "productId", p.slug AS "productSlug", p.name_vi AS "productName",
                pr.id AS "producerId", pr.name AS "producerName", pr.commune_code AS "communeCode"
           FROM connection_request_product i
           JOIN product p ON p.id = i.product_id
           JOIN producer pr ON pr.id = p.producer_id
          WHERE i.request_id = ANY($1) ORDER BY i.request_id, i.position`,
        [ids],
      )) as Array<Omit<ConnectionRequestItemObject, "inScope"> & { requestId: number }>,
    (row) => row.requestId,
  );
  const reads = listLoader(
    async (ids: readonly number[]) =>
      (await db.query(
        `SELECT request_id AS "requestId" FROM connection_request_read WHERE staff_user_id = $1 AND request_id = ANY($2)`,
        [staff.id, ids],
      )) as Array<{ requestId: number }>,
    (row) => row.requestId,
  );
  const loaders: InquiryLoaders = {
    async itemsOf(requestId) {
      return (await items.load(requestId)).map(({ requestId: _, ...item }) => ({
        ...item,
        inScope: scope === null || item.communeCode === scope,
      }));
    },
    eventsOf: listLoader(
      async (ids: readonly number[]) =>
        (await db.query(
          `SELECT id, request_id AS "requestId", kind, staff_user_id AS "staffUserId", created_at AS "createdAt", text,
                  status, outcome, assignee_id AS "assigneeId", mail_to AS "mailTo", subject, producer_id AS "producerId"
             FROM connection_request_event WHERE request_id = ANY($1) ORDER BY request_id, id`,
          [ids],
        )) as ConnectionRequestEvent[],
      (row) => row.requestId,
    ),
    staffById: recordLoader(
      async (ids: readonly number[]) =>
        (await db.query(`SELECT id, display_name AS "displayName" FROM staff_user WHERE id = ANY($1)`, [
          ids,
        ])) as ConnectionRequestStaffObject[],
      (row) => row.id,
    ),
    async unread(requestId) {
      return (await reads.load(requestId)).length === 0;
    },
  };
  perRequest.set(ctx, loaders);
  return loaders;
}
