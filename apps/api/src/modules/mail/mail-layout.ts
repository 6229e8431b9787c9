import { escapeHtml } from "../../http/html";

export type MailLanguage = "vi" | "en" | "zh";

export interface MailBody {
  greeting?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  signature?: string;
}

/** Why the reader got the mail, under every one of them. */
const FOOTER: Record<MailLanguage, string> = {
  vi: "Thư này được gửi tự động từ Danh mục sản phẩm OCOP. Xin đừng trả lời nếu thư không ghi địa chỉ trả lời.",
  en: "This message was sent automatically by the OCOP product catalogue. Please do not reply unless it names a reply address.",
  zh: "本邮件由 OCOP 产品目录自动发送。除非邮件注明回复地址，请勿直接回复。",
};

const HTML_LANG: Record<MailLanguage, string> = { vi: "vi", en: "en", zh: "zh-Hans" };

/** A paragraph's line breaks kept in HTML, its text escaped. */
function htmlParagraph(text: string): string {
  return text.split("\n").map(escapeHtml).join("<br>");
}

/**
 * One layout for every mail: escaped HTML and the same words as plain text. The HTML loads
 * nothing from elsewhere (no images, fonts or styles from a server), so opening it tells no one.
 */
export function renderMail(lang: MailLanguage, body: MailBody): { text: string; html: string } {
  const blocks: string[] = [];
  const htmlBlocks: string[] = [];
  if (body.greeting) {
    blocks.push(body.greeting);
    htmlBlocks.push(`<p style="margin:0 0 16px">${htmlParagraph(body.greeting)}</p>`);
  }
  for (const paragraph of body.paragraphs) {
    blocks.push(paragraph);
    htmlBlocks.push(`<p style="margin:0 0 16px">${htmlParagraph(paragraph)}</p>`);
  }
  if (body.action) {
    const url = safeUrl(body.action.url);
    blocks.push(`${body.action.label}:\n${url}`);
    htmlBlocks.push(
      `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 18px;background:#1f6f43;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(body.action.label)}</a></p>` +
        `<p style="margin:0 0 16px;font-size:13px;color:#555555;word-break:break-all">${escapeHtml(url)}</p>`,
    );
  }
  if (body.signature) {
    blocks.push(body.signature);
    htmlBlocks.push(`<p style="margin:24px 0 0">${htmlParagraph(body.signature)}</p>`);
  }
  const footer = FOOTER[lang];
  const text = `${blocks.join("\n\n")}\n\n-- \n${footer}\n`;
  const html =
    `<!DOCTYPE html>\n<html lang="${HTML_LANG[lang]}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"></head>` +
    `<body style="margin:0;padding:0;background:#f4f4f4">` +
    `<div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">` +
    htmlBlocks.join("") +
    `<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0 12px">` +
    `<p style="margin:0;font-size:12px;color:#666666">${escapeHtml(footer)}</p>` +
    `</div></body></html>\n`;
  return { text, html };
}

/** Only web links go into a mail's button: anything else (javascript:, data:) is a bug upstream. */
function safeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`renderMail: the action's URL must be http(s), got ${parsed.protocol}`);
  }
  return parsed.toString();
}
