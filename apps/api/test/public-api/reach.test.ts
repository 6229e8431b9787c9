import { withoutDiacritics } from "@ocop/schema/text";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

async function data<T = any>(query: string, variables?: Record<string, unknown>, lang?: string): Promise<T> {
  const result = await api.gql<T>(query, variables, { lang });
  expect(result.body.errors).toBeUndefined();
  return result.body.data as T;
}

const DIRECTORY = `query Directory($first: Int, $after: String, $filter: ProducerFilter) {
  producers(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { node { slug name type productCount bestStars commune { code } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface DirectoryNode {
  slug: string;
  name: string;
  type: string;
  productCount: number;
  bestStars: number | null;
  commune: { code: string } | null;
}
interface Directory {
  producers: {
    totalCount: number;
    edges: Array<{ node: DirectoryNode }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function directory(filter: Record<string, unknown> = {}, first = 100): Promise<Directory["producers"]> {
  return (await data<Directory>(DIRECTORY, { filter, first })).producers;
}

/** A producer row `pr` of one of the site's provinces (the site settings' provinces). */
const ON_SITE = `pr.province_code = ANY((SELECT provinces FROM site_settings WHERE id = 1)::text[])`;

/** Slugs of public producers per SQL written here, independently of the service, for `cond` on product p. */
async function producersWithPublicProduct(cond: string, params: unknown[] = []): Promise<string[]> {
  const rows = await api.sql<{ slug: string }>(
    `SELECT DISTINCT pr.slug FROM producer pr JOIN product p ON p.producer_id = pr.id
      WHERE p.status = 'published' AND ${ON_SITE} AND ${cond} ORDER BY pr.slug`,
    params,
  );
  return rows.map((r) => r.slug);
}

const slugsOf = (page: Directory["producers"]) => page.edges.map((e) => e.node.slug).sort();

describe("producers: the producer directory", () => {
  it("lists every producer with a published product, each with its product count and best stars", async () => {
    const all = await directory();
    const expected = await producersWithPublicProduct("true");
    expect(all.totalCount).toBe(expected.length);
    expect(slugsOf(all)).toEqual(expected);
    // Another province's producers stay in the data but not in this site's directory.
    const elsewhere = await api.sql<{ slug: string }>(
      `SELECT DISTINCT pr.slug FROM producer pr JOIN product p ON p.producer_id = pr.id
        WHERE p.status = 'published' AND NOT (${ON_SITE})`,
    );
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const { slug } of elsewhere) expect(slugsOf(all)).not.toContain(slug);

    const truth = await api.sql<{ slug: string; n: number; best: number | null }>(
      `SELECT pr.slug, count(*)::int AS n,
              max(CASE WHEN NOT p.newest_revoked AND p.newest_valid_until >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                       THEN p.newest_stars END)::int AS best
         FROM producer pr JOIN product p ON p.producer_id = pr.id AND p.status = 'published'
        WHERE ${ON_SITE} GROUP BY pr.slug`,
    );
    const bySlug = new Map(all.edges.map((e) => [e.node.slug, e.node]));
    for (const row of truth) {
      expect(bySlug.get(row.slug), row.slug).toMatchObject({ productCount: row.n, bestStars: row.best });
    }
    // The demo data has producers whose only certificate expired: their best stars say so with null.
    expect(truth.some((r) => r.best === null)).toBe(true);
    expect(truth.some((r) => r.n > 1)).toBe(true);
  });

  it("finds a producer typed without diacritics", async () => {
    const [row] = await api.sql<{ slug: string; name: string }>(
      `SELECT pr.slug, pr.name FROM producer pr JOIN product p ON p.producer_id = pr.id
        WHERE p.status = 'published' AND ${ON_SITE} AND pr.name <> unaccent(pr.name) ORDER BY pr.id LIMIT 1`,
    );
    const words = withoutDiacritics(row!.name).toLowerCase().split(/\s+/);
    const query = words.slice(-2).join(" ");
    expect(query).not.toBe(row!.name);
    const found = await directory({ search: query });
    expect(slugsOf(found)).toContain(row!.slug);
    expect(found.totalCount).toBeLessThan((await directory()).totalCount);
  });

  it("filters by commune, producer type, group and best stars", async () => {
    const [commune] = await api.sql<{ code: string }>(
      `SELECT pr.commune_code AS code FROM producer pr JOIN product p ON p.producer_id = pr.id
        WHERE p.status = 'published' AND ${ON_SITE} AND pr.commune_code IS NOT NULL
        GROUP BY pr.commune_code ORDER BY count(DISTINCT pr.id) DESC LIMIT 1`,
    );
    expect(slugsOf(await directory({ communeCode: commune!.code }))).toEqual(
      await producersWithPublicProduct("pr.commune_code = $1", [commune!.code]),
    );

    const cooperatives = await directory({ type: "COOPERATIVE" });
    expect(cooperatives.totalCount).toBeGreaterThan(0);
    expect(slugsOf(cooperatives)).toEqual(await producersWithPublicProduct("pr.type = 'cooperative'"));

    const drinks = await directory({ categoryCode: "DU" });
    expect(drinks.totalCount).toBeGreaterThan(0);
    expect(slugsOf(drinks)).toEqual(
      await producersWithPublicProduct(
        "p.category_code IN (SELECT code FROM category WHERE code = 'DU' OR parent_code = 'DU')",
      ),
    );

    const fourStars = await directory({ stars: [4] });
    expect(fourStars.totalCount).toBeGreaterThan(0);
    expect(fourStars.edges.every((e) => e.node.bestStars === 4)).toBe(true);
    const threeOrFour = await directory({ stars: [3, 4] });
    expect(threeOrFour.totalCount).toBeGreaterThan(fourStars.totalCount);
    expect(threeOrFour.edges.every((e) => e.node.bestStars === 3 || e.node.bestStars === 4)).toBe(true);

    const both = await directory({ type: "COOPERATIVE", stars: [4] });
    expect(slugsOf(both)).toEqual(slugsOf(cooperatives).filter((s) => slugsOf(fourStars).includes(s)));
  });

  it("pages through the directory without gaps or repeats", async () => {
    const all = await directory();
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Directory["producers"] = (await data<Directory>(DIRECTORY, { first: 7, after })).producers;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((e) => e.node.slug));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.slug));
  });

  it("refuses a star count that is no OCOP rating, naming the field", async () => {
    const result = await api.gql(DIRECTORY, { filter: { stars: [2] } });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "stars", code: "starsFilter" })],
    });
  });
});

const DISTRIBUTOR = `query Distributor($slug: String!, $first: Int, $after: String) {
  distributor(slug: $slug) {
    slug name productCount phone email address website contactPerson zalo
    products(first: $first, after: $after) {
      totalCount
      edges { node { slug } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface DistributorPage {
  productCount: number;
  products: {
    totalCount: number;
    edges: Array<{ node: { slug: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe("distributor(slug): a distributor's page", () => {
  it("carries every published product it lists, page by page", async () => {
    const [top] = await api.sql<{ slug: string; n: number }>(
      `SELECT d.slug, count(*)::int AS n FROM distributor d JOIN distributor_link l ON l.distributor_id = d.id
         JOIN product p ON p.id = l.product_id AND p.status = 'published' JOIN producer pr ON pr.id = p.producer_id
        WHERE ${ON_SITE} GROUP BY d.slug ORDER BY count(*) DESC, d.slug LIMIT 1`,
    );
    // More products than the distributors page shows in its preview of 6.
    expect(top!.n).toBeGreaterThan(6);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { distributor }: { distributor: DistributorPage } = await data(DISTRIBUTOR, {
        slug: top!.slug,
        first: 5,
        after,
      });
      expect(distributor.productCount).toBe(top!.n);
      expect(distributor.products.totalCount).toBe(top!.n);
      seen.push(...distributor.products.edges.map((e) => e.node.slug));
      if (!distributor.products.pageInfo.hasNextPage) break;
      after = distributor.products.pageInfo.endCursor;
    }
    const expected = await api.sql<{ slug: string }>(
      `SELECT p.slug FROM distributor d JOIN distributor_link l ON l.distributor_id = d.id
         JOIN product p ON p.id = l.product_id AND p.status = 'published' JOIN producer pr ON pr.id = p.producer_id
        WHERE d.slug = $1 AND ${ON_SITE} ORDER BY p.slug`,
      [top!.slug],
    );
    expect([...seen].sort()).toEqual(expected.map((r) => r.slug));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("shows each contact field only while its public switch is on", async () => {
    const [d] = await api.sql<{ id: number; slug: string }>(`SELECT id, slug FROM distributor ORDER BY id LIMIT 1`);
    await api.sql(
      `UPDATE distributor SET phone = '0912 345 678', phone_public = false,
              email = 'ban@example.vn', email_public = true WHERE id = $1`,
      [d!.id],
    );
    const hidden = (await data(DISTRIBUTOR, { slug: d!.slug, first: 1 })).distributor;
    expect(hidden.phone).toBeNull();
    expect(hidden.email).toBe("ban@example.vn");
    await api.sql(`UPDATE distributor SET phone_public = true, email_public = false WHERE id = $1`, [d!.id]);
    // Public answers are cached per catalog revision; a direct SQL change moves it through the triggers.
    await expect
      .poll(async () => (await data(DISTRIBUTOR, { slug: d!.slug, first: 1 })).distributor)
      .toMatchObject({ phone: "0912 345 678", email: null });
  });

  it("is null for an unknown slug", async () => {
    expect((await data(DISTRIBUTOR, { slug: "khong-co" })).distributor).toBeNull();
  });
});
