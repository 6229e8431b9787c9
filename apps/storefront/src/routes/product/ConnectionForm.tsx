import { useMutation } from "@apollo/client/react";
import {
  SendConnectionRequestDocument,
  type ConnectionRequestInput,
  type SendConnectionRequestMutation,
} from "@ocop/schema/public";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useT, type MessageId } from "../../i18n/i18n";
import { formErrorsFrom, type FormErrors } from "./connection-errors";

type Values = Required<Omit<ConnectionRequestInput, "productSlug" | "productSlugs" | "startedAt" | "website">>;
type FieldName = keyof Values;
const EMPTY: Values = { requesterKind: "BUYER", name: "", organisation: "", email: "", phone: "", message: "" };
const FIELD_ORDER: FieldName[] = ["requesterKind", "name", "organisation", "email", "phone", "message"];

function Field({
  name,
  label,
  hint,
  hintId: sharedHint,
  error,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  hintId?: string;
  error?: string;
  children: (a: { id: string; describedBy?: string; invalid: boolean }) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : sharedHint;
  const errId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? "field field--invalid" : "field"} data-field={name}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {children({ id, describedBy: [errId, hintId].filter(Boolean).join(" ") || undefined, invalid: !!error })}
      {error && (
        <p id={errId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * A distributor's or buyer's request to the producer of a product. It goes to the provincial
 * OCOP office, whose staff forward it; the API's field errors appear beside their fields.
 */
export function ConnectionForm({
  productSlug,
  productName,
  producerName,
}: {
  productSlug: string;
  productName: string;
  producerName: string;
}) {
  const t = useT();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [receipt, setReceipt] = useState<SendConnectionRequestMutation["sendConnectionRequest"] | null>(null);
  const [send, { loading }] = useMutation(SendConnectionRequestDocument);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const kindName = useId();
  const contactHint = useId();

  useEffect(() => {
    if (!errors) return;
    const first = FIELD_ORDER.find((f) => errors.fields[f]);
    const el =
      first &&
      formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"] input, [data-field="${first}"] textarea`);
    (el ?? summaryRef.current)?.focus();
  }, [errors]);
  useEffect(() => {
    if (receipt) doneRef.current?.focus();
  }, [receipt]);

  const set = (name: FieldName) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));
  const err = (name: FieldName) => errors?.fields[name];

  if (receipt) {
    return (
      <div className="panel panel--success stack" ref={doneRef} tabIndex={-1} role="status">
        <h3>{t("connect.sentTitle")}</h3>
        <p>{t("connect.sentBody", { product: receipt.productName, producer: receipt.producerName })}</p>
        <p className="muted">{t("connect.reference", { id: receipt.id })}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            setReceipt(null);
            setValues(EMPTY);
          }}
        >
          {t("connect.another")}
        </button>
      </div>
    );
  }

  const unknownFieldMessages = errors
    ? Object.entries(errors.fields).filter(([f]) => !(FIELD_ORDER as string[]).includes(f))
    : [];
  const problemKey: Record<FormErrors["problem"], MessageId> = {
    invalid: "connect.problem.invalid",
    throttled: "connect.problem.throttled",
    unreachable: "connect.problem.unreachable",
    unknown: "connect.problem.unknown",
  };

  return (
    <form
      ref={formRef}
      className="connect-form stack"
      noValidate
      aria-describedby="connect-next"
      onSubmit={async (e) => {
        e.preventDefault();
        if (loading) return;
        setErrors(null);
        const input: ConnectionRequestInput = {
          productSlug,
          requesterKind: values.requesterKind,
          name: values.name.trim(),
          message: values.message.trim(),
          organisation: values.organisation?.trim() || null,
          email: values.email?.trim() || null,
          phone: values.phone?.trim() || null,
        };
        try {
          const result = await send({ variables: { input } });
          if (result.data) setReceipt(result.data.sendConnectionRequest);
          else setErrors(formErrorsFrom(result.error));
        } catch (error) {
          setErrors(formErrorsFrom(error));
        }
      }}
    >
      <p id="connect-next" className="callout">
        {t("connect.whatNext", { producer: producerName })}
      </p>
      {errors && (
        <div className="panel panel--error" role="alert" ref={summaryRef} tabIndex={-1}>
          <p>{t(problemKey[errors.problem])}</p>
          {unknownFieldMessages.length > 0 && (
            <ul>
              {unknownFieldMessages.map(([f, m]) => (
                <li key={f}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <fieldset
        className="field"
        data-field="requesterKind"
        aria-describedby={err("requesterKind") ? "kind-error" : undefined}
      >
        <legend>{t("connect.kind")}</legend>
        <div className="checks">
          {(["DISTRIBUTOR", "BUYER", "OTHER"] as const).map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name={kindName}
                value={k}
                checked={values.requesterKind === k}
                onChange={() => setValues((v) => ({ ...v, requesterKind: k }))}
              />
              <span>{t(`requester.${k}`)}</span>
            </label>
          ))}
        </div>
        {err("requesterKind") && (
          <p id="kind-error" className="field__error">
            {err("requesterKind")}
          </p>
        )}
      </fieldset>
      <Field name="name" label={t("connect.name")} error={err("name")}>
        {(a) => (
          <input
            id={a.id}
            name="name"
            autoComplete="name"
            required
            aria-invalid={a.invalid || undefined}
            aria-describedby={a.describedBy}
            value={values.name}
            onChange={set("name")}
            maxLength={200}
          />
        )}
      </Field>
      <Field name="organisation" label={t("connect.organisation")} error={err("organisation")}>
        {(a) => (
          <input
            id={a.id}
            name="organisation"
            autoComplete="organization"
            aria-invalid={a.invalid || undefined}
            aria-describedby={a.describedBy}
            value={values.organisation ?? ""}
            onChange={set("organisation")}
            maxLength={200}
          />
        )}
      </Field>
      <p id={contactHint} className="field__hint">
        {t("connect.contactHint")}
      </p>
      <div className="field-row">
        <Field name="email" label={t("connect.email")} hintId={contactHint} error={err("email")}>
          {(a) => (
            <input
              id={a.id}
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              aria-invalid={a.invalid || undefined}
              aria-describedby={a.describedBy}
              value={values.email ?? ""}
              onChange={set("email")}
              maxLength={200}
            />
          )}
        </Field>
        <Field name="phone" label={t("connect.phone")} hintId={contactHint} error={err("phone")}>
          {(a) => (
            <input
              id={a.id}
              name="phone"
              type="tel"
              autoComplete="tel"
              inputMode="tel"
              aria-invalid={a.invalid || undefined}
              aria-describedby={a.describedBy}
              value={values.phone ?? ""}
              onChange={set("phone")}
              maxLength={30}
            />
          )}
        </Field>
      </div>
      <Field
        name="message"
        label={t("connect.message")}
        hint={t("connect.messageHint", { product: productName })}
        error={err("message")}
      >
        {(a) => (
          <textarea
            id={a.id}
            name="message"
            rows={5}
            required
            aria-invalid={a.invalid || undefined}
            aria-describedby={a.describedBy}
            value={values.message}
            onChange={set("message")}
            maxLength={2000}
          />
        )}
      </Field>
      <p className="muted small">{t("connect.privacy")}</p>
      <button type="submit" className="button button--primary" disabled={loading} aria-disabled={loading}>
        {loading ? t("connect.sending") : t("connect.send")}
      </button>
    </form>
  );
}
