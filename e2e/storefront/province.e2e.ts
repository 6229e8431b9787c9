import { describe, expect, it } from "vitest";
import { pageReady, results, settledResults, useStorefront } from "./storefront";

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
});

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
});
