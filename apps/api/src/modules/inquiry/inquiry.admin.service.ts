import {
  connectionRequestChangeSchema,
  connectionRequestForwardSchema,
  connectionRequestNoteSchema,
  connectionRequestReplySchema,
} from "@ocop/schema/inputs";
import { hasPermission } from "@ocop/schema/permissions";
import type { EntityManager } from "typeorm";
import { principalOf, type AdminContext, type StaffPrincipal } from "../../graphql/admin-context";
import type { Page } from "../../graphql/connection";
import { badUserInput, fieldError } from "../../graphql/errors";
import type { Language } from "../../graphql/language";
import { parseInput } from "../../graphql/validation";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { queueMail } from "../mail/outbox.service";
import { communeScopeOf } from "../staff/commune-scope";
import { StaffRole } from "../staff/staff.entity";
import {
  ConnectionRequest,
  ConnectionRequestEvent,
  ConnectionRequestEventKind,
  ConnectionRequestOutcome,
  ConnectionRequestRead,
  ConnectionRequestStatus,
} from "./connection-request.entity";
import type {
  ConnectionRequestDraftsObject,
  ConnectionRequestFilter,
  ConnectionRequestForwardInput,
  ConnectionRequestReplyInput,
  ConnectionRequestStaffObject,
} from "./inquiry.admin.types";
import { forwardDraft, mailFromText, replyDraft, type ProductForMail, type RequestForMail } from "./inquiry.mail";
import { connectionRequestScope, isConnectionRequestInScope, lockConnectionRequestInScope } from "./inquiry.service";

/** Allowed moves: on, never back; a closed request stays closed. */
const NEXT: Record<ConnectionRequestStatus, ConnectionRequestStatus[]> = {
  [ConnectionRequestStatus.NEW]: [
    ConnectionRequestStatus.FORWARDED,
    ConnectionRequestStatus.IN_CONTACT,
    ConnectionRequestStatus.CLOSED,
  ],
  [ConnectionRequestStatus.FORWARDED]: [ConnectionRequestStatus.IN_CONTACT, ConnectionRequestStatus.CLOSED],
  [ConnectionRequestStatus.IN_CONTACT]: [ConnectionRequestStatus.CLOSED],
  [ConnectionRequestStatus.CLOSED]: [],
};

function checkMove(from: ConnectionRequestStatus, to: ConnectionRequestStatus, sameAllowed: boolean): void {
  if ((sameAllowed && from === to) || NEXT[from].includes(to)) return;
  throw badUserInput([fieldError("status", "statusBackwards", { from, to })]);
}

type Change = Partial<Pick<ConnectionRequest, "status" | "outcome" | "assigneeId" | "staffNotes">>;
type EventFields = Omit<Partial<ConnectionRequestEvent>, "id" | "requestId" | "createdAt" | "kind">;

/**
 * One staff change of a request: its fields (if any), a new version (every change, a note
 * included, is a new version, so an edit made from a stale screen gets CONFLICT), the history
 * entries and the audit entry, in the caller's transaction.
 */
async function applyChange(
  em: EntityManager,
  ctx: AdminContext,
  request: ConnectionRequest,
  action: string,
  change: Change,
  events: Array<{ kind: ConnectionRequestEventKind } & EventFields>,
): Promise<ConnectionRequest> {
  const before = snapshot(request);
  await em
    .createQueryBuilder()
    .update(ConnectionRequest)
    // updated_at and version move on with the statement (TypeORM adds both to every update).
    .set({ ...change, updatedAt: () => "now()" })
    .where("id = :id", { id: request.id })
    .execute();
  const staffUserId = principalOf(ctx).id;
  const saved = await em
    .getRepository(ConnectionRequestEvent)
    .save(events.map((e) => ({ ...e, requestId: request.id, staffUserId })));
  const after = await em.getRepository(ConnectionRequest).findOneByOrFail({ id: request.id });
  await recordAudit(em, ctx, action, { type: "ConnectionRequest", id: request.id }, before, {
    ...snapshot(after),
    events: saved.map((e) => snapshot(e)),
  });
  return after;
}

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
    checkMove(request.status, status, true);
    const events: Array<{ kind: ConnectionRequestEventKind } & EventFields> = [];
    if (status !== request.status) events.push({ kind: ConnectionRequestEventKind.STATUS, status });
    if (notes !== null && notes !== request.staffNotes)
      events.push({ kind: ConnectionRequestEventKind.NOTE, text: notes });
    return applyChange(em, ctx, request, "connectionRequest.update", { status, staffNotes: notes }, events);
  });
}

export async function changeConnectionRequestStatus(
  ctx: AdminContext,
  id: number,
  version: number,
  status: ConnectionRequestStatus,
  outcome: ConnectionRequestOutcome | null,
  note: string | null,
): Promise<ConnectionRequest> {
  const text = note?.trim() ? parseInput(connectionRequestNoteSchema, { text: note }).text : null;
  if (status === ConnectionRequestStatus.CLOSED && outcome === null) {
    throw badUserInput([fieldError("outcome", "required")]);
  }
  if (status !== ConnectionRequestStatus.CLOSED && outcome !== null) {
    throw badUserInput([fieldError("outcome", "notAllowedValue")]);
  }
  return ctx.dataSource.transaction(async (em) => {
    const request = await lockConnectionRequestInScope(em, principalOf(ctx), id, version);
    checkMove(request.status, status, false);
    const events: Array<{ kind: ConnectionRequestEventKind } & EventFields> = [
      { kind: ConnectionRequestEventKind.STATUS, status, outcome, text },
    ];
    return applyChange(em, ctx, request, "connectionRequest.status", { status, outcome }, events);
  });
}

export async function addConnectionRequestNote(
  ctx: AdminContext,
  id: number,
  version: number,
  text: string,
): Promise<ConnectionRequest> {
  const note = parseInput(connectionRequestNoteSchema, { text }).text;
  return ctx.dataSource.transaction(async (em) => {
    const request = await lockConnectionRequestInScope(em, principalOf(ctx), id, version);
    return applyChange(em, ctx, request, "connectionRequest.note", {}, [
      { kind: ConnectionRequestEventKind.NOTE, text: note },
    ]);
  });
}

/** Active staff who may handle the request: the province office, and the officers of its products' units. */
async function assignableStaff(em: EntityManager, requestId: number): Promise<ConnectionRequestStaffObject[]> {
  const provinceWide = Object.values(StaffRole).filter(
    (role) => role !== StaffRole.COMMUNE_OFFICER && hasPermission(role, "request.write"),
  );
  return (await em.query(
    `SELECT s.id, s.display_name AS "displayName" FROM staff_user s
      WHERE s.active AND (s.role = ANY($1::staff_role[]) OR (s.role = 'COMMUNE_OFFICER' AND s.commune_code IN (
        SELECT pr.commune_code FROM connection_request_product i
          JOIN product p ON p.id = i.product_id JOIN producer pr ON pr.id = p.producer_id
         WHERE i.request_id = $2)))
      ORDER BY s.display_name, s.id`,
    [provinceWide, requestId],
  )) as ConnectionRequestStaffObject[];
}

export async function connectionRequestAssignees(
  ctx: AdminContext,
  id: number,
): Promise<ConnectionRequestStaffObject[]> {
  if (!(await isConnectionRequestInScope(ctx.dataSource.manager, principalOf(ctx), id))) return [];
  return assignableStaff(ctx.dataSource.manager, id);
}

export async function assignConnectionRequest(
  ctx: AdminContext,
  id: number,
  version: number,
  assigneeId: number | null,
): Promise<ConnectionRequest> {
  return ctx.dataSource.transaction(async (em) => {
    const request = await lockConnectionRequestInScope(em, principalOf(ctx), id, version);
    if (assigneeId !== null && !(await assignableStaff(em, id)).some((s) => s.id === assigneeId)) {
      throw badUserInput([fieldError("assigneeId", "notAllowedValue")]);
    }
    return applyChange(em, ctx, request, "connectionRequest.assign", { assigneeId }, [
      { kind: ConnectionRequestEventKind.ASSIGNED, assigneeId },
    ]);
  });
}

/** A product of the request, with its producer, and whether the staff member's scope holds it. */
type RequestProduct = ProductForMail & { producerEmail: string | null; inScope: boolean };

async function mailFacts(
  em: EntityManager,
  staff: StaffPrincipal,
  request: ConnectionRequest,
): Promise<{ forMail: RequestForMail; products: RequestProduct[] }> {
  const scope = communeScopeOf(staff);
  // The producer's own email, public or not: staff write to producers the public may not.
  const rows = (await em.query(
    `SELECT p.name_vi AS name, pr.id AS "producerId", pr.name AS "producerName", pr.commune_code AS "communeCode",
            nullif(btrim(pr.email), '') AS "producerEmail"
       FROM connection_request_product i JOIN product p ON p.id = i.product_id JOIN producer pr ON pr.id = p.producer_id
      WHERE i.request_id = $1 ORDER BY i.position`,
    [request.id],
  )) as Array<Omit<RequestProduct, "inScope"> & { communeCode: string | null }>;
  return {
    forMail: { ...request, language: request.language as Language },
    products: rows.map(({ communeCode, ...p }) => ({ ...p, inScope: scope === null || communeCode === scope })),
  };
}

/** The producers of a request the staff member may forward to (theirs, or all province-wide), once each. */
function producersOf(products: RequestProduct[]): Array<{ id: number; name: string; email: string | null }> {
  const seen = new Map<number, { id: number; name: string; email: string | null }>();
  for (const p of products)
    if (p.inScope && !seen.has(p.producerId))
      seen.set(p.producerId, { id: p.producerId, name: p.producerName, email: p.producerEmail });
  return [...seen.values()];
}

export async function connectionRequestDrafts(
  ctx: AdminContext,
  id: number,
): Promise<ConnectionRequestDraftsObject | null> {
  const em = ctx.dataSource.manager;
  const staff = principalOf(ctx);
  if (!(await isConnectionRequestInScope(em, staff, id))) return null;
  const request = await em.getRepository(ConnectionRequest).findOneByOrFail({ id });
  const { forMail, products } = await mailFacts(em, staff, request);
  return {
    reply: request.email ? { to: request.email, language: forMail.language, ...replyDraft(forMail) } : null,
    forwards: producersOf(products).map((producer) => ({
      producerId: producer.id,
      producerName: producer.name,
      to: producer.email,
      language: "vi",
      ...forwardDraft(
        forMail,
        producer.name,
        products.filter((p) => p.producerId === producer.id),
      ),
    })),
  };
}

export async function replyToRequester(
  ctx: AdminContext,
  id: number,
  version: number,
  input: ConnectionRequestReplyInput,
): Promise<ConnectionRequest> {
  const mail = parseInput(connectionRequestReplySchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const staff = principalOf(ctx);
    const request = await lockConnectionRequestInScope(em, staff, id, version);
    if (!request.email) throw badUserInput([fieldError("email", "noRequesterEmail")]);
    const lang = request.language as Language;
    await queueMail(
      em,
      mailFromText(lang, { to: request.email, replyTo: staff.email, ...mail }, "connection-request.reply", request.id),
    );
    return applyChange(em, ctx, request, "connectionRequest.reply", {}, [
      { kind: ConnectionRequestEventKind.REPLY, mailTo: request.email, subject: mail.subject, text: mail.body },
    ]);
  });
}

export async function forwardToProducer(
  ctx: AdminContext,
  id: number,
  version: number,
  input: ConnectionRequestForwardInput,
): Promise<ConnectionRequest> {
  const mail = parseInput(connectionRequestForwardSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const staff = principalOf(ctx);
    const request = await lockConnectionRequestInScope(em, staff, id, version);
    if (request.status === ConnectionRequestStatus.CLOSED) {
      throw badUserInput([fieldError("status", "requestClosed")]);
    }
    const { products } = await mailFacts(em, staff, request);
    if (!producersOf(products).some((p) => p.id === mail.producerId)) {
      throw badUserInput([fieldError("producerId", "noSuchProducer")]);
    }
    await queueMail(
      em,
      mailFromText(
        "vi",
        { to: mail.to, subject: mail.subject, body: mail.body, replyTo: staff.email },
        "connection-request.forward",
        request.id,
      ),
    );
    const moves = request.status === ConnectionRequestStatus.NEW;
    const events: Array<{ kind: ConnectionRequestEventKind } & EventFields> = [
      {
        kind: ConnectionRequestEventKind.FORWARD,
        mailTo: mail.to,
        subject: mail.subject,
        text: mail.body,
        producerId: mail.producerId,
      },
    ];
    if (moves) events.push({ kind: ConnectionRequestEventKind.STATUS, status: ConnectionRequestStatus.FORWARDED });
    return applyChange(
      em,
      ctx,
      request,
      "connectionRequest.forward",
      moves ? { status: ConnectionRequestStatus.FORWARDED } : {},
      events,
    );
  });
}

/** A request in scope, marked read for the staff member who opens it; null outside their scope. */
export async function openConnectionRequest(ctx: AdminContext, id: number): Promise<ConnectionRequest | null> {
  const staff = principalOf(ctx);
  if (!(await isConnectionRequestInScope(ctx.dataSource.manager, staff, id))) return null;
  await ctx.dataSource
    .createQueryBuilder()
    .insert()
    .into(ConnectionRequestRead)
    .values({ requestId: id, staffUserId: staff.id })
    .orIgnore()
    .execute();
  return ctx.dataSource.getRepository(ConnectionRequest).findOneBy({ id });
}

const UNREAD = (r: string) =>
  `NOT EXISTS (SELECT 1 FROM connection_request_read rd WHERE rd.request_id = ${r}.id AND rd.staff_user_id = :reader)`;

export async function countUnreadConnectionRequests(ctx: AdminContext): Promise<number> {
  const staff = principalOf(ctx);
  const [condition, params] = connectionRequestScope(staff);
  return ctx.dataSource
    .getRepository(ConnectionRequest)
    .createQueryBuilder("r")
    .where("r.status <> :closed", { closed: ConnectionRequestStatus.CLOSED })
    .andWhere(condition, params)
    .andWhere(UNREAD("r"), { reader: staff.id })
    .getCount();
}

type RequestFilter = Pick<ConnectionRequestFilter, "status" | "mine" | "unread">;

/** Index: connection_request_status_idx (status, created_at) serves the status filter and its order. */
function requestList(staff: StaffPrincipal): ListDefinition<RequestFilter, "NEWEST"> {
  return {
    filters: {
      status: (status) => ["r.status = :status", { status }],
      mine: (mine) => (mine ? ["r.assignee_id = :me", { me: staff.id }] : ["TRUE", {}]),
      unread: (unread) => (unread ? [UNREAD("r"), { reader: staff.id }] : ["TRUE", {}]),
    },
    sorts: { NEWEST: [{ expression: "r.created_at", direction: "DESC" }] },
    tiebreaker: [{ expression: "r.id", direction: "DESC" }],
  };
}

/** The requests a staff member may read (see connectionRequestScope), newest first. */
export function listConnectionRequests(ctx: AdminContext, filter: RequestFilter | undefined, page: Page) {
  const staff = principalOf(ctx);
  const qb = ctx.dataSource.getRepository(ConnectionRequest).createQueryBuilder("r");
  const [condition, params] = connectionRequestScope(staff);
  qb.where(condition, params);
  return listQuery(qb, requestList(staff), { filter, sort: "NEWEST", page });
}
