import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const SEND = `mutation Send($input: ConnectionRequestInput!) {
  sendConnectionRequest(input: $input) { id createdAt productName producerName }
}`;

const valid = {
  productSlug: "rau-cai-bo-xoi-huu-co-huu-lung",
  requesterKind: "DISTRIBUTOR",
  name: "Nguyễn Văn An",
  organisation: "Công ty Phân phối Nông sản Hà Nội",
  email: "an.nguyen@example.vn",
  message: "Chúng tôi muốn nhập 200 kg mỗi tháng cho chuỗi cửa hàng ở Hà Nội.",
};

const storedCount = async () =>
  (await api.sql<{ n: number }>(`SELECT count(*)::int AS n FROM connection_request`))[0]!.n;

describe("sendConnectionRequest", () => {
  it("stores a valid request for staff, with the producer it concerns", async () => {
    const before = await storedCount();
    const result = await api.gql<{ sendConnectionRequest: { id: string; productName: string; producerName: string } }>(
      SEND,
      { input: valid },
      { lang: "en" },
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.sendConnectionRequest).toMatchObject({
      productName: expect.stringMatching(/spinach/i),
      producerName: "HTX Nông sản Hữu Lũng",
    });
    expect(await storedCount()).toBe(before + 1);
    const [row] = await api.sql<Record<string, unknown>>(
      `SELECT cr.name, cr.email, cr.phone, cr.status, cr.language, cr.requester_kind, pr.name AS producer
         FROM connection_request cr JOIN producer pr ON pr.id = cr.producer_id WHERE cr.id = $1`,
      [Number(result.body.data!.sendConnectionRequest.id)],
    );
    expect(row).toEqual({
      name: "Nguyễn Văn An",
      email: "an.nguyen@example.vn",
      phone: null,
      status: "new",
      language: "en",
      requester_kind: "distributor",
      producer: "HTX Nông sản Hữu Lũng",
    });
    expect(result.headers.get("cache-control")).toBe("no-store");
  });

  it("accepts a phone number instead of an email", async () => {
    const result = await api.gql(SEND, { input: { ...valid, email: null, phone: "0912 345 678" } });
    expect(result.body.errors).toBeUndefined();
  });

  const rejects: Array<[string, Record<string, unknown>, string[]]> = [
    ["no contact at all", { email: null, phone: null }, ["email", "phone"]],
    ["a bad email", { email: "an.nguyen@" }, ["email"]],
    ["a bad phone", { email: null, phone: "12ab" }, ["phone"]],
    ["a 100 KB message", { message: "x".repeat(100 * 1024) }, ["message"]],
    ["an empty message", { message: "   " }, ["message"]],
    ["a missing name", { name: "" }, ["name"]],
    ["an unknown product", { productSlug: "khong-co-san-pham-nay" }, ["productSlug"]],
    ["several problems at once", { name: "", email: "x", message: "" }, ["name", "email", "message"]],
  ];
  for (const [what, change, fields] of rejects) {
    it(`rejects ${what} with BAD_USER_INPUT naming ${fields.join(", ")}, and stores nothing`, async () => {
      const before = await storedCount();
      const result = await api.gql(SEND, { input: { ...valid, ...change } });
      const error = result.body.errors?.[0];
      expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error?.extensions?.fields?.map((f) => f.field).sort()).toEqual([...fields].sort());
      for (const f of error?.extensions?.fields ?? []) expect(f.message.length).toBeGreaterThan(3);
      expect(result.body.data ?? null).toBeNull();
      expect(await storedCount()).toBe(before);
    });
  }

  it("words field errors in the request's language", async () => {
    const en = await api.gql(SEND, { input: { ...valid, email: "x@" } }, { lang: "en" });
    const vi = await api.gql(SEND, { input: { ...valid, email: "x@" } });
    const zh = await api.gql(SEND, { input: { ...valid, email: "x@" } }, { lang: "zh" });
    expect(en.body.errors?.[0]?.extensions?.fields?.[0]?.message).toBe("This is not an email address");
    expect(vi.body.errors?.[0]?.extensions?.fields?.[0]?.message).toBe("Địa chỉ email không hợp lệ");
    expect(zh.body.errors?.[0]?.extensions?.fields?.[0]?.message).toBe("电子邮件地址无效");
  });

  it("does not take a draft product", async () => {
    const [draft] = await api.sql<{ slug: string }>(`SELECT slug FROM product WHERE status = 'draft' LIMIT 1`);
    const result = await api.gql(SEND, { input: { ...valid, productSlug: draft!.slug } });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "productSlug" }],
    });
  });

  it("cannot be sent as a GET request", async () => {
    const before = await storedCount();
    const result = await api.gql(SEND, { input: valid }, { method: "GET" });
    expect(result.status).toBe(405);
    expect(await storedCount()).toBe(before);
  });
});

describe("sendConnectionRequest throttling", () => {
  let throttled: TestApi;
  beforeAll(async () => {
    throttled = await startTestApi({ CONNECTION_REQUESTS_PER_ADDRESS_PER_HOUR: "2" });
  });
  afterAll(() => throttled?.close());

  it("refuses a client address past its hourly limit, and keeps serving other addresses", async () => {
    const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });
    for (let i = 0; i < 2; i++) {
      expect((await throttled.gql(SEND, { input: valid }, from("203.0.113.7"))).body.errors).toBeUndefined();
    }
    const refused = await throttled.gql(SEND, { input: valid }, from("203.0.113.7"));
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const { n } = await throttled.one<{ n: number }>(`SELECT count(*)::int AS n FROM connection_request`);
    expect(n).toBe(2);
    expect((await throttled.gql(SEND, { input: valid }, from("203.0.113.8"))).body.errors).toBeUndefined();
  });

  it("does not count rejected input against the limit", async () => {
    const from = { headers: { "x-forwarded-for": "198.51.100.1" } };
    for (let i = 0; i < 3; i++) await throttled.gql(SEND, { input: { ...valid, email: "bad" } }, from);
    expect((await throttled.gql(SEND, { input: valid }, from)).body.errors).toBeUndefined();
  });
});
