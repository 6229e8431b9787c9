import type { EntityManager } from "typeorm";
import type { AdminContext } from "../../graphql/admin-context";
import { toSlug } from "../../lib/slug";
import { recordAudits, type AuditRecord } from "../audit/audit.service";
import { ProductStatus } from "../product/product.entity";
import type { Decision } from "./decision";
import { producerKey, producerTypeOf, type PlannedRow } from "./plan";

/** Rows per INSERT: big enough to be set-based, small enough to keep each statement's parameters modest. */
const BATCH = 2_000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** A database row (snake_case) as an audit snapshot, named as the entities name their fields. */
function camelSnapshot(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith("search_") || key.startsWith("newest_")) continue;
    out[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] =
      value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/**
 * Slugs for new rows of `table`, unique among themselves and against the table: the name's slug or
 * it with the smallest free numeric suffix. One statement reads every slug these names could clash
 * with (the import's transaction holds them until it ends: a concurrent creation of the same name
 * fails on the unique constraint and the import is retried, never merged wrongly).
 */
async function claimSlugs(em: EntityManager, table: "product" | "producer", names: string[]): Promise<string[]> {
  const bases = names.map(toSlug);
  const rows: Array<{ slug: string }> = await em.query(
    `SELECT slug FROM ${table} WHERE regexp_replace(slug, '-[0-9]+$', '') = ANY($1::text[]) OR slug = ANY($1::text[])`,
    [[...new Set(bases)]],
  );
  const taken = new Set(rows.map((r) => r.slug));
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

export interface CommitCounts {
  producers: number;
  products: number;
  certificates: number;
}

/**
 * Writes the planned rows (none of them an error) in the caller's transaction: new producers, new
 * products (draft, or published when asked), one certificate per row from the decision, the
 * version of every updated product moved on, and an audit entry for every record made.
 */
export async function commitPlan(
  em: EntityManager,
  ctx: AdminContext,
  rows: PlannedRow[],
  decision: Decision,
  publish: boolean,
): Promise<CommitCounts> {
  // Audit entries are written with each batch, so that memory holds one batch of them at a time.
  const audit = (records: AuditRecord[]) => recordAudits(em, ctx, records);
  const writes = rows.filter((r) => r.action === "create" || r.action === "update");

  // Producers new to the province, once each (several rows may name one).
  const producerIds = new Map<string, number>();
  const newProducers = new Map<string, PlannedRow>();
  for (const r of writes) {
    if (r.producerId !== null) producerIds.set(producerKey(r), r.producerId);
    else if (!newProducers.has(producerKey(r))) newProducers.set(producerKey(r), r);
  }
  for (const batch of chunks([...newProducers.entries()])) {
    const slugs = await claimSlugs(
      em,
      "producer",
      batch.map(([, r]) => r.producer),
    );
    const types = batch.map(([, r]) => producerTypeOf(r.producer));
    const inserted: Array<Record<string, unknown>> = await em.query(
      `INSERT INTO producer (slug, name, type, type_inferred, commune_code, province_code, address_as_reported)
       SELECT * FROM unnest($1::text[], $2::text[], $3::producer_type[], $4::boolean[], $5::varchar[], $6::varchar[], $7::text[])
       RETURNING id, version, slug, name, type, type_inferred, commune_code, province_code, address_as_reported,
                 created_at, updated_at`,
      [
        slugs,
        batch.map(([, r]) => r.producer),
        types.map((t) => t.type),
        types.map((t) => t.inferred),
        batch.map(([, r]) => r.commune!.code),
        batch.map(([, r]) => r.provinceCode),
        batch.map(([, r]) => r.address),
      ],
    );
    inserted.forEach((row, i) => producerIds.set(batch[i]![0], Number(row.id)));
    await audit(
      inserted.map((row) => ({
        action: "producer.create",
        type: "Producer",
        id: Number(row.id),
        before: null,
        after: camelSnapshot(row),
      })),
    );
  }

  // Products: the existing ones by id, the new ones inserted (in row order, so ids follow the annex).
  const productIds = new Map<PlannedRow, number>();
  const created = writes.filter((r) => r.productId === null);
  for (const r of writes) if (r.productId !== null) productIds.set(r, r.productId);
  const status = publish ? ProductStatus.PUBLISHED : ProductStatus.DRAFT;
  for (const batch of chunks(created)) {
    const slugs = await claimSlugs(
      em,
      "product",
      batch.map((r) => r.product),
    );
    const inserted: Array<Record<string, unknown>> = await em.query(
      `INSERT INTO product (slug, name_vi, category_code, producer_id, status, published_at)
       SELECT s, n, c, p, $5::product_status, CASE WHEN $5 = 'published' THEN now() END
       FROM unnest($1::text[], $2::text[], $3::varchar[], $4::int[]) AS t(s, n, c, p)
       RETURNING id, version, slug, name_vi, category_code, producer_id, status, published_at, created_at, updated_at`,
      [
        slugs,
        batch.map((r) => r.product),
        batch.map((r) => r.categoryCode),
        batch.map((r) => producerIds.get(producerKey(r))!),
        status,
      ],
    );
    inserted.forEach((row, i) => productIds.set(batch[i]!, Number(row.id)));
    await audit(
      inserted.map((row) => ({
        action: "product.create",
        type: "Product",
        id: Number(row.id),
        before: null,
        after: camelSnapshot(row),
      })),
    );
  }

  // Existing products are locked for the rest of the transaction (as the certificate dialog locks
  // its product); their version stays, as it does when a certificate is added there.
  const updated = writes.filter((r) => r.productId !== null).map((r) => r.productId!);
  for (const batch of chunks(updated)) {
    await em.query(`SELECT id FROM product WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`, [batch]);
  }

  for (const batch of chunks(writes)) {
    const inserted: Array<Record<string, unknown>> = await em.query(
      `INSERT INTO certification (product_id, stars, score, level, legal_basis, decision_number, decision_date)
       SELECT p, s, sc, l::certification_level, $5, $6, $7::date
       FROM unnest($1::int[], $2::smallint[], $3::smallint[], $4::text[]) AS t(p, s, sc, l)
       RETURNING id, version, product_id, stars, score, level, legal_basis, decision_number, decision_date,
                 decision_date_precision, valid_until, created_at, updated_at`,
      [
        batch.map((r) => productIds.get(r)!),
        batch.map((r) => r.stars),
        // The database keeps whole points; flooring keeps a decimal score in its band (69,5 is 3 stars).
        batch.map((r) => (r.score === null ? null : Math.floor(r.score))),
        batch.map((r) => r.level),
        decision.legalBasis,
        decision.number,
        decision.date,
      ],
    );
    await audit(
      inserted.map((row) => ({
        action: "certification.add",
        type: "Certification",
        id: Number(row.id),
        before: null,
        after: camelSnapshot(row),
      })),
    );
  }
  return { producers: newProducers.size, products: created.length, certificates: writes.length };
}
