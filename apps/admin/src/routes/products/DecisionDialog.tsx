import { useMutation } from "@apollo/client/react";
import { AddCertificationDecisionDocument, type CertificationLevel, type DatePrecision } from "@ocop/schema/admin";
import { CERTIFICATE_VALIDITY_MONTHS, todayInVietnam } from "@ocop/schema/enums";
import { certificationDecisionSchema, fieldErrorOf } from "@ocop/schema/inputs";
import { type FormEvent, useState } from "react";
import { Dialog, DialogActions } from "../../components/Dialog";
import { SelectField, TextField } from "../../components/fields";
import { FormProblem } from "../../components/FormProblem";
import { useNotify } from "../../components/Notifier";
import { intOrNull, nullable } from "../../components/useVersionedForm";
import { useFieldErrorText } from "../../i18n/fieldErrors";
import { useI18n } from "../../i18n/i18n";
import { type ApiProblem, problemOf } from "../../lib/errors";
import { CERT_LEVELS, LEGAL_BASES } from "./CertificationsPanel";

export interface DecisionProduct {
  id: string;
  nameVi: string;
  stars: number | null;
}

type Decision = {
  decisionNumber: string;
  decisionDate: string;
  decisionDatePrecision: DatePrecision;
  level: CertificationLevel;
  legalBasis: string;
  issuer: string;
};

/**
 * One decision entered once for the products it lists (those selected on the list), each with its
 * stars and score as the annex gives them: all certificates in one change, or none.
 */
export function DecisionDialog({ products, onClose }: { products: DecisionProduct[]; onClose(done: boolean): void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const errorText = useFieldErrorText();
  const [addDecision, { loading }] = useMutation(AddCertificationDecisionDocument);
  const [decision, setDecision] = useState<Decision>({
    decisionNumber: "",
    decisionDate: "",
    decisionDatePrecision: "DAY",
    level: "PROVINCE",
    legalBasis: "",
    issuer: "",
  });
  const [items, setItems] = useState(() =>
    products.map((p) => ({ productId: p.id, stars: String(p.stars ?? 3), score: "" })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const input = () => ({
    ...decision,
    decisionNumber: decision.decisionNumber.trim(),
    legalBasis: nullable(decision.legalBasis),
    issuer: nullable(decision.issuer),
    items: items.map((i) => ({ productId: i.productId, stars: Number(i.stars), score: intOrNull(i.score) })),
  });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    // The API's own rule first: the same codes, worded here.
    const parsed = certificationDecisionSchema.safeParse(input());
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join(".");
        next[key] ??= errorText({ ...fieldErrorOf(issue), message: issue.message });
      }
      setErrors(next);
      return;
    }
    setErrors({});
    try {
      await addDecision({ variables: { input: input() } });
      notify(t("decision.done", { count: items.length }));
      onClose(true);
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  const set = (field: keyof Decision) => (value: string) => setDecision((d) => ({ ...d, [field]: value }));
  return (
    <Dialog open wide title={t("decision.title")} onClose={() => onClose(false)} closeLabel={t("common.close")}>
      <form onSubmit={onSubmit} noValidate className="form-grid" aria-label={t("decision.title")}>
        <div className="span-all">
          <FormProblem problem={problem} />
          <p>{t("decision.explain", { months: CERTIFICATE_VALIDITY_MONTHS })}</p>
        </div>
        <TextField
          label={t("cert.decisionNumber")}
          name="decisionNumber"
          value={decision.decisionNumber}
          onChange={set("decisionNumber")}
          error={errors.decisionNumber}
          placeholder="2865/QĐ-UBND"
          required
        />
        <TextField
          label={t("cert.decisionDate")}
          name="decisionDate"
          type="date"
          max={todayInVietnam()}
          value={decision.decisionDate}
          onChange={set("decisionDate")}
          error={errors.decisionDate}
          required
        />
        <SelectField
          label={t("cert.level")}
          name="level"
          value={decision.level}
          onChange={set("level")}
          error={errors.level}
          options={CERT_LEVELS.map((l) => ({ value: l, label: t(`certLevel.${l}`) }))}
          required
        />
        <TextField
          label={t("cert.legalBasis")}
          name="legalBasis"
          value={decision.legalBasis}
          onChange={set("legalBasis")}
          list="decision-legal-bases"
        />
        <datalist id="decision-legal-bases">
          {LEGAL_BASES.map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
        <TextField
          label={t("cert.issuer")}
          name="issuer"
          value={decision.issuer}
          onChange={set("issuer")}
          placeholder="UBND tỉnh Lạng Sơn"
        />
        <div className="span-all">
          {errors.items && (
            <p className="field-error" role="alert">
              {errors.items}
            </p>
          )}
          <table className="data-table">
            <caption>{t("decision.products", { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("product.name")}</th>
                <th scope="col">{t("cert.stars")}</th>
                <th scope="col">{t("cert.score")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, i) => {
                const name = products[i]!.nameVi;
                const change = (field: "stars" | "score") => (value: string) =>
                  setItems((all) => all.map((it, j) => (j === i ? { ...it, [field]: value } : it)));
                return (
                  <tr key={item.productId}>
                    <th scope="row">{name}</th>
                    <td>
                      <SelectField
                        label={t("decision.starsOf", { name })}
                        name={`items.${i}.stars`}
                        value={item.stars}
                        onChange={change("stars")}
                        error={errors[`items.${i}.stars`]}
                        options={[3, 4, 5].map((n) => ({ value: String(n), label: t("product.starsN", { n }) }))}
                      />
                    </td>
                    <td>
                      <TextField
                        label={t("decision.scoreOf", { name })}
                        name={`items.${i}.score`}
                        value={item.score}
                        onChange={change("score")}
                        error={errors[`items.${i}.score`]}
                        inputMode="numeric"
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <DialogActions
          cancelLabel={t("common.cancel")}
          onCancel={() => onClose(false)}
          submitLabel={t("decision.submit", { count: items.length })}
          disabled={loading}
          grid
        />
      </form>
    </Dialog>
  );
}
