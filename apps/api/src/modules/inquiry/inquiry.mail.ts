import { VIETNAM_TIME_ZONE } from "@ocop/schema/enums";
import { localizedPath, paths } from "@ocop/schema/routes";
import type { Config } from "../../config";
import type { Language } from "../../graphql/language";
import { renderMail, type MailBody } from "../mail/mail-layout";
import type { OutgoingMail } from "../mail/outbox.service";
import { RequesterKind } from "./connection-request.entity";

/*
 * The mails of a request's journey: the requester's in their language (vi, en, zh), the staff's
 * and the producers' in Vietnamese. Drafts are plain text staff edit; what is sent is rendered
 * from that text by the one mail layout.
 */

export interface RequestForMail {
  id: number;
  name: string;
  organisation: string | null;
  email: string | null;
  phone: string | null;
  message: string;
  requesterKind: RequesterKind;
  language: Language;
  createdAt: Date;
}

export interface ProductForMail {
  name: string;
  producerId: number;
  producerName: string;
}

/** The origin of links in mails: PUBLIC_URL, or the local server when unset (a laptop's one-command start). */
export function publicOrigin(config: Pick<Config, "PUBLIC_URL" | "PORT">): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, "");
}

export function trackingUrl(config: Pick<Config, "PUBLIC_URL" | "PORT">, lang: Language, token: string): string {
  return publicOrigin(config) + localizedPath(lang, paths.trackedRequest(token));
}

function adminUrl(config: Pick<Config, "PUBLIC_URL" | "PORT">, requestId: number): string {
  return `${publicOrigin(config)}/admin/requests/${requestId}`;
}

const CONFIRMATION: Record<
  Language,
  {
    subject: string;
    greeting: (name: string) => string;
    body: (products: string) => string[];
    action: string;
    signature: string;
  }
> = {
  vi: {
    subject: "Văn phòng OCOP đã nhận yêu cầu kết nối của bạn",
    greeting: (name) => `Chào ${name},`,
    body: (products) => [
      `Văn phòng OCOP đã nhận yêu cầu kết nối của bạn về: ${products}.`,
      "Chúng tôi sẽ chuyển yêu cầu đến chủ thể sản xuất và trả lời bạn. Bạn theo dõi yêu cầu và đọc các câu trả lời tại liên kết dưới đây. Liên kết này là riêng của bạn: xin đừng chia sẻ.",
    ],
    action: "Theo dõi yêu cầu",
    signature: "Văn phòng OCOP",
  },
  en: {
    subject: "The OCOP office has received your connection request",
    greeting: (name) => `Dear ${name},`,
    body: (products) => [
      `The OCOP office has received your request to connect about: ${products}.`,
      "We will pass it on to the producer and answer you. Follow your request and read our replies at the link below. The link is yours alone: please do not share it.",
    ],
    action: "Follow your request",
    signature: "The OCOP office",
  },
  zh: {
    subject: "OCOP办公室已收到您的对接请求",
    greeting: (name) => `${name}，您好：`,
    body: (products) => [
      `OCOP办公室已收到您关于以下产品的对接请求：${products}。`,
      "我们会将请求转给生产主体并回复您。您可通过下方链接跟踪请求并查看回复。此链接仅供您本人使用，请勿分享。",
    ],
    action: "跟踪请求",
    signature: "OCOP办公室",
  },
};

const LIST_SEPARATOR: Record<Language, string> = { vi: "; ", en: "; ", zh: "；" };

/** The requester's receipt, with their private tracking link. */
export function confirmationMail(
  config: Pick<Config, "PUBLIC_URL" | "PORT">,
  request: RequestForMail,
  products: ProductForMail[],
  token: string,
): OutgoingMail {
  const lang = request.language;
  const t = CONFIRMATION[lang];
  const list = products.map((p) => `${p.name} (${p.producerName})`).join(LIST_SEPARATOR[lang]);
  const body: MailBody = {
    greeting: t.greeting(request.name),
    paragraphs: t.body(list),
    action: { label: t.action, url: trackingUrl(config, lang, token) },
    signature: t.signature,
  };
  return {
    to: [request.email!],
    subject: t.subject,
    ...renderMail(lang, body),
    kind: "connection-request.confirmation",
    about: { type: "ConnectionRequest", id: request.id },
  };
}

const KIND_VI: Record<RequesterKind, string> = {
  [RequesterKind.DISTRIBUTOR]: "nhà phân phối",
  [RequesterKind.BUYER]: "người mua",
  [RequesterKind.OTHER]: "khác",
};

function requesterLinesVi(request: RequestForMail): string {
  return [
    `Người gửi: ${request.name}${request.organisation ? ` (${request.organisation})` : ""}, ${KIND_VI[request.requesterKind]}`,
    request.email ? `Email: ${request.email}` : null,
    request.phone ? `Điện thoại: ${request.phone}` : null,
  ]
    .filter(Boolean)
    .join("\n");
}

/** The notice to one staff member (Vietnamese): who asks about what, and the link to handle it. */
export function staffNoticeMail(
  config: Pick<Config, "PUBLIC_URL" | "PORT">,
  request: RequestForMail,
  products: ProductForMail[],
  to: string,
): OutgoingMail {
  const body: MailBody = {
    paragraphs: [
      `Có yêu cầu kết nối mới (số ${request.id}) từ storefront.`,
      requesterLinesVi(request),
      `Sản phẩm:\n${products.map((p) => `- ${p.name} (${p.producerName})`).join("\n")}`,
      `Lời nhắn:\n${request.message}`,
    ],
    action: { label: "Mở yêu cầu", url: adminUrl(config, request.id) },
  };
  return {
    to: [to],
    subject: `Yêu cầu kết nối mới số ${request.id}: ${products[0]?.name ?? ""}${products.length > 1 ? ` và ${products.length - 1} sản phẩm khác` : ""}`,
    ...renderMail("vi", body),
    kind: "connection-request.staff-notice",
    about: { type: "ConnectionRequest", id: request.id },
  };
}

/** The forward to a producer, as a draft staff edit (Vietnamese). */
export function forwardDraft(
  request: RequestForMail,
  producerName: string,
  products: ProductForMail[],
): { subject: string; body: string } {
  const who = request.organisation ?? request.name;
  return {
    subject: `Yêu cầu kết nối từ ${who} về sản phẩm OCOP của ${producerName}`,
    body: [
      `Kính gửi ${producerName},`,
      `Văn phòng OCOP nhận được yêu cầu kết nối về sản phẩm của quý cơ sở:\n${products.map((p) => `- ${p.name}`).join("\n")}`,
      requesterLinesVi(request),
      `Lời nhắn của người gửi:\n${request.message}`,
      "Đề nghị quý cơ sở liên hệ trực tiếp với người gửi và báo lại cho Văn phòng OCOP kết quả.",
      "Trân trọng,\nVăn phòng OCOP",
    ].join("\n\n"),
  };
}

const REPLY: Record<Language, { subject: string; greeting: (name: string) => string; signature: string }> = {
  vi: {
    subject: "Trả lời yêu cầu kết nối của bạn",
    greeting: (n) => `Chào ${n},`,
    signature: "Trân trọng,\nVăn phòng OCOP",
  },
  en: {
    subject: "About your connection request",
    greeting: (n) => `Dear ${n},`,
    signature: "Kind regards,\nThe OCOP office",
  },
  zh: { subject: "关于您的对接请求", greeting: (n) => `${n}，您好：`, signature: "此致\nOCOP办公室" },
};

/** The reply to the requester, in their language, as a draft staff edit. */
export function replyDraft(request: RequestForMail): { subject: string; body: string } {
  const t = REPLY[request.language];
  return { subject: t.subject, body: `${t.greeting(request.name)}\n\n\n\n${t.signature}` };
}

/** A mail as staff wrote it: paragraphs are the text's blank-line-separated blocks. */
export function mailFromText(
  lang: Language,
  draft: { to: string; subject: string; body: string; replyTo?: string },
  kind: string,
  requestId: number,
): OutgoingMail {
  const paragraphs = draft.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    to: [draft.to],
    subject: draft.subject,
    ...renderMail(lang, { paragraphs }),
    replyTo: draft.replyTo,
    kind,
    about: { type: "ConnectionRequest", id: requestId },
  };
}

const RETRY: Record<Language, (at: string) => string> = {
  vi: (at) => `Bạn đã gửi nhiều yêu cầu trong thời gian ngắn. Vui lòng gửi lại sau ${at}.`,
  en: (at) => `You have sent many requests in a short time. Please send again after ${at}.`,
  zh: (at) => `您在短时间内发送了较多请求。请于${at}之后再发送。`,
};

const TOO_FAST: Record<Language, (at: string) => string> = {
  vi: (at) => `Biểu mẫu được gửi nhanh hơn thời gian một người điền. Vui lòng kiểm tra lại và gửi sau ${at}.`,
  en: (at) => `The form was sent faster than a person fills it in. Please check it and send it after ${at}.`,
  zh: (at) => `表单提交速度快于正常填写。请检查后于${at}之后再提交。`,
};

const LOCALE: Record<Language, string> = { vi: "vi-VN", en: "en-GB", zh: "zh-CN" };

/** When to retry, as the requester reads it: Vietnam's time, with the date. */
export function retryMessage(lang: Language, retryAt: Date, reason: "limit" | "tooFast"): string {
  const at = new Intl.DateTimeFormat(LOCALE[lang], {
    timeZone: VIETNAM_TIME_ZONE,
    dateStyle: "short",
    timeStyle: "medium",
  }).format(retryAt);
  const zone = lang === "zh" ? "（越南时间）" : lang === "en" ? " (Vietnam time)" : " (giờ Việt Nam)";
  return (reason === "limit" ? RETRY : TOO_FAST)[lang](`${at}${zone}`);
}
