import { z } from "zod";
import { principalOf, assertCanEditCommune, type AdminContext } from "../../graphql/admin-context";
import { type Page } from "../../graphql/connection";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { badUserInput, notFound } from "../../graphql/errors";
import {
  optionalEmail,
  optionalNumber,
  optionalPhone,
  optionalText,
  optionalUrl,
  requiredText,
} from "../../graphql/input-schemas";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { fold, likeLiteral } from "../../lib/fold";
import { toSlug } from "../../lib/slug";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { Producer, ProducerType } from "./producer.entity";
import type { AdminProducerFilter, AdminProducerSort, ProducerInput } from "./producer.admin.types";

const producerSchema = z.object({
  name: requiredText(2, 200),
  type: z.enum(ProducerType),
  communeCode: optionalText(5),
  provinceCode: requiredText(1, 2),
  descriptionVi: optionalText(5000),
  descriptionEn: optionalText(5000),
  descriptionZh: optionalText(5000),
  addressAsReported: optionalText(500),
  address: optionalText(500),
  website: optionalUrl,
  email: optionalEmail,
  phone: optionalPhone,
  contactPublished: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  latitude: optionalNumber(-90, 90),
  longitude: optionalNumber(-180, 180),
});

/** Indexes: producer_name_trgm_idx (the search), producer_commune_idx; type has three values and needs none. */
const producerList: ListDefinition<AdminProducerFilter, AdminProducerSort> = {
  filters: {
    search: (search) => ["ocop_fold(pr.name) LIKE :q", { q: `%${likeLiteral(fold(search))}%` }],
    communeCode: (commune) => ["pr.commune_code = :commune", { commune }],
    type: (type) => ["pr.type = :type", { type }],
  },
  sorts: {
    NAME: [{ expression: "ocop_fold(pr.name)" }],
    UPDATED_DESC: [{ expression: "pr.updated_at", direction: "DESC" }],
  },
  tiebreaker: [{ expression: "pr.id" }],
};

export async function listProducersForStaff(
  ctx: AdminContext,
  filter: AdminProducerFilter | undefined,
  sort: AdminProducerSort,
  page: Page,
) {
  return listQuery(ctx.dataSource.getRepository(Producer).createQueryBuilder("pr"), producerList, {
    filter,
    sort,
    page,
  });
}

export async function producerForStaff(ctx: AdminContext, id: number) {
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
  const staff = principalOf(ctx);
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
  const staff = principalOf(ctx);
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
  const staff = principalOf(ctx);
  return ctx.dataSource.transaction(async (em) => {
    const producer = await lockVersioned(em, Producer, id, version, "Producer");
    assertCanEditCommune(staff, producer.communeCode, "producers");
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM product WHERE producer_id = $1`, [id]);
    if (n > 0)
      throw badUserInput([{ field: "id", message: `the producer still has ${n} products: delete or move them first` }]);
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
