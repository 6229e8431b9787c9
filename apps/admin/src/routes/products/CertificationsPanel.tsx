import { PartsTable } from "../../components/list";
import { useMutation } from "@apollo/client/react";
import {
  AddCertificationDocument,
  type AdminCertificationFieldsFragment,
  type CertificationLevel,
  type DatePrecision,
  RevokeCertificationDocument,
} from "@ocop/schema/admin";
import {
  CERTIFICATE_VALIDITY_MONTHS,
  scoreBandOf,
  scoreFitsStars,
  STAR_SCORE_BANDS,
  todayInVietnam,
} from "@ocop/schema/enums";
import { certificationInputSchema, revokeCertificationSchema } from "@ocop/schema/inputs";
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
  const [revoking, setRevoking] = useState<Cert | null>(null);
  const sorted = [...certifications].sort((a, b) => b.decisionDate.localeCompare(a.decisionDate));
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
              </td>
              <td>{c.legalBasis ?? "–"}</td>
              {canEdit && (
                <td>
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
        <AddCertificationDialog
          productId={productId}
          onClose={(added) => {
            setAdding(false);
            if (added) onChanged();
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

type RevokeValues = { revokedOn: string; reason: string };
const revokeFormSchema = formSchema((v: RevokeValues) => v, revokeCertificationSchema);

function AddCertificationDialog({ productId, onClose }: { productId: string; onClose(added: boolean): void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const [add] = useMutation(AddCertificationDocument);
  // The API's certificate rule (score bands, 5 stars from the central council) checks before sending.
  const schema = useMemo(
    () => formSchema((v: CertValues) => certificationInput(productId, v), certificationInputSchema),
    [productId],
  );
  const form = useVersionedForm<CertValues>(null, EMPTY_CERT, { fields: CERT_FIELDS, schema, fromRecord: () => ({}) });
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
    const ok = await form.submit(async (v) => {
      await add({ variables: { input: certificationInput(productId, v) } });
      return { values: v, version: 0 };
    });
    if (ok) {
      notify(t("cert.added"));
      onClose(true);
    }
  };
  return (
    <Dialog open wide title={t("cert.add")} onClose={() => onClose(false)} closeLabel={t("common.close")}>
      <form onSubmit={onSubmit} noValidate className="form-grid" aria-label={t("cert.add")}>
        <div className="span-all">
          <FormProblem problem={form.problem} />
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
          submitLabel={t("cert.addSubmit")}
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
