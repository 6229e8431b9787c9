import type { EntityManager } from "typeorm";
import {
  certificationDecisionFields,
  certificationInputFields,
  certificationScoreWhen,
  checkCertificationDecision,
  checkCertificationScore,
  revokeCertificationSchema,
  voidCertificationSchema,
} from "@ocop/schema/inputs";
import { z } from "zod";
import { principalOf, type AdminContext } from "../../graphql/admin-context";
import { badUserInput, fieldError } from "../../graphql/errors";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { isLiveCertificate } from "../../domain/rules";
import { recordAudit } from "../audit/audit.service";
import { lockProductForEdit } from "../product/product.admin.service";
import { Product } from "../product/product.entity";
import { Certification, CertificationLevel, DatePrecision } from "./certification.entity";
import { certificationsOfProducts, type CertificationRecord } from "./certification.loader";
import type {
  CertificationDecisionInput,
  CertificationInput,
  CorrectCertificationInput,
} from "./certification.admin.types";

// The shared rules, with the entity's enums so the parsed types fit the entity.
const entityEnums = {
  level: z.enum(CertificationLevel),
  decisionDatePrecision: z.enum(DatePrecision).default(DatePrecision.DAY),
};
const certificationSchema = certificationInputFields
  .extend(entityEnums)
  .superRefine(checkCertificationScore, certificationScoreWhen);
const correctionSchema = certificationInputFields
  .omit({ productId: true })
  .extend(entityEnums)
  .superRefine(checkCertificationScore, certificationScoreWhen);
const decisionSchema = certificationDecisionFields.extend(entityEnums).superRefine(checkCertificationDecision);

/**
 * Refuses a second live certificate with the same decision number on one product (`field` names
 * the input that carries the product). The product is locked, so no concurrent change slips between.
 */
async function assertDecisionNumberFree(
  em: EntityManager,
  product: Product,
  decisionNumber: string,
  field: string,
  exceptId = 0,
) {
  const [taken] = await em.query(
    `SELECT 1 FROM certification c
      WHERE c.product_id = $1 AND c.decision_number = $2 AND c.id <> $3 AND ${isLiveCertificate("c")}`,
    [product.id, decisionNumber, exceptId],
  );
  if (taken) throw badUserInput([fieldError(field, "decisionNumberTaken", { name: product.nameVi })]);
}

/** Adds a certificate (an upgrade supersedes the older one). Validity is computed by the database. */
export async function addCertification(ctx: AdminContext, input: CertificationInput) {
  const data = parseInput(certificationSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const product = await em.getRepository(Product).findOneBy({ id: data.productId });
    if (!product) throw badUserInput([fieldError("productId", "noSuchProduct")]);
    // Adding a certificate changes the product's current stars: it counts as an edit of the product.
    await lockProductForEdit(em, ctx, product.id, product.version);
    await assertDecisionNumberFree(em, product, data.decisionNumber, "decisionNumber");
    const saved = await em.getRepository(Certification).save(data).catch(rethrowConstraintViolation);
    const fresh = await em.getRepository(Certification).findOneByOrFail({ id: saved.id });
    await recordAudit(em, ctx, "certification.add", { type: "Certification", id: saved.id }, null, snapshot(fresh));
    return recordOf(em, fresh);
  });
}

/** Takes a certificate for change: its version checked, its product locked and in the staff member's scope. */
async function lockCertificationForEdit(em: EntityManager, ctx: AdminContext, id: number, version: number) {
  const cert = await lockVersioned(em, Certification, id, version, "Certificate");
  const product = await em.getRepository(Product).findOneByOrFail({ id: cert.productId });
  await lockProductForEdit(em, ctx, product.id, product.version);
  return { cert, product };
}

/** Corrects a mistyped certificate: every field but its product, audited with before and after. */
export async function correctCertification(
  ctx: AdminContext,
  id: number,
  version: number,
  input: CorrectCertificationInput,
) {
  const data = parseInput(correctionSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const { cert, product } = await lockCertificationForEdit(em, ctx, id, version);
    if (cert.voidedAt) throw badUserInput([fieldError("id", "alreadyVoided")]);
    await assertDecisionNumberFree(em, product, data.decisionNumber, "decisionNumber", cert.id);
    if (cert.revokedOn && cert.revokedOn < data.decisionDate)
      throw badUserInput([fieldError("decisionDate", "revokedBeforeDecision")]);
    const before = snapshot(cert);
    Object.assign(cert, data);
    await em.getRepository(Certification).save(cert).catch(rethrowConstraintViolation);
    // valid_until is computed by the database: read the row back for the audit and the answer.
    const fresh = await em.getRepository(Certification).findOneByOrFail({ id });
    await recordAudit(em, ctx, "certification.correct", { type: "Certification", id }, before, snapshot(fresh));
    return recordOf(em, fresh);
  });
}

/**
 * Voids a certificate entered in error, with the reason: it stays in the staff history, and the
 * certificate it had superseded is the product's current one again.
 */
export async function voidCertification(ctx: AdminContext, id: number, version: number, reason: string) {
  const data = parseInput(voidCertificationSchema, { reason });
  const staff = principalOf(ctx);
  return ctx.dataSource.transaction(async (em) => {
    const { cert } = await lockCertificationForEdit(em, ctx, id, version);
    if (cert.voidedAt) throw badUserInput([fieldError("id", "alreadyVoided")]);
    const before = snapshot(cert);
    cert.voidedAt = new Date();
    cert.voidedBy = staff.id;
    cert.voidReason = data.reason;
    const saved = await em.getRepository(Certification).save(cert);
    await recordAudit(em, ctx, "certification.void", { type: "Certification", id }, before, snapshot(saved));
    return recordOf(em, saved);
  });
}

/**
 * One decision applied to every product it lists (each with its stars and score): all of them in
 * one transaction or, on any refusal, none; audited as one action naming its certificates.
 */
export async function addCertificationDecision(ctx: AdminContext, input: CertificationDecisionInput) {
  const data = parseInput(decisionSchema, input);
  const { items, ...decision } = data;
  return ctx.dataSource.transaction(async (em) => {
    const created: Certification[] = [];
    for (const item of items) {
      const product = await em.getRepository(Product).findOneBy({ id: item.productId });
      if (!product) throw badUserInput([fieldError("items", "noSuchProduct")]);
      await lockProductForEdit(em, ctx, product.id, product.version);
      await assertDecisionNumberFree(em, product, decision.decisionNumber, "items");
      const saved = await em
        .getRepository(Certification)
        .save({ ...decision, productId: product.id, stars: item.stars, score: item.score })
        .catch(rethrowConstraintViolation);
      created.push(await em.getRepository(Certification).findOneByOrFail({ id: saved.id }));
    }
    await recordAudit(
      em,
      ctx,
      "certification.addDecision",
      { type: "Certification", id: created.map((c) => c.id).join(",") },
      null,
      { decision, certificates: created.map(snapshot) },
    );
    const records = await certificationsOfProducts(
      em,
      created.map((c) => c.productId),
    );
    const ids = new Set(created.map((c) => c.id));
    return records.filter((r) => ids.has(r.id));
  });
}

/** Revokes a certificate with the decision's date and reason; the history keeps it. */
export async function revokeCertification(
  ctx: AdminContext,
  id: number,
  version: number,
  revokedOn: string,
  reason: string,
) {
  const data = parseInput(revokeCertificationSchema, { revokedOn, reason });
  return ctx.dataSource.transaction(async (em) => {
    const { cert } = await lockCertificationForEdit(em, ctx, id, version);
    if (cert.voidedAt) throw badUserInput([fieldError("id", "alreadyVoided")]);
    if (cert.revokedOn) throw badUserInput([fieldError("id", "alreadyRevoked")]);
    if (data.revokedOn < cert.decisionDate) throw badUserInput([fieldError("revokedOn", "revokedBeforeDecision")]);
    const before = snapshot(cert);
    cert.revokedOn = data.revokedOn;
    cert.revocationReason = data.reason;
    const saved = await em.getRepository(Certification).save(cert);
    await recordAudit(em, ctx, "certification.revoke", { type: "Certification", id }, before, snapshot(saved));
    return recordOf(em, saved);
  });
}

/** The record as the loaders give it, with its status computed now. */
async function recordOf(em: EntityManager, c: Certification): Promise<CertificationRecord> {
  const records = await certificationsOfProducts(em, [c.productId]);
  return records.find((r) => r.id === c.id)!;
}
