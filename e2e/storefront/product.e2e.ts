import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "../support/browser";
import {
  cards,
  descriptions,
  escapeRegExp,
  pageReady,
  productWithCertificate,
  productsWithValidStars,
  useStorefront,
} from "./storefront";

// The product page: certificate block, producer, QR code, connection requests, server-rendered meta.
const sf = useStorefront();

type StoredRequest = {
  id: number;
  slug: string;
  producer_matches: boolean;
  requester_kind: string;
  name: string;
  organisation: string | null;
  email: string | null;
  phone: string | null;
  message: string;
  language: string;
  status: string;
};

function storedRequests(where: string, params: unknown[]): Promise<StoredRequest[]> {
  return sf.sql<StoredRequest>(
    `SELECT r.id, p.slug, r.producer_id = p.producer_id AS producer_matches, r.requester_kind::text AS requester_kind, r.name,
            r.organisation, r.email, r.phone, r.message, r.language, r.status::text AS status
       FROM connection_request r JOIN product p ON p.id = r.product_id WHERE ${where} ORDER BY r.id`,
    params,
  );
}

function connectForm(page: Page, name = "Kết nối với chủ thể") {
  return page.getByRole("region", { name });
}

/** dd/mm/yyyy, mm/yyyy or yyyy, as the Vietnamese page prints a date of that precision. */
function vietnameseDate(iso: string, precision: "day" | "month" | "year"): string {
  const [y, m, d] = iso.split("-");
  return precision === "year" ? y! : precision === "month" ? `${m}/${y}` : `${d}/${m}/${y}`;
}

describe("certificate block", () => {
  it("an expired certificate shows a visible expiry warning with its date, and no current stars", async () => {
    const product = await productWithCertificate(sf.sql, "expired");
    const page = await sf.open(`/san-pham/${product.slug}`);
    await pageReady(page, product.name_vi);
    const certificate = page.getByRole("region", { name: "Giấy chứng nhận OCOP" });
    const warning = certificate.getByRole("alert");
    await warning.waitFor();
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toContain(
      `Chứng nhận đã hết hạn ngày ${vietnameseDate(product.valid_until, product.precision)}.`,
    );
    expect(await certificate.locator("time").getAttribute("datetime")).toBe(product.valid_until);
    expect(await certificate.getByText("Đã hết hạn", { exact: true }).isVisible()).toBe(true);
    expect(await certificate.getByText("Còn hiệu lực", { exact: true }).count()).toBe(0);
    // The certificate still says what it was, but the product has no valid stars now.
    expect(await certificate.getByRole("img", { name: `${product.stars} sao OCOP` }).count()).toBe(1);
    // Issue 12: beside the (absent) stars the summary names the certificate and its end, never "not certified yet".
    const summary = page.locator(".product__summary");
    expect(
      await summary
        .getByText(
          `Chứng nhận OCOP ${product.stars} sao, hết hạn ${vietnameseDate(product.valid_until, product.precision)}`,
        )
        .isVisible(),
    ).toBe(true);
    expect(await summary.getByText("Chưa có chứng nhận hiệu lực").count()).toBe(0);
  });

  it("a valid certificate shows its stars and no warning", async () => {
    const product = await productWithCertificate(sf.sql, "valid");
    const page = await sf.open(`/san-pham/${product.slug}`);
    await pageReady(page, product.name_vi);
    const certificate = page.getByRole("region", { name: "Giấy chứng nhận OCOP" });
    await certificate.getByText("Còn hiệu lực", { exact: true }).waitFor();
    expect(await certificate.getByRole("alert").count()).toBe(0);
    expect(await certificate.locator("time").getAttribute("datetime")).toBe(product.valid_until);
    expect(await page.getByRole("img", { name: `${product.stars} sao OCOP` }).count()).toBeGreaterThanOrEqual(2); // summary and certificate
  });
});

describe("producer and QR code", () => {
  it("links to the producer's page, which lists the product", async () => {
    const [product] = await productsWithValidStars(sf.sql, 4);
    const [producer] = await sf.sql<{ name: string; slug: string }>(
      `SELECT pr.name, pr.slug FROM producer pr JOIN product p ON p.producer_id = pr.id WHERE p.slug = $1`,
      [product!.slug],
    );
    const page = await sf.open(`/san-pham/${product!.slug}`);
    await pageReady(page, product!.name_vi);
    const aside = page.getByRole("complementary", { name: "Chủ thể và mã QR" });
    await aside.getByRole("link", { name: producer!.name }).click();
    await page.waitForURL((url) => url.pathname === `/chu-the/${producer!.slug}`);
    await pageReady(page, producer!.name);
    await page.getByRole("link", { name: product!.name_vi, exact: true }).first().waitFor();
    expect(await page.getByRole("link", { name: product!.name_vi, exact: true }).first().getAttribute("href")).toBe(
      `/san-pham/${product!.slug}`,
    );
  });

  it("opens a QR code of the page's address with PNG and SVG downloads", async () => {
    const [product] = await productsWithValidStars(sf.sql, 4);
    const page = await sf.open(`/san-pham/${product!.slug}`);
    await pageReady(page, product!.name_vi);
    const address = sf.url(`/san-pham/${product!.slug}`);
    expect(await page.getByRole("img", { name: `Mã QR dẫn tới ${address}` }).count()).toBe(0);
    await page.getByText("Mã QR của trang này", { exact: true }).click();
    const qr = page.getByRole("img", { name: `Mã QR dẫn tới ${address}` });
    await qr.waitFor();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const png = page.getByRole("link", { name: "Tải PNG" });
    expect(await png.getAttribute("href")).toMatch(/^data:image\/png;base64,/);
    expect(await png.getAttribute("download")).toBe(`ocop-${product!.slug}.png`);
    expect(await page.getByRole("link", { name: "Tải SVG (để in)" }).getAttribute("href")).toMatch(
      /^data:image\/svg\+xml/,
    );
  });
});

describe("connection request", () => {
  it("is sent from the product page, confirmed with its reference, and stored for the product's producer", async () => {
    const [product] = await productsWithValidStars(sf.sql, 4);
    const [producer] = await sf.sql<{ name: string }>(
      `SELECT pr.name FROM producer pr JOIN product p ON p.producer_id = pr.id WHERE p.slug = $1`,
      [product!.slug],
    );
    const page = await sf.open(`/san-pham/${product!.slug}`);
    await pageReady(page, product!.name_vi);

    await page.getByRole("link", { name: "Gửi yêu cầu kết nối" }).click();
    expect(new URL(page.url()).hash).toBe("#connect");
    const form = connectForm(page);
    await form.getByRole("radio", { name: "Nhà phân phối" }).check();
    await form.getByRole("textbox", { name: "Họ và tên" }).fill("Trần Thị Hoa (e2e gửi)");
    await form.getByRole("textbox", { name: "Đơn vị, cửa hàng (nếu có)" }).fill("Cửa hàng đặc sản Xứ Lạng");
    await form.getByRole("textbox", { name: "Email", exact: true }).fill("hoa.e2e@example.vn");
    await form.getByRole("textbox", { name: "Nội dung" }).fill("Tôi muốn đặt 200 hộp cho dịp Tết, giao tại Hà Nội.");
    await form.getByRole("button", { name: "Gửi yêu cầu" }).click();

    const receipt = form.getByRole("status").filter({ has: page.getByRole("heading", { name: "Đã gửi yêu cầu" }) });
    await receipt.waitFor({ timeout: 15_000 });
    const text = (await receipt.textContent())!;
    expect(text).toContain(`“${product!.name_vi}”`);
    expect(text).toContain(producer!.name);
    const id = Number(/Mã yêu cầu: (\d+)/.exec(text)?.[1]);
    expect(id).toBeGreaterThan(0);
    // Focus moves to the confirmation, so screen readers announce it.
    expect(await receipt.evaluate((el) => el === document.activeElement)).toBe(true);

    expect(await storedRequests("r.id = $1", [id])).toEqual([
      {
        id,
        slug: product!.slug,
        producer_matches: true,
        requester_kind: "distributor",
        name: "Trần Thị Hoa (e2e gửi)",
        organisation: "Cửa hàng đặc sản Xứ Lạng",
        email: "hoa.e2e@example.vn",
        phone: null,
        message: "Tôi muốn đặt 200 hộp cho dịp Tết, giao tại Hà Nội.",
        language: "vi",
        status: "new",
      },
    ]);
    expect(await storedRequests("r.name = $1", ["Trần Thị Hoa (e2e gửi)"])).toHaveLength(1);
  });

  it("a bad email gets an error beside the email field and nothing is stored; corrected, the request goes", async () => {
    const [, product] = await productsWithValidStars(sf.sql, 4);
    const name = "Lê Văn Email Sai (e2e)";
    const before = await sf.sql<{ n: number }>(`SELECT count(*)::int AS n FROM connection_request`);
    const page = await sf.open(`/san-pham/${product!.slug}`);
    await pageReady(page, product!.name_vi);
    const form = connectForm(page);
    const email = form.getByRole("textbox", { name: "Email", exact: true });
    await form.getByRole("textbox", { name: "Họ và tên" }).fill(name);
    await email.fill("le-van.khong-phai-email");
    await form.getByRole("textbox", { name: "Nội dung" }).fill("Xin báo giá sỉ cho 50 thùng, giao tại Lạng Sơn.");
    await form.getByRole("button", { name: "Gửi yêu cầu" }).click();

    const alert = form.getByRole("alert");
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain("Vui lòng kiểm tra lại các trường được đánh dấu.");
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => email.evaluate((el) => el === document.activeElement)).toBe(true);
    // The field's description names the problem, in the page's language...
    const error = (await descriptions(email)).find((text) => /email/i.test(text) && /không hợp lệ/.test(text));
    expect(error, `descriptions: ${(await descriptions(email)).join(" | ")}`).toBeDefined();
    // ...and it is shown beside the field: in the email field's own box, right under the input.
    const message = email.locator("xpath=..").getByText(error!);
    expect(await message.isVisible()).toBe(true);
    const [input, shown] = [(await email.boundingBox())!, (await message.boundingBox())!];
    expect(shown.y).toBeGreaterThanOrEqual(input.y + input.height - 1);
    expect(shown.y - (input.y + input.height)).toBeLessThan(40);
    expect(Math.abs(shown.x - input.x)).toBeLessThan(24);
    // Only the email is marked.
    for (const other of ["Họ và tên", "Số điện thoại", "Nội dung"]) {
      expect(await form.getByRole("textbox", { name: other }).getAttribute("aria-invalid")).toBeNull();
    }
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await storedRequests("r.name = $1", [name])).toEqual([]);
    expect(await sf.sql<{ n: number }>(`SELECT count(*)::int AS n FROM connection_request`)).toEqual(before);

    await email.fill("le.van@example.vn");
    await form.getByRole("button", { name: "Gửi yêu cầu" }).click();
    await form.getByRole("heading", { name: "Đã gửi yêu cầu" }).waitFor({ timeout: 15_000 });
    const stored = await storedRequests("r.name = $1", [name]);
    expect(stored.map((r) => [r.slug, r.email, r.requester_kind])).toEqual([
      [product!.slug, "le.van@example.vn", "buyer"],
    ]);
  });

  it("in English, the field error is in English and the request is stored as English", async () => {
    const [product] = await productsWithValidStars(sf.sql, 4);
    const name = "Jane Buyer (e2e)";
    const page = await sf.open(`/en/san-pham/${product!.slug}`);
    await pageReady(page, product!.name_en);
    const form = connectForm(page, "Connect with the producer");
    const email = form.getByRole("textbox", { name: "Email", exact: true });
    await form.getByRole("textbox", { name: "Full name" }).fill(name);
    await email.fill("jane at example");
    await form.getByRole("textbox", { name: "Message" }).fill("Please send a wholesale price list for export.");
    await form.getByRole("button", { name: "Send request" }).click();
    await form.getByRole("alert").getByText("Please check the highlighted fields.").waitFor({ timeout: 15_000 });
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    expect((await descriptions(email)).some((text) => /not an email/i.test(text))).toBe(true);
    expect(await storedRequests("r.name = $1", [name])).toEqual([]);

    await email.fill("jane@example.com");
    await form.getByRole("button", { name: "Send request" }).click();
    await form.getByRole("heading", { name: "Request sent" }).waitFor({ timeout: 15_000 });
    expect((await storedRequests("r.name = $1", [name])).map((r) => r.language)).toEqual(["en"]);
  });
});

describe("server-rendered HTML", () => {
  it("a product URL carries og:title (and <title>) with the product's name in the URL's language", async () => {
    const [product] = await productsWithValidStars(sf.sql, 4);
    const meta = (html: string, property: string) =>
      new RegExp(`<meta property="${escapeRegExp(property)}" content="([^"]*)"`)
        .exec(html)?.[1]
        ?.replace(/&amp;/g, "&")
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"');

    const vi = await fetch(sf.url(`/san-pham/${product!.slug}`));
    expect(vi.status).toBe(200);
    expect(vi.headers.get("content-type")).toMatch(/text\/html/);
    const viHtml = await vi.text();
    expect(viHtml).toMatch(/<html lang="vi"/);
    const viTitle = meta(viHtml, "og:title");
    expect(viTitle).toBeDefined();
    expect(viTitle!.startsWith(product!.name_vi)).toBe(true);
    expect(viTitle).toContain("★".repeat(4)); // the current stars
    expect(meta(viHtml, "og:url")).toBe(sf.url(`/san-pham/${product!.slug}`));

    const en = await fetch(sf.url(`/en/san-pham/${product!.slug}`));
    expect(en.status).toBe(200);
    const enHtml = await en.text();
    expect(enHtml).toMatch(/<html lang="en"/);
    expect(meta(enHtml, "og:title")!.startsWith(product!.name_en)).toBe(true);
    expect(meta(enHtml, "og:locale")).toBe("en_US");
  });

  it("the page itself is in the HTML: without JavaScript a product shows its name, certificate and producer, and the catalogue its cards", async () => {
    const product = await productWithCertificate(sf.sql, "valid");
    const [producer] = await sf.sql<{ name: string }>(`SELECT name FROM producer WHERE id = $1`, [product.producer_id]);
    const page = await sf.open(undefined, { javaScriptEnabled: false });
    await page.goto(sf.url(`/san-pham/${product.slug}`));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(product.name_vi);
    const certificate = page.getByRole("region", { name: "Giấy chứng nhận OCOP" });
    expect(await certificate.getByText("Còn hiệu lực", { exact: true }).count()).toBe(1);
    expect(await certificate.locator("time").getAttribute("datetime")).toBe(product.valid_until);
    expect(await page.getByRole("link", { name: producer!.name }).count()).toBeGreaterThan(0);

    await page.goto(sf.url(`/en/san-pham/${product.slug}`));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(product.name_en);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    await page.goto(sf.url("/san-pham"));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sản phẩm OCOP");
    expect(await cards(page.getByRole("main")).count()).toBe(20);
  });

  it("the browser takes the server's page over without re-rendering it or asking the API again, then navigates on its own", async () => {
    const [product] = await productsWithValidStars(sf.sql, 4);
    const page = await sf.open();
    const graphql: string[] = [];
    page.on("request", (r) => r.url().includes("/graphql") && graphql.push(r.url()));
    await page.goto(sf.url(`/san-pham/${product!.slug}`));
    const heading = page.getByRole("heading", { level: 1 });
    // A mark on the server's <h1> survives hydration only if React adopted the element rather than replacing it.
    await heading.evaluate((h) => h.setAttribute("data-from-server", ""));
    await pageReady(page, product!.name_vi);
    expect(await heading.getAttribute("data-from-server")).toBe("");
    expect(graphql).toEqual([]);

    // Client-side navigation from here: the window (and this marker on it) stays.
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link", { name: "Sản phẩm OCOP" }).click();
    await page.waitForURL((url) => url.pathname === "/san-pham");
    await pageReady(page, "Sản phẩm OCOP");
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(graphql.length).toBeGreaterThan(0);
  });
});

describe("a tourism product (group 6) is a place to visit", () => {
  type Place = { id: number; slug: string; name_vi: string; name_en: string | null; group_vi: string; commune: string };
  const tourismPlace = async (): Promise<Place> => {
    const [place] = await sf.sql<Place>(
      `SELECT p.id, p.slug, p.name_vi, p.name_en, g.name_vi AS group_vi, c.name AS commune
         FROM product p JOIN category s ON s.code = p.category_code JOIN category g ON g.code = coalesce(s.parent_code, s.code)
         JOIN producer pr ON pr.id = p.producer_id JOIN administrative_unit c ON c.code = pr.commune_code
        WHERE g.code = 'DV' AND pr.province_code = '20' AND p.status = 'published' ORDER BY p.id LIMIT 1`,
    );
    expect(place, "the demo has a published tourism product in Lạng Sơn").toBeDefined();
    return place!;
  };

  it("shows where it is with a link to a map application, says whom to ask for the hours, and names its group once", async () => {
    const place = await tourismPlace();
    const page = await sf.open(`/san-pham/${place.slug}`);
    await pageReady(page, place.name_vi);
    const summary = page.locator(".product__summary");
    // The group's single product set has the group's own name: printed once, not "X · X".
    expect(await summary.locator(".product__group").textContent()).toBe(place.group_vi);

    const location = summary.locator("dt", { hasText: "Địa điểm" }).locator("xpath=following-sibling::dd[1]");
    expect(await location.textContent()).toContain(place.commune);
    const map = location.getByRole("link", { name: /Mở trong ứng dụng bản đồ/ });
    const href = new URL((await map.getAttribute("href"))!);
    expect(href.origin + href.pathname).toBe("https://www.google.com/maps/search/");
    expect(href.searchParams.get("query")).toContain(place.name_vi);
    expect(href.searchParams.get("query")).toContain(place.commune);
    expect(await map.getAttribute("target")).toBe("_blank");
    // No price on a place.
    expect(await summary.getByText("Giá", { exact: true }).count()).toBe(0);

    const hours = summary.locator("dt", { hasText: "Giờ mở cửa" }).locator("xpath=following-sibling::dd[1]");
    const ask = hours.getByRole("link", { name: "Chưa công bố, hãy hỏi chủ thể trước khi đến" });
    expect(await ask.getAttribute("href")).toBe("#producer-title");
  });

  it("shows the place's own address and its opening hours in the visitor's language", async () => {
    const place = await tourismPlace();
    const [before] = await sf.sql<{
      place_address: string | null;
      opening_hours: string | null;
      opening_hours_en: string | null;
    }>(`SELECT place_address, opening_hours, opening_hours_en FROM product WHERE id = $1`, [place.id]);
    await sf.sql(
      `UPDATE product SET place_address = 'Thôn Lạng Giai', opening_hours = 'Hằng ngày 7:00–17:00',
              opening_hours_en = 'Daily 7:00–17:00' WHERE id = $1`,
      [place.id],
    );
    try {
      const page = await sf.open(`/en/san-pham/${place.slug}`);
      await pageReady(page, place.name_en ?? place.name_vi);
      const summary = page.locator(".product__summary");
      const location = summary.locator("dt", { hasText: "Location" }).locator("xpath=following-sibling::dd[1]");
      expect(await location.textContent()).toContain("Thôn Lạng Giai");
      const query = new URL(
        (await location.getByRole("link", { name: /Open in maps/ }).getAttribute("href"))!,
      ).searchParams.get("query");
      expect(query).toContain("Thôn Lạng Giai");
      expect(query).toContain(place.commune);
      const hours = summary.locator("dt", { hasText: "Opening hours" }).locator("xpath=following-sibling::dd[1]");
      expect(await hours.textContent()).toBe("Daily 7:00–17:00");
    } finally {
      await sf.sql(`UPDATE product SET place_address = $2, opening_hours = $3, opening_hours_en = $4 WHERE id = $1`, [
        place.id,
        before!.place_address,
        before!.opening_hours,
        before!.opening_hours_en,
      ]);
    }
  });
});

describe("places on Chinese pages", () => {
  it("name the province as the Chinese texts do (谅山省), never half Vietnamese", async () => {
    const [product] = await productsWithValidStars(sf.sql, 4);
    const page = await sf.open(`/zh/san-pham/${product!.slug}`);
    await pageReady(page);
    const summary = page.locator(".product__summary");
    await expect.poll(() => summary.innerText()).toContain("谅山省");
    expect(await page.locator("main").innerText()).not.toContain("Lạng Sơn省");
  });
});
