import { Link } from "wouter";
import { DemoBadge } from "../../components/badges";
import { ExportButton } from "../../components/ExportButton";
import { CheckboxField, DateField, SelectField, TextField } from "../../components/fields";
import { CommuneSelect } from "../../components/pickers";
import {
  FormSection,
  LocalizedSection,
  localizedLabels,
  RecordEditorFrame,
  suffixedText,
  translatedText,
  translationLabels,
} from "../../components/RecordEditorFrame";
import { useRecordEditor } from "../../components/useRecordEditor";
import { type Translate, useI18n } from "../../i18n/i18n";
import { EVENT_KINDS, type EventValues, eventRecord } from "./eventForm";
import { TableBoard } from "./TableBoard";
import { paths } from "@ocop/schema/routes";

function eventLabels(t: Translate): Record<keyof EventValues, string> {
  const translated = { venueName: t("event.venueName"), organizer: t("event.organizer") };
  return {
    ...localizedLabels(t, "name", "description"),
    ...translated,
    ...translationLabels(t, translated),
    kind: t("event.kind"),
    venueAddress: t("event.venueAddress"),
    communeCode: t("common.commune"),
    startsOn: t("event.startsOn"),
    endsOn: t("event.endsOn"),
    published: t("event.published"),
  };
}

/** What the public page shows in the reader's language (Vietnamese where a translation is empty). */
const EVENT_TEXTS = [
  suffixedText("name"),
  suffixedText("description", 4),
  translatedText("venueName"),
  translatedText("organizer"),
] as const;

export function EventEditPage({ id }: { id: string | null }) {
  const { t } = useI18n();
  const editor = useRecordEditor({
    ...eventRecord,
    id,
    confirmDelete: (e) => ({ title: t("event.deleteTitle"), message: t("event.deleteMessage", { name: e.nameVi }) }),
  });
  const { record: event, form } = editor;
  const labels = eventLabels(t);

  return (
    <RecordEditorFrame
      editor={editor}
      listTitle={t("nav.events")}
      title={event ? event.nameVi : t("event.new")}
      formLabel={t("event.formLabel")}
      labels={labels}
      actions={
        event && (
          <>
            <Link href={`/events/${event.id}/print`} className="button">
              {t("event.print")}
            </Link>
            <ExportButton path={`events/${event.id}/tables`} search="" />
            <a className="button" href={paths.event(event.slug)} target="_blank" rel="noopener">
              {t("product.preview")}
            </a>
          </>
        )
      }
      meta={event && <DemoBadge isDemo={event.isDemo} />}
      after={event && <TableBoard eventId={event.id} tables={event.tables} onChanged={() => editor.refetch()} />}
    >
      <LocalizedSection
        id="event-content"
        heading={t("event.content")}
        form={form}
        labels={labels}
        texts={EVENT_TEXTS}
      />
      <FormSection id="event-details" heading={t("event.details")} grid>
        <SelectField
          label={labels.kind}
          {...form.text("kind")}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKind.${k}`) }))}
          required
        />
        <DateField label={labels.startsOn} {...form.text("startsOn")} required />
        <DateField label={labels.endsOn} {...form.text("endsOn")} required />
        <CommuneSelect
          label={labels.communeCode}
          value={form.values.communeCode}
          onChange={(v) => form.set("communeCode", v)}
          error={form.errors.communeCode}
        />
        <TextField label={labels.venueAddress} {...form.text("venueAddress")} className="span-all" />
        <CheckboxField label={labels.published} {...form.check("published")} hint={t("event.publishedHint")} />
      </FormSection>
    </RecordEditorFrame>
  );
}
