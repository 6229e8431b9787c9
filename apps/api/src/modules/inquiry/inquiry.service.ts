import { createHash, randomBytes } from "node:crypto";
import { hasPermission } from "@ocop/schema/permissions";
import { GraphQLError } from "graphql";
import { z } from "zod";
import type { EntityManager } from "typeorm";
import { type StaffPrincipal } from "../../graphql/admin-context";
import { communeScopeOf } from "../staff/commune-scope";
import type { RequestContext } from "../../graphql/context";
import { badUserInput, notFound } from "../../graphql/errors";
import { pick, type Language } from "../../graphql/language";
import { parseInput } from "../../graphql/validation";
import { isConnectionRequestOfCommune, isSiteProduct } from "../../domain/rules";
import { consumeRateLimit } from "../../lib/rate-limit";
import { lockVersioned } from "../../lib/versioned";
import { queueMail } from "../mail/outbox.service";
import { StaffRole } from "../staff/staff.entity";
import {
  ConnectionRequest,
  ConnectionRequestEventKind,
  ConnectionRequestProduct,
  ConnectionRequestStatus,
  RequesterKind,
} from "./connection-request.entity";
import { confirmationMail, retryMessage, staffNoticeMail, type ProductForMail } from "./inquiry.mail";
import type {
  ConnectionRequestInput,
  ConnectionRequestProductObject,
  ConnectionRequestReceiptObject,
  TrackedConnectionRequestObject,
} from "./inquiry.types";
import { officeEmailsFor } from "../settings/site-settings.service";

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
    products: (max: number) => `Chọn từ 1 đến ${max} sản phẩm`,
    stale: "Biểu mẫu đã cũ: vui lòng tải lại trang rồi gửi lại",
  },
  en: {
    required: "This is required",
    min: (n: number) => `Must be at least ${n} characters`,
    max: (n: number) => `Must be at most ${n} characters`,
    email: "This is not an email address",
    phone: "This is not a phone number (8 digits or more)",
    contact: "Give an email address or a phone number",
    product: "No published product has this address",
    products: (max: number) => `Choose 1 to ${max} products`,
    stale: "This form is out of date: reload the page and send it again",
  },
  zh: {
    required: "此项为必填",
    min: (n: number) => `至少需要${n}个字符`,
    max: (n: number) => `最多${n}个字符`,
    email: "电子邮件地址无效",
    phone: "电话号码无效（至少8位数字）",
    contact: "请留下电子邮件或电话号码",
    product: "没有以此地址发布的产品",
    products: (max: number) => `请选择1至${max}个产品`,
    stale: "表单已过期：请刷新页面后重新提交",
  },
} satisfies Record<Language, unknown>;

/** The most products one request may ask about (a shortlist of a fair's visit, not a catalogue). */
export const MAX_PRODUCTS_PER_REQUEST = 20;

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
      productSlugs: z
        .array(z.string().trim().min(1, m.required).max(200, m.max(200)))
        .min(1, m.products(MAX_PRODUCTS_PER_REQUEST))
        .max(MAX_PRODUCTS_PER_REQUEST, m.products(MAX_PRODUCTS_PER_REQUEST))
        .transform((slugs) => [...new Set(slugs)]),
      requesterKind: z.enum(RequesterKind),
      name: z.string().trim().min(1, m.required).min(2, m.min(2)).max(120, m.max(120)),
      organisation: optionalText(200),
      email: optionalText(254).refine((v) => v === null || z.email().safeParse(v).success, m.email),
      phone: optionalText(30).refine(
        (v) => v === null || (/^\+?[\d\s().-]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 8),
        m.phone,
      ),
      message: z.string().trim().min(1, m.required).min(10, m.min(10)).max(2000, m.max(2000)),
      startedAt: z.date().nullish(),
      website: z.string().nullish(),
    })
    .superRefine((v, check) => {
      if (v.email === null && v.phone === null) {
        for (const field of ["email", "phone"]) check.addIssue({ code: "custom", path: [field], message: m.contact });
      }
    });
}

const HOUR = 3600;
const DAY = 24 * HOUR;

/** The stored form of a tracking token: a leaked table gives no usable links. */
export function trackingTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Refused for now; the requester reads when to send again (extensions.retryAt, ISO time). */
function retryLater(lang: Language, retryAt: Date, reason: "limit" | "tooFast"): GraphQLError {
  return new GraphQLError(retryMessage(lang, retryAt, reason), {
    extensions: {
      code: "TOO_MANY_REQUESTS",
      reason: reason === "limit" ? "LIMIT" : "TOO_FAST",
      retryAt: retryAt.toISOString(),
      retryAfterSeconds: Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000)),
    },
  });
}

/** A digit-only phone number, so "0912 345 678" and "0912.345.678" share one limit. */
function phoneKey(phone: string): string {
  return phone.replace(/\D/g, "").replace(/^84/, "0");
}

/**
 * Counts the attempt against the client address (many people share a fair's Wi-Fi: a high limit)
 * and against the email and the phone given (one sender: a low one). Refused: when to retry.
 */
async function consumeLimits(
  ctx: RequestContext,
  contact: { email: string | null; phone: string | null },
): Promise<void> {
  const limits: Array<[string, number, number]> = [
    [`connection-request:address:${ctx.clientIp}`, ctx.config.CONNECTION_REQUESTS_PER_ADDRESS_PER_HOUR, HOUR],
  ];
  if (contact.email) {
    limits.push([
      `connection-request:email:${contact.email.toLowerCase()}`,
      ctx.config.CONNECTION_REQUESTS_PER_CONTACT_PER_DAY,
      DAY,
    ]);
  }
  if (contact.phone) {
    limits.push([
      `connection-request:phone:${phoneKey(contact.phone)}`,
      ctx.config.CONNECTION_REQUESTS_PER_CONTACT_PER_DAY,
      DAY,
    ]);
  }
  for (const [key, limit, window] of limits) {
    const decision = await consumeRateLimit(ctx.dataSource, key, limit, window);
    // A second more than the window's end as counted: a retry at retryAt is never early.
    if (!decision.allowed)
      throw retryLater(ctx.lang, new Date(Date.now() + (decision.retryAfterSeconds + 1) * 1000), "limit");
  }
}

interface RequestedProduct {
  id: number;
  slug: string;
  nameVi: string;
  nameEn: string | null;
  nameZh: string | null;
  producerId: number;
  producerName: string;
  communeCode: string | null;
  provinceCode: string;
}

async function publishedProductsBySlugs(ctx: RequestContext, slugs: string[]): Promise<RequestedProduct[]> {
  const rows = (await ctx.dataSource.query(
    `SELECT p.id, p.slug, p.name_vi AS "nameVi", p.name_en AS "nameEn", p.name_zh AS "nameZh",
            pr.id AS "producerId", pr.name AS "producerName", pr.commune_code AS "communeCode",
            pr.province_code AS "provinceCode"
       FROM product p JOIN producer pr ON pr.id = p.producer_id
      WHERE p.slug = ANY($1) AND ${isSiteProduct("p")}`,
    [slugs],
  )) as RequestedProduct[];
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}

/**
 * Every address to notify of a new request: the office of its products' provinces (officeEmailsFor),
 * the active staff who handle requests province-wide, and the officers of its products' units; once each.
 */
async function staffToNotify(em: EntityManager, communes: string[], provinces: string[]): Promise<string[]> {
  const provinceWide = Object.values(StaffRole).filter(
    (role) => role !== StaffRole.COMMUNE_OFFICER && hasPermission(role, "request.read"),
  );
  const rows = (await em.query(
    `SELECT email FROM staff_user
      WHERE active AND (role = ANY($1::staff_role[]) OR (role = 'COMMUNE_OFFICER' AND commune_code = ANY($2)))
      ORDER BY id`,
    [provinceWide, communes],
  )) as Array<{ email: string }>;
  const offices = await officeEmailsFor(em, provinces);
  return [...new Set([...offices, ...rows.map((r) => r.email)])];
}

/**
 * Stores a distributor's or buyer's request about one or more products. Validation first (every
 * bad field named, nothing stored); a filled honeypot gets a receipt that stores and mails nothing
 * (only bots fill a field people cannot see, and a bot told it failed tries again another way); a
 * form sent faster than a person fills it is refused with when to send again (a person with a
 * browser that fills forms may do it, and must be able to recover); then the limits; then, in
 * one transaction, the request, its products, the requester's confirmation and the staff's notices.
 */
export async function sendConnectionRequest(
  ctx: RequestContext,
  input: ConnectionRequestInput,
): Promise<ConnectionRequestReceiptObject> {
  const m = MESSAGES[ctx.lang];
  const slugs = input.productSlugs ?? (input.productSlug ? [input.productSlug] : []);
  const data = parseInput(inputSchemaFor(ctx.lang), { ...input, productSlugs: slugs }, { messages: "schema" });
  const products = await publishedProductsBySlugs(ctx, data.productSlugs);
  if (products.length !== data.productSlugs.length) {
    const field = input.productSlugs ? "productSlugs" : "productSlug";
    throw badUserInput([{ field, message: m.product }]);
  }
  const token = randomBytes(32).toString("base64url");
  const productsOut: ConnectionRequestProductObject[] = products.map((p) => ({
    slug: p.slug,
    name: pick(ctx.lang, p.nameVi, p.nameEn, p.nameZh),
    producerName: p.producerName,
  }));
  if (data.website?.trim()) {
    ctx.logger.info({ clientIp: ctx.clientIp }, "connection request honeypot filled: not stored");
    return { id: 0, createdAt: new Date(), trackingToken: token, products: productsOut, ...firstOf(productsOut) };
  }
  const minFill = ctx.config.CONNECTION_REQUEST_MIN_FILL_SECONDS;
  if (minFill > 0) {
    if (!data.startedAt) throw badUserInput([{ field: "startedAt", message: m.stale }]);
    const started = data.startedAt.getTime();
    const earliest = started + minFill * 1000;
    // A start after the server's now is a phone whose clock runs ahead: its fill time cannot be
    // told, and a bot gains nothing from it that an early start would not give it too.
    if (started <= Date.now() && earliest > Date.now()) throw retryLater(ctx.lang, new Date(earliest), "tooFast");
  }
  await consumeLimits(ctx, data);

  const saved = await ctx.dataSource.transaction(async (em) => {
    const first = products[0]!;
    const request = await em.getRepository(ConnectionRequest).save({
      productId: first.id,
      producerId: first.producerId,
      requesterKind: data.requesterKind,
      name: data.name,
      organisation: data.organisation,
      email: data.email,
      phone: data.phone,
      message: data.message,
      language: ctx.lang,
      trackingTokenHash: trackingTokenHash(token),
    });
    await em
      .getRepository(ConnectionRequestProduct)
      .insert(products.map((p, position) => ({ requestId: request.id, productId: p.id, position })));
    const forMail = { ...request, language: ctx.lang, requesterKind: data.requesterKind };
    if (data.email) {
      const inRequesterLanguage: ProductForMail[] = productsOut.map((p, i) => ({
        ...p,
        producerId: products[i]!.producerId,
      }));
      await queueMail(em, confirmationMail(ctx.config, forMail, inRequesterLanguage, token));
    }
    const inVietnamese: ProductForMail[] = products.map((p) => ({
      name: p.nameVi,
      producerId: p.producerId,
      producerName: p.producerName,
    }));
    const communes = [...new Set(products.flatMap((p) => (p.communeCode ? [p.communeCode] : [])))];
    const provinces = [...new Set(products.map((p) => p.provinceCode))];
    for (const to of await staffToNotify(em, communes, provinces)) {
      await queueMail(em, staffNoticeMail(ctx.config, forMail, inVietnamese, to));
    }
    return request;
  });
  ctx.logger.info(
    { connectionRequestId: saved.id, productIds: products.map((p) => p.id) },
    "connection request received",
  );
  return {
    id: saved.id,
    createdAt: saved.createdAt,
    trackingToken: token,
    products: productsOut,
    ...firstOf(productsOut),
  };
}

function firstOf(products: ConnectionRequestProductObject[]): { productName: string; producerName: string } {
  return { productName: products[0]?.name ?? "", producerName: products[0]?.producerName ?? "" };
}

/**
 * A request as its requester follows it, by the token of its receipt. Looked up by the token's
 * hash through a unique index: an unknown token and a known one cost the same one lookup, and
 * nothing is compared character by character. Any other token: null.
 */
export async function trackedConnectionRequest(
  ctx: RequestContext,
  token: string,
): Promise<TrackedConnectionRequestObject | null> {
  if (token.length > 200) return null;
  const [request] = (await ctx.dataSource.query(
    `SELECT id, status, outcome, created_at AS "createdAt", updated_at AS "updatedAt"
       FROM connection_request WHERE tracking_token_hash = $1`,
    [trackingTokenHash(token)],
  )) as Array<Omit<TrackedConnectionRequestObject, "products" | "replies"> & { id: number }>;
  if (!request) return null;
  const [products, replies] = await Promise.all([
    ctx.dataSource.query(
      `SELECT p.slug, p.name_vi AS "nameVi", p.name_en AS "nameEn", p.name_zh AS "nameZh", pr.name AS "producerName"
         FROM connection_request_product i JOIN product p ON p.id = i.product_id JOIN producer pr ON pr.id = p.producer_id
        WHERE i.request_id = $1 ORDER BY i.position`,
      [request.id],
    ) as Promise<
      Array<{ slug: string; nameVi: string; nameEn: string | null; nameZh: string | null; producerName: string }>
    >,
    ctx.dataSource.query(
      `SELECT created_at AS "sentAt", subject, text AS body FROM connection_request_event
        WHERE request_id = $1 AND kind = $2 ORDER BY id`,
      [request.id, ConnectionRequestEventKind.REPLY],
    ) as Promise<TrackedConnectionRequestObject["replies"]>,
  ]);
  return {
    status: request.status,
    outcome: request.outcome,
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
    products: products.map((p) => ({
      slug: p.slug,
      name: pick(ctx.lang, p.nameVi, p.nameEn, p.nameZh),
      producerName: p.producerName,
    })),
    replies,
  };
}

/**
 * The connection requests a staff member may read and handle, as a condition on `r` (a
 * connection_request row) with its parameters: every one, or for a commune officer those about a
 * product of their own commune/ward (the requests carry names, emails and phones).
 */
export function connectionRequestScope(staff: StaffPrincipal, r = "r"): [string, Record<string, unknown>] {
  const commune = communeScopeOf(staff);
  return commune === null
    ? ["TRUE", {}]
    : [isConnectionRequestOfCommune(r, ":scopeCommune"), { scopeCommune: commune }];
}

/** Whether a request exists within the staff member's scope. */
export async function isConnectionRequestInScope(
  em: EntityManager,
  staff: StaffPrincipal,
  id: number,
): Promise<boolean> {
  const [condition, params] = connectionRequestScope(staff);
  return em
    .getRepository(ConnectionRequest)
    .createQueryBuilder("r")
    .where("r.id = :id", { id })
    .andWhere(condition, params)
    .getExists();
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
  if (!(await isConnectionRequestInScope(em, staff, id))) throw notFound("Connection request");
  return lockVersioned(em, ConnectionRequest, id, version, "Connection request");
}

/** New requests within the staff member's scope, for the dashboard. */
export async function countNewConnectionRequests(ctx: RequestContext, staff: StaffPrincipal): Promise<number> {
  const [condition, params] = connectionRequestScope(staff);
  return ctx.dataSource
    .getRepository(ConnectionRequest)
    .createQueryBuilder("r")
    .where("r.status = :status", { status: ConnectionRequestStatus.NEW })
    .andWhere(condition, params)
    .getCount();
}
