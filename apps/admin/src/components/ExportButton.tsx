import { useState } from "react";
import { useSearch } from "wouter";
import { useI18n } from "../i18n/i18n";
import { ExportError, exportUrl, fetchExport, saveFile } from "../lib/exports";

/**
 * "Export to Excel": the list as on screen (its filters and sort, every page) as an .xlsx file in
 * the staff member's language. `path` names the export (`products`, `events/12/tables`); the
 * filters come from the page's URL, where every list keeps them.
 */
export function ExportButton({ path, search }: { path: string; search?: string }) {
  const { t, lang } = useI18n();
  const urlSearch = useSearch();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function run() {
    setBusy(true);
    setProblem(null);
    try {
      const { blob, fileName } = await fetchExport(exportUrl(path, search ?? urlSearch, lang));
      saveFile(blob, fileName);
    } catch (error) {
      const status = error instanceof ExportError ? error.status : 0;
      setProblem(
        status === 401
          ? t("export.signIn")
          : status === 403
            ? t("export.forbidden")
            : status === 400 && error instanceof ExportError && error.field
              ? t("export.badFilter", { field: error.field })
              : t("export.failed"),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="export-action">
      <button type="button" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {busy ? t("export.busy") : t("export.button")}
      </button>
      {problem && (
        <span className="alert alert-error" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
