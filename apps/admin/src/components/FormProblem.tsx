import { useFieldErrorText } from "../i18n/fieldErrors";
import { useI18n } from "../i18n/i18n";
import { focusField } from "./useVersionedForm";
import type { ApiProblem } from "../lib/errors";

/** The message for an error that is not about one field, by its code. */
export function useProblemMessage(): (p: ApiProblem) => string {
  const { t } = useI18n();
  const fieldText = useFieldErrorText();
  return (p) => {
    switch (p.code) {
      case "FORBIDDEN":
        return t("error.forbidden");
      case "NOT_FOUND":
        return t("error.notFound");
      case "UNAUTHENTICATED":
        return t("error.unauthenticated");
      case "TOO_MANY_REQUESTS":
        return t("error.tooMany", { minutes: Math.max(1, Math.ceil((p.retryAfterSeconds ?? 60) / 60)) });
      case "NETWORK":
        return t("error.network");
      case "CONFLICT":
        return t("error.conflict");
      case "BAD_USER_INPUT":
        return p.fields.length ? p.fields.map((f) => `${f.field}: ${fieldText(f)}`).join("; ") : p.message;
      default:
        return p.message ? t("error.unknownWith", { message: p.message }) : t("error.unknown");
    }
  };
}

/** An alert above the form for errors that belong to no shown field. */
export function FormProblem({ problem }: { problem: ApiProblem | null }) {
  const message = useProblemMessage();
  if (!problem) return null;
  return (
    <div className="alert alert-error" role="alert">
      {message(problem)}
    </div>
  );
}

/** Lists the fields with errors, each linking to its control, after a failed save. */
export function ErrorSummary({
  errors,
  labels,
}: {
  errors: Partial<Record<string, string>>;
  labels: Record<string, string>;
}) {
  const { t } = useI18n();
  const entries = Object.entries(errors).filter(([, m]) => m);
  if (!entries.length) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>{t("form.errorsIntro", { count: entries.length })}</p>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a
              href={`#${field}`}
              onClick={(e) => {
                e.preventDefault();
                focusField(field);
              }}
            >
              {labels[field] ?? field}
            </a>
            : {message}
          </li>
        ))}
      </ul>
    </div>
  );
}
