import { producerInputSchema } from "@ocop/schema/inputs";
import { z } from "zod";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { assertCanEditCommune } from "../staff/commune-scope";
import { type Page } from "../../graphql/connection";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { badUserInput, fieldError } from "../../graphql/errors";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { fold, likeLiteral } from "@ocop/schema/text";
import { claimSlug } from "../../lib/slug";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { Producer, ProducerType } from "./producer.entity";
import type { AdminProducerFilter, AdminProducerSort, ProducerInput } from "./producer.admin.types";

// The shared rule, with the entity's enum so the parsed type fits the entity.
const producerSchema = producerInputSchema.extend({ type: z.enum(ProducerType) });

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

export async function createProducer(ctx: AdminContext, input: ProducerInput) {
  const staff = principalOf(ctx);
  const data = parseInput(producerSchema, input);
  assertCanEditCommune(staff, data.communeCode, "producers");
  return ctx.dataSource.transaction(async (em) => {
    const slug = await claimSlug(em, "producer", data.name);
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
    if (n > 0) throw badUserInput([fieldError("id", "producerHasProducts", { count: n })]);
    await em.getRepository(Producer).delete({ id });
    await recordAudit(em, ctx, "producer.delete", { type: "Producer", id }, snapshot(producer), null);
    return true;
  });
}
