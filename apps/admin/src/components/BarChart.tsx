import { useId } from "react";
import { Link } from "wouter";
import { useI18n } from "../i18n/i18n";

export interface Bar {
  key: string;
  label: string;
  count: number;
}

/**
 * A horizontal bar chart in plain HTML and CSS: a real table (so screen readers read label and
 * count), with the bars drawn beside the numbers and hidden from assistive technology.
 */
export function BarChart({
  title,
  bars,
  unit,
  limit,
  href,
}: {
  title: string;
  bars: readonly Bar[];
  unit: string;
  limit?: number;
  /** Where a bar leads (the list of what it counts); null for a bar with nowhere to go. */
  href?: (bar: Bar) => string | null;
}) {
  const { t, number } = useI18n();
  const id = useId();
  const shown = limit ? [...bars].sort((a, b) => b.count - a.count).slice(0, limit) : bars;
  const max = Math.max(1, ...shown.map((b) => b.count));
  return (
    <figure className="bar-chart" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      {shown.length === 0 ? (
        <p className="empty">{t("dashboard.noData")}</p>
      ) : (
        <table>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t("dashboard.category")}</th>
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((b) => {
              const to = href?.(b) ?? null;
              return (
                <tr key={b.key}>
                  <th scope="row" className="bar-label">
                    {to ? <Link href={to}>{b.label}</Link> : b.label}
                  </th>
                  <td className="bar-cell">
                    <span className="bar" style={{ width: `${(b.count / max) * 100}%` }} aria-hidden="true" />
                    <span className="bar-value">{number(b.count)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {limit && bars.length > limit && (
        <p className="field-hint">{t("dashboard.topOf", { shown: limit, total: bars.length })}</p>
      )}
    </figure>
  );
}
