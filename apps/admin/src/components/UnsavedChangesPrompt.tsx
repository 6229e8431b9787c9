import { useId, useSyncExternalStore } from "react";
import { useI18n } from "../i18n/i18n";
import { navigationGuard } from "../lib/navigationGuard";
import { Dialog } from "./Dialog";

/** Asks before in-app navigation drops unsaved edits; the browser asks on reload or close. */
export function UnsavedChangesPrompt() {
  const { t } = useI18n();
  const pending = useSyncExternalStore(navigationGuard.subscribe, navigationGuard.getSnapshot);
  const messageId = useId();
  return (
    <Dialog
      open={pending !== null}
      role="alertdialog"
      title={t("guard.title")}
      onClose={() => pending?.cancel()}
      closeLabel={t("common.close")}
      describedBy={messageId}
      initialFocus=".dialog-footer button"
      footer={
        <>
          <button type="button" className="primary" onClick={() => pending?.cancel()}>
            {t("guard.stay")}
          </button>
          <button type="button" className="danger" onClick={() => pending?.proceed()}>
            {t("guard.leave")}
          </button>
        </>
      }
    >
      <p id={messageId}>{t("guard.message")}</p>
    </Dialog>
  );
}
