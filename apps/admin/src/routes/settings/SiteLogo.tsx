import { useMutation } from "@apollo/client/react";
import { RemoveSiteLogoDocument } from "@ocop/schema/admin";
import { useId, useState } from "react";
import { useProblemMessage } from "../../components/FormProblem";
import { useNotify } from "../../components/Notifier";
import { FormSection } from "../../components/RecordEditorFrame";
import { useI18n, type MessageKey } from "../../i18n/i18n";
import { problemOf } from "../../lib/errors";
import { UploadError, uploadSiteLogo } from "../../lib/upload";

/** What an upload's refusal means to the administrator, by the API's code. */
const UPLOAD_MESSAGES: Record<string, MessageKey> = {
  NOT_AN_IMAGE: "settings.logoNotImage",
  DAMAGED_IMAGE: "settings.logoNotImage",
  IMAGE_TOO_SMALL: "settings.logoTooSmall",
  IMAGE_TOO_LARGE: "images.tooManyPixels",
  FILE_TOO_LARGE: "images.tooLarge",
  CONFLICT: "settings.logoConflict",
  UNAUTHENTICATED: "error.unauthenticated",
  FORBIDDEN: "error.forbidden",
};

/**
 * The site's logo, shown in the storefront's header beside the site's name: uploaded at once when
 * a file is chosen (the API checks and resizes it), or removed. Each change is one version of the
 * settings; `onChanged` reloads them.
 */
export function SiteLogo({
  settings,
  onChanged,
}: {
  settings: { logoUrl: string | null; logoWidth: number | null; logoHeight: number | null; version: number };
  onChanged(): Promise<unknown>;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const problemMessage = useProblemMessage();
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [remove] = useMutation(RemoveSiteLogoDocument);

  const run = async (work: () => Promise<unknown>, done: MessageKey) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      await onChanged();
      notify(t(done));
    } catch (error) {
      if (error instanceof UploadError) {
        const key = (error.code && UPLOAD_MESSAGES[error.code]) || (error.status === 0 ? "error.network" : null);
        setProblem(key ? t(key) : t("error.unknown"));
      } else {
        const p = problemOf(error);
        setProblem(p.code === "CONFLICT" ? t("settings.logoConflict") : problemMessage(p));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormSection id="settings-logo" heading={t("settings.logo")}>
      {settings.logoUrl && settings.logoWidth && settings.logoHeight ? (
        <img
          className="site-logo-preview"
          src={settings.logoUrl}
          width={settings.logoWidth}
          height={settings.logoHeight}
          alt={t("settings.logoCurrent")}
        />
      ) : (
        <p className="muted">{t("settings.logoNone")}</p>
      )}
      <div className={`field ${problem ? "has-error" : ""}`}>
        <label htmlFor={inputId}>{t("settings.logoFile")}</label>
        <p className="field-hint" id={hintId}>
          {t("settings.logoHint")}
        </p>
        <input
          id={inputId}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          disabled={busy}
          aria-invalid={problem ? true : undefined}
          aria-describedby={[problem ? errorId : null, hintId].filter(Boolean).join(" ")}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void run(() => uploadSiteLogo(settings.version, file), "settings.logoSaved");
          }}
        />
        {problem && (
          <p className="field-error" id={errorId} role="alert">
            {t("settings.logoFile")}: {problem}
          </p>
        )}
      </div>
      {settings.logoUrl && (
        <p>
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => remove({ variables: { version: settings.version } }), "settings.logoRemoved")}
          >
            {t("settings.logoRemove")}
          </button>
        </p>
      )}
    </FormSection>
  );
}
