import { z } from "zod";
import type { RequestContext } from "../../graphql/context";
import { badUserInput, tooManyRequests, type FieldProblem } from "../../graphql/errors";
import { pick } from "../../graphql/language";
import { consumeRateLimit } from "../../lib/rate-limit";
import { requirePublishedProduct } from "../product/product.service";
import { ConnectionRequest, RequesterKind } from "./connection-request.entity";
import type { ConnectionRequestInput, ConnectionRequestReceiptObject } from "./inquiry.types";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

const inputSchema = z
  .object({
    productSlug: z.string().trim().min(1, "is required"),
    requesterKind: z.enum(RequesterKind),
    name: z.string().trim().min(2, "must be at least 2 characters").max(120, "must be at most 120 characters"),
    organisation: optionalText(200),
    email: optionalText(254).refine((v) => v === null || z.email().safeParse(v).success, "is not an email address"),
    phone: optionalText(30).refine(
      (v) => v === null || (/^\+?[\d\s().-]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 8),
      "is not a phone number (8 digits or more)",
    ),
    message: z.string().trim().min(10, "must be at least 10 characters").max(2000, "must be at most 2000 characters"),
  })
  .superRefine((v, check) => {
    if (v.email === null && v.phone === null) {
      for (const field of ["email", "phone"]) {
        check.addIssue({ code: "custom", path: [field], message: "give an email address or a phone number" });
      }
    }
  });

const HOUR = 3600;

/**
 * Stores a distributor's or buyer's request for staff to forward to the producer. Validation first
 * (every bad field named, nothing stored), then the per-address throttle, then one insert.
 */
export async function sendConnectionRequest(
  ctx: RequestContext,
  input: ConnectionRequestInput,
): Promise<ConnectionRequestReceiptObject> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    const problems = new Map<string, FieldProblem>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "input");
      if (!problems.has(field)) problems.set(field, { field, message: issue.message });
    }
    throw badUserInput([...problems.values()]);
  }
  const data = parsed.data;
  const product = await requirePublishedProduct(ctx, data.productSlug, "productSlug");
  const limit = await consumeRateLimit(
    ctx.dataSource,
    `connection-request:${ctx.clientIp}`,
    ctx.config.CONNECTION_REQUESTS_PER_HOUR,
    HOUR,
  );
  if (!limit.allowed) throw tooManyRequests(limit.retryAfterSeconds);

  const saved = await ctx.dataSource.getRepository(ConnectionRequest).save({
    productId: product.id,
    producerId: product.producerId,
    requesterKind: data.requesterKind,
    name: data.name,
    organisation: data.organisation,
    email: data.email,
    phone: data.phone,
    message: data.message,
    language: ctx.lang,
  });
  const producer = await ctx.loaders.producerById.load(product.producerId);
  ctx.logger.info({ connectionRequestId: saved.id, productId: product.id }, "connection request received");
  return {
    id: saved.id,
    createdAt: saved.createdAt,
    productName: pick(ctx.lang, product.nameVi, product.nameEn, product.nameZh),
    producerName: producer?.name ?? "",
  };
}
