import { createHash } from "node:crypto";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, EDITOR, OFFICER } from "../../src/test-support/staff-client";
import { startTestSmtpServer, type TestSmtpServer } from "../../src/test-support/smtp-server";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

/*
 * The requester's side of a connection request (issue 13, parts 3 and 4): a request about several
 * products, its tracking token, the mails it causes (delivered over real SMTP), and the limits
 * that let a fair's shared address through but not one sender's flood.
 */

const OFFICER_COMMUNE = "06463";
const SEND = `mutation Send($input: ConnectionRequestInput!) {
  sendConnectionRequest(input: $input) { id trackingToken products { slug name producerName } }
}`;
const TRACK = `query Track($token: String!) {
  trackedConnectionRequest(token: $token) { status outcome createdAt updatedAt products { slug name producerName } replies { sentAt subject body } }
}`;

type Receipt = {
  id: string;
  trackingToken: string;
  products: Array<{ slug: string; name: string; producerName: string }>;
};
type Product = { slug: string; name_en: string | null; name_vi: string; producer: string; commune: string };

let smtp: TestSmtpServer;
let api: TestApi;
let own: Product;
let elsewhere: Product;

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();
const base = {
  requesterKind: "DISTRIBUTOR",
  name: "Nguyễn Văn An",
  organisation: "Công ty Phân phối Nông sản Hà Nội",
  message: "Chúng tôi muốn nhập hàng tháng cho chuỗi cửa hàng ở Hà Nội.",
};
const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });
const count = async (target: TestApi, table: string) =>
  (await target.one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).n;
const recipients = (m: ParsedMail) =>
  (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address));

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  api = await startTestApi({
    SMTP_URL: smtp.url,
    MAIL_FROM: "OCOP Lạng Sơn <ocop@langson.example.vn>",
    MAIL_RETRY_BASE_MS: "50",
    PUBLIC_URL: "https://ocop.example.vn",
    CONNECTION_REQUEST_MIN_FILL_SECONDS: "3",
    CONNECTION_REQUESTS_PER_ADDRESS_PER_HOUR: "60",
    CONNECTION_REQUESTS_PER_CONTACT_PER_DAY: "10",
  });
  const published = `SELECT p.slug, p.name_en, p.name_vi, pr.name AS producer, pr.commune_code AS commune
    FROM product p JOIN producer pr ON pr.id = p.producer_id WHERE p.status = 'published' AND p.name_en IS NOT NULL`;
  own = await api.one<Product>(`${published} AND pr.commune_code = $1 ORDER BY p.id LIMIT 1`, [OFFICER_COMMUNE]);
  elsewhere = await api.one<Product>(`${published} AND pr.commune_code <> $1 AND pr.name <> $2 ORDER BY p.id LIMIT 1`, [
    OFFICER_COMMUNE,
    own.producer,
  ]);
});
afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

describe("a request about several products", () => {
  let receipt: Receipt;
  const mailsBefore = { n: 0 };

  beforeAll(async () => {
    // The office's own address, from the site settings, is told too.
    await api.sql(`UPDATE site_settings SET office_email = 'Van.Phong@ocop.example.vn' WHERE id = 1`);
    mailsBefore.n = smtp.received.length;
    const sent = await api.gql<{ sendConnectionRequest: Receipt }>(
      SEND,
      {
        input: {
          ...base,
          email: "an.nguyen@example.com",
          productSlugs: [own.slug, elsewhere.slug, own.slug],
          startedAt: minutesAgo(2),
        },
      },
      { lang: "en", ...from("203.0.113.1") },
    );
    expect(sent.body.errors).toBeUndefined();
    receipt = sent.body.data!.sendConnectionRequest;
  });

  it("is stored once with every product, in the order given, duplicates dropped", async () => {
    expect(receipt.products).toEqual([
      { slug: own.slug, name: own.name_en, producerName: own.producer },
      { slug: elsewhere.slug, name: elsewhere.name_en, producerName: elsewhere.producer },
    ]);
    const items = await api.sql<{ slug: string; position: number }>(
      `SELECT p.slug, i.position FROM connection_request_product i JOIN product p ON p.id = i.product_id
        WHERE i.request_id = $1 ORDER BY i.position`,
      [Number(receipt.id)],
    );
    expect(items).toEqual([
      { slug: own.slug, position: 0 },
      { slug: elsewhere.slug, position: 1 },
    ]);
  });

  it("keeps only the tracking token's hash, and the token is long enough not to be guessed", async () => {
    expect(Buffer.from(receipt.trackingToken, "base64url").length).toBeGreaterThanOrEqual(16);
    const row = await api.one<{ tracking_token_hash: string }>(
      `SELECT tracking_token_hash FROM connection_request WHERE id = $1`,
      [Number(receipt.id)],
    );
    expect(row.tracking_token_hash).toBe(createHash("sha256").update(receipt.trackingToken).digest("hex"));
    const clear = await api.sql(
      `SELECT 1 FROM connection_request WHERE row_to_json(connection_request)::text LIKE $1`,
      [`%${receipt.trackingToken}%`],
    );
    expect(clear).toEqual([]);
  });

  it("is tracked by its token, in the language asked for, never cached", async () => {
    const tracked = await api.gql<{ trackedConnectionRequest: Record<string, unknown> }>(
      TRACK,
      { token: receipt.trackingToken },
      { method: "GET", lang: "vi" },
    );
    expect(tracked.body.errors).toBeUndefined();
    expect(tracked.body.data?.trackedConnectionRequest).toMatchObject({
      status: "NEW",
      outcome: null,
      replies: [],
      products: [
        { slug: own.slug, name: own.name_vi },
        { slug: elsewhere.slug, name: elsewhere.name_vi },
      ],
    });
    expect(tracked.headers.get("cache-control")).toBe("no-store");
  });

  it("answers null for any other token, the same way whatever the token looks like", async () => {
    const other = receipt.trackingToken.slice(0, -2) + (receipt.trackingToken.endsWith("AA") ? "BB" : "AA");
    for (const token of [other, "", "x".repeat(5000), "' OR 1=1 --"]) {
      const tracked = await api.gql(TRACK, { token }, { method: "GET" });
      expect(tracked.body).toEqual({ data: { trackedConnectionRequest: null } });
      expect(tracked.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("mails the requester a confirmation in their language with the tracking link", async () => {
    const all = await smtp.waitFor(mailsBefore.n + 4);
    const confirmation = all.filter((m) => recipients(m).includes("an.nguyen@example.com"));
    expect(confirmation).toHaveLength(1);
    expect(confirmation[0]!.subject).toBe("The OCOP office has received your connection request");
    expect(confirmation[0]!.text).toContain(`https://ocop.example.vn/en/yeu-cau/${receipt.trackingToken}`);
    expect(confirmation[0]!.text).toContain(own.name_en!);
    expect(confirmation[0]!.text).toContain(elsewhere.name_en!);
  });

  it("notifies the office, the province's staff and the officer of each product's unit, in Vietnamese, one mail each", async () => {
    const notices = (await smtp.waitFor(mailsBefore.n + 5))
      .slice(mailsBefore.n)
      .filter((m) => m.subject?.startsWith(`Yêu cầu kết nối mới số ${receipt.id}:`));
    expect(notices.map(recipients).sort()).toEqual(
      [[ADMIN], [EDITOR], [OFFICER], ["van.phong@ocop.example.vn"]].sort(),
    );
    for (const notice of notices) {
      expect(notice.text).toContain(own.name_vi);
      expect(notice.text).toContain("an.nguyen@example.com");
      expect(notice.text).toContain(`https://ocop.example.vn/admin/requests/${receipt.id}`);
    }
  });

  it("refuses 21 products, an unknown one and none, naming productSlugs and storing nothing", async () => {
    const before = await count(api, "connection_request");
    const many = Array.from({ length: 21 }, (_, i) => `san-pham-${i}`);
    for (const productSlugs of [many, [own.slug, "khong-co-san-pham-nay"], []]) {
      const result = await api.gql(SEND, {
        input: { ...base, email: "x@example.com", productSlugs, startedAt: minutesAgo(2) },
      });
      expect(result.body.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ field: "productSlugs" }],
      });
    }
    expect(await count(api, "connection_request")).toBe(before);
  });
});

describe("abuse without lockout", () => {
  it("lets a fair's shared address send more than the old five, from different senders", async () => {
    for (let i = 0; i < 12; i++) {
      const result = await api.gql(
        SEND,
        { input: { ...base, email: `visitor${i}@example.com`, productSlugs: [own.slug], startedAt: minutesAgo(1) } },
        from("198.51.100.50"),
      );
      expect(result.body.errors).toBeUndefined();
    }
  });

  it("refuses the 11th request of one email in a day, saying when to retry in the requester's language", async () => {
    const input = {
      ...base,
      email: "Busy.Sender@example.com",
      productSlugs: [elsewhere.slug],
      startedAt: minutesAgo(1),
    };
    for (let i = 0; i < 10; i++) {
      const ok = await api.gql(SEND, { input }, from(`192.0.2.${i + 1}`));
      expect(ok.body.errors).toBeUndefined();
    }
    const before = await count(api, "connection_request");
    // The same address written otherwise, from yet another client address.
    const refused = await api.gql(
      SEND,
      { input: { ...input, email: "busy.sender@EXAMPLE.com" } },
      { lang: "zh", ...from("192.0.2.99") },
    );
    const error = refused.body.errors?.[0];
    expect(error?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    const retryAt = new Date(String(error?.extensions?.retryAt));
    expect(retryAt.getTime()).toBeGreaterThan(Date.now() + 23.9 * 3600_000);
    expect(retryAt.getTime()).toBeLessThan(Date.now() + 24 * 3600_000 + 10_000);
    expect(error?.message).toContain("请于");
    expect(error?.message).toContain("越南时间");
    expect(await count(api, "connection_request")).toBe(before);
    // Another sender from the same client address is not held back by this one.
    const other = await api.gql(SEND, { input: { ...input, email: "other@example.com" } }, from("192.0.2.99"));
    expect(other.body.errors).toBeUndefined();
  });

  it("counts one phone number however it is written", async () => {
    const input = { ...base, email: null, productSlugs: [own.slug], startedAt: minutesAgo(1) };
    for (let i = 0; i < 10; i++) {
      const phone = i % 2 ? "0912 345 679" : "+84 912.345.679";
      expect(
        (await api.gql(SEND, { input: { ...input, phone } }, from(`192.0.3.${i + 1}`))).body.errors,
      ).toBeUndefined();
    }
    const refused = await api.gql(SEND, { input: { ...input, phone: "0912345679" } }, from("192.0.3.99"));
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
  });

  it("answers a filled honeypot as if sent, but stores and mails nothing", async () => {
    const [requests, mails] = [await count(api, "connection_request"), await count(api, "mail_outbox")];
    const result = await api.gql<{ sendConnectionRequest: Receipt }>(SEND, {
      input: {
        ...base,
        email: "bot@example.com",
        productSlugs: [own.slug],
        startedAt: minutesAgo(1),
        website: "https://cheap-pills.example",
      },
    });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.sendConnectionRequest.trackingToken.length).toBeGreaterThan(20);
    expect(await count(api, "connection_request")).toBe(requests);
    expect(await count(api, "mail_outbox")).toBe(mails);
    const tracked = await api.gql(TRACK, { token: result.body.data!.sendConnectionRequest.trackingToken });
    expect(tracked.body.data).toEqual({ trackedConnectionRequest: null });
  });

  it("refuses a form sent faster than a person fills it, saying when to send, and takes it then", async () => {
    const before = await count(api, "connection_request");
    const startedAt = new Date(Date.now() - 500);
    const input = { ...base, email: "fast@example.com", productSlugs: [own.slug], startedAt: startedAt.toISOString() };
    const refused = await api.gql(SEND, { input }, { lang: "en" });
    const error = refused.body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: "TOO_MANY_REQUESTS", reason: "TOO_FAST" });
    expect(new Date(String(error?.extensions?.retryAt)).getTime()).toBe(startedAt.getTime() + 3000);
    expect(error?.message).toMatch(
      /^The form was sent faster than a person fills it in\. Please check it and send it after /,
    );
    expect(await count(api, "connection_request")).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, startedAt.getTime() + 3100 - Date.now()));
    expect((await api.gql(SEND, { input }, { lang: "en" })).body.errors).toBeUndefined();
  });

  it("takes a form from a phone whose clock runs ahead, whose fill time cannot be told", async () => {
    const startedAt = new Date(Date.now() + 10 * 60_000).toISOString();
    const result = await api.gql(SEND, {
      input: { ...base, email: "ahead@example.com", productSlugs: [own.slug], startedAt },
    });
    expect(result.body.errors).toBeUndefined();
  });

  it("asks to reload a form that does not say when it was started", async () => {
    const result = await api.gql(SEND, { input: { ...base, email: "old@example.com", productSlugs: [own.slug] } });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "startedAt", message: "Biểu mẫu đã cũ: vui lòng tải lại trang rồi gửi lại" }],
    });
  });
});

describe("the limits' table", () => {
  let throttled: TestApi;
  beforeAll(async () => {
    throttled = await startTestApi({ CONNECTION_REQUESTS_PER_ADDRESS_PER_HOUR: "3" });
  });
  afterAll(() => throttled?.close());

  it("refuses an address past its hour with when to retry, in Vietnamese by default", async () => {
    const input = { ...base, productSlugs: [own.slug] };
    for (let i = 0; i < 3; i++) {
      const ok = await throttled.gql(SEND, { input: { ...input, email: `a${i}@example.com` } }, from("203.0.113.9"));
      expect(ok.body.errors).toBeUndefined();
    }
    const refused = await throttled.gql(SEND, { input: { ...input, email: "a9@example.com" } }, from("203.0.113.9"));
    const error = refused.body.errors?.[0];
    expect(error?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    const retryAt = new Date(String(error?.extensions?.retryAt)).getTime();
    expect(retryAt).toBeGreaterThan(Date.now() + 3500_000);
    expect(retryAt).toBeLessThan(Date.now() + 3600_000 + 10_000);
    expect(error?.message).toMatch(
      /^Bạn đã gửi nhiều yêu cầu trong thời gian ngắn\. Vui lòng gửi lại sau .+ \(giờ Việt Nam\)\.$/,
    );
  });

  it("holds only windows being counted: ended ones are swept, keys are digests", async () => {
    const rows = await throttled.sql<{ key: string }>(`SELECT key FROM rate_limit_bucket`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await throttled.sql(`UPDATE rate_limit_bucket SET window_ends_at = now() - interval '1 second'`);
    // Another replica (its first count sweeps) takes the next request.
    const replica = await startTestApi(
      { CONNECTION_REQUESTS_PER_ADDRESS_PER_HOUR: "3" },
      { sameDatabaseAs: throttled },
    );
    try {
      const sent = await replica.gql(
        SEND,
        { input: { ...base, email: "late@example.com", productSlugs: [own.slug] } },
        from("203.0.113.10"),
      );
      expect(sent.body.errors).toBeUndefined();
      expect(await count(throttled, "rate_limit_bucket")).toBe(2);
    } finally {
      await replica.close();
    }
  });
});
