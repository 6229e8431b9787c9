import { useMutation, useQuery } from "@apollo/client/react";
import { AdminSiteSettingsDocument, UpdateSiteSettingsDocument } from "@ocop/schema/admin";
import { type FormEvent, useId, useMemo } from "react";
import { FormConflictDialog } from "../../components/ConflictDialog";
import { SelectField, TextArea, TextField } from "../../components/fields";
import { ErrorSummary, FormProblem } from "../../components/FormProblem";
import { useNotify } from "../../components/Notifier";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { FormSection } from "../../components/RecordEditorFrame";
import { useVersionedForm } from "../../components/useVersionedForm";
import { useI18n } from "../../i18n/i18n";
import { ProvinceOffices } from "./ProvinceOffices";
import { SiteLogo } from "./SiteLogo";
import { LANGUAGES } from "@ocop/schema/enums";
import {
  EMPTY_SETTINGS,
  SETTINGS_FIELDS,
  provinceCodes,
  provincesText,
  type SettingsValues,
  settingsFormSchema,
  settingsFromRecord,
  settingsInput,
  settingsValues,
} from "./settingsForm";

/** The deployment's one settings record: the site's name and how the public reaches the office. */
export function SettingsPage() {
  const { t, dateTime } = useI18n();
  const notify = useNotify();
  const { data, loading, error, refetch } = useQuery(AdminSiteSettingsDocument);
  const [update] = useMutation(UpdateSiteSettingsDocument);
  const settings = data?.adminSiteSettings ?? null;
  const source = useMemo(
    () => (settings ? { values: settingsValues(settings), version: settings.version } : null),
    [settings],
  );
  const form = useVersionedForm<SettingsValues>(source, EMPTY_SETTINGS, {
    fields: SETTINGS_FIELDS,
    schema: settingsFormSchema,
    fromRecord: settingsFromRecord,
  });
  const labels: Record<keyof SettingsValues, string> = {
    siteName: t("settings.siteName"),
    officeName: t("settings.officeName"),
    officeAddress: t("settings.officeAddress"),
    officePhone: t("settings.officePhone"),
    officeEmail: t("settings.officeEmail"),
    officeHours: t("settings.officeHours"),
    provinces: t("settings.provinces"),
    defaultLanguage: t("settings.defaultLanguage"),
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(async (values, version) => {
      const res = await update({ variables: { version: version ?? 0, input: settingsInput(values) } });
      const saved = res.data!.updateSiteSettings;
      return { values: settingsValues(saved), version: saved.version };
    });
    if (ok) notify(t("form.saved"));
  };

  if (!settings) {
    return (
      <>
        <PageHeader title={t("nav.settings")} />
        <QueryState loading={loading} error={error} notFound={!loading && !error} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("nav.settings")}>
        <p className="page-meta">{t("common.updatedAt", { when: dateTime(settings.updatedAt) })}</p>
      </PageHeader>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t("settings.formLabel")} className="edit-form">
        <FormProblem problem={form.problem} />
        <ErrorSummary errors={form.errors} labels={labels} />
        <fieldset disabled={form.saving} className="plain">
          <FormSection id="settings-site" heading={t("settings.site")} grid>
            <TextField label={labels.siteName} {...form.text("siteName")} className="span-all" />
            <SelectField
              label={labels.defaultLanguage}
              {...form.text("defaultLanguage")}
              options={LANGUAGES.map((lang) => ({ value: lang, label: t(`lang.${lang}`) }))}
              hint={t("settings.defaultLanguageHint")}
            />
            <ProvincePicker
              label={labels.provinces}
              hint={t("settings.provincesHint")}
              field={form.text("provinces")}
              provinces={data?.provinces ?? []}
            />
          </FormSection>
          <FormSection id="settings-office" heading={t("settings.office")} grid>
            <p className="muted span-all">{t("settings.officeHint")}</p>
            <TextField label={labels.officeName} {...form.text("officeName")} className="span-all" />
            <TextField label={labels.officeAddress} {...form.text("officeAddress")} className="span-all" />
            <TextField label={labels.officePhone} {...form.text("officePhone")} type="tel" />
            <TextField label={labels.officeEmail} {...form.text("officeEmail")} type="email" />
            <TextArea label={labels.officeHours} {...form.text("officeHours")} rows={2} className="span-all" />
          </FormSection>
        </fieldset>
        <div className="form-footer">
          <span className="muted" aria-live="polite">
            {form.dirty ? t("form.unsaved") : ""}
          </span>
          <button type="submit" className="primary" disabled={form.saving || !form.dirty}>
            {form.saving ? t("form.saving") : t("form.save")}
          </button>
        </div>
      </form>
      <SiteLogo settings={settings} onChanged={() => refetch()} />
      <ProvinceOffices provinceNames={new Map((data?.provinces ?? []).map((p) => [p.code, p.name]))} />
      <FormConflictDialog form={form} labels={labels} />
    </>
  );
}

/**
 * The site's provinces as one checkbox per province; the form keeps them as one text field (the
 * codes, sorted, joined by commas), so the conflict dialog and the unsaved-changes check treat the
 * choice as one value.
 */
function ProvincePicker({
  label,
  hint,
  field,
  provinces,
}: {
  label: string;
  hint: string;
  field: { name: string; value: string; onChange(v: string): void; error: string | undefined };
  provinces: ReadonlyArray<{ code: string; name: string }>;
}) {
  const id = useId();
  const chosen = new Set(provinceCodes(field.value));
  const toggle = (code: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(code);
    else next.delete(code);
    field.onChange(provincesText([...next]));
  };
  return (
    <fieldset
      className={`field span-all plain ${field.error ? "has-error" : ""}`}
      aria-describedby={[field.error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(" ")}
    >
      <legend>{label}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="checkbox-columns">
        {provinces.map((p, i) => (
          <label key={p.code} className="field-check">
            <input
              type="checkbox"
              // The first box takes the field's name, so that an error focuses the group.
              name={i === 0 ? field.name : undefined}
              checked={chosen.has(p.code)}
              aria-invalid={field.error ? true : undefined}
              onChange={(e) => toggle(p.code, e.target.checked)}
            />{" "}
            {p.name}
          </label>
        ))}
      </div>
      {field.error && (
        <p className="field-error" id={`${id}-error`}>
          {field.error}
        </p>
      )}
    </fieldset>
  );
}
