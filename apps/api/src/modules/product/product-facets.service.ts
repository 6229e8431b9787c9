import type { RequestContext } from "../../graphql/context";
import { currentStars, hasValidCertificate } from "../../domain/rules";
import type { FacetCountObject, ProductFacetsObject } from "./product-facets.types";
import {
  JOIN_PRODUCER,
  SqlParams,
  matchedSearch,
  productConditions,
  type FacetFilterKey,
  type ProductQuery,
} from "./product.service";
import type { ProductFilter } from "./product.types";
import { ProducerType } from "../producer/producer.entity";

/** The GraphQL name of each stored producer type ("cooperative" → "COOPERATIVE"), as the filter takes it. */
const PRODUCER_TYPE_NAME = new Map(Object.entries(ProducerType).map(([name, stored]) => [stored as string, name]));

/**
 * One facet: the filters it leaves out, the SQL of the value it counts by (on `p`, `pr`, `c`) and
 * what that value needs joined.
 */
interface Facet {
  omit: FacetFilterKey[];
  value: string;
  joins: string[];
}

const JOIN_CATEGORY = "JOIN category c ON c.code = p.category_code";

const FACETS = {
  stars: { omit: ["stars"], value: `(${currentStars("p")})::text`, joins: [] },
  subgroups: { omit: ["categoryCode"], value: "p.category_code", joins: [] },
  communes: { omit: ["communeCode"], value: "pr.commune_code", joins: [JOIN_PRODUCER] },
  // Choosing a province drops the commune/ward (a unit belongs to one province), so a province's
  // count is what choosing it gives: without the commune filter too.
  provinces: { omit: ["provinceCode", "communeCode"], value: "pr.province_code", joins: [JOIN_PRODUCER] },
  producerTypes: { omit: ["producerType"], value: "pr.type::text", joins: [JOIN_PRODUCER] },
} satisfies Record<string, Facet>;

type Row = { value: string | null; parent?: string | null; count: number; valid?: number };

/**
 * The catalogue's filter counts for a public filter: one statement per facet, each counting with
 * every other filter applied (commerce search's faceting), over the published-listing index
 * (category, producer, newest certificate) and the producer's primary key.
 */
export async function productFacets(
  ctx: RequestContext,
  filter: ProductFilter | undefined,
): Promise<ProductFacetsObject> {
  const query: ProductQuery = { ...filter, publicOnly: true };
  const search = await matchedSearch(ctx, query);

  const count = (
    facet: Facet | { omit: FacetFilterKey[]; value: null; joins: string[] },
    select: string,
    groupBy: string,
  ) => {
    const params = new SqlParams();
    const { where, joins } = productConditions(query, params, new Set(facet.omit));
    for (const j of facet.joins) joins.add(j);
    if (search) where.push(search(params));
    return ctx.dataSource.query(
      `SELECT ${select} FROM product p ${[...joins].join(" ")} WHERE ${where.join(" AND ")} ${groupBy}`,
      params.values,
    ) as Promise<Row[]>;
  };
  const byValue = (facet: Facet, extra = "") =>
    count(
      facet,
      `${facet.value} AS value${extra}, count(*)::int AS count`,
      `GROUP BY 1${extra ? ", 2" : ""} HAVING ${facet.value} IS NOT NULL ORDER BY 1`,
    );

  const validOnly = filter?.validOnly === true;
  const plain = (rows: Row[]): FacetCountObject[] => rows.map((r) => ({ value: r.value as string, count: r.count }));
  const [validRows, stars, subgroups, provinces, producerTypes] = await Promise.all([
    count(
      { omit: ["validOnly"], value: null, joins: [] },
      `count(*)::int AS count, (count(*) FILTER (WHERE ${hasValidCertificate("p")}))::int AS valid`,
      "",
    ),
    byValue(FACETS.stars),
    byValue({ ...FACETS.subgroups, joins: [JOIN_CATEGORY] }, ", c.parent_code AS parent"),
    byValue(FACETS.provinces),
    byValue(FACETS.producerTypes),
  ]);
  const all = { count: validRows[0]?.count ?? 0, valid: validRows[0]?.valid ?? 0 };

  const groups = new Map<string, number>();
  for (const row of subgroups) {
    const group = row.parent ?? (row.value as string);
    groups.set(group, (groups.get(group) ?? 0) + row.count);
  }
  return {
    total: validOnly ? all.valid : all.count,
    valid: all.valid,
    stars: plain(stars).sort((a, b) => Number(b.value) - Number(a.value)),
    groups: [...groups].map(([value, n]) => ({ value, count: n })).sort((a, b) => a.value.localeCompare(b.value)),
    subgroups: plain(subgroups.filter((r) => r.parent != null)),
    provinces: plain(provinces),
    // Counted only when asked for: a national site has thousands of units, and its catalog asks
    // for those of the chosen province only (the list of a client that asks for them all is long).
    countCommunes: () => byValue(FACETS.communes).then(plain),
    producerTypes: producerTypes.map((r) => ({
      value: PRODUCER_TYPE_NAME.get(r.value as string) ?? (r.value as string),
      count: r.count,
    })),
  };
}
