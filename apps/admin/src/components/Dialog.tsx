import { type ReactNode, useEffect, useId, useRef } from "react";
import { createPortal } from "react-dom";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Open dialogs, innermost last: only the innermost handles Escape and Tab. */
const stack: symbol[] = [];

export interface DialogProps {
  open: boolean;
  title: string;
  /** Escape, the close button and a click on the backdrop call this. Omit to force a choice. */
  onClose?: () => void;
  children: ReactNode;
  /** Buttons at the bottom. */
  footer?: ReactNode;
  /** "alertdialog" for questions that need an answer (unsaved changes, deletion). */
  role?: "dialog" | "alertdialog";
  /** Where focus goes on open (a CSS selector inside the dialog); the first control otherwise. */
  initialFocus?: string;
  wide?: boolean;
  closeLabel?: string;
  describedBy?: string;
}

/**
 * A modal dialog: focus moves into it and stays there (Tab wraps), Escape closes it, and focus
 * returns to the control that opened it.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  footer,
  role = "dialog",
  initialFocus,
  wide,
  closeLabel = "Đóng",
  describedBy,
}: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement as HTMLElement | null;
    const node = ref.current;
    const target =
      (initialFocus ? node?.querySelector<HTMLElement>(initialFocus) : null) ??
      node?.querySelector<HTMLElement>(`.dialog-body ${FOCUSABLE}, .dialog-footer ${FOCUSABLE}`) ??
      node;
    target?.focus();
    const me = Symbol("dialog");
    stack.push(me);
    const onKey = (e: KeyboardEvent) => {
      if (stack[stack.length - 1] !== me) return;
      if (e.key === "Escape" && onCloseRef.current) {
        e.stopPropagation();
        onCloseRef.current();
        return;
      }
      if (e.key !== "Tab" || !node) return;
      const items = Array.from(node.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest("[hidden]"));
      if (items.length === 0) {
        e.preventDefault();
        return;
      }
      const first = items[0]!;
      const last = items[items.length - 1]!;
      if (e.shiftKey && (document.activeElement === first || document.activeElement === node)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKey, true);
    const { overflow } = document.body.style;
    document.body.style.overflow = "hidden";
    return () => {
      stack.splice(stack.indexOf(me), 1);
      document.removeEventListener("keydown", onKey, true);
      document.body.style.overflow = overflow;
      if (opener && document.contains(opener)) opener.focus();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- initialFocus is read once, when opening
  }, [open]);

  if (!open) return null;
  return createPortal(
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose?.();
      }}
    >
      <div
        ref={ref}
        className={wide ? "dialog dialog-wide" : "dialog"}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
      >
        <div className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          {onClose && (
            <button type="button" className="icon-button" onClick={onClose} aria-label={closeLabel}>
              ×
            </button>
          )}
        </div>
        <div className="dialog-body">{children}</div>
        {footer && <div className="dialog-footer">{footer}</div>}
      </div>
    </div>,
    document.body,
  );
}

/** A dialog form's buttons: leave without saving, then submit (the default button). */
export function DialogActions({
  cancelLabel,
  onCancel,
  submitLabel,
  disabled,
  danger = false,
  grid = false,
}: {
  cancelLabel: string;
  onCancel(): void;
  submitLabel: string;
  disabled: boolean;
  /** The submit destroys something (revoke): shown as dangerous. */
  danger?: boolean;
  /** The form lays out in columns: the buttons take the whole row. */
  grid?: boolean;
}) {
  return (
    <div className={grid ? "dialog-actions span-all" : "dialog-actions"}>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className={danger ? "danger" : "primary"} disabled={disabled}>
        {submitLabel}
      </button>
    </div>
  );
}
