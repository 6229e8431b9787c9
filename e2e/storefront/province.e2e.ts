import { describe, expect, it } from "vitest";
import { cards, pageReady, results, settledResults, useStorefront } from "./storefront";

// Whose site this is: the demo is Lạng Sơn's, so its Lai Châu records stay in the data unseen;
// a site of both provinces shows them.
const sf = useStorefront();

const search = async (q: string) => {
  const page = await sf.open(`/san-pham?q=${encodeURIComponent(q)}`);
  await pageReady(page);
  return { page, ...(await settledResults(results(page))) };
};

describe("a one-province site (the demo)", () => {
  it('shows no Lai Châu product for "mật ong", and another province\'s product page is not found', async () => {
    const [paU] = await sf.sql<{ slug: string; province: string }>(
      `SELECT p.slug, pr.province_code AS province FROM product p JOIN producer pr ON pr.id = p.producer_id
        WHERE p.name_vi = 'Mật ong Pa Ủ' AND p.status = 'published'`,
    );
    expect(paU?.province).toBe("12");
    const { names } = await search("mật ong");
    expect(names).toContain("Mật ong hương rừng Xứ Lạng");
    expect(names).not.toContain("Mật ong Pa Ủ");

    const response = await fetch(sf.url(`/san-pham/${paU!.slug}`));
    expect(response.status).toBe(404);
  });

  it("names no province on a card, and groups the communes page under its one province", async () => {
    const { page } = await search("mật ong");
    const places = await cards(results(page)).locator(".card__place").allTextContents();
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toMatch(/^Xã, phường: (Xã|Phường) [^,]+$/);

    const [counts] = await sf.sql<{ total: number; xa: number; phuong: number }>(unitCountsSql("20"));
    const communes = await sf.open("/xa-phuong");
    await pageReady(communes, "Xã, phường");
    expect(await communes.getByRole("heading", { level: 2 }).allTextContents()).toEqual([
      `Lạng Sơn: ${counts!.total} đơn vị (${counts!.xa} xã, ${counts!.phuong} phường)`,
    ]);
    const entries = await communes.locator(".unit-item__name").allTextContents();
    expect(entries).toHaveLength(counts!.total);
    expect(entries.filter((e) => e.includes("tỉnh"))).toEqual([]);
    expect(await communes.locator(".lead").textContent()).not.toContain("Lạng Sơn");
    // Rendered on the server: the heading is in the HTML before any script runs.
    expect(await (await fetch(sf.url("/xa-phuong"))).text()).toContain(`Lạng Sơn: ${counts!.total} đơn vị`);
  });
});

/** How many units of a province have a published product, by type: the oracle of the page's headings. */
const unitCountsSql = (province: string) => `
  SELECT count(*)::int AS total, count(*) FILTER (WHERE au.type = 'xa')::int AS xa,
         count(*) FILTER (WHERE au.type = 'phuong')::int AS phuong
    FROM administrative_unit au
   WHERE au.province_code = '${province}'
     AND EXISTS (SELECT 1 FROM producer pr JOIN product p ON p.producer_id = pr.id
                  WHERE pr.commune_code = au.code AND p.status = 'published')`;

describe("a site of two provinces", () => {
  it("shows Lai Châu's honey too, and restores the demo's one province afterwards", async () => {
    await sf.sql(`UPDATE site_settings SET provinces = '{12,20}' WHERE id = 1`);
    try {
      // The catalog revision the change moved on reaches the API's caches within a second.
      await expect
        .poll(async () => (await search("mật ong")).names.includes("Mật ong Pa Ủ"), { timeout: 15_000 })
        .toBe(true);
    } finally {
      await sf.sql(`UPDATE site_settings SET provinces = '{20}' WHERE id = 1`);
    }
  });

  it("names the province on every card, on the product and producer pages, and groups the communes page by province", async () => {
    // The demo's Lai Châu producers name only pre-2025 places; one gets a commune of today here
    // (a code the official list does not use), so that Lai Châu has a unit with products.
    const [binhLu] = await sf.sql<{ slug: string; producer: string; producerId: number; commune: string | null }>(
      `SELECT p.slug, pr.slug AS producer, pr.id AS "producerId", pr.commune_code AS commune
         FROM product p JOIN producer pr ON pr.id = p.producer_id
        WHERE p.name_vi = 'Miến dong Bình Lư' AND p.status = 'published' AND pr.province_code = '12'`,
    );
    expect(binhLu).toBeDefined();
    await sf.sql(`INSERT INTO administrative_unit (code, name, full_name, type, province_code)
                  VALUES ('03800', 'Bình Lư', 'Xã Bình Lư', 'xa', '12')`);
    await sf.sql(`UPDATE producer SET commune_code = '03800' WHERE id = $1`, [binhLu!.producerId]);
    await sf.sql(`UPDATE site_settings SET provinces = '{12,20}' WHERE id = 1`);
    try {
      await expect
        .poll(async () => (await search("mật ong")).names.includes("Mật ong Pa Ủ"), { timeout: 15_000 })
        .toBe(true);
      const { page } = await search("mật ong");
      const card = (name: string) => cards(results(page)).filter({ has: page.getByRole("heading", { name }) });
      // Pa Ủ's producer has no commune of today: its card names the province alone.
      await expect.poll(() => card("Mật ong Pa Ủ").locator(".card__place").textContent()).toBe("Lai Châu");
      expect(await card("Mật ong hương rừng Xứ Lạng").locator(".card__place").textContent()).toMatch(
        /^Xã, phường: (Xã|Phường) .+, tỉnh Lạng Sơn$/,
      );

      const product = await sf.open(`/san-pham/${binhLu!.slug}`);
      await pageReady(product, "Miến dong Bình Lư");
      await expect.poll(() => product.getByRole("link", { name: "Xã Bình Lư, tỉnh Lai Châu" }).count()).toBe(1);

      const producer = await sf.open(`/chu-the/${binhLu!.producer}`);
      await pageReady(producer);
      await expect.poll(() => producer.getByRole("link", { name: "Xã Bình Lư, tỉnh Lai Châu" }).count()).toBe(1);

      const [langSon] = await sf.sql<{ total: number; xa: number; phuong: number }>(unitCountsSql("20"));
      const communes = await sf.open("/xa-phuong");
      await pageReady(communes, "Xã, phường");
      expect(await communes.getByRole("heading", { level: 2 }).allTextContents()).toEqual([
        "Lai Châu: 1 đơn vị (1 xã)",
        `Lạng Sơn: ${langSon!.total} đơn vị (${langSon!.xa} xã, ${langSon!.phuong} phường)`,
      ]);
      const laiChau = communes.getByRole("region", { name: "Lai Châu: 1 đơn vị (1 xã)" });
      expect(await laiChau.locator(".unit-item__name").allTextContents()).toEqual(["Xã Bình Lư, tỉnh Lai Châu"]);
      const all = await communes.locator(".unit-item__name").allTextContents();
      expect(all).toHaveLength(1 + langSon!.total);
      expect(all.filter((name) => !/, tỉnh (Lai Châu|Lạng Sơn)$/.test(name))).toEqual([]);

      // A site of many provinces (a national one has 34; three without units are added here): the
      // headings link to each province's list instead of carrying every unit on the first visit.
      await sf.sql(`INSERT INTO province (code, name, full_name) VALUES
                      ('04', 'Cao Bằng', 'Tỉnh Cao Bằng'), ('08', 'Tuyên Quang', 'Tỉnh Tuyên Quang'),
                      ('15', 'Lào Cai', 'Tỉnh Lào Cai')`);
      await sf.sql(`UPDATE site_settings SET provinces = '{04,08,12,15,20}' WHERE id = 1`);
      await expect
        .poll(
          async () => {
            const html = await (await fetch(sf.url("/xa-phuong"))).text();
            return html.includes("Lai Châu: 1 đơn vị") && !html.includes("Xã Bình Lư, tỉnh Lai Châu");
          },
          { timeout: 15_000 },
        )
        .toBe(true);
      const national = await sf.open("/xa-phuong");
      await pageReady(national, "Xã, phường");
      expect(await national.locator(".unit-item").count()).toBe(0);
      await national.getByRole("link", { name: /^Lạng Sơn: / }).click();
      await expect.poll(() => national.locator(".unit-item").count()).toBe(langSon!.total);
      expect(new URL(national.url()).search).toBe("?province=20");
      await national.getByRole("link", { name: "Tất cả các tỉnh" }).click();
      await expect.poll(() => national.getByRole("heading", { level: 2 }).count()).toBe(2);
    } finally {
      await sf.sql(`UPDATE site_settings SET provinces = '{20}' WHERE id = 1`);
      await sf.sql(`UPDATE producer SET commune_code = $1 WHERE id = $2`, [
        binhLu?.commune ?? null,
        binhLu?.producerId,
      ]);
      await sf.sql(`DELETE FROM administrative_unit WHERE code = '03800'`);
      await sf.sql(`DELETE FROM province WHERE code IN ('04', '08', '15')`);
    }
  });
});
