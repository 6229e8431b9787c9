import { producerInputSchema } from "@ocop/schema/inputs";
import { z } from "zod";
import { assertCanEditCommune, requireStaff, type AdminContext } from "../../graphql/admin-context";
import { connectionOf, type Page } from "../../graphql/connection";
import { badUserInput, fieldError, notFound } from "../../graphql/errors";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { fold, likeLiteral } from "../../lib/fold";
import { toSlug } from "../../lib/slug";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { Producer, ProducerType } from "./producer.entity";
import type { AdminProducerFilter, ProducerInput } from "./producer.admin.types";

// The shared rule, with the entity's enum so the parsed type fits the entity.
const producerSchema = producerInputSchema.extend({ type: z.enum(ProducerType) });

export async function listProducersForStaff(ctx: AdminContext, filter: AdminProducerFilter | undefined, page: Page) {
  requireStaff(ctx);
  const qb = ctx.dataSource.getRepository(Producer).createQueryBuilder("pr");
  if (filter?.search?.trim()) qb.andWhere("ocop_fold(pr.name) LIKE :q", { q: `%${likeLiteral(fold(filter.search))}%` });
  if (filter?.communeCode) qb.andWhere("pr.commune_code = :commune", { commune: filter.communeCode });
  if (filter?.type) qb.andWhere("pr.type = :type", { type: filter.type });
  const [rows, total] = await qb
    .orderBy("ocop_fold(pr.name)")
    .addOrderBy("pr.id")
    .skip(page.offset)
    .take(page.limit)
    .getManyAndCount();
  return connectionOf(rows, total, page);
}

export async function producerForStaff(ctx: AdminContext, id: number) {
  requireStaff(ctx);
  return ctx.dataSource.getRepository(Producer).findOneBy({ id });
}

async function uniqueProducerSlug(ctx: AdminContext, name: string): Promise<string> {
  const base = toSlug(name);
  const taken = new Set<string>(
    (
      await ctx.dataSource.query(`SELECT slug FROM producer WHERE slug = $1 OR slug LIKE $2`, [
        base,
        `${likeLiteral(base)}-%`,
      ])
    ).map((r: { slug: string }) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export async function createProducer(ctx: AdminContext, input: ProducerInput) {
  const staff = requireStaff(ctx);
  const data = parseInput(producerSchema, input);
  assertCanEditCommune(staff, data.communeCode, "producers");
  const slug = await uniqueProducerSlug(ctx, data.name);
  return ctx.dataSource.transaction(async (em) => {
    const saved = await em
      .getRepository(Producer)
      .save({ ...data, slug })
      .catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "producer.create", { type: "Producer", id: saved.id }, null, snapshot(saved));
    return saved;
  });
}

export async function updateProducer(ctx: AdminContext, id: number, version: number, input: ProducerInput) {
  const staff = requireStaff(ctx);
  const data = parseInput(producerSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const producer = await lockVersioned(em, Producer, id, version, "Producer");
    assertCanEditCommune(staff, producer.communeCode, "producers");
    assertCanEditCommune(staff, data.communeCode, "producers");
    const before = snapshot(producer);
    // The slug stays: published links to the producer keep working after a rename.
    Object.assign(producer, data);
    const saved = await em.getRepository(Producer).save(producer).catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "producer.update", { type: "Producer", id }, before, snapshot(saved));
    return saved;
  });
}

export async function deleteProducer(ctx: AdminContext, id: number, version: number) {
  const staff = requireStaff(ctx);
  return ctx.dataSource.transaction(async (em) => {
    const producer = await lockVersioned(em, Producer, id, version, "Producer");
    assertCanEditCommune(staff, producer.communeCode, "producers");
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM product WHERE producer_id = $1`, [id]);
    if (n > 0) throw badUserInput([fieldError("id", "producerHasProducts", { count: n })]);
    await em.getRepository(Producer).delete({ id });
    await recordAudit(em, ctx, "producer.delete", { type: "Producer", id }, snapshot(producer), null);
    return true;
  });
}

export async function requireProducer(ctx: AdminContext, id: number): Promise<Producer> {
  const producer = await ctx.loaders.producerById.load(id);
  if (!producer) throw notFound("Producer");
  return producer;
}
