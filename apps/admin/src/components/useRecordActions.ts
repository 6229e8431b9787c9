import { useEffect, useState } from "react";
import { useLocation } from "wouter";
import { useI18n } from "../i18n/i18n";
import { type ApiProblem, problemOf } from "../lib/errors";
import { navigationGuard } from "../lib/navigationGuard";
import { useConfirm } from "./ConfirmProvider";
import { useNotify } from "./Notifier";

/**
 * What every edit page does around its record: open the new record's page once it is created
 * (after the form stopped counting as unsaved), and delete after a confirmation, then go back to
 * the list. `listPath` is the list route, e.g. "/products".
 */
export function useRecordActions(listPath: string, onProblem: (problem: ApiProblem) => void) {
  const { t } = useI18n();
  const confirm = useConfirm();
  const notify = useNotify();
  const [, navigate] = useLocation();
  const [createdId, setCreatedId] = useState<string | null>(null);
  useEffect(() => {
    if (createdId) navigate(`${listPath}/${createdId}`, { replace: true });
  }, [createdId, listPath, navigate]);

  const confirmAndDelete = async (title: string, message: string, remove: () => Promise<unknown>) => {
    const ok = await confirm({ title, message, confirmLabel: t("common.delete"), danger: true });
    if (!ok) return;
    try {
      await remove();
      navigationGuard.reset();
      notify(t("common.deleted"));
      navigate(listPath);
    } catch (err) {
      onProblem(problemOf(err));
    }
  };

  return { created: setCreatedId, confirmAndDelete };
}
