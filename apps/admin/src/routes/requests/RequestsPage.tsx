import { useMutation } from "@apollo/client/react";
import {
  type ConnectionRequestListQuery,
  ConnectionRequestListDocument,
  type ConnectionRequestStatus,
  UpdateConnectionRequestDocument,
} from "@ocop/schema/admin";
import { connectionRequestChangeSchema } from "@ocop/schema/inputs";
import { type FormEvent, useMemo, useState } from "react";
import { Link } from "wouter";
import { FormConflictDialog } from "../../components/ConflictDialog";
import { Dialog, DialogActions } from "../../components/Dialog";
import { SelectField, TextArea } from "../../components/fields";
import { FormProblem } from "../../components/FormProblem";
import { column, DataList, useListQuery } from "../../components/DataList";
import { useListState } from "../../components/list";
import { useNotify } from "../../components/Notifier";
import { PageHeader } from "../../components/PageHeader";
import { formSchema, nullable, recordMapper, str, useVersionedForm } from "../../components/useVersionedForm";
import { useI18n } from "../../i18n/i18n";
import { REQUEST_STATUSES, requestFilter, requestListState } from "@ocop/schema/lists";

// Shared with the API, whose spreadsheet export reads the same URL parameters.
export { REQUEST_STATUSES, requestListState };

type Request = ConnectionRequestListQuery["connectionRequests"]["edges"][number]["node"];

export function RequestsPage() {
  const { t, dateTime } = useI18n();
  const list = useListState(requestListState);
  const s = list.state;
  const result = useListQuery(
    ConnectionRequestListDocument,
    s,
    { filter: requestFilter(s) },
    (d) => d.connectionRequests,
  );
  const { rows, refetch } = result;
  const open = rows.find((r) => r.id === s.open) ?? null;
  const [stale, setStale] = useState(false);
  // Opening a request must not send the list back to page 1.
  const openHref = (id: string) => list.href({ open: id, page: s.page });
  const columns = [
    column<Request>("received", t("requests.received"), (r) => dateTime(r.createdAt)),
    column<Request>("from", t("requests.from"), (r) => (
      <>
        {r.name}
        <div className="muted small">
          {t(`requesterKind.${r.requesterKind}`)}
          {r.organisation ? ` · ${r.organisation}` : ""}
        </div>
      </>
    )),
    column<Request>("product", t("requests.product"), (r) => (
      <Link href={`/products/${r.product.id}`}>{r.product.nameVi}</Link>
    )),
    column<Request>("producer", t("requests.producer"), (r) => r.producer.name),
    column<Request>("status", t("requests.status"), (r) => (
      <span className={`badge badge-req-${r.status.toLowerCase()}`}>{t(`requestStatus.${r.status}`)}</span>
    )),
    column<Request>("actions", t("common.actions"), (r) => (
      <Link href={openHref(r.id)} aria-label={t("requests.openOne", { name: r.name })}>
        {t("requests.open")}
      </Link>
    )),
  ];
  return (
    <>
      <PageHeader title={t("nav.requests")} />
      <nav className="status-tabs" aria-label={t("requests.byStatus")}>
        <ul>
          {[null, ...REQUEST_STATUSES].map((st) => (
            <li key={st ?? "all"}>
              <Link href={list.href({ status: st, open: "" })} aria-current={s.status === st ? "page" : undefined}>
                {st ? t(`requestStatus.${st}`) : t("common.all")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DataList
        caption={t("nav.requests")}
        exportAs="connection-requests"
        columns={columns}
        result={result}
        rowId={(r) => r.id}
        rowClassName={(r) => (r.status === "NEW" ? "row-new" : undefined)}
        list={list}
        filtered={s.status !== null}
        emptyLabel={t("requests.none")}
      />
      {open && (
        <RequestDialog
          key={open.id}
          request={open}
          // Refresh the list on close, not on save: a request leaving the "New" filter would
          // otherwise vanish from under its open dialog.
          onSaved={() => setStale(true)}
          onClose={() => {
            list.update({ open: "", page: s.page });
            if (stale) {
              setStale(false);
              void refetch();
            }
          }}
        />
      )}
    </>
  );
}

type RequestValues = { status: string; staffNotes: string };
const requestFromRecord = recordMapper<RequestValues>({ status: [], staffNotes: [] });
const requestFormSchema = formSchema(
  (v: RequestValues) => ({ staffNotes: nullable(v.staffNotes) }),
  connectionRequestChangeSchema,
);

function RequestDialog({ request, onClose, onSaved }: { request: Request; onClose(): void; onSaved(): void }) {
  const { t, dateTime } = useI18n();
  const notify = useNotify();
  const [update] = useMutation(UpdateConnectionRequestDocument);
  const source = useMemo(
    () => ({ values: { status: request.status, staffNotes: str(request.staffNotes) }, version: request.version }),
    [request],
  );
  const form = useVersionedForm<RequestValues>(source, source.values, {
    fields: ["status", "staffNotes"],
    schema: requestFormSchema,
    fromRecord: requestFromRecord,
  });
  const labels = { status: t("requests.status"), staffNotes: t("requests.notes") };
  const p = request.producer;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(async (v, version) => {
      const res = await update({
        variables: {
          id: request.id,
          version: version ?? request.version,
          status: v.status as ConnectionRequestStatus,
          staffNotes: nullable(v.staffNotes),
        },
      });
      const saved = res.data!.updateConnectionRequest;
      return { values: { status: saved.status, staffNotes: str(saved.staffNotes) }, version: saved.version };
    });
    if (ok) {
      notify(t("form.saved"));
      onSaved();
    }
  };
  return (
    <Dialog
      open
      wide
      title={t("requests.title", { name: request.name })}
      onClose={onClose}
      closeLabel={t("common.close")}
    >
      <div className="request-detail">
        <dl className="details">
          <dt>{t("requests.received")}</dt>
          <dd>{dateTime(request.createdAt)}</dd>
          <dt>{t("requests.from")}</dt>
          <dd>
            {request.name} ({t(`requesterKind.${request.requesterKind}`)})
            {request.organisation ? `, ${request.organisation}` : ""}
          </dd>
          <dt>{t("producer.email")}</dt>
          <dd>{request.email ? <a href={`mailto:${request.email}`}>{request.email}</a> : "–"}</dd>
          <dt>{t("producer.phone")}</dt>
          <dd>{request.phone ? <a href={`tel:${request.phone}`}>{request.phone}</a> : "–"}</dd>
          <dt>{t("requests.product")}</dt>
          <dd>
            <Link href={`/products/${request.product.id}`}>{request.product.nameVi}</Link>
          </dd>
          <dt>{t("requests.language")}</dt>
          <dd>
            {request.language === "vi" || request.language === "en" || request.language === "zh"
              ? t(`lang.${request.language}`)
              : request.language}
          </dd>
        </dl>
        <h3>{t("requests.message")}</h3>
        <blockquote className="request-message" lang={request.language}>
          {request.message}
        </blockquote>
        <h3>{t("requests.producerContact")}</h3>
        <p>
          <Link href={`/producers/${p.id}`}>{p.name}</Link>
          {p.commune ? ` · ${p.commune.fullName}` : ""}
          <br />
          {[p.phone, p.email, p.website].filter(Boolean).join(" · ") || t("requests.noProducerContact")}
          {!p.contactPublished && <span className="badge badge-warn">{t("requests.contactNotPublished")}</span>}
        </p>
      </div>
      <form onSubmit={onSubmit} noValidate aria-label={t("requests.handle")}>
        <FormProblem problem={form.problem} />
        <SelectField
          label={labels.status}
          {...form.text("status")}
          options={REQUEST_STATUSES.map((st) => ({ value: st, label: t(`requestStatus.${st}`) }))}
          required
          hint={t("requests.statusHint")}
        />
        <TextArea label={labels.staffNotes} {...form.text("staffNotes")} rows={4} />
        <DialogActions
          cancelLabel={t("common.close")}
          onCancel={onClose}
          submitLabel={t("form.save")}
          disabled={form.saving || !form.dirty}
        />
      </form>
      <FormConflictDialog
        form={form}
        labels={labels}
        display={(f, v) =>
          f === "status" && typeof v === "string" && v ? t(`requestStatus.${v as ConnectionRequestStatus}`) : undefined
        }
      />
    </Dialog>
  );
}
