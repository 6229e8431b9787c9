import {
  checkEventDates,
  eventDatesWhen,
  showcaseEventInputFields,
  showcaseTableInputSchema as tableSchema,
} from "@ocop/schema/inputs";
import { z } from "zod";
import { type AdminContext } from "../../graphql/admin-context";
import { type Page } from "../../graphql/connection";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { badUserInput, fieldError } from "../../graphql/errors";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { claimSlug } from "../../lib/slug";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { ShowcaseEvent, ShowcaseEventKind, ShowcaseTable } from "./showcase.entity";
import type { ShowcaseEventInput, ShowcaseTableInput } from "./showcase.admin.types";

// The shared rule, with the entity's enum so the parsed type fits the entity.
const eventSchema = showcaseEventInputFields
  .extend({ kind: z.enum(ShowcaseEventKind) })
  .superRefine(checkEventDates, eventDatesWhen);

const eventList: ListDefinition<object, "NEWEST"> = {
  filters: {},
  sorts: { NEWEST: [{ expression: "e.starts_on", direction: "DESC" }] },
  tiebreaker: [{ expression: "e.id", direction: "DESC" }],
};

export async function listEventsForStaff(ctx: AdminContext, page: Page) {
  return listQuery(ctx.dataSource.getRepository(ShowcaseEvent).createQueryBuilder("e"), eventList, {
    sort: "NEWEST",
    page,
  });
}

export async function eventForStaff(ctx: AdminContext, id: number) {
  return ctx.dataSource.getRepository(ShowcaseEvent).findOneBy({ id });
}

export async function createShowcaseEvent(ctx: AdminContext, input: ShowcaseEventInput) {
  const data = parseInput(eventSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const slug = await claimSlug(em, "showcase_event", `${data.nameVi} ${data.startsOn.slice(0, 4)}`);
    const saved = await em
      .getRepository(ShowcaseEvent)
      .save({ ...data, slug })
      .catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "showcaseEvent.create", { type: "ShowcaseEvent", id: saved.id }, null, snapshot(saved));
    return saved;
  });
}

export async function updateShowcaseEvent(ctx: AdminContext, id: number, version: number, input: ShowcaseEventInput) {
  const data = parseInput(eventSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const event = await lockVersioned(em, ShowcaseEvent, id, version, "Event");
    const before = snapshot(event);
    Object.assign(event, data);
    const saved = await em.getRepository(ShowcaseEvent).save(event).catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "showcaseEvent.update", { type: "ShowcaseEvent", id }, before, snapshot(saved));
    return saved;
  });
}

export async function deleteShowcaseEvent(ctx: AdminContext, id: number, version: number) {
  return ctx.dataSource.transaction(async (em) => {
    const event = await lockVersioned(em, ShowcaseEvent, id, version, "Event");
    await em.getRepository(ShowcaseEvent).delete({ id });
    await recordAudit(em, ctx, "showcaseEvent.delete", { type: "ShowcaseEvent", id }, snapshot(event), null);
    return true;
  });
}

/** Adds `count` tables numbered after the event's last one. */
export async function addShowcaseTables(ctx: AdminContext, eventId: number, count: number) {
  if (!Number.isInteger(count) || count < 1 || count > 100)
    throw badUserInput([fieldError("count", "countBetween", { min: 1, max: 100 })]);
  return ctx.dataSource.transaction(async (em) => {
    const event = await em
      .getRepository(ShowcaseEvent)
      .createQueryBuilder("e")
      .setLock("pessimistic_write")
      .where("e.id = :id", { id: eventId })
      .getOne();
    if (!event) throw badUserInput([fieldError("eventId", "noSuchEvent")]);
    const [{ last }] = await em.query(
      `SELECT coalesce(max(number), 0)::int AS last FROM showcase_table WHERE event_id = $1`,
      [eventId],
    );
    const tables = await em
      .getRepository(ShowcaseTable)
      .save(Array.from({ length: count }, (_, i) => ({ eventId, number: last + i + 1 })));
    await recordAudit(em, ctx, "showcaseTable.addMany", { type: "ShowcaseEvent", id: eventId }, null, {
      tables: tables.map(snapshot),
    });
    return tables;
  });
}

export async function updateShowcaseTable(ctx: AdminContext, id: number, version: number, input: ShowcaseTableInput) {
  const data = parseInput(tableSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const table = await lockVersioned(em, ShowcaseTable, id, version, "Table");
    const before = snapshot(table);
    Object.assign(table, data);
    const saved = await em.getRepository(ShowcaseTable).save(table).catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "showcaseTable.update", { type: "ShowcaseTable", id }, before, snapshot(saved));
    return saved;
  });
}

export async function deleteShowcaseTable(ctx: AdminContext, id: number, version: number) {
  return ctx.dataSource.transaction(async (em) => {
    const table = await lockVersioned(em, ShowcaseTable, id, version, "Table");
    await em.getRepository(ShowcaseTable).delete({ id });
    await recordAudit(em, ctx, "showcaseTable.delete", { type: "ShowcaseTable", id }, snapshot(table), null);
    return true;
  });
}

export interface TablePlacement {
  tableId: number;
  version: number;
  productIds: number[];
  /** Label, note and commune/ward, changed in the same transaction as the products when given. */
  details?: ShowcaseTableInput | null;
}

/**
 * Sets the products on a table, in this order, in one transaction. A product standing on another
 * table of the same event moves here (a product stands on one table per event).
 */
export async function setTableProducts(ctx: AdminContext, tableId: number, version: number, productIds: number[]) {
  const [table] = await setEventPlacements(ctx, null, [{ tableId, version, productIds }]);
  return table!;
}

/**
 * Sets the products of several tables of one event at once (a whole board saved together): every
 * table's version is checked, and either all tables change or none. Tables not listed lose the
 * products that moved to a listed one.
 */
export async function setEventPlacements(ctx: AdminContext, eventId: number | null, tables: TablePlacement[]) {
  if (tables.length === 0) throw badUserInput([fieldError("tables", "tablesRequired")]);
  const all = tables.flatMap((t) => t.productIds);
  if (new Set(all).size !== all.length) throw badUserInput([fieldError("productIds", "productListedTwice")]);
  if (tables.some((t) => t.productIds.length > 200))
    throw badUserInput([fieldError("productIds", "tooManyOnTable", { max: 200 })]);
  if (new Set(tables.map((t) => t.tableId)).size !== tables.length)
    throw badUserInput([fieldError("tables", "tableListedTwice")]);
  const details = new Map(
    tables.flatMap((t) => {
      if (!t.details) return [];
      const parsed = parseInput(tableSchema, t.details);
      // Details that leave the internal note out leave it as it is (the board edits the rest).
      const { internalNote, ...rest } = parsed;
      return [[t.tableId, t.details.internalNote === undefined ? rest : { ...rest, internalNote }] as const];
    }),
  );
  return ctx.dataSource.transaction(async (em) => {
    const locked: ShowcaseTable[] = [];
    for (const t of [...tables].sort((a, b) => a.tableId - b.tableId))
      locked.push(await lockVersioned(em, ShowcaseTable, t.tableId, t.version, "Table"));
    const event = eventId ?? locked[0]!.eventId;
    if (locked.some((t) => t.eventId !== event)) throw badUserInput([fieldError("tables", "tableOfOtherEvent")]);
    const found = await em.query(`SELECT id FROM product WHERE id = ANY($1)`, [all]);
    if (found.length !== all.length) throw badUserInput([fieldError("productIds", "productMissing")]);
    const tableIds = tables.map((t) => t.tableId);
    const before = await em.query(
      `SELECT table_id AS "tableId", product_id AS "productId", position FROM showcase_placement
        WHERE event_id = $1 AND (table_id = ANY($2) OR product_id = ANY($3)) ORDER BY table_id, position`,
      [event, tableIds, all],
    );
    await em.query(
      `DELETE FROM showcase_placement WHERE event_id = $1 AND (table_id = ANY($2) OR product_id = ANY($3))`,
      [event, tableIds, all],
    );
    for (const t of tables) {
      for (const [position, productId] of t.productIds.entries()) {
        await em.query(
          `INSERT INTO showcase_placement (table_id, product_id, event_id, position) VALUES ($1, $2, $3, $4)`,
          [t.tableId, productId, event, position],
        );
      }
    }
    // Tables that lost a product to a listed one changed too: their version moves on.
    const others = [...new Set<number>(before.map((p: { tableId: number }) => p.tableId))].filter(
      (id) => !tableIds.includes(id),
    );
    if (others.length)
      await em.query(`UPDATE showcase_table SET version = version + 1, updated_at = now() WHERE id = ANY($1)`, [
        others,
      ]);
    const saved: ShowcaseTable[] = [];
    const detailsBefore: ReturnType<typeof snapshot>[] = [];
    const detailsAfter: ReturnType<typeof snapshot>[] = [];
    for (const table of locked) {
      const change = details.get(table.id);
      if (change) {
        detailsBefore.push(snapshot(table));
        Object.assign(table, change);
      }
      table.updatedAt = new Date();
      const stored = await em.getRepository(ShowcaseTable).save(table).catch(rethrowConstraintViolation);
      if (change) detailsAfter.push(snapshot(stored));
      saved.push(stored);
    }
    await recordAudit(
      em,
      ctx,
      tables.length === 1 ? "showcaseTable.setProducts" : "showcaseEvent.setPlacements",
      tables.length === 1 ? { type: "ShowcaseTable", id: tables[0]!.tableId } : { type: "ShowcaseEvent", id: event },
      { placements: before, ...(detailsBefore.length ? { tables: detailsBefore } : {}) },
      {
        tables: tables.map((t) => ({ tableId: t.tableId, productIds: t.productIds })),
        ...(detailsAfter.length ? { details: detailsAfter } : {}),
      },
    );
    const byId = new Map(saved.map((t) => [t.id, t]));
    return tables.map((t) => byId.get(t.tableId)!);
  });
}
