import { PartsTable } from "../../components/list";
import { useMutation } from "@apollo/client/react";
import { distributorLinkChangeSchema } from "@ocop/schema/inputs";
import {
  AddDistributorLinkDocument,
  type DistributorKind,
  type DistributorLinkFieldsFragment,
  RemoveDistributorLinkDocument,
  UpdateDistributorLinkDocument,
} from "@ocop/schema/admin";
import { type FormEvent, useMemo, useState } from "react";
import { Link } from "wouter";
import { DemoBadge } from "../../components/badges";
import { useConfirm } from "../../components/ConfirmProvider";
import { FormConflictDialog } from "../../components/ConflictDialog";
import { Dialog, DialogActions } from "../../components/Dialog";
import { contactLabels, ContactSection } from "../../components/ContactSection";
import { CheckboxField, SelectField, TextArea, TextField } from "../../components/fields";
import { FormProblem } from "../../components/FormProblem";
import { useNotify } from "../../components/Notifier";
import { type PickedProduct, ProductSearch } from "../../components/pickers";
import {
  FormSection,
  LocalizedSection,
  localizedLabels,
  RecordEditorFrame,
  suffixedText,
} from "../../components/RecordEditorFrame";
import { formSchema, nullable, recordMapper, str, useVersionedForm } from "../../components/useVersionedForm";
import { useRecordEditor } from "../../components/useRecordEditor";
import { useFieldErrorText } from "../../i18n/fieldErrors";
import { type Translate, useI18n } from "../../i18n/i18n";
import { type ApiProblem, fieldErrorMap, problemOf } from "../../lib/errors";
import { DISTRIBUTOR_KINDS, type DistributorValues, distributorRecord } from "./distributorForm";

function distributorLabels(t: Translate): Record<keyof DistributorValues, string> {
  return {
    ...localizedLabels(t, "name", "description"),
    kind: t("distributor.kind"),
    ...contactLabels(t),
    verified: t("distributor.verified"),
    internalNote: t("product.internalNote"),
  };
}

export function DistributorEditPage({ id }: { id: string | null }) {
  const { t } = useI18n();
  const editor = useRecordEditor({
    ...distributorRecord,
    id,
    confirmDelete: (d) => ({
      title: t("distributor.deleteTitle"),
      message: t("distributor.deleteMessage", { name: d.nameVi }),
    }),
  });
  const { record: distributor, form } = editor;
  const labels = distributorLabels(t);
  const display = (field: keyof DistributorValues, value: unknown) =>
    field === "kind" && typeof value === "string" && value
      ? t(`distributorKind.${value as DistributorKind}`)
      : undefined;

  return (
    <RecordEditorFrame
      editor={editor}
      listTitle={t("nav.distributors")}
      title={distributor ? distributor.nameVi : t("distributor.new")}
      formLabel={t("distributor.formLabel")}
      labels={labels}
      display={display}
      meta={distributor && <DemoBadge isDemo={distributor.isDemo} />}
      after={
        distributor && (
          <DistributorLinks
            distributorId={distributor.id}
            links={distributor.links}
            onChanged={() => void editor.refetch()}
          />
        )
      }
    >
      <FormSection id="dist-details" heading={t("distributor.details")} grid>
        <SelectField
          label={labels.kind}
          {...form.text("kind")}
          options={DISTRIBUTOR_KINDS.map((k) => ({ value: k, label: t(`distributorKind.${k}`) }))}
          placeholder={t("common.choose")}
          required
        />
        <CheckboxField label={labels.verified} {...form.check("verified")} hint={t("distributor.verifiedHint")} />
        <TextArea
          label={labels.internalNote}
          {...form.text("internalNote")}
          hint={t("product.internalNoteHint")}
          className="span-all"
          rows={3}
        />
      </FormSection>
      <ContactSection id="dist-contact" form={form} />
      <LocalizedSection
        id="dist-content"
        heading={t("distributor.content")}
        form={form}
        labels={labels}
        texts={[suffixedText("name"), suffixedText("description", 4)]}
      />
    </RecordEditorFrame>
  );
}

/** Products this distributor carries, each with the listing's URL and a note. */
function DistributorLinks({
  distributorId,
  links,
  onChanged,
}: {
  distributorId: string;
  links: readonly DistributorLinkFieldsFragment[];
  onChanged(): void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const confirm = useConfirm();
  const [adding, setAdding] = useState<PickedProduct | null>(null);
  const [editing, setEditing] = useState<DistributorLinkFieldsFragment | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [removeLink] = useMutation(RemoveDistributorLinkDocument);
  const linked = useMemo(() => new Set(links.map((l) => l.product.id)), [links]);

  const onRemove = async (link: DistributorLinkFieldsFragment) => {
    const ok = await confirm({
      title: t("links.removeTitle"),
      message: t("links.removeMessage", { name: link.product.nameVi }),
      confirmLabel: t("links.remove"),
      danger: true,
    });
    if (!ok) return;
    try {
      await removeLink({ variables: { id: link.id, version: link.version } });
      notify(t("common.deleted"));
      onChanged();
    } catch (e) {
      setProblem(problemOf(e));
    }
  };

  return (
    <section className="card" aria-labelledby="links-heading">
      <h2 id="links-heading">{t("links.title")}</h2>
      <FormProblem problem={problem} />
      {links.length === 0 ? (
        <p className="empty">{t("links.none")}</p>
      ) : (
        <PartsTable
          caption={t("links.title")}
          headers={[t("product.name"), t("links.url"), t("links.note"), t("common.actions")]}
        >
          {links.map((l) => (
            <tr key={l.id}>
              <td>
                <Link href={`/products/${l.product.id}`}>{l.product.nameVi}</Link>
                <div className="muted small">{l.product.producer.name}</div>
              </td>
              <td>
                {l.url ? (
                  <a href={l.url} target="_blank" rel="noopener noreferrer">
                    {l.url}
                  </a>
                ) : (
                  "–"
                )}
              </td>
              <td>{l.note ?? "–"}</td>
              <td className="actions">
                <button
                  type="button"
                  onClick={() => setEditing(l)}
                  aria-label={t("links.editOne", { name: l.product.nameVi })}
                >
                  {t("common.edit")}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => void onRemove(l)}
                  aria-label={t("links.removeOne", { name: l.product.nameVi })}
                >
                  {t("links.remove")}
                </button>
              </td>
            </tr>
          ))}
        </PartsTable>
      )}
      <h3>{t("links.add")}</h3>
      <ProductSearch
        label={t("links.searchProduct")}
        exclude={linked}
        action={(p) => (
          <button type="button" onClick={() => setAdding(p)} aria-label={t("links.addOne", { name: p.nameVi })}>
            {t("links.addShort")}
          </button>
        )}
      />
      {adding && (
        <LinkDialog
          mode={{ kind: "add", distributorId, product: adding }}
          onClose={(done) => {
            setAdding(null);
            if (done) onChanged();
          }}
        />
      )}
      {editing && (
        <LinkDialog
          mode={{ kind: "edit", link: editing }}
          onClose={(done) => {
            setEditing(null);
            if (done) onChanged();
          }}
        />
      )}
    </section>
  );
}

type LinkValues = { url: string; note: string };
const linkFromRecord = recordMapper<LinkValues>({ url: [], note: [] });
const linkFormSchema = formSchema(
  (v: LinkValues) => ({ url: nullable(v.url), note: nullable(v.note) }),
  distributorLinkChangeSchema,
);

function LinkDialog({
  mode,
  onClose,
}: {
  mode:
    | { kind: "add"; distributorId: string; product: PickedProduct }
    | { kind: "edit"; link: DistributorLinkFieldsFragment };
  onClose(done: boolean): void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const [add] = useMutation(AddDistributorLinkDocument);
  const [update] = useMutation(UpdateDistributorLinkDocument);
  const [source] = useState(() =>
    mode.kind === "edit"
      ? { values: { url: str(mode.link.url), note: str(mode.link.note) }, version: mode.link.version }
      : null,
  );
  const fieldText = useFieldErrorText();
  const form = useVersionedForm<LinkValues>(
    source,
    { url: "", note: "" },
    { fields: ["url", "note"], schema: linkFormSchema, fromRecord: linkFromRecord },
  );
  const labels = { url: t("links.url"), note: t("links.note") };
  const name = mode.kind === "add" ? mode.product.nameVi : mode.link.product.nameVi;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(async (v, version) => {
      if (mode.kind === "add") {
        const res = await add({
          variables: {
            input: {
              distributorId: mode.distributorId,
              productId: mode.product.id,
              url: nullable(v.url),
              note: nullable(v.note),
            },
          },
        });
        const l = res.data!.addDistributorLink;
        return { values: { url: str(l.url), note: str(l.note) }, version: l.version };
      }
      const res = await update({
        variables: {
          id: mode.link.id,
          version: version ?? mode.link.version,
          url: nullable(v.url),
          note: nullable(v.note),
        },
      });
      const l = res.data!.updateDistributorLink;
      return { values: { url: str(l.url), note: str(l.note) }, version: l.version };
    });
    if (ok) {
      notify(t("form.saved"));
      onClose(true);
    }
  };
  // Errors on productId/distributorId (e.g. already linked) have no field here: FormProblem shows them.
  const extra = form.problem?.fields.length ? fieldErrorMap(form.problem.fields, fieldText) : null;
  return (
    <Dialog
      open
      title={mode.kind === "add" ? t("links.addTitle", { name }) : t("links.editTitle", { name })}
      onClose={() => onClose(false)}
      closeLabel={t("common.close")}
    >
      <form onSubmit={onSubmit} noValidate aria-label={t("links.formLabel")}>
        <FormProblem problem={extra ? null : form.problem} />
        {extra && (
          <div className="alert alert-error" role="alert">
            {Object.values(extra).join("; ")}
          </div>
        )}
        <TextField label={labels.url} {...form.text("url")} type="url" placeholder="https://" />
        <TextField label={labels.note} {...form.text("note")} />
        <DialogActions
          cancelLabel={t("common.cancel")}
          onCancel={() => onClose(false)}
          submitLabel={t("form.save")}
          disabled={form.saving}
        />
      </form>
      <FormConflictDialog form={form} labels={labels} />
    </Dialog>
  );
}
