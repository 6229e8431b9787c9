import { describe, expect, it } from "vitest";
import { scrollsSideways } from "../support/browser";
import {
  pageReady,
  productWithCertificate,
  productsWithValidStars,
  results,
  settledResults,
  starLabelsPerCard,
  useStorefront,
  type Sql,
} from "./storefront";

// A 360 px wide phone: no horizontal scrolling, the menu and the filters behind their toggles.
const sf = useStorefront();
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true };

const CONFERENCE = "hoi-nghi-tong-ket-ocop-lang-son-2021-2025";
const PAGES: [name: string, page: (sql: Sql) => Promise<{ path: string; h1: string }>][] = [
  ["home", async () => ({ path: "/", h1: "Sản phẩm OCOP Lạng Sơn" })],
  ["catalog", async () => ({ path: "/san-pham", h1: "Sản phẩm OCOP" })],
  [
    "product (valid certificate)",
    async (sql) => productsWithValidStars(sql, 4).then(([p]) => ({ path: `/san-pham/${p!.slug}`, h1: p!.name_vi })),
  ],
  [
    "product (expired certificate)",
    async (sql) => productWithCertificate(sql, "expired").then((p) => ({ path: `/san-pham/${p.slug}`, h1: p.name_vi })),
  ],
  [
    "event",
    async (sql) => ({
      path: `/su-kien/${CONFERENCE}`,
      h1: (await sql<{ name_vi: string }>(`SELECT name_vi FROM showcase_event WHERE slug = $1`, [CONFERENCE]))[0]!
        .name_vi,
    }),
  ],
];

describe("360 px wide", () => {
  it.each(PAGES)("%s: no horizontal scroll", async (name, pageFor) => {
    const { path, h1 } = await pageFor(sf.sql);
    const page = await sf.open(path, PHONE);
    await pageReady(page, h1);
    if (name === "catalog") await settledResults(results(page));
    expect(await page.evaluate(() => window.innerWidth)).toBe(360);
    expect(await scrollsSideways(page)).toBe(false);
    // The product page's QR block and connection form are part of the page too.
    if (name.startsWith("product")) {
      await page.getByText("Mã QR của trang này", { exact: true }).click();
      await page.getByRole("link", { name: "Tải PNG" }).waitFor();
      await page.getByRole("button", { name: "Gửi yêu cầu" }).click(); // empty: every field error shows
      await page.getByRole("region", { name: "Kết nối với chủ thể" }).getByRole("alert").waitFor();
      expect(await scrollsSideways(page)).toBe(false);
    }
  });

  it("the main navigation is behind the Menu button, and closes after navigating", async () => {
    const page = await sf.open("/", PHONE);
    await pageReady(page, "Sản phẩm OCOP Lạng Sơn");
    const menu = page.getByRole("button", { name: "Menu" });
    const events = page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Sự kiện" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await events.isVisible()).toBe(false);

    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await events.waitFor({ state: "visible" });
    expect(await scrollsSideways(page)).toBe(false);
    await events.click();
    await page.waitForURL((url) => url.pathname === "/su-kien");
    await pageReady(page, "Sự kiện trưng bày");
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await events.isVisible()).toBe(false);
  });

  it("the catalogue's filters are folded away; opened, the star filter works", async () => {
    const expected = await productsWithValidStars(sf.sql, 4);
    const page = await sf.open("/san-pham", PHONE);
    await pageReady(page, "Sản phẩm OCOP");
    const region = results(page);
    await settledResults(region);
    const fourStars = page.getByRole("checkbox", { name: "4 sao" });
    expect(await fourStars.isVisible()).toBe(false);

    await page.getByText("Bộ lọc", { exact: true }).click();
    await fourStars.waitFor({ state: "visible" });
    await fourStars.check();
    await page.waitForURL((url) => url.searchParams.get("stars") === "4");
    await expect.poll(() => settledResults(region).then((r) => r.count)).toBe(expected.length);
    for (const labels of await starLabelsPerCard(region, /sao OCOP$/)) expect(labels).toEqual(["4 sao OCOP"]);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it("on a slow phone (CPU 6× slower), a first visit renders the page every time", async () => {
    // The language catalog and the page's chunk load in parallel with the first render; the
    // page must appear however their timing falls.
    for (let visit = 1; visit <= 4; visit++) {
      const page = await sf.open(undefined, PHONE);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
      await page.goto(sf.url("/xa-phuong"));
      await pageReady(page, "Xã, phường");
      await cdp.detach();
      await page.close();
    }
  });
});
