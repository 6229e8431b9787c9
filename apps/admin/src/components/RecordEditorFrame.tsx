import type { ReactNode } from "react";
import { type Translate, useI18n } from "../i18n/i18n";
import { FormConflictDialog } from "./ConflictDialog";
import { TextArea, TextField } from "./fields";
import { ErrorSummary, FormProblem } from "./FormProblem";
import { CONTENT_LANGS, type ContentLang, LangTabs } from "./LangTabs";
import { PageHeader } from "./PageHeader";
import { QueryState } from "./QueryState";
import type { RecordEditor } from "./useRecordEditor";
import type { FormValues, VersionedForm } from "./useVersionedForm";

export interface RecordEditorFrameProps<R, V extends FormValues> {
  editor: RecordEditor<R, V>;
  /** The page title while the record is loading or missing (the list's name). */
  listTitle: string;
  /** The page title: the record's name, or "new …". */
  title: string;
  /** The form's accessible name. */
  formLabel: string;
  labels: Record<keyof V & string, string>;
  /** How the conflict dialog shows a value (codes → names). */
  display?: (field: keyof V & string, value: unknown) => string | undefined;
  /** The record's own canEdit (commune scope), or whether the user may create; false: read-only. */
  canEdit?: boolean;
  /** Whether "delete" is offered (default: canEdit); false where the server would refuse it. */
  canDelete?: boolean;
  /** Header actions before "delete" (links, status changes), shown for an existing record. */
  actions?: ReactNode;
  /** Below the title: badges, dates, links. */
  meta?: ReactNode;
  /** The form's sections. */
  children: ReactNode;
  /** Panels below the form that edit the record's parts (images, tables, links). */
  after?: ReactNode;
}

/**
 * The page around a record editor: header with the page's actions and "delete", the problem of
 * a failed action, the form (error summary, read-only fieldset, unsaved marker and save button),
 * the conflict dialog, then the record's panels. Loading, errors and "not found" in place of all.
 */
export function RecordEditorFrame<R, V extends FormValues>({
  editor,
  listTitle,
  title,
  formLabel,
  labels,
  display,
  canEdit = true,
  canDelete = canEdit,
  actions,
  meta,
  children,
  after,
}: RecordEditorFrameProps<R, V>) {
  const { t } = useI18n();
  const { record, form } = editor;
  if (editor.missing) {
    return (
      <>
        <PageHeader title={listTitle} />
        <QueryState loading={editor.loading} error={editor.error} notFound={!editor.loading && !editor.error} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={title}
        actions={
          record && (
            <>
              {actions}
              {canDelete && (
                <button type="button" className="danger" onClick={() => void editor.remove()}>
                  {t("common.delete")}
                </button>
              )}
            </>
          )
        }
      >
        {meta}
        {record && !canEdit && <p className="alert alert-info">{t("form.readOnly")}</p>}
      </PageHeader>
      <FormProblem problem={editor.actionProblem} />
      <form onSubmit={(e) => void editor.save(e)} noValidate aria-label={formLabel} className="edit-form">
        <FormProblem problem={form.problem} />
        <ErrorSummary errors={form.errors} labels={labels} />
        <fieldset disabled={!canEdit || form.saving} className="plain">
          {children}
        </fieldset>
        {canEdit && (
          <div className="form-footer">
            <span className="muted" aria-live="polite">
              {form.dirty ? t("form.unsaved") : ""}
            </span>
            <button type="submit" className="primary" disabled={form.saving || (!form.dirty && record !== null)}>
              {form.saving ? t("form.saving") : record ? t("form.save") : t("form.create")}
            </button>
          </div>
        )}
      </form>
      <FormConflictDialog form={form} labels={labels} display={display} />
      {record && after}
    </>
  );
}

type Suffix = "Vi" | "En" | "Zh";
const SUFFIX: Record<ContentLang, Suffix> = { vi: "Vi", en: "En", zh: "Zh" };

/**
 * One localized text: its form field in each language. Names and descriptions are
 * `<prefix>Vi|En|Zh`; texts that were Vietnamese only before they became translatable keep their
 * Vietnamese field's name and add `<field>En|Zh` (as their database columns do).
 */
export interface LocalizedText<K extends string> {
  fields: Readonly<Record<ContentLang, K>>;
  /** A text area of that many rows; a single line otherwise. */
  rows?: number;
  /** Required in Vietnamese. */
  required?: boolean;
}

/** `<prefix>Vi|En|Zh`, a name (required, one line) or a description. */
export function suffixedText<P extends "name" | "description">(
  prefix: P,
  rows?: number,
): LocalizedText<`${P}${Suffix}`> {
  return {
    fields: { vi: `${prefix}Vi`, en: `${prefix}En`, zh: `${prefix}Zh` },
    rows: prefix === "description" ? rows : undefined,
    required: prefix === "name",
  };
}

/** `<field>` in Vietnamese, `<field>En`, `<field>Zh`. */
export function translatedText<F extends string>(field: F, rows?: number): LocalizedText<F | `${F}En` | `${F}Zh`> {
  return { fields: { vi: field, en: `${field}En`, zh: `${field}Zh` }, rows };
}

/** Which language tabs hold an invalid field. */
export function langErrors(
  errors: Partial<Record<string, string>>,
  texts: readonly LocalizedText<string>[],
): { vi: boolean; en: boolean; zh: boolean } {
  const any = (lang: ContentLang) => texts.some((text) => Boolean(errors[text.fields[lang]]));
  return { vi: any("vi"), en: any("en"), zh: any("zh") };
}

/**
 * A card of a record's localized texts: per language tab, each text's field in that language
 * (all panels stay mounted, so nothing typed is lost when switching).
 */
export function LocalizedSection<V extends FormValues>({
  id,
  heading,
  hint,
  form,
  labels,
  texts,
}: {
  /** The heading's id, which names the section. */
  id: string;
  heading: string;
  /** A line under the heading. */
  hint?: string;
  form: VersionedForm<V>;
  labels: Record<keyof V & string, string>;
  texts: readonly LocalizedText<keyof V & string>[];
}) {
  const { t } = useI18n();
  return (
    <FormSection id={id} heading={heading}>
      {hint && <p className="muted">{hint}</p>}
      <LangTabs label={t("form.contentLanguage")} errorsIn={langErrors(form.errors, texts)}>
        {(lang) => (
          <>
            {texts.map((text) => {
              const field = text.fields[lang];
              return text.rows ? (
                <TextArea key={field} label={labels[field]} {...form.text(field)} rows={text.rows} lang={lang} />
              ) : (
                <TextField
                  key={field}
                  label={labels[field]}
                  {...form.text(field)}
                  required={text.required === true && lang === "vi"}
                  lang={lang}
                />
              );
            })}
          </>
        )}
      </LangTabs>
    </FormSection>
  );
}

/** A card of the form named by its heading; `grid` lays its fields out in columns. */
export function FormSection({
  id,
  heading,
  grid = false,
  children,
}: {
  /** The heading's id, which names the section. */
  id: string;
  heading: string;
  grid?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={grid ? "card form-grid" : "card"} aria-labelledby={id}>
      <h2 id={id} className={grid ? "span-all" : undefined}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/**
 * The labels of a text's translations from its Vietnamese field's label: "Production capacity
 * (English)"…; the Vietnamese field keeps its own label.
 */
export function translationLabels<F extends string>(
  t: Translate,
  labels: Readonly<Record<F, string>>,
): Record<`${F}En` | `${F}Zh`, string> {
  const out: Partial<Record<string, string>> = {};
  for (const [field, label] of Object.entries<string>(labels))
    for (const lang of ["en", "zh"] as const)
      out[`${field}${SUFFIX[lang]}`] = t("form.inLanguage", { field: label, lang: t(`lang.${lang}`) });
  return out as Record<`${F}En` | `${F}Zh`, string>;
}

/** The labels of the localized fields `<name|description>Vi|En|Zh`: "Name (Vietnamese)"… */
export function localizedLabels<P extends "name" | "description">(
  t: Translate,
  ...prefixes: P[]
): Record<`${P}${Suffix}`, string> {
  const out: Partial<Record<string, string>> = {};
  for (const p of prefixes)
    for (const lang of CONTENT_LANGS)
      out[`${p}${SUFFIX[lang]}`] = t(p === "name" ? "product.nameIn" : "product.descriptionIn", {
        lang: t(`lang.${lang}`),
      });
  return out as Record<`${P}${Suffix}`, string>;
}
