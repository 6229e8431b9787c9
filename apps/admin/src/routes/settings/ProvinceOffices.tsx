import { useMutation, useQuery } from "@apollo/client/react";
import {
  ProvinceOfficesDocument,
  UpdateProvinceOfficeDocument,
  type ProvinceOfficeFieldsFragment,
} from "@ocop/schema/admin";
import { type FormEvent, useMemo } from "react";
import { FormConflictDialog } from "../../components/ConflictDialog";
import { TextArea, TextField } from "../../components/fields";
import { ErrorSummary, FormProblem } from "../../components/FormProblem";
import { useNotify } from "../../components/Notifier";
import { FormSection } from "../../components/RecordEditorFrame";
import { useVersionedForm } from "../../components/useVersionedForm";
import { useI18n } from "../../i18n/i18n";
import {
  EMPTY_PROVINCE_OFFICE,
  PROVINCE_OFFICE_FIELDS,
  type ProvinceOfficeValues,
  provinceOfficeFormSchema,
  provinceOfficeFromRecord,
  provinceOfficeInput,
  provinceOfficeValues,
} from "./provinceOfficeForm";

/**
 * On a site of several provinces, each province's own OCOP office: requests about its products go
 * to its email. One small form per province (each its own record and version).
 */
export function ProvinceOffices({ provinceNames }: { provinceNames: ReadonlyMap<string, string> }) {
  const { t } = useI18n();
  const { data } = useQuery(ProvinceOfficesDocument);
  const offices = data?.provinceOffices ?? [];
  if (offices.length < 2) return null;
  return (
    <FormSection id="settings-province-offices" heading={t("settings.provinceOffices")}>
      <p className="muted">{t("settings.provinceOfficesHint")}</p>
      {offices.map((office) => (
        <ProvinceOfficeForm
          key={office.provinceCode}
          office={office}
          provinceName={provinceNames.get(office.provinceCode) ?? office.provinceCode}
        />
      ))}
    </FormSection>
  );
}

function ProvinceOfficeForm({ office, provinceName }: { office: ProvinceOfficeFieldsFragment; provinceName: string }) {
  const { t } = useI18n();
  const notify = useNotify();
  const [update] = useMutation(UpdateProvinceOfficeDocument);
  const source = useMemo(() => ({ values: provinceOfficeValues(office), version: office.version }), [office]);
  const form = useVersionedForm<ProvinceOfficeValues>(source, EMPTY_PROVINCE_OFFICE, {
    fields: PROVINCE_OFFICE_FIELDS,
    schema: provinceOfficeFormSchema,
    fromRecord: provinceOfficeFromRecord,
  });
  const labels: Record<keyof ProvinceOfficeValues, string> = {
    name: t("settings.officeName"),
    address: t("settings.officeAddress"),
    phone: t("settings.officePhone"),
    email: t("settings.officeEmail"),
    hours: t("settings.officeHours"),
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(async (values, version) => {
      const res = await update({
        variables: { provinceCode: office.provinceCode, version: version ?? 0, input: provinceOfficeInput(values) },
      });
      const saved = res.data!.updateProvinceOffice;
      return { values: provinceOfficeValues(saved), version: saved.version };
    });
    if (ok) notify(t("form.saved"));
  };
  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={t("settings.provinceOfficeOf", { province: provinceName })}
      className="edit-form"
    >
      <h3>{provinceName}</h3>
      <FormProblem problem={form.problem} />
      <ErrorSummary errors={form.errors} labels={labels} />
      <fieldset disabled={form.saving} className="plain form-grid">
        <TextField label={labels.name} {...form.text("name")} className="span-all" />
        <TextField label={labels.address} {...form.text("address")} className="span-all" />
        <TextField label={labels.phone} {...form.text("phone")} type="tel" />
        <TextField label={labels.email} {...form.text("email")} type="email" />
        <TextArea label={labels.hours} {...form.text("hours")} rows={2} className="span-all" />
      </fieldset>
      <div className="form-footer">
        <button type="submit" className="primary" disabled={form.saving || !form.dirty}>
          {form.saving ? t("form.saving") : t("form.save")}
        </button>
      </div>
      <FormConflictDialog form={form} labels={labels} />
    </form>
  );
}
