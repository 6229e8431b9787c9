import { principalOf, type AdminContext } from "../../graphql/admin-context";
import {
  certificateEndsNextYear,
  currentStars,
  hasLapsedCertificate,
  isActiveProduct,
  TODAY_IN_VIETNAM,
} from "../../domain/rules";
import { communeScopeOf } from "../staff/commune-scope";
import type { CountByKeyObject } from "../product/dashboard.admin.types";
import type { ProgrammeReportObject, ReportCertificateObject, ReportRoundObject } from "./programme-report.admin.types";

/**
 * The programme report of a review conference (like Lạng Sơn's of 20/11/2025): what each round
 * certified, today's certified products by stars, group and commune/ward, what lapsed without
 * re-evaluation and what is due for renewal next year. A commune/ward officer's report covers
 * their unit only. Products "certified today" are those not archived whose certificate is valid.
 */
export async function programmeReportFor(ctx: AdminContext): Promise<ProgrammeReportObject> {
  const ds = ctx.dataSource;
  const scope = communeScopeOf(principalOf(ctx));
  // $1 is the commune/ward of the caller's scope, null for everyone else.
  const inScope = `($1::text IS NULL OR pr.commune_code = $1)`;
  const certified = `${isActiveProduct("p")} AND (${currentStars("p")}) IS NOT NULL AND ${inScope}`;
  const groupName = ctx.lang === "en" ? "coalesce(g.name_en, g.name_vi)" : "g.name_vi";
  const starsLabel = ctx.lang === "en" ? `' stars'` : `' sao'`;
  const certificateColumns = `p.id AS "productId", p.name_vi AS "productName", pr.name AS "producerName",
      au.full_name AS "communeName", c.stars, c.decision_number AS "decisionNumber",
      c.decision_date::text AS "decisionDate", c.valid_until::text AS "validUntil"`;
  // The product's newest certificate: the one its newest_* copy is of.
  const newest = `JOIN LATERAL (SELECT * FROM certification c WHERE c.product_id = p.id
                    ORDER BY c.decision_date DESC, c.id DESC LIMIT 1) c ON true`;
  const params = [scope];
  const [[today], provinces, commune, rounds, byStars, byGroup, byCommune, expired, renewals] = await Promise.all([
    ds.query(`SELECT ${TODAY_IN_VIETNAM}::text AS today`) as Promise<Array<{ today: string }>>,
    ds.query(
      `SELECT pv.name FROM province pv JOIN producer pr ON pr.province_code = pv.code
        WHERE ${inScope} GROUP BY pv.code, pv.name ORDER BY count(*) DESC, pv.name LIMIT 1`,
      params,
    ) as Promise<Array<{ name: string }>>,
    scope === null
      ? Promise.resolve([])
      : (ds.query(`SELECT full_name AS name FROM administrative_unit WHERE code = $1`, [scope]) as Promise<
          Array<{ name: string }>
        >),
    ds.query(
      `SELECT extract(year FROM c.decision_date)::int AS year, c.decision_number AS "decisionNumber",
              c.decision_date::text AS "decisionDate", count(DISTINCT c.product_id)::int AS products,
              count(*) FILTER (WHERE c.stars = 3)::int AS stars3, count(*) FILTER (WHERE c.stars = 4)::int AS stars4,
              count(*) FILTER (WHERE c.stars = 5)::int AS stars5
         FROM certification c JOIN product p ON p.id = c.product_id JOIN producer pr ON pr.id = p.producer_id
        WHERE ${inScope}
        GROUP BY 1, 2, 3 ORDER BY 3 DESC, 2 NULLS LAST`,
      params,
    ) as Promise<ReportRoundObject[]>,
    ds.query(
      `SELECT (${currentStars("p")})::text AS key, (${currentStars("p")})::text || ${starsLabel} AS label,
              count(*)::int AS count
         FROM product p JOIN producer pr ON pr.id = p.producer_id
        WHERE ${certified} GROUP BY 1, 2 ORDER BY 1 DESC`,
      params,
    ) as Promise<CountByKeyObject[]>,
    ds.query(
      `SELECT g.code AS key, ${groupName} AS label, count(*)::int AS count
         FROM product p JOIN producer pr ON pr.id = p.producer_id
         JOIN category c ON c.code = p.category_code JOIN category g ON g.code = coalesce(c.parent_code, c.code)
        WHERE ${certified} GROUP BY g.code, 2, g.position ORDER BY g.position`,
      params,
    ) as Promise<CountByKeyObject[]>,
    ds.query(
      // Producers whose unit is not known yet (from another province) count under key "", so
      // the table adds up to the products certified.
      `SELECT coalesce(au.code, '') AS key, coalesce(au.full_name, $2) AS label, count(*)::int AS count
         FROM product p JOIN producer pr ON pr.id = p.producer_id
         LEFT JOIN administrative_unit au ON au.code = pr.commune_code
        WHERE ${certified} GROUP BY 1, 2 ORDER BY 3 DESC, 2`,
      [scope, ctx.lang === "en" ? "Commune/ward not known" : "Chưa rõ xã, phường"],
    ) as Promise<CountByKeyObject[]>,
    ds.query(
      `SELECT ${certificateColumns}
         FROM product p JOIN producer pr ON pr.id = p.producer_id
         LEFT JOIN administrative_unit au ON au.code = pr.commune_code ${newest}
        WHERE ${isActiveProduct("p")} AND ${hasLapsedCertificate("p")} AND ${inScope}
        ORDER BY c.valid_until, p.id`,
      params,
    ) as Promise<ReportCertificateObject[]>,
    ds.query(
      `SELECT ${certificateColumns}
         FROM product p JOIN producer pr ON pr.id = p.producer_id
         LEFT JOIN administrative_unit au ON au.code = pr.commune_code ${newest}
        WHERE ${isActiveProduct("p")} AND ${certificateEndsNextYear("p")} AND ${inScope}
        ORDER BY c.valid_until, p.id`,
      params,
    ) as Promise<ReportCertificateObject[]>,
  ]);
  return {
    // The deployment's province: the one most producers are in (a few from elsewhere show on its list).
    provinceName: provinces[0]?.name ?? "",
    communeName: commune[0]?.name ?? null,
    generatedOn: today!.today,
    renewalYear: Number(today!.today.slice(0, 4)) + 1,
    rounds,
    byStars,
    byGroup,
    byCommune,
    expiredNotReevaluated: expired,
    renewalsDue: renewals,
  };
}
