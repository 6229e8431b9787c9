import slugify from "slugify";
import type { EntityManager } from "typeorm";
import { likeLiteral } from "@ocop/schema/text";

/**
 * URL slug of a Vietnamese name: "Mật ong Văn Lãng" → "mat-ong-van-lang". slugify's Vietnamese
 * locale folds đ → d, which plain NFD stripping leaves in place.
 */
export function toSlug(text: string): string {
  const slug = slugify(text, { locale: "vi", lower: true, strict: true, trim: true });
  return slug.slice(0, 80).replace(/-+$/, "") || "item";
}

/** The slug, or the slug with the smallest numeric suffix not yet taken (in-memory, for the seed). */
export function uniqueSlug(text: string, taken: Set<string>): string {
  const base = toSlug(text);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** The tables whose rows have a unique `slug` column staff create rows in. */
export type SluggedTable = "product" | "producer" | "showcase_event" | "distributor";

/** First key of the two-key advisory locks that guard slug claims (no other lock uses it). */
const SLUG_LOCK_CLASS = 0x51_06;

/**
 * Claims the slug of a new row of `table` named `text`: the name's slug, or that slug with the
 * smallest numeric suffix no row has. Two transactions claiming the same name wait for each other
 * on a transaction-scoped advisory lock, so the second one reads the first one's committed row and
 * takes the next suffix instead of a unique violation. Call it inside the transaction that inserts
 * the row, just before the insert.
 */
export async function claimSlug(em: EntityManager, table: SluggedTable, text: string): Promise<string> {
  if (!em.queryRunner?.isTransactionActive) {
    throw new Error(`claimSlug(${table}) runs inside the transaction that inserts the row`);
  }
  const base = toSlug(text);
  await em.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [SLUG_LOCK_CLASS, `${table}:${base}`]);
  // Read committed: this statement starts after the lock was granted, so it sees the rows of
  // every transaction that held it before.
  const rows: Array<{ slug: string }> = await em.query(`SELECT slug FROM ${table} WHERE slug = $1 OR slug LIKE $2`, [
    base,
    `${likeLiteral(base)}-%`,
  ]);
  const taken = new Set(rows.map((r) => r.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
