import { describe, expect, it } from "vitest";
import { pageReady, results, settledResults, useStorefront } from "./storefront";

// Search that understands people: dropped words said, groups by their everyday names, Chinese
// without spaces. Read-only: nothing here changes the shared database.
const sf = useStorefront();

describe("search", () => {
  it('says it shows "banh" for "banh cuon", with the bánh products first', async () => {
    const page = await sf.open(`/san-pham?q=${encodeURIComponent("banh cuon")}`);
    await pageReady(page, "Kết quả tìm kiếm “banh cuon”");
    const region = results(page);
    const { count, names } = await settledResults(region);
    expect(count).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => region.locator(".search-note").textContent())
      .toBe("Không có kết quả cho “banh cuon”. Đang hiển thị kết quả cho “banh”.");
    const banh = await sf.sql<{ name_vi: string }>(
      `SELECT name_vi FROM product WHERE status = 'published' AND name_vi ILIKE 'bánh %'`,
    );
    expect(banh.length).toBeGreaterThan(0);
    // The products named "Bánh …" come first, before anything found through a producer's name.
    expect(names.slice(0, banh.length).sort()).toEqual(banh.map((b) => b.name_vi).sort());
  });

  it('finds the drinks group from "drinks" in English, without a note', async () => {
    const drinks = await sf.sql<{ name_en: string }>(
      `SELECT p.name_en FROM product p JOIN category c ON c.code = p.category_code
        WHERE p.status = 'published' AND coalesce(c.parent_code, c.code) = 'DU'`,
    );
    expect(drinks.length).toBeGreaterThan(0);
    expect(drinks.length).toBeLessThanOrEqual(20); // one page of cards
    const page = await sf.open(`/en/san-pham?q=drinks`);
    await pageReady(page, "Search results for “drinks”");
    const region = results(page, "Results");
    const { count, names } = await settledResults(region);
    expect(count).toBe(drinks.length);
    expect(names.sort()).toEqual(drinks.map((d) => d.name_en).sort());
    expect(await region.locator(".search-note").count()).toBe(0);
  });

  it("finds Lạng Sơn honey from 谅山蜂蜜, typed without spaces", async () => {
    const page = await sf.open(`/zh/san-pham?q=${encodeURIComponent("谅山蜂蜜")}`);
    await pageReady(page, "“谅山蜂蜜”的搜索结果");
    const region = results(page, "结果");
    const { count, names } = await settledResults(region);
    const honey = await sf.sql<{ name_zh: string }>(
      `SELECT p.name_zh FROM product p JOIN producer pr ON pr.id = p.producer_id
        WHERE p.status = 'published' AND p.category_code = 'TP-SC-2' AND pr.province_code = '20'`,
    );
    expect(honey.length).toBeGreaterThan(0);
    expect(count).toBe(honey.length);
    expect(names.sort()).toEqual(honey.map((h) => h.name_zh).sort());
    expect(names.some((n) => n.startsWith("谅山"))).toBe(true);
  });
});
