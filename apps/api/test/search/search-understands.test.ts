import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

interface SearchPage {
  products: {
    totalCount: number;
    searchNote: { kind: string; shownQuery: string } | null;
    edges: Array<{ node: { slug: string; name: string; category: { code: string; parent: { code: string } | null } } }>;
  };
}

const SEARCH = `query Search($search: String, $first: Int) {
  products(first: $first, filter: { search: $search }) {
    totalCount
    searchNote { kind shownQuery }
    edges { node { slug name category { code parent { code } } } }
  }
}`;

async function search(query: string, lang = "vi", first = 50) {
  const result = await api.gql<SearchPage>(SEARCH, { search: query, first }, { lang });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.products;
}

const slugs = (page: SearchPage["products"]) => page.edges.map((e) => e.node.slug);
const groupOf = (node: SearchPage["products"]["edges"][number]["node"]) =>
  node.category.parent?.code ?? node.category.code;

describe("search: concepts", () => {
  it("finds a group's products by what people call the group, in every language", async () => {
    for (const [query, lang] of [
      ["đồ uống", "vi"],
      ["do uong", "vi"],
      ["drinks", "en"],
      ["beverages", "en"],
      ["饮料", "zh"],
    ] as const) {
      const page = await search(query, lang);
      expect(page.totalCount, query).toBeGreaterThanOrEqual(4);
      expect(
        page.edges.every((e) => groupOf(e.node) === "DU"),
        query,
      ).toBe(true);
      expect(page.searchNote, query).toBeNull();
    }
    const herbal = await search("duoc lieu");
    expect(slugs(herbal)).toEqual(expect.arrayContaining(["tinh-dau-hoi-van-quan", "tinh-dau-hoi-chi-lang"]));
    expect(slugs(await search("spices", "en"))).toContain("hoa-hoi-kho-chi-lang");
  });

  it("ranks the products a query names before the rest of the group it names", async () => {
    // 茶 is in seven Chinese names and names the two tea sets: the names come first.
    const page = await search("茶", "zh");
    const named = page.edges.map((e) => e.node.name.includes("茶"));
    // Every product whose Chinese name holds 茶 comes before every one found only by its group.
    expect(named.indexOf(false) === -1 || named.slice(named.indexOf(false)).every((n) => !n)).toBe(true);
    expect(named[0]).toBe(true);
  });
});

describe("search: words dropped, typos corrected, fuzzy: the answer says so", () => {
  it('answers "banh cuon" with the bánh products and says it shows "banh", not a custard apple first', async () => {
    const page = await search("banh cuon");
    expect(page.searchNote).toEqual({ kind: "DROPPED_WORDS", shownQuery: "banh" });
    const first = page.edges.slice(0, 3).map((e) => e.node.name);
    expect(first.every((n) => n.startsWith("Bánh"))).toBe(true);
    const apple = slugs(page).indexOf("na-chi-lang");
    if (apple !== -1) expect(apple).toBeGreaterThanOrEqual(3);
  });

  it("drops words from the end until something matches", async () => {
    const page = await search("khau nhuc mai sao ha noi");
    expect(page.searchNote?.kind).toBe("DROPPED_WORDS");
    expect(page.searchNote?.shownQuery).toBe("khau nhuc mai sao");
    expect(slugs(page)[0]).toBe("khau-nhuc-mai-sao");
  });

  it("says when typos were corrected, and shows the corrected query", async () => {
    const page = await search("mat ogn");
    expect(page.searchNote).toEqual({ kind: "CORRECTED", shownQuery: "mat ong" });
    expect(page.totalCount).toBeGreaterThanOrEqual(3);
  });

  it("has no note when the query as typed matches, nor without a search", async () => {
    expect((await search("mat ong")).searchNote).toBeNull();
    const all = await api.gql<SearchPage>(`{ products(first: 1) { totalCount searchNote { kind } } }`);
    expect(all.body.data!.products.searchNote).toBeNull();
  });

  it("has no note when nothing matches at all", async () => {
    const page = await search("xyzzyqqq");
    expect(page).toMatchObject({ totalCount: 0, searchNote: null });
  });
});

describe("search: Chinese without spaces", () => {
  it('segments "谅山蜂蜜" into a place and a product word: honey of Lạng Sơn, not of Lai Châu', async () => {
    const page = await search("谅山蜂蜜", "zh");
    expect(page.searchNote).toBeNull();
    expect(slugs(page)[0]).toBe("mat-ong-huong-rung-xu-lang");
    expect(slugs(page)).toEqual(
      expect.arrayContaining(["mat-ong-huong-rung-xu-lang", "mat-ong-ngu-gia-bi", "mat-ong-van-lang"]),
    );
    expect(slugs(page)).not.toContain("mat-ong-pa-u");
  });

  it("keeps two characters that are no catalogue word together as typed", async () => {
    expect((await search("八油", "zh")).totalCount).toBe(0);
    expect(slugs(await search("支棱八角", "zh")).sort()).toEqual(["hoa-hoi-kho-chi-lang", "tinh-dau-hoi-chi-lang"]);
  });
});

describe("search: by decision number", () => {
  it("finds the products of a decision by its number, as printed or alone", async () => {
    const byNumber = await search("2865");
    expect(byNumber.totalCount).toBe(8);
    for (const query of ["2865/QĐ-UBND", "QĐ 2865", "quyết định số 2865"]) {
      const page = await search(query);
      expect(slugs(page).sort(), query).toEqual(slugs(byNumber).sort());
    }
    // A number no decision has is no decision search.
    expect((await search("2866")).edges.map((e) => e.node.slug)).not.toContain("lap-suon-sam-thu");
  });
});
