import { z } from "zod";
import type { EntityManager, FindOptionsWhere } from "typeorm";
import { communeScopeOf, type StaffPrincipal } from "../../graphql/admin-context";
import type { RequestContext } from "../../graphql/context";
import { badUserInput, notFound, tooManyRequests } from "../../graphql/errors";
import { pick, type Language } from "../../graphql/language";
import { parseInput } from "../../graphql/validation";
import { consumeRateLimit } from "../../lib/rate-limit";
import { lockVersioned } from "../../lib/versioned";
import { publishedProductBySlug } from "../product/product.service";
import { ConnectionRequest, ConnectionRequestStatus, RequesterKind } from "./connection-request.entity";
import type { ConnectionRequestInput, ConnectionRequestReceiptObject } from "./inquiry.types";

/** Field messages in the language the request came in: the storefront shows them as they are. */
const MESSAGES = {
  vi: {
    required: "Vui lòng nhập thông tin này",
    min: (n: number) => `Cần ít nhất ${n} ký tự`,
    max: (n: number) => `Tối đa ${n} ký tự`,
    email: "Địa chỉ email không hợp lệ",
    phone: "Số điện thoại không hợp lệ (ít nhất 8 chữ số)",
    contact: "Vui lòng để lại email hoặc số điện thoại",
    product: "Không có sản phẩm đang công bố với địa chỉ này",
  },
  en: {
    required: "This is required",
    min: (n: number) => `Must be at least ${n} characters`,
    max: (n: number) => `Must be at most ${n} characters`,
    email: "This is not an email address",
    phone: "This is not a phone number (8 digits or more)",
    contact: "Give an email address or a phone number",
    product: "No published product has this address",
  },
  zh: {
    required: "此项为必填",
    min: (n: number) => `至少需要${n}个字符`,
    max: (n: number) => `最多${n}个字符`,
    email: "电子邮件地址无效",
    phone: "电话号码无效（至少8位数字）",
    contact: "请留下电子邮件或电话号码",
    product: "没有以此地址发布的产品",
  },
} satisfies Record<Language, unknown>;

function inputSchemaFor(lang: Language) {
  const m = MESSAGES[lang];
  const optionalText = (max: number) =>
    z
      .string()
      .trim()
      .max(max, m.max(max))
      .nullish()
      .transform((v) => (v ? v : null));
  return z
    .object({
      productSlug: z.string().trim().min(1, m.required),
      requesterKind: z.enum(RequesterKind),
      name: z.string().trim().min(1, m.required).min(2, m.min(2)).max(120, m.max(120)),
      organisation: optionalText(200),
      email: optionalText(254).refine((v) => v === null || z.email().safeParse(v).success, m.email),
      phone: optionalText(30).refine(
        (v) => v === null || (/^\+?[\d\s().-]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 8),
        m.phone,
      ),
      message: z.string().trim().min(1, m.required).min(10, m.min(10)).max(2000, m.max(2000)),
    })
    .superRefine((v, check) => {
      if (v.email === null && v.phone === null) {
        for (const field of ["email", "phone"]) check.addIssue({ code: "custom", path: [field], message: m.contact });
      }
    });
}

const HOUR = 3600;

/**
 * Stores a distributor's or buyer's request for staff to forward to the producer. Validation first
 * (every bad field named, nothing stored), then the per-address throttle, then one insert.
 */
export async function sendConnectionRequest(
  ctx: RequestContext,
  input: ConnectionRequestInput,
): Promise<ConnectionRequestReceiptObject> {
  const data = parseInput(inputSchemaFor(ctx.lang), input);
  const product = await publishedProductBySlug(ctx, data.productSlug);
  if (!product) throw badUserInput([{ field: "productSlug", message: MESSAGES[ctx.lang].product }]);
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

/**
 * The connection requests a staff member may read and handle: every one, or for a commune officer
 * those about producers of their own commune/ward (the requests carry names, emails and phones).
 */
export function connectionRequestsInScope(staff: StaffPrincipal): FindOptionsWhere<ConnectionRequest> {
  const commune = communeScopeOf(staff);
  return commune === null ? {} : { producer: { communeCode: commune } };
}

/**
 * Locks a request for change. One outside the staff member's scope is NOT_FOUND, checked before
 * its version, so neither the error nor a CONFLICT's current record shows it.
 */
export async function lockConnectionRequestInScope(
  em: EntityManager,
  staff: StaffPrincipal,
  id: number,
  version: number,
): Promise<ConnectionRequest> {
  const inScope = await em
    .getRepository(ConnectionRequest)
    .exists({ where: { id, ...connectionRequestsInScope(staff) } });
  if (!inScope) throw notFound("Connection request");
  return lockVersioned(em, ConnectionRequest, id, version, "Connection request");
}

/** New requests within the staff member's scope, for the dashboard. */
export async function countNewConnectionRequests(ctx: RequestContext, staff: StaffPrincipal): Promise<number> {
  return ctx.dataSource.getRepository(ConnectionRequest).count({
    where: { status: ConnectionRequestStatus.NEW, ...connectionRequestsInScope(staff) },
  });
}
