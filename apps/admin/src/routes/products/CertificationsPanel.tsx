import { PartsTable } from "../../components/list";
import { useMutation } from "@apollo/client/react";
import {
  AddCertificationDocument,
  type AdminCertificationFieldsFragment,
  type CertificationLevel,
  CorrectCertificationDocument,
  type DatePrecision,
  RevokeCertificationDocument,
  VoidCertificationDocument,
} from "@ocop/schema/admin";
import {
  CERTIFICATE_VALIDITY_MONTHS,
  scoreBandOf,
  scoreFitsStars,
  STAR_SCORE_BANDS,
  todayInVietnam,
} from "@ocop/schema/enums";
import {
  certificationInputSchema,
  correctCertificationSchema,
  revokeCertificationSchema,
  voidCertificationSchema,
} from "@ocop/schema/inputs";
import { type FormEvent, useMemo, useState } from "react";
import { CertificationStatusBadge, Stars } from "../../components/badges";
import { Dialog, DialogActions } from "../../components/Dialog";
import { DateField, SelectField, TextArea, TextField } from "../../components/fields";
import { ErrorSummary, FormProblem } from "../../components/FormProblem";
import { useNotify } from "../../components/Notifier";
import { formSchema, intOrNull, nullable, useVersionedForm } from "../../components/useVersionedForm";
import { useI18n } from "../../i18n/i18n";

type Cert = AdminCertificationFieldsFragment;

export const CERT_LEVELS: readonly CertificationLevel[] = ["DISTRICT", "PROVINCE", "CENTRAL"];
const PRECISIONS: readonly DatePrecision[] = ["DAY", "MONTH", "YEAR"];
/** Rulebooks certificates have been issued under (shared/DOMAIN.md); free text is allowed. */
export const LEGAL_BASES = [
  "Quyết định 1048/QĐ-TTg (2019)",
  "Quyết định 148/QĐ-TTg (2023)",
  "Quyết định 1489/QĐ-TTg (2025)",
];

const SCORE_HINT_PARAMS = {
  b3: STAR_SCORE_BANDS[3].join("–"),
  b4: STAR_SCORE_BANDS[4].join("–"),
  b5: STAR_SCORE_BANDS[5].join("–"),
};

const bandParams = (band: readonly [number, number] | undefined) => ({ min: band?.[0] ?? "", max: band?.[1] ?? "" });

/** A warning when the score does not fall in the star band (the council's decision still stands). */
export function scoreBandWarning(stars: number, score: number | null): boolean {
  if (score === null || Number.isNaN(score)) return false;
  return scoreBandOf(stars) !== undefined && !scoreFitsStars(stars, score);
}

export function CertificationsPanel({
  productId,
  certifications,
  canEdit,
  onChanged,
}: {
  productId: string;
  certifications: readonly Cert[];
  canEdit: boolean;
  onChanged(): void;
}) {
  const { t, date } = useI18n();
  const [adding, setAdding] = useState(false);
  const [correcting, setCorrecting] = useState<Cert | null>(null);
  const [revoking, setRevoking] = useState<Cert | null>(null);
  const [voiding, setVoiding] = useState<Cert | null>(null);
  // Newest first; voided ones (entered in error, read by no rule) last.
  const sorted = [...certifications].sort(
    (a, b) =>
      Number(a.status === "VOIDED") - Number(b.status === "VOIDED") || b.decisionDate.localeCompare(a.decisionDate),
  );
  return (
    <section className="card" aria-labelledby="cert-heading">
      <div className="section-title-row">
        <h2 id="cert-heading">{t("cert.history")}</h2>
        {canEdit && (
          <button type="button" onClick={() => setAdding(true)}>
            {t("cert.add")}
          </button>
        )}
      </div>
      {sorted.length === 0 ? (
        <p className="empty">{t("cert.none")}</p>
      ) : (
        <PartsTable
          caption={t("cert.history")}
          headers={[
            t("cert.stars"),
            t("cert.score"),
            t("cert.level"),
            t("cert.decision"),
            t("cert.validUntil"),
            t("cert.status"),
            t("cert.legalBasis"),
            canEdit && t("common.actions"),
          ]}
        >
          {sorted.map((c) => (
            <tr key={c.id}>
              <td>
                <Stars stars={c.stars} />
              </td>
              <td>{c.score ?? "–"}</td>
              <td>{t(`certLevel.${c.level}`)}</td>
              <td>
                {c.decisionNumber ?? "–"}
                <div className="muted small">
                  {formatDecisionDate(c.decisionDate, c.decisionDatePrecision, date)}
                  {c.issuer ? ` · ${c.issuer}` : ""}
                </div>
              </td>
              <td>{date(c.validUntil)}</td>
              <td>
                <CertificationStatusBadge status={c.status} />
                {c.status === "REVOKED" && (
                  <div className="muted small">
                    {date(c.revokedOn)}: {c.revocationReason}
                  </div>
                )}
                {c.status === "VOIDED" && <div className="muted small">{c.voidReason}</div>}
              </td>
              <td>{c.legalBasis ?? "–"}</td>
              {canEdit && (
                <td className="row-actions">
                  {c.status !== "VOIDED" && (
                    <button
                      type="button"
                      onClick={() => setCorrecting(c)}
                      aria-label={t("cert.correctOne", { number: c.decisionNumber ?? c.decisionDate })}
                    >
                      {t("cert.correct")}
                    </button>
                  )}
                  {c.status !== "VOIDED" && (
                    <button
                      type="button"
                      className="danger"
                      onClick={() => setVoiding(c)}
                      aria-label={t("cert.voidOne", { number: c.decisionNumber ?? c.decisionDate })}
                    >
                      {t("cert.void")}
                    </button>
                  )}
                  {c.status === "VALID" && (
                    <button
                      type="button"
                      className="danger"
                      onClick={() => setRevoking(c)}
                      aria-label={t("cert.revokeOne", { number: c.decisionNumber ?? c.decisionDate })}
                    >
                      {t("cert.revoke")}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </PartsTable>
      )}
      {adding && (
        <CertificationDialog
          productId={productId}
          cert={null}
          onClose={(added) => {
            setAdding(false);
            if (added) onChanged();
          }}
        />
      )}
      {correcting && (
        <CertificationDialog
          productId={productId}
          cert={correcting}
          onClose={(done) => {
            setCorrecting(null);
            if (done) onChanged();
          }}
        />
      )}
      {voiding && (
        <VoidDialog
          cert={voiding}
          onClose={(done) => {
            setVoiding(null);
            if (done) onChanged();
          }}
        />
      )}
      {revoking && (
        <RevokeDialog
          cert={revoking}
          onClose={(done) => {
            setRevoking(null);
            if (done) onChanged();
          }}
        />
      )}
    </section>
  );
}

function formatDecisionDate(value: string, precision: DatePrecision, date: (v: string) => string): string {
  if (precision === "YEAR") return value.slice(0, 4);
  if (precision === "MONTH") return `${value.slice(5, 7)}/${value.slice(0, 4)}`;
  return date(value);
}

type CertValues = {
  stars: string;
  score: string;
  level: string;
  legalBasis: string;
  issuer: string;
  decisionNumber: string;
  decisionDate: string;
  decisionDatePrecision: string;
};
const CERT_FIELDS = [
  "stars",
  "score",
  "level",
  "legalBasis",
  "issuer",
  "decisionNumber",
  "decisionDate",
  "decisionDatePrecision",
] as const;
const EMPTY_CERT: CertValues = {
  stars: "3",
  score: "",
  level: "PROVINCE",
  legalBasis: "",
  issuer: "",
  decisionNumber: "",
  decisionDate: "",
  decisionDatePrecision: "DAY",
};

function certificationInput(productId: string, v: CertValues) {
  return {
    productId,
    stars: Number(v.stars),
    score: intOrNull(v.score),
    level: v.level as CertificationLevel,
    legalBasis: nullable(v.legalBasis),
    issuer: nullable(v.issuer),
    decisionNumber: v.decisionNumber.trim(),
    decisionDate: v.decisionDate,
    decisionDatePrecision: v.decisionDatePrecision as DatePrecision,
  };
}

/** A correction's input: every field but the product. */
function correctionInput(v: CertValues) {
  const { productId: _, ...input } = certificationInput("", v);
  return input;
}

function certValuesOf(c: Cert): CertValues {
  return {
    stars: String(c.stars),
    score: c.score === null || c.score === undefined ? "" : String(c.score),
    level: c.level,
    legalBasis: c.legalBasis ?? "",
    issuer: c.issuer ?? "",
    decisionNumber: c.decisionNumber ?? "",
    decisionDate: c.decisionDate,
    decisionDatePrecision: c.decisionDatePrecision,
  };
}

type RevokeValues = { revokedOn: string; reason: string };
const revokeFormSchema = formSchema((v: RevokeValues) => v, revokeCertificationSchema);

/**
 * Adds a certificate (`cert` null) or corrects a mistyped one: the same fields and rules, a
 * correction carrying the version it edits.
 */
function CertificationDialog({
  productId,
  cert,
  onClose,
}: {
  productId: string;
  cert: Cert | null;
  onClose(done: boolean): void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const [add] = useMutation(AddCertificationDocument);
  const [correct] = useMutation(CorrectCertificationDocument);
  // The API's certificate rule (score bands, 5 stars from the central council, no date after
  // today) checks before sending.
  const schema = useMemo(
    () =>
      cert
        ? formSchema((v: CertValues) => correctionInput(v), correctCertificationSchema)
        : formSchema((v: CertValues) => certificationInput(productId, v), certificationInputSchema),
    [productId, cert],
  );
  const [source] = useState(() => (cert ? { values: certValuesOf(cert), version: cert.version } : null));
  const form = useVersionedForm<CertValues>(source, source?.values ?? EMPTY_CERT, {
    fields: CERT_FIELDS,
    schema,
    fromRecord: (r) => certValuesOf(r as unknown as Cert),
  });
  const title = cert ? t("cert.correctTitle", { number: cert.decisionNumber ?? cert.decisionDate }) : t("cert.add");
  const labels: Record<keyof CertValues, string> = {
    stars: t("cert.stars"),
    score: t("cert.score"),
    level: t("cert.level"),
    legalBasis: t("cert.legalBasis"),
    issuer: t("cert.issuer"),
    decisionNumber: t("cert.decisionNumber"),
    decisionDate: t("cert.decisionDate"),
    decisionDatePrecision: t("cert.datePrecision"),
  };
  const score = intOrNull(form.values.score);
  const warn = scoreBandWarning(Number(form.values.stars), score);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(async (v, version) => {
      if (!cert) {
        await add({ variables: { input: certificationInput(productId, v) } });
        return { values: v, version: 0 };
      }
      const result = await correct({
        variables: { id: cert.id, version: version ?? cert.version, input: correctionInput(v) },
      });
      return { values: v, version: result.data?.correctCertification.version ?? (version ?? cert.version) + 1 };
    });
    if (ok) {
      notify(t(cert ? "cert.corrected" : "cert.added"));
      onClose(true);
    }
  };
  return (
    <Dialog open wide title={title} onClose={() => onClose(false)} closeLabel={t("common.close")}>
      <form onSubmit={onSubmit} noValidate className="form-grid" aria-label={title}>
        <div className="span-all">
          <FormProblem problem={form.problem} />
          {form.conflict && (
            <p className="alert alert-error" role="alert">
              {t("error.conflict")}
            </p>
          )}
          <ErrorSummary errors={form.errors} labels={labels} />
        </div>
        <SelectField
          label={labels.stars}
          {...form.text("stars")}
          options={[3, 4, 5].map((n) => ({ value: String(n), label: t("product.starsN", { n }) }))}
          required
        />
        <TextField
          label={labels.score}
          {...form.text("score")}
          inputMode="numeric"
          hint={
            warn
              ? t("cert.scoreBandWarning", bandParams(scoreBandOf(Number(form.values.stars))))
              : t("cert.scoreHint", SCORE_HINT_PARAMS)
          }
        />
        <SelectField
          label={labels.level}
          {...form.text("level")}
          options={CERT_LEVELS.map((l) => ({ value: l, label: t(`certLevel.${l}`) }))}
          required
        />
        <TextField
          label={labels.legalBasis}
          {...form.text("legalBasis")}
          list="legal-bases"
          hint={t("cert.legalBasisHint")}
        />
        <datalist id="legal-bases">
          {LEGAL_BASES.map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
        <TextField label={labels.issuer} {...form.text("issuer")} placeholder="UBND tỉnh Lạng Sơn" />
        <TextField label={labels.decisionNumber} {...form.text("decisionNumber")} placeholder="2865/QĐ-UBND" required />
        <DateField label={labels.decisionDate} {...form.text("decisionDate")} required />
        <SelectField
          label={labels.decisionDatePrecision}
          {...form.text("decisionDatePrecision")}
          options={PRECISIONS.map((p) => ({ value: p, label: t(`datePrecision.${p}`) }))}
        />
        <p className="field-hint span-all">{t("cert.validityHint", { months: CERTIFICATE_VALIDITY_MONTHS })}</p>
        <DialogActions
          cancelLabel={t("common.cancel")}
          onCancel={() => onClose(false)}
          submitLabel={t(cert ? "cert.correctSubmit" : "cert.addSubmit")}
          disabled={form.saving}
          grid
        />
      </form>
    </Dialog>
  );
}

function RevokeDialog({ cert, onClose }: { cert: Cert; onClose(done: boolean): void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const [revoke] = useMutation(RevokeCertificationDocument);
  const [source] = useState(() => ({ values: { revokedOn: todayInVietnam(), reason: "" }, version: cert.version }));
  const form = useVersionedForm<RevokeValues>(source, source.values, {
    fields: ["revokedOn", "reason"],
    schema: revokeFormSchema,
    fromRecord: () => ({}),
  });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(async (v, version) => {
      await revoke({
        variables: { id: cert.id, version: version ?? cert.version, revokedOn: v.revokedOn, reason: v.reason.trim() },
      });
      return { values: v, version: (version ?? cert.version) + 1 };
    });
    if (ok) {
      notify(t("cert.revoked"));
      onClose(true);
    }
  };
  return (
    <Dialog
      open
      title={t("cert.revokeTitle", { number: cert.decisionNumber ?? cert.decisionDate })}
      onClose={() => onClose(false)}
      closeLabel={t("common.close")}
    >
      <form onSubmit={onSubmit} noValidate aria-label={t("cert.revoke")}>
        <FormProblem problem={form.problem} />
        {form.conflict && (
          <p className="alert alert-error" role="alert">
            {t("error.conflict")}
          </p>
        )}
        <p>{t("cert.revokeExplain")}</p>
        <DateField label={t("cert.revokedOn")} {...form.text("revokedOn")} required />
        <TextArea label={t("cert.reason")} {...form.text("reason")} required rows={3} hint={t("cert.reasonHint")} />
        <DialogActions
          cancelLabel={t("common.cancel")}
          onCancel={() => onClose(false)}
          submitLabel={t("cert.revokeSubmit")}
          disabled={form.saving}
          danger
        />
      </form>
    </Dialog>
  );
}

type VoidValues = { reason: string };
const voidFormSchema = formSchema((v: VoidValues) => v, voidCertificationSchema);

/** Voids a certificate entered in error: the one it superseded is the product's current one again. */
function VoidDialog({ cert, onClose }: { cert: Cert; onClose(done: boolean): void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const [voidCertification] = useMutation(VoidCertificationDocument);
  const [source] = useState(() => ({ values: { reason: "" }, version: cert.version }));
  const form = useVersionedForm<VoidValues>(source, source.values, {
    fields: ["reason"],
    schema: voidFormSchema,
    fromRecord: () => ({}),
  });
  const title = t("cert.voidTitle", { number: cert.decisionNumber ?? cert.decisionDate });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(async (v, version) => {
      await voidCertification({
        variables: { id: cert.id, version: version ?? cert.version, reason: v.reason.trim() },
      });
      return { values: v, version: (version ?? cert.version) + 1 };
    });
    if (ok) {
      notify(t("cert.voided"));
      onClose(true);
    }
  };
  return (
    <Dialog open title={title} onClose={() => onClose(false)} closeLabel={t("common.close")}>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <FormProblem problem={form.problem} />
        {form.conflict && (
          <p className="alert alert-error" role="alert">
            {t("error.conflict")}
          </p>
        )}
        <p>{t("cert.voidExplain")}</p>
        <TextArea
          label={t("cert.voidReason")}
          {...form.text("reason")}
          required
          rows={3}
          hint={t("cert.voidReasonHint")}
        />
        <DialogActions
          cancelLabel={t("common.cancel")}
          onCancel={() => onClose(false)}
          submitLabel={t("cert.voidSubmit")}
          disabled={form.saving}
          danger
        />
      </form>
    </Dialog>
  );
}
