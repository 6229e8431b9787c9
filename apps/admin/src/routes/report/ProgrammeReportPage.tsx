import { useQuery } from "@apollo/client/react";
import {
  type ProgrammeReportQuery,
  ProgrammeReportDocument,
  type ReportCertificateFieldsFragment,
} from "@ocop/schema/admin";
import { Link } from "wouter";
import { BarChart } from "../../components/BarChart";
import { ExportButton } from "../../components/ExportButton";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { useI18n } from "../../i18n/i18n";
import { productsHref } from "../dashboard/DashboardPage";

type Report = ProgrammeReportQuery["programmeReport"];

/** Products certified per year, summed over that year's rounds, oldest year first. */
export function certifiedPerYear(rounds: Report["rounds"]): Array<{ key: string; label: string; count: number }> {
  const years = new Map<number, number>();
  for (const r of rounds) years.set(r.year, (years.get(r.year) ?? 0) + r.products);
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, count]) => ({ key: String(year), label: String(year), count }));
}

/**
 * "Báo cáo chương trình OCOP": the figures of a review conference (like Lạng Sơn's of 20/11/2025),
 * on screen with charts, printable to A4 (the print stylesheet drops the menu and starts each
 * section on a page of its own) and exportable to .xlsx, one sheet per table. A commune officer's
 * report covers their unit only (the API decides).
 */
export function ProgrammeReportPage() {
  const { t, date, number } = useI18n();
  const { data, loading, error } = useQuery(ProgrammeReportDocument, { fetchPolicy: "network-only" });
  const report = data?.programmeReport;
  return (
    <>
      <PageHeader
        title={t("report.title")}
        actions={
          report && (
            <span className="actions no-print">
              <button type="button" onClick={() => window.print()}>
                {t("report.print")}
              </button>
              <ExportButton path="programme-report" search="" />
            </span>
          )
        }
      />
      <QueryState loading={loading && !report} error={report ? null : error} />
      {report && (
        <div className="programme-report">
          <p className="report-heading">
            {report.communeName
              ? t("report.headingUnit", {
                  province: report.provinceName,
                  unit: report.communeName,
                  date: date(report.generatedOn),
                })
              : t("report.heading", { province: report.provinceName, date: date(report.generatedOn) })}
          </p>

          <section className="card report-section" aria-labelledby="report-rounds">
            <h2 id="report-rounds">{t("report.rounds")}</h2>
            <BarChart
              title={t("report.perYear")}
              bars={certifiedPerYear(report.rounds)}
              unit={t("dashboard.products")}
            />
            {report.rounds.length > 0 && (
              <div className="table-wrap">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("report.year")}</th>
                      <th scope="col">{t("cert.decisionNumber")}</th>
                      <th scope="col">{t("cert.decisionDate")}</th>
                      <th scope="col">{t("dashboard.products")}</th>
                      {[3, 4, 5].map((n) => (
                        <th scope="col" key={n}>
                          {t("product.starsN", { n })}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {report.rounds.map((r) => (
                      <tr key={`${r.decisionNumber}|${r.decisionDate}`}>
                        <td>{r.year}</td>
                        <td>{r.decisionNumber ?? "–"}</td>
                        <td>{date(r.decisionDate)}</td>
                        <td>{number(r.products)}</td>
                        <td>{number(r.stars3)}</td>
                        <td>{number(r.stars4)}</td>
                        <td>{number(r.stars5)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section className="card report-section" aria-labelledby="report-today">
            <h2 id="report-today">{t("report.certifiedToday")}</h2>
            <BarChart
              title={t("dashboard.byStars")}
              bars={report.byStars.map((b) => ({ ...b, label: t("product.starsN", { n: Number(b.key) }) }))}
              unit={t("dashboard.products")}
              href={(b) => productsHref({ stars: [Number(b.key)] })}
            />
            <BarChart
              title={t("dashboard.byGroup")}
              bars={report.byGroup}
              unit={t("dashboard.products")}
              href={(b) => productsHref({ category: b.key })}
            />
            <BarChart
              title={t("dashboard.byCommune")}
              bars={report.byCommune}
              unit={t("dashboard.products")}
              href={(b) => (b.key ? productsHref({ commune: b.key }) : null)}
            />
          </section>

          <CertificateSection
            id="report-expired"
            title={t("report.expired")}
            empty={t("report.noneExpired")}
            rows={report.expiredNotReevaluated}
          />
          <CertificateSection
            id="report-renewals"
            title={t("report.renewals", { year: report.renewalYear })}
            empty={t("report.noneRenewals")}
            rows={report.renewalsDue}
          />
        </div>
      )}
    </>
  );
}

function CertificateSection({
  id,
  title,
  empty,
  rows,
}: {
  id: string;
  title: string;
  empty: string;
  rows: readonly ReportCertificateFieldsFragment[];
}) {
  const { t, date, number } = useI18n();
  return (
    <section className="card report-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} ({number(rows.length)})
      </h2>
      {rows.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("product.name")}</th>
                <th scope="col">{t("product.producer")}</th>
                <th scope="col">{t("common.commune")}</th>
                <th scope="col">{t("cert.stars")}</th>
                <th scope="col">{t("cert.decisionNumber")}</th>
                <th scope="col">{t("cert.validUntil")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.productId}>
                  <td>
                    <Link href={`/products/${r.productId}`}>{r.productName}</Link>
                  </td>
                  <td>{r.producerName}</td>
                  <td>{r.communeName ?? "–"}</td>
                  <td>{t("product.starsN", { n: r.stars })}</td>
                  <td>{r.decisionNumber ?? "–"}</td>
                  <td>{date(r.validUntil)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
