import type { EntityManager } from "typeorm";
import {
  certificationInputFields,
  certificationScoreWhen,
  checkCertificationScore,
  revokeCertificationSchema,
} from "@ocop/schema/inputs";
import { z } from "zod";
import type { AdminContext } from "../../graphql/admin-context";
import { badUserInput, fieldError } from "../../graphql/errors";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { lockProductForEdit } from "../product/product.admin.service";
import { Product } from "../product/product.entity";
import { Certification, CertificationLevel, DatePrecision } from "./certification.entity";
import { certificationsOfProducts, type CertificationRecord } from "./certification.loader";
import type { CertificationInput } from "./certification.admin.types";

// The shared rule, with the entity's enums so the parsed type fits the entity.
const certificationSchema = certificationInputFields
  .extend({
    level: z.enum(CertificationLevel),
    decisionDatePrecision: z.enum(DatePrecision).default(DatePrecision.DAY),
  })
  .superRefine(checkCertificationScore, certificationScoreWhen);

/** Adds a certificate (an upgrade supersedes the older one). Validity is computed by the database. */
export async function addCertification(ctx: AdminContext, input: CertificationInput) {
  const data = parseInput(certificationSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const product = await em.getRepository(Product).findOneBy({ id: data.productId });
    if (!product) throw badUserInput([fieldError("productId", "noSuchProduct")]);
    // Adding a certificate changes the product's current stars: it counts as an edit of the product.
    await lockProductForEdit(em, ctx, product.id, product.version);
    const saved = await em.getRepository(Certification).save(data).catch(rethrowConstraintViolation);
    const fresh = await em.getRepository(Certification).findOneByOrFail({ id: saved.id });
    await recordAudit(em, ctx, "certification.add", { type: "Certification", id: saved.id }, null, snapshot(fresh));
    return recordOf(em, fresh);
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
    const cert = await lockVersioned(em, Certification, id, version, "Certificate");
    const product = await em.getRepository(Product).findOneByOrFail({ id: cert.productId });
    await lockProductForEdit(em, ctx, product.id, product.version);
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
