import { CERTIFIED_STARS, scoreBandOf, scoreFitsStars } from "@ocop/schema/enums";
import type { EntityManager } from "typeorm";
import { z } from "zod";
import type { AdminContext } from "../../graphql/admin-context";
import { badUserInput } from "../../graphql/errors";
import { idString, isoDate, optionalText, requiredText } from "../../graphql/input-schemas";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { lockProductForEdit } from "../product/product.admin.service";
import { Product } from "../product/product.entity";
import { Certification, CertificationLevel, DatePrecision } from "./certification.entity";
import { certificationsOfProducts, type CertificationRecord } from "./certification.loader";
import type { CertificationInput } from "./certification.admin.types";

const STARS_MESSAGE = `only ${CERTIFIED_STARS.slice(0, -1).join(", ")} or ${CERTIFIED_STARS.at(-1)} stars are certified`;

const certificationSchema = z
  .object({
    productId: idString,
    stars: z
      .number()
      .int()
      .min(Math.min(...CERTIFIED_STARS), STARS_MESSAGE)
      .max(Math.max(...CERTIFIED_STARS), STARS_MESSAGE),
    score: z
      .number()
      .int()
      .min(0, "must be 0-100")
      .max(100, "must be 0-100")
      .nullish()
      .transform((v) => v ?? null),
    level: z.enum(CertificationLevel),
    legalBasis: optionalText(200),
    issuer: optionalText(200),
    decisionNumber: requiredText(1, 100),
    decisionDate: isoDate,
    decisionDatePrecision: z.enum(DatePrecision).default(DatePrecision.DAY),
  })
  .superRefine((v, check) => {
    const band = scoreBandOf(v.stars);
    if (band && v.score !== null && !scoreFitsStars(v.stars, v.score)) {
      check.addIssue({
        code: "custom",
        path: ["score"],
        message: `${v.stars} stars need ${band[0]}-${band[1]} points`,
      });
    }
    if (v.stars === 5 && v.level !== CertificationLevel.CENTRAL) {
      check.addIssue({ code: "custom", path: ["level"], message: "5 stars are certified by the central council" });
    }
  });

/** Adds a certificate (an upgrade supersedes the older one). Validity is computed by the database. */
export async function addCertification(ctx: AdminContext, input: CertificationInput) {
  const data = parseInput(certificationSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const product = await em.getRepository(Product).findOneBy({ id: data.productId });
    if (!product) throw badUserInput([{ field: "productId", message: "no such product" }]);
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
  const data = parseInput(z.object({ revokedOn: isoDate, reason: requiredText(5, 1000) }), { revokedOn, reason });
  return ctx.dataSource.transaction(async (em) => {
    const cert = await lockVersioned(em, Certification, id, version, "Certificate");
    const product = await em.getRepository(Product).findOneByOrFail({ id: cert.productId });
    await lockProductForEdit(em, ctx, product.id, product.version);
    if (cert.revokedOn) throw badUserInput([{ field: "id", message: "this certificate is already revoked" }]);
    if (data.revokedOn < cert.decisionDate)
      throw badUserInput([{ field: "revokedOn", message: "must not be before the decision date" }]);
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
