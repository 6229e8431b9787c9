import { useMutation, useQuery } from "@apollo/client/react";
import {
  AdminEventEditDocument,
  CreateShowcaseEventDocument,
  DeleteShowcaseEventDocument,
  UpdateShowcaseEventDocument,
} from "@ocop/schema/admin";
import { type FormEvent, useMemo, useState } from "react";
import { Link } from "wouter";
import { DemoBadge } from "../../components/badges";
import { ConflictDialog } from "../../components/ConflictDialog";
import { CheckboxField, SelectField, TextArea, TextField } from "../../components/fields";
import { ErrorSummary, FormProblem } from "../../components/FormProblem";
import { LangTabs } from "../../components/LangTabs";
import { useNotify } from "../../components/Notifier";
import { PageHeader } from "../../components/PageHeader";
import { CommuneSelect } from "../../components/pickers";
import { QueryState } from "../../components/QueryState";
import { useVersionedForm } from "../../components/useVersionedForm";
import { useRecordActions } from "../../components/useRecordActions";
import { type Translate, useI18n } from "../../i18n/i18n";
import { type ApiProblem } from "../../lib/errors";
import {
  EMPTY_EVENT,
  EVENT_FIELDS,
  EVENT_KINDS,
  type EventValues,
  eventFormSchema,
  eventFromRecord,
  eventInput,
  eventValues,
} from "./eventForm";
import { TableBoard } from "./TableBoard";
import { paths } from "@ocop/schema/routes";

function eventLabels(t: Translate): Record<keyof EventValues, string> {
  return {
    nameVi: t("product.nameIn", { lang: t("lang.vi") }),
    nameEn: t("product.nameIn", { lang: t("lang.en") }),
    nameZh: t("product.nameIn", { lang: t("lang.zh") }),
    descriptionVi: t("product.descriptionIn", { lang: t("lang.vi") }),
    descriptionEn: t("product.descriptionIn", { lang: t("lang.en") }),
    descriptionZh: t("product.descriptionIn", { lang: t("lang.zh") }),
    kind: t("event.kind"),
    venueName: t("event.venueName"),
    venueAddress: t("event.venueAddress"),
    communeCode: t("common.commune"),
    startsOn: t("event.startsOn"),
    endsOn: t("event.endsOn"),
    organizer: t("event.organizer"),
    published: t("event.published"),
  };
}

export function EventEditPage({ id }: { id: string | null }) {
  const { t } = useI18n();
  const notify = useNotify();
  const { data, loading, error, refetch } = useQuery(AdminEventEditDocument, {
    variables: { id: id ?? "" },
    skip: id === null,
  });
  const event = data?.adminShowcaseEvent ?? null;
  const source = useMemo(() => (event ? { values: eventValues(event), version: event.version } : null), [event]);
  const labels = eventLabels(t);
  const form = useVersionedForm(source, EMPTY_EVENT, {
    fields: EVENT_FIELDS,
    schema: eventFormSchema,
    fromRecord: eventFromRecord,
  });
  const [create] = useMutation(CreateShowcaseEventDocument);
  const [update] = useMutation(UpdateShowcaseEventDocument);
  const [remove] = useMutation(DeleteShowcaseEventDocument);
  const [actionProblem, setActionProblem] = useState<ApiProblem | null>(null);
  const actions = useRecordActions("/events", setActionProblem);

  if (id !== null && !event) {
    return (
      <>
        <PageHeader title={t("nav.events")} />
        <QueryState loading={loading} error={error} notFound={!loading && !error} />
      </>
    );
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(async (values, version) => {
      if (!event) {
        const res = await create({ variables: { input: eventInput(values) } });
        const created = res.data!.createShowcaseEvent;
        actions.created(created.id);
        return { values: eventValues(created), version: created.version };
      }
      const res = await update({
        variables: { id: event.id, version: version ?? event.version, input: eventInput(values) },
      });
      const saved = res.data!.updateShowcaseEvent;
      return { values: eventValues(saved), version: saved.version };
    });
    if (ok) notify(t("form.saved"));
  };

  const onDelete = async () => {
    if (!event) return;
    await actions.confirmAndDelete(t("event.deleteTitle"), t("event.deleteMessage", { name: event.nameVi }), () =>
      remove({ variables: { id: event.id, version: form.version ?? event.version } }),
    );
  };

  const langError = (l: "Vi" | "En" | "Zh") => Boolean(form.errors[`name${l}`] || form.errors[`description${l}`]);

  return (
    <>
      <PageHeader
        title={event ? event.nameVi : t("event.new")}
        actions={
          event && (
            <>
              <Link href={`/events/${event.id}/print`} className="button">
                {t("event.print")}
              </Link>
              <a className="button" href={paths.event(event.slug)} target="_blank" rel="noopener">
                {t("product.preview")}
              </a>
              <button type="button" className="danger" onClick={() => void onDelete()}>
                {t("common.delete")}
              </button>
            </>
          )
        }
      >
        {event && <DemoBadge isDemo={event.isDemo} />}
      </PageHeader>
      <FormProblem problem={actionProblem} />
      <form onSubmit={onSubmit} noValidate aria-label={t("event.formLabel")} className="edit-form">
        <FormProblem problem={form.problem} />
        <ErrorSummary errors={form.errors} labels={labels} />
        <fieldset disabled={form.saving} className="plain">
          <section className="card" aria-labelledby="event-content">
            <h2 id="event-content">{t("event.content")}</h2>
            <LangTabs
              label={t("form.contentLanguage")}
              errorsIn={{ vi: langError("Vi"), en: langError("En"), zh: langError("Zh") }}
            >
              {(lang) => {
                const l = lang === "vi" ? "Vi" : lang === "en" ? "En" : "Zh";
                return (
                  <>
                    <TextField
                      label={labels[`name${l}`]}
                      {...form.text(`name${l}`)}
                      required={lang === "vi"}
                      lang={lang}
                    />
                    <TextArea
                      label={labels[`description${l}`]}
                      {...form.text(`description${l}`)}
                      rows={4}
                      lang={lang}
                    />
                  </>
                );
              }}
            </LangTabs>
          </section>
          <section className="card form-grid" aria-labelledby="event-details">
            <h2 id="event-details" className="span-all">
              {t("event.details")}
            </h2>
            <SelectField
              label={labels.kind}
              {...form.text("kind")}
              options={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKind.${k}`) }))}
              required
            />
            <TextField label={labels.organizer} {...form.text("organizer")} />
            <TextField label={labels.startsOn} {...form.text("startsOn")} type="date" required />
            <TextField
              label={labels.endsOn}
              {...form.text("endsOn")}
              type="date"
              required
              min={form.values.startsOn || undefined}
            />
            <TextField label={labels.venueName} {...form.text("venueName")} />
            <CommuneSelect
              label={labels.communeCode}
              value={form.values.communeCode}
              onChange={(v) => form.set("communeCode", v)}
              error={form.errors.communeCode}
            />
            <TextField label={labels.venueAddress} {...form.text("venueAddress")} className="span-all" />
            <CheckboxField label={labels.published} {...form.check("published")} hint={t("event.publishedHint")} />
          </section>
        </fieldset>
        <div className="form-footer">
          <span className="muted" aria-live="polite">
            {form.dirty ? t("form.unsaved") : ""}
          </span>
          <button type="submit" className="primary" disabled={form.saving || (!form.dirty && event !== null)}>
            {form.saving ? t("form.saving") : event ? t("form.save") : t("form.create")}
          </button>
        </div>
      </form>
      <ConflictDialog
        diff={form.conflict?.diff ?? null}
        labels={labels}
        onReloadTheirs={form.reloadTheirs}
        onKeepEditing={form.keepEditing}
      />
      {event && <TableBoard eventId={event.id} tables={event.tables} onChanged={() => refetch()} />}
    </>
  );
}
