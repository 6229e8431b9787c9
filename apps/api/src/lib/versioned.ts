import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { conflict, notFound } from "../graphql/errors";

/**
 * Loads a record for change, locked until the transaction ends, and checks that the client edited
 * the version that is current: otherwise CONFLICT, carrying the record as it is now, and nothing
 * changes.
 */
export async function lockVersioned<T extends ObjectLiteral & { id: number; version: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  version: number,
  label: string,
): Promise<T> {
  const record = await em
    .getRepository(entity)
    .createQueryBuilder("r")
    .setLock("pessimistic_write")
    .where("r.id = :id", { id })
    .getOne();
  if (!record) throw notFound(label);
  if (record.version !== version) {
    throw conflict(
      `${label} was changed by someone else meanwhile (version ${record.version}, yours ${version})`,
      snapshot(record),
    );
  }
  return record;
}

/** A plain copy of a record for audit entries and conflict answers (no relations, dates as ISO). */
export function snapshot(record: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== null && typeof value === "object" && !(value instanceof Date) && !Array.isArray(value)) continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/** Parses a GraphQL ID into a database id, or null when it cannot be one. */
export function toId(id: string | number): number {
  const n = typeof id === "number" ? id : Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}
