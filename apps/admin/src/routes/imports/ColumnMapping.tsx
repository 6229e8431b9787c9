import { useId } from "react";
import { useI18n } from "../../i18n/i18n";
import { IMPORT_FIELDS, type ImportField, type ImportSheet } from "./importApi";
import { useFieldLabel } from "./ImportReportTable";

export type Mapping = Partial<Record<ImportField, number>>;

/** "C · Tên sản phẩm": a column as the spreadsheet program shows it, with its header. */
function columnLabel(letter: string, header: string): string {
  return header ? `${letter} · ${header}` : letter;
}

/**
 * The sheet and header row the server found, each column with the field it is read as, and one
 * select per field to read it from another column.
 */
export function ColumnMapping({
  sheet,
  mapping,
  disabled,
  onChange,
}: {
  sheet: ImportSheet;
  mapping: Mapping;
  disabled: boolean;
  onChange(next: Mapping): void;
}) {
  const { t } = useI18n();
  const fieldLabel = useFieldLabel();
  const headingId = useId();
  const baseId = useId();
  const fieldOfColumn = (index: number) => IMPORT_FIELDS.find((f) => mapping[f] === index) ?? null;

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("imports.mappingTitle")}</h2>
      {sheet.headerRow > 0 ? (
        <p>{t("imports.detected", { sheet: sheet.name || "–", row: sheet.headerRow })}</p>
      ) : (
        <p className="alert alert-info">{t("imports.noHeader")}</p>
      )}
      {sheet.columns.some((c) => c.header) && (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t("imports.columnsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("imports.col.column")}</th>
                <th scope="col">{t("imports.col.header")}</th>
                <th scope="col">{t("imports.col.readAs")}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.columns.map((c) => {
                const field = fieldOfColumn(c.index);
                return (
                  <tr key={c.index}>
                    <td>{c.letter}</td>
                    <td>{c.header || <span className="muted">{t("common.empty")}</span>}</td>
                    <td>{field ? fieldLabel(field) : <span className="muted">{t("imports.notRead")}</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="form-grid import-mapping">
        {IMPORT_FIELDS.map((f) => {
          const id = `${baseId}-${f}`;
          return (
            <div className="field" key={f}>
              <label htmlFor={id}>{t("imports.columnFor", { field: fieldLabel(f) })}</label>
              <select
                id={id}
                value={mapping[f] === undefined ? "" : String(mapping[f])}
                disabled={disabled}
                onChange={(e) => {
                  const next: Mapping = { ...mapping };
                  if (e.target.value === "") delete next[f];
                  else {
                    const index = Number(e.target.value);
                    // A column is read as one field: taking it here frees it elsewhere.
                    for (const other of IMPORT_FIELDS) if (next[other] === index) delete next[other];
                    next[f] = index;
                  }
                  onChange(next);
                }}
              >
                <option value="">{t("imports.noColumn")}</option>
                {sheet.columns.map((c) => (
                  <option key={c.index} value={String(c.index)}>
                    {columnLabel(c.letter, c.header)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </section>
  );
}
