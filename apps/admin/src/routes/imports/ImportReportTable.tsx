import { useId, useMemo, useState } from "react";
import { Link } from "wouter";
import { type MessageKey, useI18n } from "../../i18n/i18n";
import type { ImportReport, ImportRow } from "./importApi";

/** Rows drawn at a time: an annex of 20,000 rows must not freeze the page. */
export const ROWS_PER_STEP = 200;

const FIELD_LABELS: Record<string, MessageKey> = {
  ordinal: "imports.field.ordinal",
  product: "imports.field.product",
  producer: "imports.field.producer",
  address: "imports.field.address",
  group: "imports.field.group",
  score: "imports.field.score",
  stars: "imports.field.stars",
  commune: "imports.field.commune",
  decisionNumber: "imports.decisionNumber",
  decisionDate: "imports.decisionDate",
  level: "imports.level",
  legalBasis: "imports.legalBasis",
  file: "imports.file",
  mapping: "imports.mapping",
  publish: "imports.publish",
};

/** A field named as the screen names it (the server's name when this app does not know it). */
export function useFieldLabel(): (field: string) => string {
  const { t } = useI18n();
  return (field) => {
    const key = FIELD_LABELS[field];
    return key ? t(key) : field;
  };
}

/** The products list, searched for a product by name: where an imported row can be looked at. */
export function productListHref(name: string): string {
  return `/products?${new URLSearchParams({ q: name }).toString()}`;
}

/** The dry-run (or commit) report: counts, a filter to the rows with errors, one line per row. */
export function ImportReportTable({ report, linkProducts = false }: { report: ImportReport; linkProducts?: boolean }) {
  const { t, number } = useI18n();
  const fieldLabel = useFieldLabel();
  const [errorsOnly, setErrorsOnly] = useState(false);
  const [shown, setShown] = useState(ROWS_PER_STEP);
  const filterId = useId();
  const headingId = useId();
  const rows = useMemo(
    () => (errorsOnly ? report.rows.filter((r) => r.action === "error") : report.rows),
    [report.rows, errorsOnly],
  );
  const s = report.summary;

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="section-title-row">
        <h2 id={headingId}>{t(report.committed ? "imports.resultTitle" : "imports.reportTitle")}</h2>
      </div>
      <p className="import-counts" data-testid="import-counts">
        {t("imports.counts", {
          rows: number(s.rows),
          create: number(s.create),
          update: number(s.update),
          unchanged: number(s.unchanged),
          error: number(s.error),
        })}
      </p>
      <p className="inline-check">
        <input
          id={filterId}
          type="checkbox"
          checked={errorsOnly}
          disabled={s.error === 0 && !errorsOnly}
          onChange={(e) => {
            setErrorsOnly(e.target.checked);
            setShown(ROWS_PER_STEP);
          }}
        />
        <label htmlFor={filterId}>{t("imports.errorsOnly", { count: s.error })}</label>
      </p>
      {rows.length === 0 ? (
        <p className="empty">{t(errorsOnly ? "imports.noErrorRows" : "imports.noRows")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table import-report">
            <caption className="visually-hidden">{t("imports.reportCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("imports.col.row")}</th>
                <th scope="col">{t("imports.col.action")}</th>
                <th scope="col">{t("imports.field.product")}</th>
                <th scope="col">{t("imports.field.producer")}</th>
                <th scope="col">{t("imports.field.commune")}</th>
                <th scope="col">{t("imports.col.problems")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map((r) => (
                <ReportRow key={r.row} row={r} fieldLabel={fieldLabel} linkProducts={linkProducts} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > shown && (
        <p>
          <span className="muted">{t("imports.shown", { shown: number(shown), total: number(rows.length) })} </span>
          <button type="button" className="link-button" onClick={() => setShown((n) => n + ROWS_PER_STEP)}>
            {t("imports.showMore")}
          </button>
        </p>
      )}
    </section>
  );
}

function ReportRow({
  row,
  fieldLabel,
  linkProducts,
}: {
  row: ImportRow;
  fieldLabel: (field: string) => string;
  linkProducts: boolean;
}) {
  const { t } = useI18n();
  const linked = linkProducts && row.product && row.action !== "error";
  return (
    <tr className={row.action === "error" ? "import-row-error" : undefined}>
      <td>{row.row}</td>
      <td>
        <span className={`badge badge-import-${row.action}`}>{t(`imports.action.${row.action}`)}</span>
      </td>
      <td>{linked ? <Link href={productListHref(row.product!)}>{row.product}</Link> : (row.product ?? "–")}</td>
      <td>{row.producer ?? "–"}</td>
      <td>{row.commune ?? "–"}</td>
      <td>
        {row.errors.length > 0 ? (
          <ul className="import-errors">
            {row.errors.map((e, i) => (
              <li key={i}>{t("imports.rowError", { row: row.row, field: fieldLabel(e.field), message: e.message })}</li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t(`imports.explain.${row.action}`)}</span>
        )}
      </td>
    </tr>
  );
}
