import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useEffect,
  useId,
  useState,
} from "react";
import { useI18n } from "../i18n/i18n";
import { formatDayMonthYear, parseDayMonthYear } from "../lib/dates";

interface FieldChrome {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean | undefined;
  /** Extra class on the wrapper (grid spans). */
  className?: string;
}

function useFieldIds(error: string | undefined, hint: ReactNode | undefined) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return { id, errorId, hintId, describedBy };
}

function Label({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean | undefined }) {
  return (
    <label htmlFor={htmlFor}>
      {label}
      {required && (
        <span className="required-mark" aria-hidden="true">
          {" "}
          *
        </span>
      )}
    </label>
  );
}

function Below({
  error,
  errorId,
  hint,
  hintId,
}: {
  error?: string | undefined;
  errorId: string;
  hint?: ReactNode;
  hintId: string;
}) {
  return (
    <>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </>
  );
}

type TextFieldProps = FieldChrome &
  Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value" | "required" | "className"> & {
    name: string;
    value: string;
    onChange(value: string): void;
    /** The input itself (react-hook-form's Controller focuses the first invalid field through it). */
    ref?: Ref<HTMLInputElement>;
  };

/** A labelled input with its required mark, hint and inline error (wired to aria-describedby). */
export function TextField({
  label,
  error,
  hint,
  required,
  className,
  name,
  value,
  onChange,
  type = "text",
  ...rest
}: TextFieldProps) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={`field ${className ?? ""} ${error ? "has-error" : ""}`}>
      <Label htmlFor={ids.id} label={label} required={required} />
      <input
        {...rest}
        id={ids.id}
        name={name}
        type={type}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      <Below error={error} errorId={ids.errorId} hint={hint} hintId={ids.hintId} />
    </div>
  );
}

type DateFieldProps = Omit<TextFieldProps, "type" | "min" | "max">;

/**
 * A date typed as dd/mm/yyyy whatever the browser's locale. `value` and `onChange` carry the ISO
 * date (YYYY-MM-DD), "" when empty, or the text as typed while it is no date (so the form's check
 * names the field instead of the value being silently dropped).
 */
export function DateField({ value, onChange, hint, placeholder, ...rest }: DateFieldProps) {
  const { t } = useI18n();
  const [text, setText] = useState(() => formatDayMonthYear(value));
  // Follow the value when it changes from outside (reset, reload, conflict), not while typing it.
  useEffect(() => {
    setText((current) => {
      const typed = current.trim() === "" ? "" : (parseDayMonthYear(current) ?? current);
      return typed === value ? current : formatDayMonthYear(value);
    });
  }, [value]);
  return (
    <TextField
      {...rest}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      placeholder={placeholder ?? "dd/mm/yyyy"}
      hint={hint ?? t("date.format")}
      onChange={(typed) => {
        setText(typed);
        onChange(typed.trim() === "" ? "" : (parseDayMonthYear(typed) ?? typed));
      }}
    />
  );
}

type TextAreaProps = FieldChrome &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "onChange" | "value" | "required" | "className"> & {
    name: string;
    value: string;
    onChange(value: string): void;
  };

export function TextArea({
  label,
  error,
  hint,
  required,
  className,
  name,
  value,
  onChange,
  rows = 4,
  ...rest
}: TextAreaProps) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={`field ${className ?? ""} ${error ? "has-error" : ""}`}>
      <Label htmlFor={ids.id} label={label} required={required} />
      <textarea
        {...rest}
        id={ids.id}
        name={name}
        rows={rows}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      <Below error={error} errorId={ids.errorId} hint={hint} hintId={ids.hintId} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}
export interface OptionGroup {
  label: string;
  options: Option[];
}

type SelectFieldProps = FieldChrome &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange" | "value" | "required" | "className"> & {
    name: string;
    value: string;
    onChange(value: string): void;
    options: ReadonlyArray<Option | OptionGroup>;
    /** Label of the empty choice; omit for no empty choice. */
    placeholder?: string;
  };

export function SelectField({
  label,
  error,
  hint,
  required,
  className,
  name,
  value,
  onChange,
  options,
  placeholder,
  ...rest
}: SelectFieldProps) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={`field ${className ?? ""} ${error ? "has-error" : ""}`}>
      <Label htmlFor={ids.id} label={label} required={required} />
      <select
        {...rest}
        id={ids.id}
        name={name}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) =>
          "options" in o ? (
            <optgroup key={o.label} label={o.label}>
              {o.options.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ),
        )}
      </select>
      <Below error={error} errorId={ids.errorId} hint={hint} hintId={ids.hintId} />
    </div>
  );
}

type CheckboxFieldProps = Omit<FieldChrome, "required"> &
  Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "checked" | "className" | "type"> & {
    name: string;
    checked: boolean;
    onChange(checked: boolean): void;
  };

export function CheckboxField({ label, error, hint, className, name, checked, onChange, ...rest }: CheckboxFieldProps) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={`field field-check ${className ?? ""} ${error ? "has-error" : ""}`}>
      <input
        {...rest}
        id={ids.id}
        name={name}
        type="checkbox"
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={ids.id}>{label}</label>
      <Below error={error} errorId={ids.errorId} hint={hint} hintId={ids.hintId} />
    </div>
  );
}
