import { createContext, type ReactNode, useCallback, useContext, useId, useRef, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { Dialog } from "./Dialog";

export interface ConfirmOptions {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
}

type Confirm = (options: ConfirmOptions) => Promise<boolean>;

const ConfirmContext = createContext<Confirm>(async () => window.confirm("?"));

/** `await confirm({...})` shows an accessible yes/no dialog instead of window.confirm. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [options, setOptions] = useState<ConfirmOptions | null>(null);
  const resolver = useRef<((ok: boolean) => void) | null>(null);
  const messageId = useId();

  const confirm = useCallback<Confirm>(
    (next) =>
      new Promise<boolean>((resolve) => {
        resolver.current?.(false);
        resolver.current = resolve;
        setOptions(next);
      }),
    [],
  );
  const answer = (ok: boolean) => {
    resolver.current?.(ok);
    resolver.current = null;
    setOptions(null);
  };

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <Dialog
        open={options !== null}
        role="alertdialog"
        title={options?.title ?? ""}
        onClose={() => answer(false)}
        closeLabel={t("common.close")}
        describedBy={messageId}
        initialFocus=".dialog-footer button"
        footer={
          <>
            <button type="button" onClick={() => answer(false)}>
              {options?.cancelLabel ?? t("common.cancel")}
            </button>
            <button type="button" className={options?.danger ? "danger" : "primary"} onClick={() => answer(true)}>
              {options?.confirmLabel}
            </button>
          </>
        }
      >
        <div id={messageId}>{options?.message}</div>
      </Dialog>
    </ConfirmContext.Provider>
  );
}

export function useConfirm(): Confirm {
  return useContext(ConfirmContext);
}
