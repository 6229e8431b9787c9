import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // The whole demo dataset, as a site of both its provinces shows it (a one-province site hides
  // Lai Châu's records: test/public-api/site-provinces.test.ts).
  await api.sql(`UPDATE site_settings SET provinces = '{12,20}' WHERE id = 1`);
});
afterAll(() => api?.close());

async function data<T = any>(query: string, variables?: Record<string, unknown>, lang?: string): Promise<T> {
  const result = await api.gql<T>(query, variables, { lang });
  expect(result.body.errors).toBeUndefined();
  return result.body.data as T;
}

const PRODUCT = `query Product($slug: String!) {
  product(slug: $slug) {
    slug name description stars isTourism priceMin isDemo
    category { code name parent { code name } }
    certification { stars score level decisionNumber decisionDate decisionDatePrecision validUntil status legalBasis }
    certifications { stars status decisionDate }
    producer { name slug type addressAsReported email phone commune { fullName type province { name } } province { code } }
    images { url }
    whereToBuy { distributor { name kind } url }
    showcases { tableNumber event { slug name } commune { fullName } }
  }
}`;

describe("product(slug)", () => {
  it("shows the certificate with validity computed 36 months from the decision", async () => {
    const { product } = await data(PRODUCT, { slug: "rau-cai-bo-xoi-huu-co-huu-lung" });
    expect(product.certification).toMatchObject({
      stars: 4,
      decisionNumber: "2865/QĐ-UBND",
      decisionDate: "2025-12-31",
      validUntil: "2028-12-31",
      status: "VALID",
      level: "PROVINCE",
      decisionDatePrecision: "DAY",
    });
    expect(product.stars).toBe(4);
    expect(product.category.parent.code).toBe("TP");
  });

  it("keeps an expired certificate visible with status EXPIRED and no current stars", async () => {
    const [row] = await api.sql<{ slug: string }>(`SELECT slug FROM product WHERE external_ref = 'LS02'`);
    const { product } = await data(PRODUCT, { slug: row!.slug });
    expect(product.certification).toMatchObject({
      stars: 4,
      decisionDate: "2020-09-04",
      validUntil: "2023-09-04",
      status: "EXPIRED",
    });
    expect(product.stars).toBeNull();
  });

  it("marks an upgraded product's old certificate as superseded", async () => {
    const [row] = await api.sql<{ slug: string }>(`SELECT slug FROM product WHERE external_ref = 'LS01'`);
    const { product } = await data(PRODUCT, { slug: row!.slug });
    expect(product.certifications.map((c: { stars: number; status: string }) => [c.stars, c.status])).toEqual([
      [4, "EXPIRED"],
      [3, "SUPERSEDED"],
    ]);
  });

  it("shows revocation as soon as it is recorded", async () => {
    const [row] = await api.sql<{ id: number; slug: string }>(
      `SELECT id, slug FROM product WHERE external_ref = 'LS45'`,
    );
    await api.sql(
      `UPDATE certification SET revoked_on = '2026-06-01', revocation_reason = 'Vi phạm an toàn thực phẩm' WHERE product_id = $1`,
      [row!.id],
    );
    const { product } = await data(PRODUCT, { slug: row!.slug });
    expect(product.certification.status).toBe("REVOKED");
    expect(product.stars).toBeNull();
  });

  it("shows the producer with its post-2025 commune, unit type and province", async () => {
    const { product } = await data(PRODUCT, { slug: "rau-cai-bo-xoi-huu-co-huu-lung" });
    expect(product.producer.commune).toMatchObject({
      fullName: "Xã Hữu Lũng",
      type: "XA",
      province: { name: "Lạng Sơn" },
    });
    // The demo producers did not publish contact data.
    expect(product.producer.email).toBeNull();
    expect(product.producer.phone).toBeNull();
  });

  it("publishes contact data only with the producer's consent", async () => {
    const slug = "rau-cai-bo-xoi-huu-co-huu-lung";
    await api.sql(
      `UPDATE producer SET email = 'htx@example.vn', phone = '0205 3 123 456'
        WHERE id = (SELECT producer_id FROM product WHERE slug = $1)`,
      [slug],
    );
    expect((await data(PRODUCT, { slug })).product.producer.email).toBeNull();
    await api.sql(
      `UPDATE producer SET email_public = true, phone_public = true
        WHERE id = (SELECT producer_id FROM product WHERE slug = $1)`,
      [slug],
    );
    expect((await data(PRODUCT, { slug })).product.producer).toMatchObject({
      email: "htx@example.vn",
      phone: "0205 3 123 456",
    });
  });

  it("lists the event tables it stands on and the channels that carry it", async () => {
    const [row] = await api.sql<{ slug: string }>(`SELECT slug FROM product WHERE external_ref = 'LS36'`);
    const { product } = await data(PRODUCT, { slug: row!.slug });
    expect(product.showcases).toEqual([
      expect.objectContaining({
        tableNumber: 1,
        commune: { fullName: "Phường Kỳ Lừa" },
        event: expect.objectContaining({ slug: "hoi-nghi-tong-ket-ocop-lang-son-2021-2025" }),
      }),
    ]);
    expect(product.whereToBuy.map((w: { distributor: { kind: string } }) => w.distributor.kind)).toContain(
      "OCOP_SHOWROOM",
    );
  });

  it("treats a tourism product as a place with no price", async () => {
    const [row] = await api.sql<{ slug: string }>(`SELECT slug FROM product WHERE external_ref = 'LS41'`);
    const { product } = await data(PRODUCT, { slug: row!.slug });
    expect(product).toMatchObject({ isTourism: true, priceMin: null });
    await expect(api.sql(`UPDATE product SET price_min = 50000 WHERE slug = $1`, [row!.slug])).rejects.toThrow(
      /tourism product has no price/,
    );
  });

  it("answers null for an unknown slug and for a draft", async () => {
    expect((await data(PRODUCT, { slug: "khong-co-san-pham-nay" })).product).toBeNull();
    const [draft] = await api.sql<{ slug: string }>(`SELECT slug FROM product WHERE status = 'draft' LIMIT 1`);
    expect((await data(PRODUCT, { slug: draft!.slug })).product).toBeNull();
  });
});

describe("languages", () => {
  const NAMES = `query { product(slug: "rau-cai-bo-xoi-huu-co-huu-lung") { name category { name } } }`;

  it("answers in Vietnamese by default, in English or Chinese when asked by ?lang=", async () => {
    expect((await data(NAMES)).product.name).toBe("Rau cải bó xôi hữu cơ Hữu Lũng");
    expect((await data(NAMES, undefined, "en")).product.name).toMatch(/spinach/i);
    expect((await data(NAMES, undefined, "zh")).product.name).toMatch(/菠菜/);
  });

  it("takes Accept-Language when there is no ?lang=, and says the answer varies by it", async () => {
    const result = await api.gql<{ product: { name: string } }>(NAMES, undefined, {
      headers: { "accept-language": "en-US,en;q=0.9" },
    });
    expect(result.body.data?.product.name).toMatch(/spinach/i);
    expect(result.headers.get("vary")).toMatch(/accept-language/i);
  });

  it("falls back to Vietnamese where a translation is missing", async () => {
    await api.sql(`UPDATE product SET name_en = NULL WHERE slug = 'rau-cai-bo-xoi-huu-co-huu-lung'`);
    expect((await data(NAMES, undefined, "en")).product.name).toBe("Rau cải bó xôi hữu cơ Hữu Lũng");
    // Distributors in the dataset have no English names at all.
    const { distributors } = await data(`{ distributors(first: 100) { edges { node { name } } } }`, undefined, "en");
    expect(distributors.edges.every((e: { node: { name: string } }) => e.node.name.length > 0)).toBe(true);
  });

  it("ignores an unknown language and answers in Vietnamese", async () => {
    expect((await data(NAMES, undefined, "fr")).product.name).toBe("Rau cải bó xôi hữu cơ Hữu Lũng");
  });
});

describe("producers, places, categories", () => {
  it("lists producers with published products, searchable without diacritics", async () => {
    const { producers } = await data(
      `{ producers(first: 100, filter: { search: "dong banh" }) { totalCount edges { node { name productCount } } } }`,
    );
    expect(producers.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      "HTX Dịch vụ và Sản xuất nông nghiệp Đồng Bành",
    ]);
    expect(producers.edges[0].node.productCount).toBe(1);
  });

  it("shows a producer with its products, and null for an unknown slug", async () => {
    const [row] = await api.sql<{ slug: string }>(
      `SELECT slug FROM producer WHERE name = 'Hộ kinh doanh Trần Diệu Hương'`,
    );
    const { producer } = await data(
      `query($slug: String!) { producer(slug: $slug) { name type commune { fullName } products { totalCount edges { node { name } } } } }`,
      { slug: row!.slug },
    );
    expect(producer).toMatchObject({
      type: "HOUSEHOLD",
      commune: { fullName: "Phường Đông Kinh" },
      products: { totalCount: 2 },
    });
    expect((await data(`{ producer(slug: "khong-co") { name } }`)).producer).toBeNull();
  });

  it("keeps a pre-reform address beside the producer's province when the new unit is unknown", async () => {
    const { producers } = await data(
      `{ producers(first: 100, filter: { provinceCode: "12" }) { edges { node { name addressAsReported commune { code } province { name } } } } }`,
    );
    expect(producers.edges.length).toBe(6);
    for (const { node } of producers.edges) {
      expect(node.commune).toBeNull();
      expect(node.province.name).toBe("Lai Châu");
      expect(node.addressAsReported).toMatch(/\(cũ\)/);
    }
  });

  it("shows a renamed commune at once, though places are shared between requests", async () => {
    const query = `{ commune(code: "06187") { fullName } }`;
    expect((await data(query)).commune.fullName).toBe("Phường Kỳ Lừa");
    await api.sql(`UPDATE administrative_unit SET full_name = 'Phường Kỳ Lừa (mới)' WHERE code = '06187'`);
    expect((await data(query)).commune.fullName).toBe("Phường Kỳ Lừa (mới)");
    await api.sql(`UPDATE administrative_unit SET full_name = 'Phường Kỳ Lừa' WHERE code = '06187'`);
  });

  it("lists the provinces that have data", async () => {
    const { provinces } = await data(`{ provinces { code name fullName } }`);
    expect(provinces).toEqual([
      { code: "12", name: "Lai Châu", fullName: "Tỉnh Lai Châu" },
      { code: "20", name: "Lạng Sơn", fullName: "Tỉnh Lạng Sơn" },
    ]);
  });

  it("lists the six groups with their product sets", async () => {
    const { categories } = await data(
      `{ categories { code name productCount isTourism children { code parent { code } } } }`,
      undefined,
      "en",
    );
    expect(categories.map((c: { code: string }) => c.code)).toEqual(["TP", "DU", "DL", "TC", "SV", "DV"]);
    expect(categories[0].name).toBe("Food");
    expect(categories.reduce((n: number, c: { children: unknown[] }) => n + c.children.length, 0)).toBe(26);
    expect(categories.find((c: { code: string }) => c.code === "DV").isTourism).toBe(true);
    const total = (await data(`{ products { totalCount } }`)).products.totalCount;
    expect(categories.reduce((n: number, c: { productCount: number }) => n + c.productCount, 0)).toBe(total);
  });

  it("lists communes with published product counts, and pages them", async () => {
    const { communes } = await data(
      `{ communes(first: 100, filter: { provinceCode: "20" }) { totalCount edges { node { code fullName type productCount } } } }`,
    );
    expect(communes.totalCount).toBe(65);
    const kyLua = communes.edges.find((e: { node: { code: string } }) => e.node.code === "06187").node;
    const { count } = await api.one<{ count: number }>(
      `SELECT count(*)::int AS count FROM product p JOIN producer pr ON pr.id = p.producer_id WHERE pr.commune_code = '06187' AND p.status = 'published'`,
    );
    expect(kyLua).toMatchObject({ fullName: "Phường Kỳ Lừa", type: "PHUONG", productCount: count });
    const withProducts = await data(
      `{ communes(first: 100, filter: { withProducts: true }) { totalCount edges { node { productCount } } } }`,
    );
    expect(withProducts.communes.edges.every((e: { node: { productCount: number } }) => e.node.productCount > 0)).toBe(
      true,
    );
    const searched = await data(`{ communes(filter: { search: "ky lua" }) { edges { node { code } } } }`);
    expect(searched.communes.edges).toEqual([{ node: { code: "06187" } }]);
    expect((await data(`{ commune(code: "99999") { name } }`)).commune).toBeNull();
  });
});

describe("showcase events and distributors", () => {
  const EVENT = `query($slug: String!) { showcaseEvent(slug: $slug) {
    name venueName startsOn endsOn kind commune { fullName }
    tables { number isDemo commune { fullName } products { slug name } } } }`;

  it("shows the 20/11/2025 conference with its 11 numbered tables, each given to a commune", async () => {
    const { showcaseEvent } = await data(EVENT, { slug: "hoi-nghi-tong-ket-ocop-lang-son-2021-2025" });
    expect(showcaseEvent).toMatchObject({
      venueName: "The Pride",
      startsOn: "2025-11-20",
      kind: "CONFERENCE",
      commune: { fullName: "Phường Kỳ Lừa" },
    });
    expect(showcaseEvent.tables.map((t: { number: number }) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(showcaseEvent.tables[0]).toMatchObject({ commune: { fullName: "Phường Kỳ Lừa" }, isDemo: true });
    expect(showcaseEvent.tables[3].products.map((p: { name: string }) => p.name)).toEqual([
      "Na Chi Lăng (HTX Đồng Bành)",
      "Hoa hồi khô Chi Lăng",
      "Tinh dầu hồi Chi Lăng",
      "Khâu nhục Mai Sao",
    ]);
    expect((await data(EVENT, { slug: "khong-co" })).showcaseEvent).toBeNull();
  });

  it("holds one table number per event and one table per product per event", async () => {
    const [event] = await api.sql<{ id: number }>(`SELECT id FROM showcase_event LIMIT 1`);
    await expect(api.sql(`INSERT INTO showcase_table (event_id, number) VALUES ($1, 1)`, [event!.id])).rejects.toThrow(
      /showcase_table_number_unique/,
    );
    const [placed] = await api.sql<{ product_id: number; event_id: number }>(
      `SELECT product_id, event_id FROM showcase_placement LIMIT 1`,
    );
    const [other] = await api.sql<{ id: number }>(
      `SELECT id FROM showcase_table WHERE event_id = $1 AND id <> (SELECT table_id FROM showcase_placement WHERE product_id = $2 AND event_id = $1) LIMIT 1`,
      [placed!.event_id, placed!.product_id],
    );
    await expect(
      api.sql(`INSERT INTO showcase_placement (table_id, product_id, event_id) VALUES ($1, $2, $3)`, [
        other!.id,
        placed!.product_id,
        placed!.event_id,
      ]),
    ).rejects.toThrow(/showcase_placement_event_product_unique/);
  });

  it("lists events, upcoming only on request", async () => {
    const all = await data(`{ showcaseEvents { totalCount edges { node { slug } } } }`);
    expect(all.showcaseEvents.totalCount).toBe(1);
    const upcoming = await data(`{ showcaseEvents(filter: { upcoming: true }) { totalCount } }`);
    expect(upcoming.showcaseEvents.totalCount).toBe(0);
    await api.sql(
      `INSERT INTO showcase_event (slug, name_vi, kind, starts_on, ends_on) VALUES ('hoi-cho-2099', 'Hội chợ OCOP 2099', 'fair', '2099-01-01', '2099-01-05')`,
    );
    const later = await data(`{ showcaseEvents(filter: { upcoming: true }) { edges { node { slug } } } }`);
    expect(later.showcaseEvents.edges).toEqual([{ node: { slug: "hoi-cho-2099" } }]);
    const ordered = await data(`{ showcaseEvents(sort: UPCOMING_FIRST) { edges { node { slug } } } }`);
    expect(ordered.showcaseEvents.edges[0].node.slug).toBe("hoi-cho-2099");
  });

  it("lists distributors by kind with the products they carry", async () => {
    const { distributors } = await data(
      `{ distributors(first: 100, filter: { kind: EXPORT }) { totalCount edges { node { name isDemo productCount products(first: 10) { edges { node { name } } } } } } }`,
    );
    expect(distributors.totalCount).toBe(1);
    const exporter = distributors.edges[0].node;
    expect(exporter.isDemo).toBe(true);
    expect(exporter.productCount).toBeGreaterThan(0);
    expect(exporter.products.edges.every((e: { node: { name: string } }) => /hồi/i.test(e.node.name))).toBe(true);
    const { distributor } = await data(`{ distributor(slug: "khong-co") { name } }`);
    expect(distributor).toBeNull();
  });
});

describe("catalogStats", () => {
  it("counts published products by current stars, group and commune", async () => {
    const { catalogStats } = await data(
      `{ catalogStats { totalProducts totalProducers byStars { stars count } byCategory { category { code } count } byCommune { commune { code } count } } }`,
    );
    const total = (await data(`{ products { totalCount } }`)).products.totalCount;
    expect(catalogStats.totalProducts).toBe(total);
    const sum = (rows: Array<{ count: number }>) => rows.reduce((n, r) => n + r.count, 0);
    expect(sum(catalogStats.byStars)).toBe(total);
    expect(sum(catalogStats.byCategory)).toBe(total);
    const four = catalogStats.byStars.find((r: { stars: number | null }) => r.stars === 4);
    expect(four.count).toBe((await data(`{ products(filter: { stars: [4] }) { totalCount } }`)).products.totalCount);
    expect(catalogStats.byCommune[0].count).toBeGreaterThanOrEqual(catalogStats.byCommune.at(-1).count);
  });
});
