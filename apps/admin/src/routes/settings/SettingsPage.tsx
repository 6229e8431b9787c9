import { useMutation, useQuery } from "@apollo/client/react";
import { AdminSiteSettingsDocument, UpdateSiteSettingsDocument } from "@ocop/schema/admin";
import { type FormEvent, useMemo } from "react";
import { FormConflictDialog } from "../../components/ConflictDialog";
import { TextArea, TextField } from "../../components/fields";
import { ErrorSummary, FormProblem } from "../../components/FormProblem";
import { useNotify } from "../../components/Notifier";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { FormSection } from "../../components/RecordEditorFrame";
import { useVersionedForm } from "../../components/useVersionedForm";
import { useI18n } from "../../i18n/i18n";
import {
  EMPTY_SETTINGS,
  SETTINGS_FIELDS,
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
  const { data, loading, error } = useQuery(AdminSiteSettingsDocument);
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
      <FormConflictDialog form={form} labels={labels} />
    </>
  );
}
