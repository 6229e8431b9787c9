import { useMutation } from "@apollo/client/react";
import {
  SendConnectionRequestDocument,
  type ConnectionRequestInput,
  type SendConnectionRequestMutation,
} from "@ocop/schema/public";
import { CONNECTION_FORM_PATH, paths } from "@ocop/schema/routes";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Link } from "wouter";
import { OfficeContact } from "../../components/OfficeContact";
import { useLang, useT, type MessageId } from "../../i18n/i18n";
import { intlLocale, localizedPath } from "../../i18n/lang";
import { formatLocalTime } from "../../lib/format";
import { useSiteScope } from "../../lib/useSiteScope";
import { siteScopeValues, type SiteProvinceName } from "@ocop/schema/site-texts";
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

/** A product the request asks about. */
export interface RequestedProduct {
  slug: string;
  name: string;
  producerName: string;
}

/** "A, B and C" in the visitor's language. */
function listOf(names: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format([...new Set(names)]);
}

/** Who receives a request, when the page knows: the receiving office's name and the products' province. */
export interface RequestReceiver {
  officeName?: string | null;
  province?: SiteProvinceName | null;
}

/**
 * A distributor's or buyer's request about one or more products (of one or more producers). It
 * goes to the OCOP office of the products' province, whose staff forward it; the API's field
 * errors appear beside their fields. The receipt gives the private link where the visitor follows
 * the request. `receiver`: the office that will receive it (a product page knows it; otherwise the
 * site's province names it, or, on a site of several, "the office of the product's province").
 * `onSent`: the request went out (the shortlist empties itself then).
 */
export function ConnectionForm({
  products,
  receiver,
  onSent,
}: {
  products: readonly RequestedProduct[];
  receiver?: RequestReceiver;
  onSent?(): void;
}) {
  const t = useT();
  const lang = useLang();
  const siteScope = useSiteScope();
  const province = receiver?.province ? siteScopeValues(lang, [receiver.province]) : siteScope;
  const office =
    receiver?.officeName?.trim() ||
    (province.scope === "one"
      ? t("connect.officeOf", { province: province.provincesFull })
      : t("connect.officeOfEach"));
  const [values, setValues] = useState<Values>(EMPTY);
  // Bots fill every field they find, people never see this one.
  const [website, setWebsite] = useState("");
  // When a person started filling the form in: the API refuses a form sent faster than a person can.
  const startedAt = useRef<string | null>(null);
  // The same moment for a browser without JavaScript, whose form posts it: when the page was made.
  const [renderedAt] = useState(() => new Date().toISOString());
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [receipt, setReceipt] = useState<SendConnectionRequestMutation["sendConnectionRequest"] | null>(null);
  const [send, { loading }] = useMutation(SendConnectionRequestDocument);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const contactHint = useId();
  const honeypotId = useId();

  useEffect(() => {
    startedAt.current ??= new Date().toISOString();
  }, []);

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
    const trackPath = paths.trackedRequest(receipt.trackingToken);
    const trackUrl = new URL(localizedPath(lang, trackPath), window.location.origin).href;
    return (
      <div className="panel panel--success stack" ref={doneRef} tabIndex={-1} role="status">
        <h3>{t("connect.sentTitle")}</h3>
        <p>
          {t("connect.sentBodyMany", {
            producers: listOf(
              receipt.products.map((p) => p.producerName),
              intlLocale(lang),
            ),
          })}
        </p>
        <ul className="receipt-products">
          {receipt.products.map((p) => (
            <li key={p.slug}>
              “{p.name}” <span className="muted">· {p.producerName}</span>
            </li>
          ))}
        </ul>
        <div className="tracking-link stack-sm">
          <p>
            <strong>{t("connect.trackTitle")}</strong> {t("connect.trackHint")}
          </p>
          <p>
            <Link href={trackPath} className="tracking-link__url">
              {trackUrl}
            </Link>
          </p>
        </div>
        <p className="muted">{t("connect.reference", { id: receipt.id })}</p>
        {!onSent && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setReceipt(null);
              setValues(EMPTY);
              startedAt.current = new Date().toISOString();
            }}
          >
            {t("connect.another")}
          </button>
        )}
      </div>
    );
  }

  const unknownFieldMessages = errors
    ? Object.entries(errors.fields).filter(([f]) => !(FIELD_ORDER as string[]).includes(f))
    : [];
  const problemKey: Record<FormErrors["problem"], MessageId> = {
    invalid: "connect.problem.invalid",
    throttled: "connect.problem.throttled",
    tooFast: "connect.problem.tooFast",
    unreachable: "connect.problem.unreachable",
    unknown: "connect.problem.unknown",
  };

  return (
    <form
      ref={formRef}
      className="connect-form stack"
      // Without JavaScript the browser posts the form to the server, which answers with the
      // tracking page or the form again with its errors; with it, the submit handler below sends it.
      method="post"
      action={localizedPath(lang, CONNECTION_FORM_PATH)}
      noValidate
      aria-describedby="connect-next"
      onSubmit={async (e) => {
        e.preventDefault();
        if (loading) return;
        setErrors(null);
        const input: ConnectionRequestInput = {
          productSlugs: products.map((p) => p.slug),
          startedAt: startedAt.current ?? new Date().toISOString(),
          website: website || null,
          requesterKind: values.requesterKind,
          name: values.name.trim(),
          message: values.message.trim(),
          organisation: values.organisation?.trim() || null,
          email: values.email?.trim() || null,
          phone: values.phone?.trim() || null,
        };
        try {
          const result = await send({ variables: { input } });
          if (result.data) {
            setReceipt(result.data.sendConnectionRequest);
            onSent?.();
          } else setErrors(formErrorsFrom(result.error));
        } catch (error) {
          setErrors(formErrorsFrom(error));
        }
      }}
    >
      <p id="connect-next" className="callout">
        {t("connect.whatNext", {
          office,
          producer: listOf(
            products.map((p) => p.producerName),
            intlLocale(lang),
          ),
        })}
      </p>
      {errors && (
        <div className="panel panel--error" role="alert" ref={summaryRef} tabIndex={-1}>
          <p>
            {errors.retryAt && (errors.problem === "throttled" || errors.problem === "tooFast")
              ? t(errors.problem === "throttled" ? "connect.problem.throttledAt" : "connect.problem.tooFastAt", {
                  time: formatLocalTime(errors.retryAt, lang),
                })
              : t(problemKey[errors.problem])}
          </p>
          {errors.problem === "throttled" && <OfficeContact headingId="throttled-office" />}
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
                name="requesterKind"
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
        hint={
          products.length === 1
            ? t("connect.messageHint", { product: products[0]!.name })
            : t("connect.messageHintMany", { count: products.length })
        }
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
      {products.map((p) => (
        <input key={p.slug} type="hidden" name="productSlugs" value={p.slug} />
      ))}
      {/* The server's time in the server's HTML, the browser's after hydration: no warning wanted. */}
      <input type="hidden" name="startedAt" value={renderedAt} suppressHydrationWarning />
      <div className="hp-field" aria-hidden="true" inert>
        <label htmlFor={honeypotId}>{t("connect.website")}</label>
        <input
          id={honeypotId}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={website}
          onChange={(e) => setWebsite(e.target.value)}
        />
      </div>
      <p className="muted small">{t("connect.privacy")}</p>
      <button type="submit" className="button button--primary" disabled={loading} aria-disabled={loading}>
        {loading ? t("connect.sending") : t("connect.send")}
      </button>
    </form>
  );
}
