import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, EDITOR, errorCode, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestSmtpServer, type TestSmtpServer } from "../../src/test-support/smtp-server";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

/*
 * A site of several provinces: each province's own OCOP office gets the requests about its
 * products, over real SMTP; a province without an office email falls back to the site office.
 */

let smtp: TestSmtpServer;
let api: TestApi;
let admin: StaffClient;

const SITE_OFFICE = "van.phong@ocop.example.vn";
const LAI_CHAU_OFFICE = "ocop@laichau.example.vn";

const OFFICES = `{ provinceOffices { provinceCode name email version } }`;
const UPDATE_OFFICE = `mutation($code: String!, $v: Int!, $input: ProvinceOfficeInput!) {
  updateProvinceOffice(provinceCode: $code, version: $v, input: $input) { provinceCode name email version } }`;
const SEND = `mutation Send($input: ConnectionRequestInput!) { sendConnectionRequest(input: $input) { id } }`;

const recipients = (m: ParsedMail) =>
  (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));

async function productOf(provinceCode: string): Promise<string> {
  const { slug } = await api.one<{ slug: string }>(
    `SELECT p.slug FROM product p JOIN producer pr ON pr.id = p.producer_id
      WHERE p.status = 'published' AND pr.province_code = $1 ORDER BY p.id LIMIT 1`,
    [provinceCode],
  );
  return slug;
}

/** Sends a request about the product and returns who got mail about it (request id in the subject or body). */
async function notified(slug: string, email: string): Promise<string[]> {
  const before = smtp.received.length;
  const sent = await api.gql<{ sendConnectionRequest: { id: string } }>(SEND, {
    input: {
      requesterKind: "DISTRIBUTOR",
      name: "Nguyễn Văn An",
      email,
      message: "Chúng tôi muốn nhập hàng tháng cho chuỗi cửa hàng ở Hà Nội.",
      productSlugs: [slug],
    },
  });
  expect(sent.body.errors).toBeUndefined();
  const { n } = await api.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM mail_outbox WHERE created_at >= now() - interval '1 hour'`,
  );
  const mails = await smtp.waitFor(n, 20_000);
  expect(mails.length).toBeGreaterThan(before);
  return mails.slice(before).flatMap((m) => recipients(m).filter((a): a is string => !!a));
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  api = await startTestApi({ SMTP_URL: smtp.url, MAIL_FROM: "OCOP <ocop@example.vn>", MAIL_RETRY_BASE_MS: "50" });
  admin = await signedIn(api, ADMIN);
  await api.sql(`UPDATE site_settings SET provinces = '{12,20}', office_email = $1 WHERE id = 1`, [SITE_OFFICE]);
});
afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

describe("each province's office", () => {
  it("is recorded by an administrator, version-checked and audited", async () => {
    const editor = await signedIn(api, EDITOR);
    expect(errorCode(await editor.gql(OFFICES))).toBe("FORBIDDEN");
    const offices = (await admin.gql(OFFICES)).body.data!.provinceOffices;
    expect(offices).toEqual([
      { provinceCode: "12", name: null, email: null, version: 0 },
      { provinceCode: "20", name: null, email: null, version: 0 },
    ]);
    const input = { name: "Văn phòng Điều phối OCOP tỉnh Lai Châu (thử nghiệm)", email: LAI_CHAU_OFFICE };
    const bad = await admin.gql(UPDATE_OFFICE, { code: "12", v: 0, input: { ...input, email: "x@" } });
    expect(bad.body.errors?.[0]?.extensions?.fields).toMatchObject([{ field: "email", code: "notEmail" }]);
    const saved = await admin.gql(UPDATE_OFFICE, { code: "12", v: 0, input });
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data!.updateProvinceOffice).toEqual({ provinceCode: "12", ...input, version: 1 });
    expect(errorCode(await admin.gql(UPDATE_OFFICE, { code: "12", v: 0, input }))).toBe("CONFLICT");
    const audit = await api.one<{ action: string; after: { email: string } }>(
      `SELECT action, after FROM audit_entry ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({ action: "siteSettings.provinceOffice.update", after: { email: LAI_CHAU_OFFICE } });
  });

  it("gets the requests about its province's products; a province without an office email falls back to the site office", async () => {
    const laiChau = await notified(await productOf("12"), "an.lc@example.com");
    expect(laiChau).toContain(LAI_CHAU_OFFICE);
    expect(laiChau).not.toContain(SITE_OFFICE);

    const langSon = await notified(await productOf("20"), "an.ls@example.com");
    expect(langSon).toContain(SITE_OFFICE);
    expect(langSon).not.toContain(LAI_CHAU_OFFICE);
  });
});
