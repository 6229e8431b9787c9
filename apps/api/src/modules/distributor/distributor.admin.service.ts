import {
  distributorInputSchema,
  distributorLinkChangeSchema,
  distributorLinkInputSchema as linkSchema,
} from "@ocop/schema/inputs";
import { z } from "zod";
import { type AdminContext } from "../../graphql/admin-context";
import { type Page } from "../../graphql/connection";
import { listQuery, type ListDefinition } from "../../lib/list-query";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { fold, likeLiteral } from "@ocop/schema/text";
import { claimSlug } from "../../lib/slug";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { Distributor, DistributorKind, DistributorLink } from "./distributor.entity";
import type { DistributorInput, DistributorLinkInput } from "./distributor.admin.types";

// The shared rule, with the entity's enum so the parsed type fits the entity.
const distributorSchema = distributorInputSchema.extend({ kind: z.enum(DistributorKind) });

const distributorList: ListDefinition<{ search?: string | null }, "KIND"> = {
  filters: {
    search: (search) => [
      "ocop_fold(concat_ws(' ', d.name_vi, d.name_en, d.name_zh)) LIKE :q",
      { q: `%${likeLiteral(fold(search))}%` },
    ],
  },
  sorts: { KIND: [{ expression: "d.kind" }, { expression: "ocop_fold(d.name_vi)" }] },
  tiebreaker: [{ expression: "d.id" }],
};

export async function listDistributorsForStaff(ctx: AdminContext, search: string | null | undefined, page: Page) {
  return listQuery(ctx.dataSource.getRepository(Distributor).createQueryBuilder("d"), distributorList, {
    filter: { search },
    sort: "KIND",
    page,
  });
}

export async function distributorForStaff(ctx: AdminContext, id: number) {
  return ctx.dataSource.getRepository(Distributor).findOneBy({ id });
}

export async function createDistributor(ctx: AdminContext, input: DistributorInput) {
  const data = parseInput(distributorSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const saved = await em
      .getRepository(Distributor)
      .save({ ...data, slug: await claimSlug(em, "distributor", data.nameVi) })
      .catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "distributor.create", { type: "Distributor", id: saved.id }, null, snapshot(saved));
    return saved;
  });
}

export async function updateDistributor(ctx: AdminContext, id: number, version: number, input: DistributorInput) {
  const data = parseInput(distributorSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const distributor = await lockVersioned(em, Distributor, id, version, "Distributor");
    const before = snapshot(distributor);
    Object.assign(distributor, data);
    const saved = await em.getRepository(Distributor).save(distributor).catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "distributor.update", { type: "Distributor", id }, before, snapshot(saved));
    return saved;
  });
}

export async function deleteDistributor(ctx: AdminContext, id: number, version: number) {
  return ctx.dataSource.transaction(async (em) => {
    const distributor = await lockVersioned(em, Distributor, id, version, "Distributor");
    await em.getRepository(Distributor).delete({ id });
    await recordAudit(em, ctx, "distributor.delete", { type: "Distributor", id }, snapshot(distributor), null);
    return true;
  });
}

export async function addDistributorLink(ctx: AdminContext, input: DistributorLinkInput) {
  const data = parseInput(linkSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const saved = await em.getRepository(DistributorLink).save(data).catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "distributorLink.add", { type: "DistributorLink", id: saved.id }, null, snapshot(saved));
    return saved;
  });
}

export async function updateDistributorLink(
  ctx: AdminContext,
  id: number,
  version: number,
  url: string | null | undefined,
  note: string | null | undefined,
) {
  const data = parseInput(distributorLinkChangeSchema, { url, note });
  return ctx.dataSource.transaction(async (em) => {
    const link = await lockVersioned(em, DistributorLink, id, version, "Distributor link");
    const before = snapshot(link);
    Object.assign(link, data);
    const saved = await em.getRepository(DistributorLink).save(link);
    await recordAudit(em, ctx, "distributorLink.update", { type: "DistributorLink", id }, before, snapshot(saved));
    return saved;
  });
}

export async function removeDistributorLink(ctx: AdminContext, id: number, version: number) {
  return ctx.dataSource.transaction(async (em) => {
    const link = await lockVersioned(em, DistributorLink, id, version, "Distributor link");
    await em.getRepository(DistributorLink).delete({ id });
    await recordAudit(em, ctx, "distributorLink.remove", { type: "DistributorLink", id }, snapshot(link), null);
    return true;
  });
}
