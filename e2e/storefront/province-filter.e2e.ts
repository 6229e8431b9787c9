import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { pageReady, results, settledResults, useStorefront } from "./storefront";

// The catalog's province filter on a site of several provinces, and its commune/ward select that
// lists the chosen province's units only. The demo is Lạng Sơn's alone ("20"); its Lai Châu ("12")
// records are in the data, their producers in no unit (the data names pre-2025 districts), so the
// test gives them two units for the time it runs, one named as a Lạng Sơn commune.
const sf = useStorefront();

const province = (page: Page) => page.getByRole("combobox", { name: "Tỉnh, thành phố" });
const commune = (page: Page) => page.getByRole("combobox", { name: "Xã, phường" });
const optionTexts = async (select: ReturnType<typeof province>) =>
  (await select.locator("option").allTextContents()).map((t) => t.trim());

/** Published products of the site per province, by the producer's province. */
async function publishedIn(code: string): Promise<string[]> {
  const rows = await sf.sql<{ name: string }>(
    `SELECT p.name_vi AS name FROM product p JOIN producer pr ON pr.id = p.producer_id
      WHERE p.status = 'published' AND pr.province_code = $1 ORDER BY 1`,
    [code],
  );
  return rows.map((r) => r.name);
}

/** Runs `test` on a site of Lai Châu and Lạng Sơn, Lai Châu's producers placed in two units; restores the demo after. */
async function onTwoProvinces(test: () => Promise<void>): Promise<void> {
  const before = await sf.sql<{ id: number; commune_code: string | null }>(
    `SELECT id, commune_code FROM producer WHERE province_code = '12' ORDER BY id`,
  );
  expect(before.length).toBeGreaterThan(1);
  try {
    await sf.sql(
      `INSERT INTO administrative_unit (code, name, full_name, type, province_code)
       VALUES ('03901', 'Chi Lăng', 'Xã Chi Lăng, tỉnh Lai Châu', 'xa', '12'),
              ('03902', 'Tân Uyên', 'Xã Tân Uyên, tỉnh Lai Châu', 'xa', '12')`,
    );
    await sf.sql(
      `UPDATE producer SET commune_code = CASE WHEN id % 2 = 0 THEN '03901' ELSE '03902' END WHERE province_code = '12'`,
    );
    await sf.sql(`UPDATE site_settings SET provinces = '{12,20}' WHERE id = 1`);
    await test();
  } finally {
    await sf.sql(`UPDATE site_settings SET provinces = '{20}' WHERE id = 1`);
    for (const row of before)
      await sf.sql(`UPDATE producer SET commune_code = $2 WHERE id = $1`, [row.id, row.commune_code]);
    await sf.sql(`DELETE FROM administrative_unit WHERE code IN ('03901', '03902')`);
  }
}

/** The catalog once the API's caches have seen the site's provinces change (within a second or so). */
async function catalogWithProvinceSelect(path: string): Promise<Page> {
  let page: Page | undefined;
  await expect
    .poll(
      async () => {
        page = await sf.open(path);
        await pageReady(page);
        return province(page).count();
      },
      { timeout: 15_000 },
    )
    .toBe(1);
  return page!;
}

describe("a one-province site (the demo)", () => {
  it("has no province select, and lists the province's communes/wards", async () => {
    const page = await sf.open("/san-pham");
    await pageReady(page);
    await settledResults(results(page));
    expect(await province(page).count()).toBe(0);
    await expect.poll(async () => (await optionTexts(commune(page))).length, { timeout: 15_000 }).toBeGreaterThan(10);
    expect(await commune(page).isEnabled()).toBe(true);
    const options = await optionTexts(commune(page));
    expect(options[0]).toBe("Tất cả xã, phường");
    expect(options).toContainEqual(expect.stringMatching(/^Xã Chi Lăng \(\d+\)$/));
  });
});

describe("a site of two provinces", () => {
  it("filters by province with counts, and lists only the chosen province's products and communes/wards", async () => {
    await onTwoProvinces(async () => {
      const laiChau = await publishedIn("12");
      const langSon = await publishedIn("20");
      expect(laiChau.length).toBeGreaterThan(0);

      const page = await catalogWithProvinceSelect("/san-pham");
      const region = results(page);
      expect((await settledResults(region)).count).toBe(laiChau.length + langSon.length);
      // The counts come after the page is live.
      await expect
        .poll(() => optionTexts(province(page)), { timeout: 15_000 })
        .toEqual(["Tất cả tỉnh, thành phố", `Lai Châu (${laiChau.length})`, `Lạng Sơn (${langSon.length})`]);
      // No province chosen: no unit is listed (a national site has thousands), the select says why.
      expect(await commune(page).isDisabled()).toBe(true);
      expect(await optionTexts(commune(page))).toEqual(["Chọn tỉnh, thành phố trước"]);

      await province(page).selectOption("12");
      await expect.poll(() => new URL(page.url()).search, { timeout: 15_000 }).toBe("?province=12");
      await expect.poll(async () => (await settledResults(region)).count, { timeout: 15_000 }).toBe(laiChau.length);
      const { names } = await settledResults(region);
      expect(names.length).toBe(Math.min(laiChau.length, 20));
      for (const name of names) expect(laiChau).toContain(name);

      // Its communes/wards only, with their counts: Lạng Sơn's Xã Chi Lăng is not among them.
      const [units] = await sf.sql<{ a: number; b: number }>(
        `SELECT count(*) FILTER (WHERE pr.commune_code = '03901')::int AS a,
                count(*) FILTER (WHERE pr.commune_code = '03902')::int AS b
           FROM product p JOIN producer pr ON pr.id = p.producer_id
          WHERE p.status = 'published' AND pr.province_code = '12'`,
      );
      await expect
        .poll(() => optionTexts(commune(page)), { timeout: 15_000 })
        .toEqual(
          [
            "Tất cả xã, phường",
            units!.a > 0 ? `Xã Chi Lăng (${units!.a})` : null,
            units!.b > 0 ? `Xã Tân Uyên (${units!.b})` : null,
          ].filter(Boolean),
        );
      expect(await commune(page).isEnabled()).toBe(true);

      const chosen = units!.a > 0 ? { code: "03901", n: units!.a } : { code: "03902", n: units!.b };
      await commune(page).selectOption(chosen.code);
      await expect
        .poll(() => new URL(page.url()).search, { timeout: 15_000 })
        .toBe(`?province=12&commune=${chosen.code}`);
      await expect.poll(async () => (await settledResults(region)).count, { timeout: 15_000 }).toBe(chosen.n);

      // Opened directly, the server renders the province's units and the page hydrates unchanged
      // (a mismatch is an uncaught error, which fails the test).
      const direct = await sf.open(`/san-pham?province=12`);
      await pageReady(direct);
      expect(await province(direct).inputValue()).toBe("12");
      await expect
        .poll(async () => (await optionTexts(commune(direct))).map((o) => o.replace(/ \(\d+\)$/, "")), {
          timeout: 15_000,
        })
        .toEqual(
          ["Tất cả xã, phường", units!.a > 0 ? "Xã Chi Lăng" : null, units!.b > 0 ? "Xã Tân Uyên" : null].filter(
            Boolean,
          ),
        );

      // Another province drops the commune/ward.
      await province(page).selectOption("20");
      await expect.poll(() => new URL(page.url()).search, { timeout: 15_000 }).toBe("?province=20");
      await expect.poll(async () => (await settledResults(region)).count, { timeout: 15_000 }).toBe(langSon.length);
    });
  });

  it("lists every unit of a province with more than the API's 100 a page", async () => {
    const MANY = 105;
    try {
      await sf.sql(
        `INSERT INTO administrative_unit (code, name, full_name, type, province_code)
         SELECT '04' || lpad(g::text, 3, '0'), 'Thử ' || lpad(g::text, 3, '0'), 'Xã Thử ' || g, 'xa', '12'
           FROM generate_series(1, $1::int) g`,
        [MANY],
      );
      await sf.sql(
        `INSERT INTO producer (slug, name, type, province_code, commune_code)
         SELECT 'htx-thu-' || g, 'HTX Thử ' || g, 'cooperative', '12', '04' || lpad(g::text, 3, '0')
           FROM generate_series(1, $1::int) g`,
        [MANY],
      );
      await sf.sql(
        `INSERT INTO product (slug, name_vi, category_code, producer_id, status)
         SELECT 'san-pham-thu-' || pr.id, 'Sản phẩm thử ' || pr.id,
                (SELECT code FROM category WHERE parent_code = 'TP' ORDER BY code LIMIT 1), pr.id, 'published'
           FROM producer pr WHERE pr.slug LIKE 'htx-thu-%'`,
      );
      await sf.sql(`UPDATE site_settings SET provinces = '{12,20}' WHERE id = 1`);
      // Opened again until the caches have seen the new records (a public answer is kept 15 s by the
      // browser, which the test's pages share); the units past the first 100 come after the page is live.
      const testUnits = async (page: Page) =>
        (await optionTexts(commune(page))).filter((t) => / Thử \d{3} \(1\)$/.test(t)).length;
      await expect
        .poll(
          async () => {
            const page = await sf.open("/san-pham?province=12");
            await pageReady(page);
            await expect
              .poll(() => testUnits(page), { timeout: 5_000 })
              .toBe(MANY)
              .catch(() => undefined);
            return testUnits(page);
          },
          { timeout: 30_000 },
        )
        .toBe(MANY);
    } finally {
      await sf.sql(`UPDATE site_settings SET provinces = '{20}' WHERE id = 1`);
      await sf.sql(`DELETE FROM product WHERE slug LIKE 'san-pham-thu-%'`);
      await sf.sql(`DELETE FROM producer WHERE slug LIKE 'htx-thu-%'`);
      await sf.sql(`DELETE FROM administrative_unit WHERE code LIKE '04%' AND province_code = '12'`);
    }
  });

  it("filters by province with the plain form when no script runs", async () => {
    await onTwoProvinces(async () => {
      const laiChau = await publishedIn("12");
      await catalogWithProvinceSelect("/san-pham"); // the caches have seen the change
      const page = await sf.open(undefined, { javaScriptEnabled: false });
      const response = await page.goto(sf.url("/san-pham?sort=NAME"));
      expect(response?.status()).toBe(200);
      // The filters' box is closed until opened (only a script opens it on a wide screen).
      await page.locator("details.filters > summary").click();
      await province(page).selectOption("12");
      await page.getByRole("button", { name: "Lọc" }).click();
      await page.waitForURL(/province=12/);
      const url = new URL(page.url());
      expect(url.pathname).toBe("/san-pham");
      expect(url.searchParams.get("province")).toBe("12");
      // The sort select, outside the filters' box, is sent with them.
      expect(url.searchParams.get("sort")).toBe("NAME");
      const status = await results(page).getByRole("status").first().textContent();
      expect(status?.trim()).toBe(`${laiChau.length} sản phẩm`);
      const names = (await results(page).getByRole("article").getByRole("heading").allTextContents()).map((n) =>
        n.trim(),
      );
      expect(names.length).toBe(Math.min(laiChau.length, 20));
      for (const name of names) expect(laiChau).toContain(name);
    });
  });
});
