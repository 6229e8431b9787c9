import { useI18n } from "../i18n/i18n";
import { problemOf } from "../lib/errors";
import { useProblemMessage } from "./FormProblem";

/** Loading and error states of a detail page's query. */
export function QueryState({ loading, error, notFound }: { loading: boolean; error: unknown; notFound?: boolean }) {
  const { t } = useI18n();
  const message = useProblemMessage();
  if (error) {
    return (
      <div className="alert alert-error" role="alert">
        {message(problemOf(error))}
      </div>
    );
  }
  if (loading) {
    return (
      <p role="status" aria-busy="true">
        {t("common.loading")}
      </p>
    );
  }
  if (notFound) {
    return (
      <div className="alert alert-error" role="alert">
        {t("error.notFound")}
      </div>
    );
  }
  return null;
}
