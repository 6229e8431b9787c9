import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pageReady, productsWithValidStars, useStorefront } from "./storefront";

// Reaching producers and channels: the producer directory, a page per distributor with all it
// carries, and the connection form in a browser without JavaScript.
const sf = useStorefront();

const NO_JS = { javaScriptEnabled: false } as const;

/** A page in a browser that runs no script: what it shows is the server's HTML alone. */
async function openWithoutScript(path: string): Promise<Page> {
  const page = await sf.open(undefined, NO_JS);
  const res = await page.goto(sf.url(path));
  expect(res?.status(), path).toBe(200);
  return page;
}

/** A producer row `pr` of one of the site's provinces (the site settings' provinces). */
const ON_SITE = `pr.province_code = ANY((SELECT provinces FROM site_settings WHERE id = 1)::text[])`;

const directory = (page: Page) => page.getByRole("region", { name: /Kết quả|Results/ });
const producerNames = async (page: Page) =>
  (await directory(page).getByRole("heading", { level: 3 }).allTextContents()).map((n) => n.trim()).sort();

async function publicProducers(cond = "true", params: unknown[] = []): Promise<string[]> {
  const rows = await sf.sql<{ name: string }>(
    `SELECT DISTINCT pr.name FROM producer pr JOIN product p ON p.producer_id = pr.id
      WHERE p.status = 'published' AND ${ON_SITE} AND ${cond}`,
    params,
  );
  return rows.map((r) => r.name).sort();
}

describe("producer directory /chu-the", () => {
  it("lists the producers, is linked from the header, and searches without diacritics", async () => {
    const page = await sf.open("/");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Chủ thể" }).click();
    await pageReady(page, "Chủ thể OCOP");
    expect(new URL(page.url()).pathname).toBe("/chu-the");
    const all = await publicProducers();
    await expect.poll(() => directory(page).getByRole("status").textContent()).toBe(`${all.length} chủ thể`);

    const [target] = await sf.sql<{ name: string; slug: string }>(
      `SELECT pr.name, pr.slug FROM producer pr JOIN product p ON p.producer_id = pr.id
        WHERE p.status = 'published' AND ${ON_SITE} AND pr.name ILIKE 'HTX %' AND pr.name <> unaccent(pr.name) ORDER BY pr.id LIMIT 1`,
    );
    const plain = await sf.sql<{ q: string }>(`SELECT lower(unaccent($1)) AS q`, [target!.name.slice(4)]);
    await page.getByRole("searchbox", { name: "Tên chủ thể" }).fill(plain[0]!.q);
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect.poll(async () => (await producerNames(page)).includes(target!.name), { timeout: 15_000 }).toBe(true);
    expect(new URL(page.url()).searchParams.get("q")).toBe(plain[0]!.q);
    expect((await producerNames(page)).length).toBeLessThan(all.length);

    await directory(page).getByRole("link", { name: target!.name }).click();
    await pageReady(page, target!.name);
    // The producer page leads back to the directory.
    await page.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link", { name: "Chủ thể OCOP" }).click();
    await pageReady(page, "Chủ thể OCOP");
  });

  it("filters by producer type and best stars, each producer with its product count and stars", async () => {
    const page = await sf.open("/chu-the");
    await pageReady(page, "Chủ thể OCOP");
    await page.getByRole("combobox", { name: "Loại chủ thể" }).selectOption("COOPERATIVE");
    await expect.poll(() => new URL(page.url()).search, { timeout: 15_000 }).toBe("?type=COOPERATIVE");
    await page.getByRole("checkbox", { name: "4 sao" }).check();
    await expect.poll(() => new URL(page.url()).search, { timeout: 15_000 }).toBe("?stars=4&type=COOPERATIVE");
    const expected = await sf.sql<{ name: string; n: number }>(
      `SELECT pr.name, count(*)::int AS n FROM producer pr JOIN product p ON p.producer_id = pr.id AND p.status = 'published'
        WHERE pr.type = 'cooperative' AND ${ON_SITE}
        GROUP BY pr.id, pr.name
       HAVING max(CASE WHEN NOT p.newest_revoked AND p.newest_valid_until >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                       THEN p.newest_stars END) = 4`,
    );
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => producerNames(page), { timeout: 15_000 }).toEqual(expected.map((r) => r.name).sort());
    const first = directory(page).getByRole("listitem").filter({ hasText: expected[0]!.name });
    await expect.poll(() => first.textContent()).toContain(`${expected[0]!.n} sản phẩm`);
    expect(await first.getByRole("img", { name: "4 sao OCOP" }).count()).toBe(1);
  });

  it("is rendered on the server and filtered with its plain form when no script runs, in English too", async () => {
    const page = await openWithoutScript("/en/chu-the");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("OCOP producers");
    await page.getByRole("combobox", { name: "Producer type" }).selectOption("COOPERATIVE");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/\/en\/chu-the\?/);
    expect(new URL(page.url()).searchParams.get("type")).toBe("COOPERATIVE");
    expect(await producerNames(page)).toEqual(await publicProducers("pr.type = 'cooperative'"));
  });
});

describe("a page per distributor", () => {
  it("opens from the distributors page's 'and N more' link and shows every product the distributor carries", async () => {
    const [top] = await sf.sql<{ slug: string; name: string; n: number }>(
      `SELECT d.slug, d.name_vi AS name, count(*)::int AS n FROM distributor d
         JOIN distributor_link l ON l.distributor_id = d.id JOIN product p ON p.id = l.product_id AND p.status = 'published'
         JOIN producer pr ON pr.id = p.producer_id
        WHERE ${ON_SITE}
        GROUP BY d.id ORDER BY count(*) DESC, d.slug LIMIT 1`,
    );
    expect(top!.n).toBeGreaterThan(6);
    const page = await sf.open("/nha-phan-phoi");
    await pageReady(page, "Nhà phân phối và kênh bán");
    await page
      .getByRole("link", { name: `và ${top!.n - 6} sản phẩm khác` })
      .first()
      .click();
    await pageReady(page, top!.name);
    expect(new URL(page.url()).pathname).toBe(`/nha-phan-phoi/${top!.slug}`);

    const more = page.getByRole("link", { name: "Xem thêm sản phẩm" });
    const grid = page.getByRole("region", { name: /Đang bán/ });
    for (;;) {
      const shown = await grid.getByRole("article").count();
      if (shown >= top!.n) break;
      await more.click();
      await expect.poll(() => grid.getByRole("article").count(), { timeout: 15_000 }).toBeGreaterThan(shown);
    }
    const names = (await grid.getByRole("article").getByRole("heading").allTextContents()).map((n) => n.trim()).sort();
    const expected = await sf.sql<{ name: string }>(
      `SELECT p.name_vi AS name FROM distributor_link l JOIN product p ON p.id = l.product_id AND p.status = 'published'
         JOIN distributor d ON d.id = l.distributor_id JOIN producer pr ON pr.id = p.producer_id
        WHERE d.slug = $1 AND ${ON_SITE}`,
      [top!.slug],
    );
    expect(names).toEqual(expected.map((r) => r.name).sort());
  });
});

describe("the connection form without JavaScript", () => {
  const requests = (name: string) =>
    sf.sql<{ email: string; message: string; language: string }>(
      `SELECT email, message, language FROM connection_request WHERE name = $1`,
      [name],
    );

  it("is posted by the browser itself: errors come back beside their fields with what was typed, then it is sent", async () => {
    const [product] = await productsWithValidStars(sf.sql, 4);
    const page = await openWithoutScript(`/san-pham/${product!.slug}`);
    const form = page.getByRole("region", { name: "Kết nối với chủ thể" });
    const name = `Phạm Thu Không Script ${Date.now()}`;
    await form.getByRole("radio", { name: "Nhà phân phối" }).check();
    await form.getByRole("textbox", { name: "Họ và tên" }).fill(name);
    await form.getByRole("textbox", { name: "Email", exact: true }).fill("khong-phai-email");
    await form.getByRole("textbox", { name: "Nội dung" }).fill("Cần 50 thùng mỗi tháng, giao tại Đà Nẵng.");
    await form.getByRole("button", { name: "Gửi yêu cầu" }).click();

    // The server's answer: the form again, the error beside the email, everything typed still there.
    await page.waitForURL(/\/yeu-cau$/);
    const email = page.getByRole("textbox", { name: "Email", exact: true });
    expect(await email.inputValue()).toBe("khong-phai-email");
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    const errorId = (await email.getAttribute("aria-describedby"))!;
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain("Địa chỉ email không hợp lệ");
    expect(await page.getByRole("textbox", { name: "Họ và tên" }).inputValue()).toBe(name);
    expect(await page.getByRole("radio", { name: "Nhà phân phối" }).isChecked()).toBe(true);
    expect(await requests(name)).toEqual([]);

    await email.fill("thu.pham.e2e@example.vn");
    await page.getByRole("button", { name: "Gửi yêu cầu" }).click();
    // Redirected to the request's own tracking page, rendered on the server; nothing typed in the URL.
    await page.waitForURL(/\/yeu-cau\/[A-Za-z0-9_-]{40,}$/);
    expect(page.url()).not.toMatch(/thu\.pham|Ph%E1%BA%A1m|example/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Yêu cầu kết nối của bạn");
    expect(await page.getByText(product!.name_vi).count()).toBeGreaterThan(0);
    expect(await requests(name)).toEqual([
      { email: "thu.pham.e2e@example.vn", message: "Cần 50 thùng mỗi tháng, giao tại Đà Nẵng.", language: "vi" },
    ]);
  });
});
