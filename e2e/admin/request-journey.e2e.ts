import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recipients, startMailServer, type MailServer } from "../support/mail-server";
import { CHI_LANG_OFFICER, DEMO_PASSWORD, poll, staffGraphql, useAdminSuite, ADMIN } from "./admin";

/**
 * The request's journey end to end, over real SMTP: a distributor shortlists two products of a
 * Xã Chi Lăng producer and sends one request; the confirmation mail carries the private tracking
 * link; Chi Lăng's commune officer sees the request, forwards it to the producer, replies to the
 * requester (the reply shows on the tracking page) and closes it; an officer of another unit
 * (Phường Kỳ Lừa) never sees it.
 */
let mail: MailServer | undefined;
const started = startMailServer().then((m) => (mail = m));
const suite = useAdminSuite({
  env: async () => ({
    SMTP_URL: (await started).url,
    MAIL_FROM: "OCOP Lạng Sơn <ocop@example.vn>",
    // The form waits at least this long after it opens (a bot sends at once); the test waits it out.
    CONNECTION_REQUEST_MIN_FILL_SECONDS: "1",
  }),
});
afterAll(() => mail?.stop());

const DISTRIBUTOR = { name: "Trần Thị Phân Phối", email: "phanphoi@example.vn" };
const PRODUCER_MAIL = "htx-e2e@example.vn";
const KY_LUA_OFFICER = "kylua-e2e@demo.ocop.vn";
const REPLY_MARK = "Hợp tác xã sẽ gọi cho chị trong tuần này.";

interface Product {
  slug: string;
  name_vi: string;
  producer: string;
}
let products: Product[] = [];

beforeAll(async () => {
  // Two published products of one Xã Chi Lăng producer (the one with the most of them).
  products = await suite.sql<Product>(
    `SELECT p.slug, p.name_vi, pr.name AS producer
       FROM product p JOIN producer pr ON pr.id = p.producer_id
      WHERE p.status = 'published' AND pr.commune_code = '06463'
        AND pr.id = (SELECT p2.producer_id FROM product p2 JOIN producer x ON x.id = p2.producer_id
                      WHERE p2.status = 'published' AND x.commune_code = '06463'
                      GROUP BY p2.producer_id HAVING count(*) >= 2 ORDER BY count(*) DESC, p2.producer_id LIMIT 1)
      ORDER BY p.slug LIMIT 2`,
  );
  expect(products, "a Chi Lăng producer with two published products in the seed").toHaveLength(2);
});

async function mailTo(address: string, what: string, match: (text: string) => boolean = () => true) {
  return mail!.waitFor((m) => recipients(m).includes(address) && match(m.text ?? ""), what);
}

describe("a connection request's journey", () => {
  it("goes from a distributor's shortlist to the producer and back, seen only in its own unit", async () => {
    // --- the distributor, on the storefront ---
    const visitor: Page = await (await suite.newContext()).newPage();
    for (const p of products) {
      await visitor.goto(suite.url(`/san-pham/${p.slug}`));
      await visitor.waitForFunction(() => "appReady" in document.documentElement.dataset);
      await visitor.getByRole("button", { name: "Thêm vào danh sách" }).click();
      // pressed, it says so in its name
      await visitor.getByRole("button", { name: "Đã có trong danh sách", pressed: true }).waitFor();
    }
    await visitor.getByRole("link", { name: "Danh sách quan tâm: 2 sản phẩm" }).click();
    await visitor.getByRole("heading", { level: 1, name: "Danh sách quan tâm" }).waitFor();
    const group = visitor.getByRole("region", { name: products[0]!.producer });
    for (const p of products) await group.getByRole("link", { name: p.name_vi, exact: true }).waitFor();

    const form = visitor.locator("#connect");
    await form.getByRole("radio", { name: "Nhà phân phối" }).check();
    await form.getByRole("textbox", { name: "Họ và tên" }).fill(DISTRIBUTOR.name);
    await form.getByRole("textbox", { name: "Email" }).fill(DISTRIBUTOR.email);
    await form.getByRole("textbox", { name: "Nội dung" }).fill("Chúng tôi cần 200 kg mỗi tháng cho chuỗi cửa hàng.");
    await visitor.waitForTimeout(1_100); // the minimum fill time (a person's, not a bot's)
    await form.getByRole("button", { name: "Gửi yêu cầu" }).click();
    await form.getByRole("heading", { name: "Đã gửi yêu cầu" }).waitFor();
    const trackLink = form.getByRole("link", { name: /\/yeu-cau\// });
    const trackPath = (await trackLink.getAttribute("href"))!;
    expect(trackPath).toMatch(/^\/yeu-cau\/[A-Za-z0-9_-]{20,}$/);
    // sent: the list empties itself
    await visitor.getByRole("link", { name: "Danh sách quan tâm: 0 sản phẩm" }).waitFor();

    const confirmation = await mailTo(DISTRIBUTOR.email, "confirming the request", (t) => t.includes(trackPath));
    expect(confirmation.text).toContain(products[0]!.name_vi);

    await visitor.goto(suite.url(trackPath));
    await visitor.getByRole("heading", { level: 1, name: "Yêu cầu kết nối của bạn" }).waitFor();
    expect(await visitor.getByRole("region", { name: "Tình trạng" }).textContent()).toContain("Đã nhận");
    for (const p of products) await visitor.getByRole("link", { name: p.name_vi, exact: true }).waitFor();
    expect(await visitor.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex");

    const [row] = await suite.sql<{ id: string }>("SELECT id::text FROM connection_request WHERE email = $1", [
      DISTRIBUTOR.email,
    ]);
    const id = row!.id;

    // --- an officer of another unit never sees it ---
    const admin = await suite.signIn(ADMIN);
    const created = await staffGraphql(
      admin,
      `mutation($input: StaffUserInput!, $password: String!) { createStaffUser(input: $input, password: $password) { id } }`,
      {
        input: { email: KY_LUA_OFFICER, displayName: "Cán bộ Kỳ Lừa", role: "COMMUNE_OFFICER", communeCode: "06187" },
        password: DEMO_PASSWORD,
      },
    );
    expect(created.body.errors).toBeUndefined();
    const stranger = await suite.signIn(KY_LUA_OFFICER);
    await stranger.goto(suite.url("/admin/requests"));
    await stranger.getByRole("heading", { level: 1, name: "Yêu cầu kết nối" }).waitFor();
    // loaded: the empty list's line, or a table of the unit's own requests
    await stranger.locator(".list-status .empty, table.data-table").first().waitFor();
    expect(await stranger.getByRole("link", { name: DISTRIBUTOR.name }).count()).toBe(0);
    await stranger.goto(suite.url(`/admin/requests/${id}`));
    await stranger.getByText("Không tìm thấy bản ghi này").waitFor();

    // --- Chi Lăng's officer handles it ---
    const officer = await suite.signIn(CHI_LANG_OFFICER);
    await officer
      .getByRole("navigation", { name: "Menu chính" })
      .getByText(/yêu cầu chưa đọc/)
      .waitFor();
    await officer.goto(suite.url("/admin/requests?unread=1"));
    await officer.getByRole("link", { name: DISTRIBUTOR.name }).click();
    await officer.getByRole("heading", { level: 1, name: `Yêu cầu của ${DISTRIBUTOR.name}` }).waitFor();

    await officer.getByRole("button", { name: "Chuyển tới chủ thể" }).click();
    let dialog = officer.getByRole("dialog", { name: `Chuyển yêu cầu tới ${products[0]!.producer}` });
    const to = dialog.getByRole("textbox", { name: /Gửi tới/ });
    await poll(() => dialog.getByRole("textbox", { name: /Nội dung thư/ }).inputValue()).not.toBe("");
    await to.fill(PRODUCER_MAIL);
    await dialog.getByRole("button", { name: "Gửi thư" }).click();
    await dialog.waitFor({ state: "detached" });
    const forwarded = await mailTo(PRODUCER_MAIL, "forwarding the request to the producer");
    expect(forwarded.text).toContain(DISTRIBUTOR.name);

    await officer.getByRole("button", { name: "Trả lời người gửi" }).click();
    dialog = officer.getByRole("dialog", { name: `Trả lời ${DISTRIBUTOR.name}` });
    const body = dialog.getByRole("textbox", { name: /Nội dung thư/ });
    await poll(() => body.inputValue()).not.toBe("");
    await body.fill(`${await body.inputValue()}\n\n${REPLY_MARK}`);
    await dialog.getByRole("button", { name: "Gửi thư" }).click();
    await dialog.waitFor({ state: "detached" });
    await mailTo(DISTRIBUTOR.email, "with the office's reply", (t) => t.includes(REPLY_MARK));

    await officer.getByRole("combobox", { name: /Trạng thái mới/ }).selectOption({ label: "Đã đóng" });
    await officer.getByRole("combobox", { name: /Kết quả/ }).selectOption({ label: "Đã kết nối được" });
    await officer.getByRole("button", { name: "Chuyển trạng thái" }).click();
    const history = officer.getByRole("region", { name: "Lịch sử xử lý" });
    await history.getByText(/chuyển sang “Đã đóng”/).waitFor();
    expect(await history.textContent()).toContain(`(${PRODUCER_MAIL})`);

    // --- back on the tracking page: the reply and the outcome ---
    await visitor.goto(suite.url(trackPath));
    const replies = visitor.getByRole("region", { name: "Phản hồi của văn phòng" });
    await replies.getByText(REPLY_MARK, { exact: false }).waitFor();
    await poll(() => visitor.getByRole("region", { name: "Tình trạng" }).textContent()).toContain(
      "Đã kết thúc – đã kết nối được",
    );

    // the other unit's officer still sees nothing of it
    await stranger.goto(suite.url("/admin/requests"));
    await stranger.locator(".list-status .empty, table.data-table").first().waitFor();
    expect(await stranger.getByRole("link", { name: DISTRIBUTOR.name }).count()).toBe(0);
  });
});
