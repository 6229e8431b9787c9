import { CombinedGraphQLErrors, type ErrorLike } from "@apollo/client";
import { useT } from "../i18n/i18n";

/** True when the request never got a GraphQL answer (API down, offline, proxy error). */
export function isUnreachable(error: ErrorLike | undefined): boolean {
  return !!error && !CombinedGraphQLErrors.is(error);
}

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      <span>{label ?? t("state.loading")}</span>
    </div>
  );
}

/** A friendly error panel: the API cannot be reached, or it answered with an error. */
export function ErrorState({ error, onRetry }: { error: ErrorLike | undefined; onRetry?: () => void }) {
  const t = useT();
  const unreachable = isUnreachable(error);
  return (
    <section className="panel panel--error" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{unreachable ? t("error.unreachable.title") : t("error.generic.title")}</h2>
      <p>{unreachable ? t("error.unreachable.body") : t("error.generic.body")}</p>
      {onRetry && (
        <button type="button" className="button" onClick={() => onRetry()}>
          {t("error.retry")}
        </button>
      )}
    </section>
  );
}
