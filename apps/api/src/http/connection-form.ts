import { readFile } from "node:fs/promises";
import path from "node:path";
import express, { type Request, type Response, type Router } from "express";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { LANGUAGES, type Language } from "@ocop/schema/enums";
import { CONNECTION_FORM_PATH, htmlLang, localizedPath, paths, splitLanguage } from "@ocop/schema/routes";
import type { RequestContext } from "../graphql/context";
import { RequesterKind } from "../modules/inquiry/connection-request.entity";
import { sendConnectionRequest } from "../modules/inquiry/inquiry.service";
import type { ConnectionRequestInput } from "../modules/inquiry/inquiry.types";
import { publicProductSummary } from "../modules/seo/seo.service";
import { escapeHtml } from "./html";

/*
 * The connection form without JavaScript: the storefront's form posts here (urlencoded), the same
 * service as the GraphQL mutation checks and stores it (one definition of its rules, limits,
 * honeypot and minimum fill time), and the answer is a redirect to the request's tracking page
 * (POST, then 303, then GET: a reload sends nothing twice and the typed text is never in a URL) or
 * the form again with each field's error beside it and what was typed kept.
 */

/** Big enough for the longest message (2,000 characters of Vietnamese, percent-encoded), no more. */
const BODY_LIMIT = "48kb";
/** The requester kinds by their GraphQL names, which the storefront's form sends. */
const KINDS = ["DISTRIBUTOR", "BUYER", "OTHER"] as const;
type KindName = (typeof KINDS)[number];
const isKind = (value: string): value is KindName => (KINDS as readonly string[]).includes(value);
type FieldName = "requesterKind" | "name" | "organisation" | "email" | "phone" | "message";
const FIELDS: FieldName[] = ["requesterKind", "name", "organisation", "email", "phone", "message"];

const TEXTS = {
  vi: {
    title: "Kết nối với chủ thể",
    about: "Sản phẩm quan tâm",
    kind: "Bạn là",
    kinds: { DISTRIBUTOR: "Nhà phân phối", BUYER: "Người mua", OTHER: "Khác" },
    name: "Họ và tên",
    organisation: "Đơn vị, cửa hàng (nếu có)",
    email: "Email",
    phone: "Số điện thoại",
    contactHint: "Cần ít nhất email hoặc số điện thoại.",
    message: "Nội dung",
    privacy: "Thông tin của bạn chỉ dùng để xử lý yêu cầu này và không được công khai.",
    send: "Gửi yêu cầu",
    invalid: "Vui lòng kiểm tra lại các trường được đánh dấu.",
    back: "Quay lại sản phẩm",
    crossSite: "Biểu mẫu này chỉ gửi được từ trang của chúng tôi. Hãy mở lại trang sản phẩm và gửi lại.",
  },
  en: {
    title: "Connect with the producer",
    about: "Products asked about",
    kind: "You are a",
    kinds: { DISTRIBUTOR: "Distributor", BUYER: "Buyer", OTHER: "Other" },
    name: "Full name",
    organisation: "Company or shop (optional)",
    email: "Email",
    phone: "Phone number",
    contactHint: "Give at least an email address or a phone number.",
    message: "Message",
    privacy: "Your details are used only to handle this request and are never published.",
    send: "Send request",
    invalid: "Please check the highlighted fields.",
    back: "Back to the product",
    crossSite: "This form can only be sent from our site. Open the product page again and send it from there.",
  },
  zh: {
    title: "联系生产主体",
    about: "咨询的产品",
    kind: "您的身份",
    kinds: { DISTRIBUTOR: "经销商", BUYER: "买家", OTHER: "其他" },
    name: "姓名",
    organisation: "公司或店铺（选填）",
    email: "电子邮箱",
    phone: "电话号码",
    contactHint: "请至少填写电子邮箱或电话号码。",
    message: "留言",
    privacy: "您的信息仅用于处理本次请求，不会公开。",
    send: "发送请求",
    invalid: "请检查标出的字段。",
    back: "返回产品页面",
    crossSite: "此表单只能从本站提交。请重新打开产品页面后再提交。",
  },
} satisfies Record<Language, unknown>;

type Values = Record<FieldName, string>;

interface FormState {
  lang: Language;
  slugs: string[];
  values: Values;
  startedAt: string;
  /** Field name → message, in the page's language. */
  fields: Map<string, string>;
  /** What is wrong as a whole (a refusal, a problem of no shown field). */
  summary: string[];
}

/** A form field as urlencoded gives it: a repeated field is an array; anything else is "". */
function one(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return "";
}

function many(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === "string" && v.trim() !== "");
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * Whether the form was sent from this site's own pages: a browser names the page's origin in
 * Origin (every POST today) or, failing that, in Referer. Neither, or another site: refused, so
 * another site cannot make a visitor's browser send requests in their name.
 */
function sentFromThisSite(req: Request, publicUrl: string | undefined): boolean {
  const from = originOf(req.get("origin")) ?? originOf(req.get("referer"));
  if (!from) return false;
  const own = [`${req.protocol}://${req.get("host")}`, originOf(publicUrl)].filter(Boolean);
  return own.includes(from);
}

export function connectionFormRoutes(deps: {
  dataSource: DataSource;
  publicUrl: string | undefined;
  storefrontDist: string;
  contextFor(req: Request, lang: Language): Promise<RequestContext>;
}): Router {
  const router = express.Router();
  let stylesheets: Promise<string> | undefined;
  /** The storefront's own stylesheets (from its built index.html), so the page looks like the site. */
  const styles = () =>
    (stylesheets ??= readFile(path.join(deps.storefrontDist, "index.html"), "utf8")
      .then((html) => (html.match(/<link rel="stylesheet"[^>]*>/g) ?? []).join("\n    "))
      .catch(() => ""));

  const respond = async (res: Response, status: number, state: FormState) => {
    res
      .status(status)
      .type("html")
      .set("cache-control", "no-store")
      .send(await formPage(state, await styles(), deps.dataSource));
  };

  const handle = async (req: Request, res: Response) => {
    const { lang } = splitLanguage(req.path);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(FIELDS.map((f) => [f, one(body[f])])) as Values;
    const slugs = many(body.productSlugs).slice(0, 50);
    const startedAt = one(body.startedAt);
    const state: FormState = { lang, slugs, values, startedAt, fields: new Map(), summary: [] };
    if (!sentFromThisSite(req, deps.publicUrl)) {
      state.summary.push(TEXTS[lang].crossSite);
      return respond(res, 403, state);
    }
    const started = startedAt ? new Date(startedAt) : null;
    const input: ConnectionRequestInput = {
      productSlugs: slugs,
      requesterKind: isKind(values.requesterKind) ? RequesterKind[values.requesterKind] : RequesterKind.BUYER,
      name: values.name,
      organisation: values.organisation || null,
      email: values.email || null,
      phone: values.phone || null,
      message: values.message,
      startedAt: started && !Number.isNaN(started.getTime()) ? started : null,
      website: one(body.website) || null,
    };
    try {
      const receipt = await sendConnectionRequest(await deps.contextFor(req, lang), input);
      res
        .status(303)
        .set("cache-control", "no-store")
        .location(localizedPath(lang, paths.trackedRequest(receipt.trackingToken)))
        .end();
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const code = error.extensions.code;
      if (code === "BAD_USER_INPUT") {
        const problems = (error.extensions.fields ?? []) as Array<{ field: string; message: string }>;
        for (const { field, message } of problems) {
          if ((FIELDS as string[]).includes(field)) state.fields.set(field, message);
          else state.summary.push(message);
        }
        state.summary.unshift(TEXTS[lang].invalid);
        return respond(res, 422, state);
      }
      if (code === "TOO_MANY_REQUESTS") {
        const after = Number(error.extensions.retryAfterSeconds);
        if (Number.isFinite(after)) res.set("retry-after", String(after));
        state.summary.push(error.message);
        return respond(res, 429, state);
      }
      throw error;
    }
  };

  const urlencoded = express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 60 });
  for (const lang of LANGUAGES) router.post(localizedPath(lang, CONNECTION_FORM_PATH), urlencoded, handle);
  return router;
}

async function formPage(state: FormState, styles: string, ds: DataSource): Promise<string> {
  const { lang, values, fields } = state;
  const t = TEXTS[lang];
  const products = (
    await Promise.all(
      state.slugs.slice(0, 20).map(async (slug) => ({ slug, p: await publicProductSummary(ds, slug, lang) })),
    )
  ).filter((x) => x.p);
  const e = escapeHtml;
  const errorOf = (field: FieldName) => fields.get(field);
  const described = (field: FieldName) =>
    errorOf(field) ? ` aria-invalid="true" aria-describedby="${field}-error"` : "";
  const errorLine = (field: FieldName) =>
    errorOf(field)
      ? `<p id="${field}-error" class="field__error"><span aria-hidden="true">⚠ </span>${e(errorOf(field)!)}</p>`
      : "";
  const input = (field: FieldName, label: string, attrs: string) => `
        <div class="${errorOf(field) ? "field field--invalid" : "field"}" data-field="${field}">
          <label for="f-${field}">${e(label)}</label>
          <input id="f-${field}" name="${field}" value="${e(values[field])}" ${attrs}${described(field)} />
          ${errorLine(field)}
        </div>`;
  const kind: KindName = isKind(values.requesterKind) ? values.requesterKind : "BUYER";
  return `<!doctype html>
<html lang="${htmlLang(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${e(t.title)}</title>
    ${styles}
  </head>
  <body>
    <main id="main" class="container stack-lg">
      <h1>${e(t.title)}</h1>
      ${
        products.length
          ? `<section class="stack-sm"><h2>${e(t.about)}</h2><ul>${products
              .map(
                ({ slug, p }) => `<li><a href="${e(localizedPath(lang, paths.product(slug)))}">${e(p!.name)}</a></li>`,
              )
              .join("")}</ul></section>`
          : ""
      }
      <form method="post" action="${e(localizedPath(lang, CONNECTION_FORM_PATH))}" class="connect-form panel panel--accent stack" novalidate>
        ${
          state.summary.length
            ? `<div class="panel panel--error" role="alert">${state.summary.map((m) => `<p>${e(m)}</p>`).join("")}</div>`
            : ""
        }
        ${state.slugs.map((s) => `<input type="hidden" name="productSlugs" value="${e(s)}" />`).join("")}
        <input type="hidden" name="startedAt" value="${e(state.startedAt)}" />
        <fieldset class="field" data-field="requesterKind">
          <legend>${e(t.kind)}</legend>
          <div class="checks">${KINDS.map(
            (k) =>
              `<label class="check"><input type="radio" name="requesterKind" value="${k}"${k === kind ? " checked" : ""} /> <span>${e(t.kinds[k])}</span></label>`,
          ).join("")}</div>
          ${errorLine("requesterKind")}
        </fieldset>
        ${input("name", t.name, 'autocomplete="name" required maxlength="200"')}
        ${input("organisation", t.organisation, 'autocomplete="organization" maxlength="200"')}
        <p class="field__hint">${e(t.contactHint)}</p>
        ${input("email", t.email, 'type="email" autocomplete="email" maxlength="200"')}
        ${input("phone", t.phone, 'type="tel" autocomplete="tel" maxlength="30"')}
        <div class="${errorOf("message") ? "field field--invalid" : "field"}" data-field="message">
          <label for="f-message">${e(t.message)}</label>
          <textarea id="f-message" name="message" rows="5" required maxlength="2000"${described("message")}>${e(values.message)}</textarea>
          ${errorLine("message")}
        </div>
        <div class="hp-field" aria-hidden="true" inert><input name="website" type="text" tabindex="-1" autocomplete="off" /></div>
        <p class="muted small">${e(t.privacy)}</p>
        <button type="submit" class="button button--primary">${e(t.send)}</button>
      </form>
      ${
        products[0]
          ? `<p><a href="${e(localizedPath(lang, paths.product(products[0].slug)))}#connect">${e(t.back)}</a></p>`
          : ""
      }
    </main>
  </body>
</html>
`;
}
