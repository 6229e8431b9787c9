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

interface ProductsPage {
  products: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: {
        slug: string;
        name: string;
        stars: number | null;
        category: { code: string; parent: { code: string } | null };
        producer: { slug: string; type: string; commune: { code: string } | null };
      };
    }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const PRODUCTS = `query Products($first: Int, $after: String, $filter: ProductFilter, $sort: ProductSort) {
  products(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges { cursor node { slug name stars category { code parent { code } } producer { slug type commune { code } } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

async function products(variables: Record<string, unknown>, lang?: string) {
  const result = await api.gql<ProductsPage>(PRODUCTS, variables, { lang });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.products;
}

const names = (page: ProductsPage["products"]) => page.edges.map((e) => e.node.name);

describe("products: search", () => {
  it('finds "Mật ong" from "mat ong" typed without diacritics, and ranks honey first', async () => {
    const page = await products({ filter: { search: "mat ong" } });
    expect(page.totalCount).toBeGreaterThanOrEqual(4);
    expect(
      names(page)
        .slice(0, 4)
        .every((n) => n.startsWith("Mật ong")),
    ).toBe(true);
  });

  it("reads the last word as still being typed, the words before it as finished", async () => {
    const typing = await products({ filter: { search: "mat on" }, first: 50 });
    const typed = await products({ filter: { search: "mat ong" }, first: 50 });
    expect(typing.totalCount).toBeGreaterThanOrEqual(4);
    expect(names(typing)).toEqual(names(typed));
    // A finished word that is no catalogue word is a typo, corrected ("on" → "ong"), not a prefix.
    const typo = await products({ filter: { search: "mat on rung" }, first: 50 });
    expect(names(typo)).toContain("Mật ong hương rừng Xứ Lạng");
  });

  it("gives the same results with and without diacritics", async () => {
    const plain = await products({ filter: { search: "hong khong hat" }, first: 50 });
    const accented = await products({ filter: { search: "Hồng không hạt" }, first: 50 });
    expect(names(plain)).toContain("Hồng không hạt Bảo Lâm");
    expect(names(plain)).toEqual(names(accented));
  });

  it("folds đ to d", async () => {
    const page = await products({ filter: { search: "dong banh" } });
    expect(names(page)).toContain("Na Chi Lăng (HTX Đồng Bành)");
  });

  it("still finds a product when the query has a typo", async () => {
    const page = await products({ filter: { search: "khau nhuc mai sao" } });
    expect(names(page)[0]).toBe("Khâu nhục Mai Sao");
    const typo = await products({ filter: { search: "khau nhuk mai sao" } });
    expect(names(typo)).toContain("Khâu nhục Mai Sao");
  });

  it("matches English and Chinese names", async () => {
    const english = await products({ filter: { search: "star anise essential oil" } }, "en");
    expect(names(english).slice(0, 2).sort()).toEqual([
      "Chi Lang star anise essential oil",
      "Van Quan star anise essential oil",
    ]);
    const chinese = await products({ filter: { search: "八角精油" } }, "zh");
    expect(chinese.totalCount).toBe(2);
    // One character, and two that stand inside the name (not at its start).
    expect((await products({ filter: { search: "角" } }, "zh")).totalCount).toBeGreaterThanOrEqual(2);
    expect((await products({ filter: { search: "精油" } }, "zh")).totalCount).toBeGreaterThanOrEqual(2);
    // Both characters present but not side by side: no match.
    expect((await products({ filter: { search: "八油" } }, "zh")).totalCount).toBe(0);
  });

  it("matches regional synonyms that staff keep (trà ↔ chè)", async () => {
    const tea = await products({ filter: { search: "tra duoi tan hoi" } });
    expect(names(tea)).toContain("Chè dưới tán hồi");
  });

  it("corrects a typo against the catalogue's own words and matches the corrected words", async () => {
    const meant = await products({ filter: { search: "mat ong" }, first: 50 });
    // A swap, a missing letter and a doubled one: each finds exactly what "mat ong" finds.
    for (const typo of ["mat ogn", "mt ong", "matt ong"]) {
      const found = await products({ filter: { search: typo }, first: 50 });
      expect(found.totalCount, typo).toBe(meant.totalCount);
      expect(names(found), typo).toEqual(names(meant));
    }
  });

  it("finds a product by its words when the query also names something it is not listed under", async () => {
    const found = await products({ filter: { search: "khau nhuc mai sao ha noi" } });
    expect(names(found)[0]).toBe("Khâu nhục Mai Sao");
  });

  it("matches words from their start, not inside other words", async () => {
    expect(names(await products({ filter: { search: "quay" } }))).toContain("Vịt quay Hồng Xiêm");
    expect(names(await products({ filter: { search: "uay" } }))).not.toContain("Vịt quay Hồng Xiêm");
  });

  it("reads punctuation and LIKE wildcards as spaces, never as patterns", async () => {
    const plain = await products({ filter: { search: "mat ong" }, first: 50 });
    const underscored = await products({ filter: { search: "mat_ong" }, first: 50 });
    expect(names(underscored)).toEqual(names(plain));
    const wildcard = await products({ filter: { search: "mat%ong" }, first: 50 });
    expect(names(wildcard)).toEqual(names(plain));
    const onlyWildcards = await products({ filter: { search: "%_%" }, first: 100 });
    const all = await products({ first: 100 });
    expect(onlyWildcards.totalCount).toBe(all.totalCount);
  });

  it("finds nothing for nonsense, with a count of 0", async () => {
    const page = await products({ filter: { search: "xyzzyqqq" } });
    expect(page).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
  });
});

describe("products: filters", () => {
  it("shows only published products", async () => {
    const all = await products({ first: 100 });
    const { count } = await api.one<{ count: number }>(
      `SELECT count(*)::int AS count FROM product WHERE status = 'published'`,
    );
    expect(all.totalCount).toBe(count);
    const [draft] = await api.sql<{ slug: string }>(`SELECT slug FROM product WHERE status = 'draft' LIMIT 1`);
    expect(draft).toBeDefined();
    expect(all.edges.map((e) => e.node.slug)).not.toContain(draft!.slug);
  });

  it("filters by group and by product set", async () => {
    const group = await products({ filter: { categoryCode: "DL" }, first: 100 });
    expect(group.totalCount).toBeGreaterThan(0);
    expect(group.edges.every((e) => e.node.category.parent?.code === "DL")).toBe(true);
    const set = await products({ filter: { categoryCode: "TP-SC-2" }, first: 100 });
    expect(set.edges.every((e) => e.node.category.code === "TP-SC-2")).toBe(true);
    expect(names(set)).toContain("Mật ong Pa Ủ");
  });

  it("filters by current stars, counting only certificates valid today", async () => {
    const four = await products({ filter: { stars: [4] }, first: 100 });
    expect(four.totalCount).toBeGreaterThan(0);
    expect(four.edges.every((e) => e.node.stars === 4)).toBe(true);
    const threeOrFour = await products({ filter: { stars: [3, 4] }, first: 100 });
    const valid = await products({ filter: { validOnly: true }, first: 100 });
    expect(threeOrFour.totalCount).toBe(valid.totalCount);
    const five = await products({ filter: { stars: [5] } });
    expect(five.totalCount).toBe(0);
  });

  it("rejects star levels that are never certified", async () => {
    const result = await api.gql(PRODUCTS, { filter: { stars: [2] } });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "stars" }] });
  });

  it("filters by commune, producer and producer type", async () => {
    const chiLang = await products({ filter: { communeCode: "06463" }, first: 100 });
    expect(chiLang.totalCount).toBeGreaterThan(0);
    expect(chiLang.edges.every((e) => e.node.producer.commune?.code === "06463")).toBe(true);
    const producerSlug = chiLang.edges[0]!.node.producer.slug;
    const byProducer = await products({ filter: { producerSlug }, first: 100 });
    expect(byProducer.edges.every((e) => e.node.producer.slug === producerSlug)).toBe(true);
    const households = await products({ filter: { producerType: "HOUSEHOLD" }, first: 100 });
    expect(households.totalCount).toBeGreaterThan(0);
    expect(households.edges.every((e) => e.node.producer.type === "HOUSEHOLD")).toBe(true);
  });

  it("combines filters with search (all must hold)", async () => {
    const page = await products({ filter: { search: "khau nhuc", communeCode: "06463" }, first: 100 });
    expect(names(page)).toEqual(["Khâu nhục Mai Sao"]);
    const none = await products({ filter: { search: "mat ong", categoryCode: "DU" } });
    expect(none.totalCount).toBe(0);
  });

  it("filters featured products", async () => {
    const page = await products({ filter: { featured: true }, first: 100 });
    const { count } = await api.one<{ count: number }>(
      `SELECT count(*)::int AS count FROM product WHERE status = 'published' AND featured`,
    );
    expect(page.totalCount).toBe(count);
    expect(count).toBeGreaterThan(0);
  });
});

describe("products: sorting", () => {
  it("sorts by name in the request's language", async () => {
    const vi = names(await products({ sort: "NAME", first: 100 }));
    const folded = (s: string) =>
      s
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/gi, "d")
        .toLowerCase();
    expect(vi.map(folded)).toEqual([...vi.map(folded)].sort());
    const en = names(await products({ sort: "NAME", first: 100 }, "en"));
    expect(en[0]!.localeCompare(en[1]!, "en", { sensitivity: "base" })).toBeLessThanOrEqual(0);
  });

  it("sorts search results by any order, not only by relevance", async () => {
    for (const sort of ["NAME", "STARS", "NEWEST"]) {
      const page = await products({ filter: { search: "mat ong" }, sort, first: 50 });
      expect(page.totalCount, sort).toBe((await products({ filter: { search: "mat ong" }, first: 50 })).totalCount);
    }
    const typo = await products({ filter: { search: "khau nhuk mai sao" }, sort: "NAME" });
    expect(names(typo)).toContain("Khâu nhục Mai Sao");
  });

  it("sorts by stars, highest first and unrated last", async () => {
    const stars = (await products({ sort: "STARS", first: 100 })).edges.map((e) => e.node.stars);
    const rated = stars.filter((s): s is number => s !== null);
    expect(rated).toEqual([...rated].sort((a, b) => b - a));
    expect(stars.slice(rated.length).every((s) => s === null)).toBe(true);
    expect(rated[0]).toBe(4);
  });

  it("sorts newest certificates first", async () => {
    const page = await products({ sort: "NEWEST", first: 100 });
    const dates = await api.sql<{ slug: string; newest: string }>(
      `SELECT p.slug, max(c.decision_date) AS newest FROM product p JOIN certification c ON c.product_id = p.id
        WHERE p.status = 'published' GROUP BY p.slug`,
    );
    const newestBySlug = new Map(dates.map((d) => [d.slug, d.newest]));
    const inOrder = page.edges.map((e) => newestBySlug.get(e.node.slug)!);
    expect(inOrder).toEqual([...inOrder].sort().reverse());
  });
});

describe("products: pagination", () => {
  it("walks every page exactly once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let page: ProductsPage["products"];
    let pages = 0;
    do {
      page = await products({ first: 7, after, sort: "NAME" });
      seen.push(...page.edges.map((e) => e.node.slug));
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      after = page.pageInfo.endCursor;
      pages++;
    } while (page.pageInfo.hasNextPage);
    expect(seen.length).toBe(page.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(page.totalCount / 7));
  });

  it("answers past the last page with no edges and the right count", async () => {
    const all = await products({ first: 100 });
    const last = all.edges.at(-1)!.cursor;
    const beyond = await products({ first: 5, after: last });
    expect(beyond).toMatchObject({
      totalCount: all.totalCount,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
    });
  });

  it("rejects a cursor it did not give out", async () => {
    const result = await api.gql(PRODUCTS, { after: "not-a-cursor" });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "after" }] });
  });

  it("caps the page size", async () => {
    const result = await api.gql(PRODUCTS, { first: 101 });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "first" }] });
    const negative = await api.gql(PRODUCTS, { first: -1 });
    expect(negative.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const max = await products({ first: 100 });
    expect(max.edges.length).toBe(Math.min(100, max.totalCount));
  });
});
