import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import {
  AddConnectionRequestNoteDocument,
  AssignConnectionRequestDocument,
  ChangeConnectionRequestStatusDocument,
  type ConnectionRequestDetailFragment,
  ConnectionRequestDocument,
  ConnectionRequestDraftsDocument,
  type ConnectionRequestOutcome,
  type ConnectionRequestStatus,
  ForwardToProducerDocument,
  ReplyToRequesterDocument,
} from "@ocop/schema/admin";
import { CONNECTION_REQUEST_OUTCOMES } from "@ocop/schema/inputs";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { Link } from "wouter";
import { Dialog, DialogActions } from "../../components/Dialog";
import { SelectField, TextArea, TextField } from "../../components/fields";
import { FormProblem } from "../../components/FormProblem";
import { useNotify } from "../../components/Notifier";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { usePermissions } from "../../components/session";
import { useFieldErrorText } from "../../i18n/fieldErrors";
import { useI18n } from "../../i18n/i18n";
import { type ApiProblem, fieldErrorMap, problemOf } from "../../lib/errors";
import { can } from "../../lib/resources";
import { REQUEST_STATUSES } from "./RequestsPage";

type Request = ConnectionRequestDetailFragment;
type Event = Request["events"][number];

/**
 * Runs one change of the request and keeps its problem for the form that asked: a CONFLICT
 * (someone else changed the request meanwhile) reloads the request, so the next try carries its
 * new version; nothing was changed by the refused one.
 */
function useRequestChange(refetch: () => unknown) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (change: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      await change();
      return true;
    } catch (error) {
      const p = problemOf(error);
      setProblem(p);
      if (p.code === "CONFLICT") void Promise.resolve(refetch()).catch(() => undefined);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { problem, busy, run, clear: () => setProblem(null) };
}

/** A request: who asks about what, its handling (status, assignee, mails, notes) and its history. */
export function RequestPage({ id }: { id: string | null }) {
  const { t, dateTime } = useI18n();
  const client = useApolloClient();
  const canHandle = can(usePermissions(), "request.write");
  const { data, loading, error, refetch } = useQuery(ConnectionRequestDocument, {
    variables: { id: id ?? "" },
    skip: !id,
    fetchPolicy: "cache-and-network",
  });
  const request = data?.connectionRequest ?? null;
  // Opening the request marks it read: the menu's count goes down with it.
  const opened = request?.id;
  useEffect(() => {
    // Evicted, the menu's count (when shown) asks the API again.
    if (opened) client.cache.evict({ id: "ROOT_QUERY", fieldName: "unreadConnectionRequestCount" });
  }, [opened, client]);

  if (!request) {
    return (
      <>
        <PageHeader title={t("nav.requests")} />
        <QueryState loading={loading} error={error} notFound={!loading && !error} />
      </>
    );
  }
  const closed = request.status === "CLOSED";
  return (
    <>
      <PageHeader title={t("requests.title", { name: request.name })}>
        <p>
          <span className={`badge badge-req-${request.status.toLowerCase()}`}>
            {t(`requestStatus.${request.status}`)}
          </span>
          {request.outcome && <> · {t(`requestOutcome.${request.outcome}`)}</>}
          {" · "}
          {t("requests.assignee")}: {request.assignee?.displayName ?? t("requests.nobody")}
        </p>
      </PageHeader>
      <div className="request-page">
        <section aria-labelledby="req-from" className="card">
          <h2 id="req-from">{t("requests.from")}</h2>
          <dl className="details">
            <dt>{t("requests.received")}</dt>
            <dd>{dateTime(request.createdAt)}</dd>
            <dt>{t("requests.name")}</dt>
            <dd>
              {request.name} ({t(`requesterKind.${request.requesterKind}`)})
              {request.organisation ? `, ${request.organisation}` : ""}
            </dd>
            <dt>{t("producer.email")}</dt>
            <dd>{request.email ? <a href={`mailto:${request.email}`}>{request.email}</a> : "–"}</dd>
            <dt>{t("producer.phone")}</dt>
            <dd>{request.phone ? <a href={`tel:${request.phone}`}>{request.phone}</a> : "–"}</dd>
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
        </section>

        <section aria-labelledby="req-products" className="card">
          <h2 id="req-products">{t("requests.products")}</h2>
          <table className="parts-table">
            <caption className="visually-hidden">{t("requests.products")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("requests.product")}</th>
                <th scope="col">{t("requests.producer")}</th>
              </tr>
            </thead>
            <tbody>
              {request.items.map((i) => (
                <tr key={i.productId}>
                  <td>{i.inScope ? <Link href={`/products/${i.productId}`}>{i.productName}</Link> : i.productName}</td>
                  <td>
                    {i.inScope ? <Link href={`/producers/${i.producerId}`}>{i.producerName}</Link> : i.producerName}
                    {!i.inScope && <span className="muted small"> · {t("requests.otherUnit")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        {canHandle && !closed && (
          <section aria-labelledby="req-handle" className="card request-actions">
            <h2 id="req-handle">{t("requests.handle")}</h2>
            <MailActions request={request} refetch={refetch} />
            <StatusForm request={request} refetch={refetch} />
            <AssignForm request={request} assignees={data?.connectionRequestAssignees ?? []} refetch={refetch} />
          </section>
        )}

        <section aria-labelledby="req-history" className="card">
          <h2 id="req-history">{t("requests.history")}</h2>
          <ol className="request-history">
            {request.events.map((e) => (
              <HistoryEntry key={e.id} event={e} />
            ))}
          </ol>
          {canHandle && <NoteForm request={request} refetch={refetch} />}
        </section>
      </div>
    </>
  );
}

function HistoryEntry({ event: e }: { event: Event }) {
  const { t, dateTime } = useI18n();
  const who = e.staff?.displayName ?? t("requests.event.system");
  let what: ReactNode;
  switch (e.kind) {
    case "ASSIGNED":
      what = e.assignee
        ? t("requests.event.assigned", { who, to: e.assignee.displayName })
        : t("requests.event.unassigned", { who });
      break;
    case "STATUS":
      what = t("requests.event.status", {
        who,
        status: e.status ? t(`requestStatus.${e.status}`) : "",
        outcome: e.outcome ? t(`requestOutcome.${e.outcome}`) : "",
      });
      break;
    case "FORWARD":
      what = t("requests.event.forward", { who, producer: e.producerName ?? "", to: e.mailTo ?? "" });
      break;
    case "REPLY":
      what = t("requests.event.reply", { who, to: e.mailTo ?? "" });
      break;
    default:
      what = t("requests.event.note", { who });
  }
  return (
    <li>
      <p>
        <time dateTime={e.createdAt}>{dateTime(e.createdAt)}</time> · {what}
      </p>
      {e.subject && <p className="muted">{e.subject}</p>}
      {e.text && <div className="request-history__text">{e.text}</div>}
    </li>
  );
}

/** The statuses a request may move on to: forward only, never back. */
function nextStatuses(current: ConnectionRequestStatus): ConnectionRequestStatus[] {
  return REQUEST_STATUSES.slice(REQUEST_STATUSES.indexOf(current) + 1);
}

function StatusForm({ request, refetch }: { request: Request; refetch(): unknown }) {
  const { t } = useI18n();
  const notify = useNotify();
  const fieldText = useFieldErrorText();
  const options = nextStatuses(request.status);
  const [status, setStatus] = useState<string>(options[0] ?? "");
  const [outcome, setOutcome] = useState<string>("");
  const [note, setNote] = useState("");
  const [change] = useMutation(ChangeConnectionRequestStatusDocument);
  const action = useRequestChange(refetch);
  const errors = fieldErrorMap(action.problem?.fields ?? [], fieldText);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await action.run(() =>
      change({
        variables: {
          id: request.id,
          version: request.version,
          status: status as ConnectionRequestStatus,
          outcome: status === "CLOSED" ? ((outcome || null) as ConnectionRequestOutcome | null) : null,
          note: note.trim() || null,
        },
      }),
    );
    if (ok) {
      notify(t("form.saved"));
      setNote("");
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("requests.changeStatus")} className="stack">
      <h3>{t("requests.changeStatus")}</h3>
      {action.problem?.code !== "BAD_USER_INPUT" && <FormProblem problem={action.problem} />}
      <SelectField
        label={t("requests.newStatus")}
        name="status"
        value={status}
        onChange={setStatus}
        options={options.map((st) => ({ value: st, label: t(`requestStatus.${st}`) }))}
        required
        error={errors.status}
        hint={t("requests.statusHint")}
      />
      {status === "CLOSED" && (
        <SelectField
          label={t("requests.outcome")}
          name="outcome"
          value={outcome}
          onChange={setOutcome}
          options={CONNECTION_REQUEST_OUTCOMES.map((o) => ({ value: o, label: t(`requestOutcome.${o}`) }))}
          placeholder={t("requests.chooseOutcome")}
          required
          error={errors.outcome}
        />
      )}
      <TextArea
        label={t("requests.statusNote")}
        name="note"
        value={note}
        onChange={setNote}
        rows={2}
        error={errors.note}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={action.busy || !status}>
          {t("requests.changeStatus")}
        </button>
      </div>
    </form>
  );
}

function AssignForm({
  request,
  assignees,
  refetch,
}: {
  request: Request;
  assignees: readonly { id: string; displayName: string }[];
  refetch(): unknown;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const [assigneeId, setAssigneeId] = useState(request.assignee?.id ?? "");
  const [assign] = useMutation(AssignConnectionRequestDocument);
  const action = useRequestChange(refetch);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await action.run(() =>
      assign({ variables: { id: request.id, version: request.version, assigneeId: assigneeId || null } }),
    );
    if (ok) notify(t("form.saved"));
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("requests.assign")} className="stack">
      <h3>{t("requests.assign")}</h3>
      <FormProblem problem={action.problem} />
      <SelectField
        label={t("requests.assignee")}
        name="assigneeId"
        value={assigneeId}
        onChange={setAssigneeId}
        options={assignees.map((a) => ({ value: a.id, label: a.displayName }))}
        placeholder={t("requests.nobody")}
      />
      <div className="form-actions">
        <button type="submit" disabled={action.busy || assigneeId === (request.assignee?.id ?? "")}>
          {t("requests.assign")}
        </button>
      </div>
    </form>
  );
}

function NoteForm({ request, refetch }: { request: Request; refetch(): unknown }) {
  const { t } = useI18n();
  const fieldText = useFieldErrorText();
  const [text, setText] = useState("");
  const [add] = useMutation(AddConnectionRequestNoteDocument);
  const action = useRequestChange(refetch);
  const errors = fieldErrorMap(action.problem?.fields ?? [], fieldText);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await action.run(() => add({ variables: { id: request.id, version: request.version, text } }));
    if (ok) setText("");
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("requests.addNote")} className="stack">
      {action.problem?.code !== "BAD_USER_INPUT" && <FormProblem problem={action.problem} />}
      <TextArea label={t("requests.note")} name="text" value={text} onChange={setText} rows={3} error={errors.text} />
      <div className="form-actions">
        <button type="submit" disabled={action.busy || !text.trim()}>
          {t("requests.addNote")}
        </button>
      </div>
    </form>
  );
}

type MailTarget = { kind: "reply" } | { kind: "forward"; producerId: string };

/** The "Reply to requester" and "Forward to producer" buttons, each opening its prefilled mail. */
function MailActions({ request, refetch }: { request: Request; refetch(): unknown }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<MailTarget | null>(null);
  // The producers this staff member may forward to: those of their scope.
  const producers = [
    ...new Map(request.items.filter((i) => i.inScope).map((i) => [i.producerId, i.producerName])).entries(),
  ];
  return (
    <div className="request-mail-actions">
      {request.email && (
        <button type="button" className="primary" onClick={() => setOpen({ kind: "reply" })}>
          {t("requests.reply")}
        </button>
      )}
      {producers.map(([producerId, producerName]) => (
        <button key={producerId} type="button" onClick={() => setOpen({ kind: "forward", producerId })}>
          {producers.length > 1 ? t("requests.forwardTo", { producer: producerName }) : t("requests.forward")}
        </button>
      ))}
      {open && <MailDialog request={request} target={open} refetch={refetch} onClose={() => setOpen(null)} />}
    </div>
  );
}

function MailDialog({
  request,
  target,
  refetch,
  onClose,
}: {
  request: Request;
  target: MailTarget;
  refetch(): unknown;
  onClose(): void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const fieldText = useFieldErrorText();
  const drafts = useQuery(ConnectionRequestDraftsDocument, {
    variables: { id: request.id },
    fetchPolicy: "network-only",
  });
  const [reply] = useMutation(ReplyToRequesterDocument);
  const [forward] = useMutation(ForwardToProducerDocument);
  const action = useRequestChange(refetch);
  const [mail, setMail] = useState<{ to: string; subject: string; body: string } | null>(null);
  const found = drafts.data?.connectionRequestDrafts;
  const draft =
    target.kind === "reply" ? found?.reply : found?.forwards.find((f) => f.producerId === target.producerId);
  // The draft fills the form once; what staff then type is theirs.
  useEffect(() => {
    if (draft && !mail) setMail({ to: draft.to ?? "", subject: draft.subject, body: draft.body });
  }, [draft, mail]);
  const errors = fieldErrorMap(action.problem?.fields ?? [], fieldText);
  const title =
    target.kind === "reply"
      ? t("requests.replyTitle", { name: request.name })
      : t("requests.forwardTitle", {
          producer: request.items.find((i) => i.producerId === target.producerId)?.producerName ?? "",
        });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!mail) return;
    const ok = await action.run(() =>
      target.kind === "reply"
        ? reply({
            variables: { id: request.id, version: request.version, input: { subject: mail.subject, body: mail.body } },
          })
        : forward({
            variables: {
              id: request.id,
              version: request.version,
              input: { producerId: target.producerId, to: mail.to.trim(), subject: mail.subject, body: mail.body },
            },
          }),
    );
    if (ok) {
      notify(t("requests.mailQueued"));
      onClose();
    }
  };
  return (
    <Dialog open wide title={title} onClose={onClose} closeLabel={t("common.close")}>
      {drafts.error || (!drafts.loading && !draft) ? (
        <QueryState loading={false} error={drafts.error} notFound />
      ) : !mail ? (
        <QueryState loading error={null} />
      ) : (
        <form onSubmit={onSubmit} noValidate aria-label={title} className="stack">
          {action.problem?.code !== "BAD_USER_INPUT" && <FormProblem problem={action.problem} />}
          {target.kind === "reply" ? (
            <p>
              {t("requests.mailTo")}: <strong>{mail.to}</strong>
            </p>
          ) : (
            <TextField
              label={t("requests.mailTo")}
              name="to"
              type="email"
              value={mail.to}
              onChange={(to) => setMail({ ...mail, to })}
              required
              error={errors.to}
              hint={draft?.to ? undefined : t("requests.noProducerEmail")}
            />
          )}
          <TextField
            label={t("requests.subject")}
            name="subject"
            value={mail.subject}
            onChange={(subject) => setMail({ ...mail, subject })}
            required
            error={errors.subject}
          />
          <TextArea
            label={t("requests.body")}
            name="body"
            value={mail.body}
            onChange={(body) => setMail({ ...mail, body })}
            rows={14}
            required
            error={errors.body}
          />
          <DialogActions
            cancelLabel={t("common.cancel")}
            onCancel={onClose}
            submitLabel={t("requests.send")}
            disabled={action.busy}
          />
        </form>
      )}
    </Dialog>
  );
}
