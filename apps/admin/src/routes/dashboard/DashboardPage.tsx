import { useQuery } from "@apollo/client/react";
import { type CompletenessIssue, DashboardDocument } from "@ocop/schema/admin";
import { Link } from "wouter";
import { BarChart } from "../../components/BarChart";
import { Stars } from "../../components/badges";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { usePermissions } from "../../components/session";
import { can } from "../../lib/resources";
import { useI18n } from "../../i18n/i18n";
import { actionLabel, entityTypeLabel } from "../audit/auditText";
import { entityHref } from "../audit/entityLinks";
import { type ProductListState, productListState } from "../products/productListState";

/** The products list with these filters: where a dashboard figure leads, to the products it counts. */
export function productsHref(patch: Partial<ProductListState>): string {
  return `/products${productListState.format({ ...productListState.defaults, ...patch })}`;
}

/** A bar of "products by stars": its star level, or NONE, the products without a valid certificate. */
export function starsBarHref(key: string): string | null {
  if (key === "NONE") return productsHref({ cert: "NO_VALID_CERTIFICATE" });
  const stars = Number(key);
  return Number.isInteger(stars) ? productsHref({ stars: [stars] }) : null;
}

/** Days from today (in Vietnam) to a calendar date. */
export function daysUntil(localDate: string, today = new Date()): number {
  const todayVn = new Date(today.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return Math.round((Date.parse(`${localDate}T00:00:00Z`) - Date.parse(`${todayVn}T00:00:00Z`)) / 86_400_000);
}

export function DashboardPage() {
  const { t, number, date, dateTime } = useI18n();
  const permissions = usePermissions();
  const { data, loading, error } = useQuery(DashboardDocument);
  const d = data?.dashboard;
  return (
    <>
      <PageHeader title={t("dashboard.title")} />
      <QueryState loading={loading && !d} error={d ? null : error} />
      {d && (
        <div className="dashboard">
          <section className="card span-all stat-row" aria-label={t("dashboard.summary")}>
            <div className="stat">
              <span className="stat-value">{number(d.productsByStars.reduce((s, b) => s + b.count, 0))}</span>
              <span className="stat-label">
                <Link href={productsHref({})}>{t("dashboard.allProducts")}</Link>
              </span>
            </div>
            <div className="stat">
              <span className="stat-value">
                {number(d.productsByStars.filter((b) => b.key !== "NONE").reduce((s, b) => s + b.count, 0))}
              </span>
              <span className="stat-label">
                <Link href={productsHref({ stars: [3, 4, 5] })}>{t("dashboard.totalProducts")}</Link>
              </span>
            </div>
            <div className="stat">
              <span className="stat-value">{number(d.expiringCertificates.length)}</span>
              <span className="stat-label">
                <Link href={productsHref({ expiring: 90, sort: "VALID_UNTIL" })}>{t("dashboard.expiringCount")}</Link>
              </span>
            </div>
            <div className="stat">
              <span className="stat-value">{number(d.incompleteProducts)}</span>
              <span className="stat-label">
                <a href="#worklist-heading">{t("dashboard.incomplete")}</a>
              </span>
            </div>
            <div className="stat">
              <span className="stat-value">{number(d.newConnectionRequests)}</span>
              <span className="stat-label">
                {can(permissions, "request.read") ? (
                  <Link href="/requests?status=NEW">{t("dashboard.newRequests")}</Link>
                ) : (
                  t("dashboard.newRequests")
                )}
              </span>
            </div>
          </section>

          <section className="card">
            <BarChart
              title={t("dashboard.byStars")}
              bars={d.productsByStars}
              unit={t("dashboard.products")}
              href={(b) => starsBarHref(b.key)}
            />
          </section>
          <section className="card">
            <BarChart
              title={t("dashboard.byGroup")}
              bars={d.productsByGroup}
              unit={t("dashboard.products")}
              href={(b) => productsHref({ category: b.key })}
            />
          </section>
          <section className="card span-2">
            <BarChart
              title={t("dashboard.byCommune")}
              bars={d.productsByCommune}
              unit={t("dashboard.products")}
              limit={15}
              href={(b) => productsHref({ commune: b.key })}
            />
          </section>

          <section className="card span-2" aria-labelledby="worklist-heading">
            <h2 id="worklist-heading">{t("dashboard.worklist")}</h2>
            <p className="muted">{t("dashboard.worklistExplain", { count: d.incompleteProducts })}</p>
            <ul className="worklist">
              {d.completeness.map((c) => (
                <li key={c.key}>
                  <Link href={`/products?status=PUBLISHED&missing=${c.key}`}>
                    {t(`completeness.${c.key as CompletenessIssue}`)}
                  </Link>
                  : {t("dashboard.productCount", { count: c.count })}
                </li>
              ))}
            </ul>
          </section>

          <section className="card span-2" aria-labelledby="expiring-heading">
            <h2 id="expiring-heading">{t("dashboard.expiring")}</h2>
            {d.expiringCertificates.length === 0 ? (
              <p className="empty">{t("dashboard.noneExpiring")}</p>
            ) : (
              <div className="table-wrap">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("product.name")}</th>
                      <th scope="col">{t("product.producer")}</th>
                      <th scope="col">{t("cert.stars")}</th>
                      <th scope="col">{t("cert.decisionNumber")}</th>
                      <th scope="col">{t("cert.validUntil")}</th>
                      <th scope="col">{t("dashboard.daysLeft")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.expiringCertificates.map((p) => {
                      const left = p.certification ? daysUntil(p.certification.validUntil) : null;
                      return (
                        <tr key={p.id}>
                          <td>
                            <Link href={`/products/${p.id}`}>{p.nameVi}</Link>
                          </td>
                          <td>{p.producer.name}</td>
                          <td>
                            <Stars stars={p.certification?.stars} />
                          </td>
                          <td>{p.certification?.decisionNumber ?? "–"}</td>
                          <td>{date(p.certification?.validUntil)}</td>
                          <td className={left !== null && left <= 30 ? "warn" : undefined}>
                            {left === null ? "–" : t("dashboard.days", { n: left })}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section className="card span-2" aria-labelledby="recent-heading">
            <h2 id="recent-heading">{t("dashboard.recent")}</h2>
            {d.recentChanges.length === 0 ? (
              <p className="empty">{t("dashboard.noChanges")}</p>
            ) : (
              <ul className="recent-list">
                {d.recentChanges.map((c) => {
                  const href = entityHref(c.entityType, c.entityId);
                  return (
                    <li key={c.id}>
                      <time dateTime={c.createdAt}>{dateTime(c.createdAt)}</time> · {c.userName ?? t("audit.system")} ·{" "}
                      {actionLabel(t, c.action)} · {entityTypeLabel(t, c.entityType)}{" "}
                      {href ? (
                        <Link href={href}>{c.entityName ?? `#${c.entityId}`}</Link>
                      ) : (
                        (c.entityName ?? `#${c.entityId}`)
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {can(permissions, "audit.read") && <Link href="/audit">{t("dashboard.allChanges")}</Link>}
          </section>
        </div>
      )}
    </>
  );
}
