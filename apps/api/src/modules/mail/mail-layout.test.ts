import { describe, expect, it } from "vitest";
import { renderMail } from "./mail-layout";
import { retryDelayMs } from "./mail-worker";

describe("renderMail", () => {
  it("says the same words in text and HTML, escaped in the HTML, with the footer in the mail's language", () => {
    const { text, html } = renderMail("zh", {
      greeting: "您好 <b>王</b>",
      paragraphs: ["第一段 & 第二句", "一行\n二行"],
      action: { label: '查看 "请求"', url: "https://ocop.example.vn/zh/track?t=a&b=<c>" },
      signature: "谅山 OCOP",
    });
    expect(text).toBe(
      [
        "您好 <b>王</b>",
        "第一段 & 第二句",
        "一行\n二行",
        '查看 "请求":\nhttps://ocop.example.vn/zh/track?t=a&b=%3Cc%3E',
        "谅山 OCOP",
        "-- \n本邮件由 OCOP 产品目录自动发送。除非邮件注明回复地址，请勿直接回复。\n",
      ].join("\n\n"),
    );
    expect(html).toContain('<html lang="zh-Hans">');
    expect(html).toContain("您好 &lt;b&gt;王&lt;/b&gt;");
    expect(html).toContain("第一段 &amp; 第二句");
    expect(html).toContain("一行<br>二行");
    expect(html).toContain('href="https://ocop.example.vn/zh/track?t=a&amp;b=%3Cc%3E"');
    expect(html).toContain("查看 &quot;请求&quot;");
    expect(html).not.toMatch(/<img|<link|<script|src=|url\(/i);
  });

  it("refuses an action link that is not http(s)", () => {
    expect(() => renderMail("vi", { paragraphs: ["x"], action: { label: "Bấm", url: "javascript:alert(1)" } })).toThrow(
      /http/,
    );
  });

  it("has a footer in each language", () => {
    expect(renderMail("vi", { paragraphs: ["x"] }).text).toContain("Thư này được gửi tự động");
    expect(renderMail("en", { paragraphs: ["x"] }).text).toContain("This message was sent automatically");
  });
});

describe("retryDelayMs", () => {
  it("doubles from the base and stops at an hour", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(30_000, n))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(30_000, 10)).toBe(3_600_000);
    expect(retryDelayMs(30_000, 1000)).toBe(3_600_000);
  });
});
