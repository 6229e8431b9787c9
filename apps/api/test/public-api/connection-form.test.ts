import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

// The connection form as a browser without JavaScript sends it: urlencoded POST to /yeu-cau.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ CONNECTION_REQUEST_MIN_FILL_SECONDS: "3", CONNECTION_REQUESTS_PER_CONTACT_PER_DAY: "2" });
});
afterAll(() => api?.close());

const PRODUCT = "rau-cai-bo-xoi-huu-co-huu-lung";
const secondsAgo = (s: number) => new Date(Date.now() - s * 1000).toISOString();

function form(fields: Record<string, string | string[]>): string {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  return body.toString();
}

const valid = () => ({
  productSlugs: PRODUCT,
  requesterKind: "DISTRIBUTOR",
  name: "Nguyễn Văn An",
  organisation: "Công ty Nông sản <Hà Nội> & Co",
  email: `an.${Math.random().toString(36).slice(2)}@example.vn`,
  phone: "",
  message: "Chúng tôi muốn nhập 200 kg mỗi tháng cho chuỗi cửa hàng ở Hà Nội.",
  startedAt: secondsAgo(30),
  website: "",
});

async function post(path: string, body: string, headers: Record<string, string> = { origin: "" }) {
  const h: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", ...headers };
  if (h.origin === "") h.origin = api.url;
  return fetch(`${api.url}${path}`, { method: "POST", body, headers: h, redirect: "manual" });
}

const stored = async () => (await api.sql<{ n: number }>(`SELECT count(*)::int AS n FROM connection_request`))[0]!.n;

describe("POST /yeu-cau: the connection form without JavaScript", () => {
  it("stores the request and redirects (303) to its tracking page in the page's language", async () => {
    const before = await stored();
    const fields = valid();
    const res = await post("/en/yeu-cau", form(fields));
    expect(res.status).toBe(303);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const location = res.headers.get("location")!;
    const token = /^\/en\/yeu-cau\/([A-Za-z0-9_-]{40,})$/.exec(location)?.[1];
    expect(token, location).toBeDefined();
    // What was typed is in no URL.
    expect(location).not.toContain("example.vn");
    expect(await stored()).toBe(before + 1);
    const [row] = await api.sql<Record<string, unknown>>(
      `SELECT name, email, language, requester_kind, organisation FROM connection_request ORDER BY id DESC LIMIT 1`,
    );
    expect(row).toEqual({
      name: fields.name,
      email: fields.email,
      language: "en",
      requester_kind: "distributor",
      organisation: fields.organisation,
    });
    const tracked = await api.gql<{ trackedConnectionRequest: { products: Array<{ slug: string }> } | null }>(
      `query T($token: String!) { trackedConnectionRequest(token: $token) { products { slug } } }`,
      { token },
    );
    expect(tracked.body.data?.trackedConnectionRequest?.products).toEqual([{ slug: PRODUCT }]);
  });

  it("answers 422 with the form again: each error beside its field, in the page's language, what was typed kept", async () => {
    const before = await stored();
    const fields = { ...valid(), name: "", email: "khong-phai-email", message: "Ngắn </textarea><b>x</b>" };
    const res = await post("/yeu-cau", form(fields));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="vi"');
    const fieldBlock = (name: string) =>
      new RegExp(`data-field="${name}"[\\s\\S]*?</div>`).exec(html)?.[0] ?? `(no ${name} field)`;
    expect(fieldBlock("name")).toMatch(/class="field__error">.*Vui lòng nhập thông tin này/);
    expect(fieldBlock("email")).toContain("field__error");
    expect(fieldBlock("email")).toContain('value="khong-phai-email"');
    expect(fieldBlock("organisation")).not.toContain("field__error");
    // Kept, and escaped: typed markup never becomes markup.
    expect(fieldBlock("organisation")).toContain('value="Công ty Nông sản &lt;Hà Nội&gt; &amp; Co"');
    expect(html).toContain("Ngắn &lt;/textarea&gt;&lt;b&gt;x&lt;/b&gt;</textarea>");
    expect(html).toContain(`name="productSlugs" value="${PRODUCT}"`);
    expect(html).toContain('value="DISTRIBUTOR" checked');
    expect(html).not.toMatch(/at .*\.ts:\d+|node_modules/);
    expect(await stored()).toBe(before);

    const zh = await (await post("/zh/yeu-cau", form({ ...fields, name: "An" }))).text();
    expect(zh).toContain('<html lang="zh-Hans"');
    expect(zh).toContain("电子邮件地址无效");
  });

  it("refuses a form sent from another site, or with no origin at all, and stores nothing", async () => {
    const before = await stored();
    const evil = await post("/yeu-cau", form(valid()), { origin: "https://evil.example" });
    expect(evil.status).toBe(403);
    const refererEvil = await post("/yeu-cau", form(valid()), { referer: "https://evil.example/page" });
    expect(refererEvil.status).toBe(403);
    const none = await fetch(`${api.url}/yeu-cau`, {
      method: "POST",
      body: form(valid()),
      headers: { "content-type": "application/x-www-form-urlencoded" },
      redirect: "manual",
    });
    expect(none.status).toBe(403);
    expect(await stored()).toBe(before);
    // A browser that sends only a Referer of this site's page is this site.
    const own = await post("/yeu-cau", form(valid()), { referer: `${api.url}/san-pham/${PRODUCT}` });
    expect(own.status).toBe(303);
  });

  it("applies the mutation's minimum fill time and per-contact limit, keeping what was typed", async () => {
    const tooSoon = await post("/yeu-cau", form({ ...valid(), startedAt: new Date().toISOString() }));
    expect(tooSoon.status).toBe(429);
    expect(Number(tooSoon.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await tooSoon.text()).toContain("Chúng tôi muốn nhập 200 kg");

    const email = `gioi.han.${Date.now()}@example.vn`;
    for (let i = 0; i < 2; i++) expect((await post("/yeu-cau", form({ ...valid(), email }))).status).toBe(303);
    const before = await stored();
    const third = await post("/yeu-cau", form({ ...valid(), email }));
    expect(third.status).toBe(429);
    expect(await third.text()).toContain(`value="${email}"`);
    expect(await stored()).toBe(before);
  });

  it("answers a filled honeypot as if sent, storing nothing", async () => {
    const before = await stored();
    const res = await post("/yeu-cau", form({ ...valid(), website: "http://spam.example" }));
    expect(res.status).toBe(303);
    expect(await stored()).toBe(before);
  });

  it("refuses a body over its size limit without reading it into a request", async () => {
    const before = await stored();
    const res = await post("/yeu-cau", form({ ...valid(), message: "x".repeat(100_000) }));
    expect(res.status).toBe(413);
    expect(await res.text()).not.toMatch(/node_modules|\.ts:\d+/);
    expect(await stored()).toBe(before);
  });
});
