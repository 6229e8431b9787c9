import { useI18n } from "../i18n/i18n";
import type { FieldDiff } from "../lib/diff";
import { Dialog } from "./Dialog";
import type { FormValues, VersionedForm } from "./useVersionedForm";

export interface ConflictDialogProps<K extends string> {
  diff: FieldDiff<K>[] | null;
  labels: Record<K, string>;
  /** How to show a value (codes → names, booleans → yes/no); plain text otherwise. */
  display?: (field: K, value: unknown) => string | undefined;
  onReloadTheirs(): void;
  onKeepEditing(): void;
}

/**
 * Someone saved this record while the user was editing it. Shows, field by field, what the user
 * has and what is in the database now, and lets them take the other version or keep theirs (the
 * next save then overwrites, on purpose).
 */
export function ConflictDialog<K extends string>({
  diff,
  labels,
  display,
  onReloadTheirs,
  onKeepEditing,
}: ConflictDialogProps<K>) {
  const { t } = useI18n();
  const show = (field: K, value: unknown): string => {
    if (display) {
      const shown = display(field, value);
      if (shown !== undefined) return shown;
    }
    if (value === null || value === undefined || value === "") return t("common.empty");
    if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
    return String(value);
  };
  return (
    <Dialog
      open={diff !== null}
      wide
      role="alertdialog"
      title={t("conflict.title")}
      onClose={onKeepEditing}
      closeLabel={t("common.close")}
      initialFocus=".dialog-footer button"
      footer={
        <>
          <button type="button" onClick={onReloadTheirs}>
            {t("conflict.reloadTheirs")}
          </button>
          <button type="button" className="primary" onClick={onKeepEditing}>
            {t("conflict.keepEditing")}
          </button>
        </>
      }
    >
      <p>{t("conflict.explain")}</p>
      {diff && diff.length > 0 ? (
        <table className="diff-table">
          <caption className="visually-hidden">{t("conflict.tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("conflict.field")}</th>
              <th scope="col">{t("conflict.mine")}</th>
              <th scope="col">{t("conflict.theirs")}</th>
            </tr>
          </thead>
          <tbody>
            {diff.map((d) => (
              <tr key={d.field} className={d.bothChanged ? "both-changed" : undefined}>
                <th scope="row">
                  {labels[d.field] ?? d.field}
                  {d.bothChanged && <span className="badge badge-warn">{t("conflict.bothChanged")}</span>}
                </th>
                <td className="diff-mine">{show(d.field, d.mine)}</td>
                <td className="diff-theirs">{show(d.field, d.theirs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("conflict.noFieldChanges")}</p>
      )}
      <p className="field-hint">{t("conflict.keepHint")}</p>
    </Dialog>
  );
}

/** The conflict dialog of a versioned form: open while its save met a CONFLICT. */
export function FormConflictDialog<V extends FormValues>({
  form,
  labels,
  display,
}: {
  form: VersionedForm<V>;
  labels: Record<keyof V & string, string>;
  display?: (field: keyof V & string, value: unknown) => string | undefined;
}) {
  return (
    <ConflictDialog
      diff={form.conflict?.diff ?? null}
      labels={labels}
      display={display}
      onReloadTheirs={form.reloadTheirs}
      onKeepEditing={form.keepEditing}
    />
  );
}
