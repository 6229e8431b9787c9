import pg from "pg";
import { currentStars } from "./baseline/sql.js";
import { Rng } from "./prng.js";

/**
 * The four loaded pages. Requests are GraphQL GET requests with the query in the URL, exactly as the
 * storefront's Apollo Client sends them (`useGETForQueries`, `/graphql?lang=vi&…`), minus the
 * `__typename` fields Apollo adds to every selection. The baseline server answers the very same
 * URLs (it reads `operationName` and `variables` and runs its own SQL).
 */

/** The storefront's ProductCard fragment (apps/storefront/src/graphql/fragments.graphql). */
const PRODUCT_CARD = `fragment ProductCard on Product {
  id slug name stars isDemo isTourism
  category { code name }
  producer { id slug name commune { code name type } }
  images { id alt width height url variants { url width height format } }
}`;

const UNIT_NAME = `fragment UnitName on AdministrativeUnit { code name fullName type province { code name } }`;

/** The catalog page (apps/storefront/src/routes/catalog/catalog.graphql): 20 product cards. */
export const CATALOG_QUERY = `query CatalogProducts($first: Int!, $after: String, $filter: ProductFilter, $sort: ProductSort) {
  products(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges { cursor node { ...ProductCard } }
    pageInfo { hasNextPage endCursor }
  }
}
${PRODUCT_CARD}`;

/** The product page (apps/storefront/src/routes/product/product.graphql). */
export const PRODUCT_QUERY = `query ProductPage($slug: String!) {
  product(slug: $slug) {
    ...ProductCard
    description packaging unit priceMin priceMax seasons openingHours traceabilityUrl
    location { lat lng }
    category { code name parent { code name } }
    certification { ...CertificationFields }
    producer {
      id slug name type address addressAsReported website email phone isDemo
      commune { ...UnitName }
      province { code name }
    }
    whereToBuy { url note distributor { id slug name kind website } }
    showcases {
      tableNumber
      event { id slug name startsOn endsOn venueName }
      commune { ...UnitName }
    }
  }
}
fragment CertificationFields on Certification {
  stars score level decisionNumber decisionDate decisionDatePrecision validUntil revokedOn revocationReason status legalBasis issuer
}
${PRODUCT_CARD}
${UNIT_NAME}`;

/** An event page with all its tables (the brief's selection, plus the event's own name). */
export const EVENT_QUERY = `query EventPage($slug: String!) {
  showcaseEvent(slug: $slug) {
    slug name startsOn
    tables { number commune { fullName } products { slug name stars } }
  }
}`;

export type ScenarioName = "catalog" | "search" | "product" | "event";

export type Lang = "vi" | "en" | "zh";

export interface ScenarioRequest {
  lang: Lang;
  variables: Record<string, unknown>;
}

export interface Scenario {
  name: ScenarioName;
  title: string;
  operationName: string;
  query: string;
  /** The distinct requests, in the order the load generator goes through them (then again). */
  requests: ScenarioRequest[];
}

/** `/graphql?operationName=…&query=…&`: the part of a scenario's URLs that every request shares. */
export function graphqlQueryPart(operationName: string, query: string): string {
  return `/graphql?${new URLSearchParams({ operationName, query }).toString()}&`;
}

/** `lang=…&variables=…`: the part that varies. */
export function graphqlRequestPart(request: ScenarioRequest): string {
  return new URLSearchParams({ lang: request.lang, variables: JSON.stringify(request.variables) }).toString();
}

/** `/graphql?operationName=…&query=…&lang=…&variables=…`: the same URL for the API and the baseline. */
export function graphqlPath(operationName: string, query: string, request: ScenarioRequest): string {
  return graphqlQueryPart(operationName, query) + graphqlRequestPart(request);
}

export function pathOf(s: Scenario, i: number): string {
  return graphqlPath(s.operationName, s.query, s.requests[i % s.requests.length] as ScenarioRequest);
}

const cursor = (offset: number) => Buffer.from(`o:${offset}`).toString("base64url");

const LANGS: Lang[] = ["vi", "en", "zh"];

/**
 * Builds the request lists from what is in the benchmark database. The lists are long (every
 * published product; every event and catalog page in the storefront's three languages) and the load
 * generator keeps going through them from run to run, so a response cache sees few repeats.
 */
export async function buildScenarios(url: string, seed: string, productLimit: number | null): Promise<Scenario[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rng = new Rng(`${seed}:requests`);
    const { rows: products } = await client.query<{ slug: string }>(
      `SELECT slug FROM product WHERE status = 'published' ORDER BY id`,
    );
    const { rows: events } = await client.query<{ slug: string }>(
      `SELECT slug FROM showcase_event WHERE published ORDER BY id`,
    );

    // How many published products each filter the storefront offers has, to ask only for full pages.
    const counted = async (sql: string) =>
      (await client.query<{ key: string; n: number }>(sql)).rows.map((r) => ({
        key: r.key,
        pages: Math.floor(r.n / 20),
      }));
    const published = `FROM product p JOIN producer pr ON pr.id = p.producer_id WHERE p.status = 'published'`;
    const provinces = await counted(
      `SELECT pr.province_code AS key, count(*)::int AS n ${published} GROUP BY 1 ORDER BY 1`,
    );
    const communes = await counted(
      `SELECT pr.commune_code AS key, count(*)::int AS n ${published} GROUP BY 1 ORDER BY 1`,
    );
    const types = await counted(
      `SELECT upper(pr.type::text) AS key, count(*)::int AS n ${published} GROUP BY 1 ORDER BY 1`,
    );
    const categories = await counted(
      `SELECT c.code AS key, count(p.id)::int AS n FROM category c
         LEFT JOIN category child ON child.parent_code = c.code OR child.code = c.code
         LEFT JOIN product p ON p.category_code = child.code AND p.status = 'published' GROUP BY 1 ORDER BY 1`,
    );
    const total = Math.floor(products.length / 20);
    const withStars = async (stars: number[]) =>
      Object.fromEntries(
        (
          await counted(
            `SELECT coalesce(c.parent_code, c.code) AS key, count(*)::int AS n ${published.replace("JOIN producer pr ON pr.id = p.producer_id", "JOIN category c ON c.code = p.category_code")}
               AND ${currentStars()} = ANY('{${stars.join(",")}}'::int[]) GROUP BY ROLLUP (1)`,
          )
        ).map((r) => [r.key ?? "", r.pages]),
      ) as Record<string, number>;
    const starFilters = [[5], [4, 5], [3]];
    const starPages: Array<Record<string, number>> = [];
    for (const stars of starFilters) starPages.push(await withStars(stars));
    // Catalog: full pages of 20 cards (the brief's page) with the filters the storefront offers, in
    // many combinations, since the API keeps whole answers in memory and a short list would measure
    // its cache: the first 50 pages of the whole catalogue and of each star filter, the first 20 of
    // each province (a provincial portal), group or set and producer type, the first 3 of each group
    // or set by stars, and the first page of every commune/ward with 20 products; in each language.
    // Deeper pages are rare in a storefront and cost both servers the same OFFSET.
    const pages: Array<Record<string, unknown>> = [];
    const page = (n: number, filter: Record<string, unknown>) =>
      pages.push({ first: 20, ...(n > 1 ? { after: cursor((n - 1) * 20 - 1) } : {}), filter, sort: "RELEVANCE" });
    const firstPages = (max: number, available: number, filter: Record<string, unknown>) => {
      for (let n = 1; n <= Math.min(max, available); n++) page(n, filter);
    };
    firstPages(50, total, {});
    starFilters.forEach((stars, i) => firstPages(50, starPages[i]?.[""] ?? 0, { stars }));
    for (const p of provinces) firstPages(20, p.pages, { provinceCode: p.key });
    for (const c of categories) firstPages(20, c.pages, { categoryCode: c.key });
    for (const c of categories)
      starFilters
        .slice(0, 2)
        .forEach((stars, i) => firstPages(3, starPages[i]?.[c.key] ?? 0, { categoryCode: c.key, stars }));
    for (const t of types) firstPages(20, t.pages, { producerType: t.key });
    for (const c of communes) firstPages(1, c.pages, { communeCode: c.key });
    const inAllLanguages = (list: Array<Record<string, unknown>>) =>
      rng.shuffle(list.flatMap((variables) => LANGS.map((lang) => ({ lang, variables }))));

    const productSlugs = rng.shuffle(products.map((p) => p.slug));
    return [
      {
        name: "catalog",
        title: "catalog page (20 cards)",
        operationName: "CatalogProducts",
        query: CATALOG_QUERY,
        requests: inAllLanguages(pages),
      },
      {
        name: "search",
        title: 'search "mat ong", 4+ stars',
        operationName: "CatalogProducts",
        query: CATALOG_QUERY,
        requests: [
          { lang: "vi", variables: { first: 20, filter: { search: "mat ong", stars: [4, 5] }, sort: "RELEVANCE" } },
        ],
      },
      {
        name: "product",
        title: "product page",
        operationName: "ProductPage",
        query: PRODUCT_QUERY,
        requests: (productLimit ? productSlugs.slice(0, productLimit) : productSlugs).map((slug) => ({
          lang: "vi" as Lang,
          variables: { slug },
        })),
      },
      {
        name: "event",
        title: "event page, all tables",
        operationName: "EventPage",
        query: EVENT_QUERY,
        requests: inAllLanguages(events.map((e) => ({ slug: e.slug }))),
      },
    ];
  } finally {
    await client.end();
  }
}
