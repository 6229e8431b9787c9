import { useMutation, useQuery } from "@apollo/client/react";
import {
  DeleteSearchSynonymDocument,
  SaveSearchSynonymDocument,
  type SearchSynonymsQuery,
  SearchSynonymsDocument,
} from "@ocop/schema/admin";
import { searchSynonymInputSchema } from "@ocop/schema/inputs";
import { type FormEvent, useMemo, useState } from "react";
import { useConfirm } from "../../components/ConfirmProvider";
import { ConflictDialog } from "../../components/ConflictDialog";
import { TextField } from "../../components/fields";
import { FormProblem } from "../../components/FormProblem";
import { useNotify } from "../../components/Notifier";
import { PageHeader } from "../../components/PageHeader";
import { QueryState } from "../../components/QueryState";
import { formSchema, recordMapper, useVersionedForm } from "../../components/useVersionedForm";
import { useI18n } from "../../i18n/i18n";
import { fold } from "@ocop/schema/text";
import { type ApiProblem, problemOf } from "../../lib/errors";

type Synonym = SearchSynonymsQuery["searchSynonyms"][number];

/** "lạc, đậu phộng ,, lạc" → ["lạc", "đậu phộng"]: trimmed, no empties, no duplicates. */
export function parseTerms(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const term = raw.trim().replace(/\s+/g, " ");
    if (!term || seen.has(term.toLowerCase())) continue;
    seen.add(term.toLowerCase());
    out.push(term);
  }
  return out;
}

type SynonymValues = { label: string; terms: string };
const SYN_FIELDS = ["label", "terms"] as const;
const synonymFormSchema = formSchema(
  (v: SynonymValues) => ({ label: v.label, terms: parseTerms(v.terms) }),
  searchSynonymInputSchema,
);
const synonymFromRecord = (record: Record<string, unknown>): Partial<SynonymValues> => {
  const base = recordMapper<SynonymValues>({ label: [] })(record);
  return Array.isArray(record.terms) ? { ...base, terms: record.terms.join(", ") } : base;
};

/** Search synonyms: each group of words the search treats as the same (lạc = đậu phộng). */
export function SynonymsPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(SearchSynonymsDocument);
  const [filter, setFilter] = useState("");
  const synonyms = useMemo(() => {
    const all = [...(data?.searchSynonyms ?? [])].sort((a, b) => a.label.localeCompare(b.label, "vi"));
    const q = fold(filter);
    return q ? all.filter((s) => fold(`${s.label} ${s.terms.join(" ")}`).includes(q)) : all;
  }, [data, filter]);
  return (
    <>
      <PageHeader title={t("nav.synonyms")} />
      <p>{t("synonyms.intro")}</p>
      <section className="card" aria-labelledby="syn-new">
        <h2 id="syn-new">{t("synonyms.add")}</h2>
        <SynonymForm synonym={null} onSaved={() => void refetch()} />
      </section>
      <section aria-labelledby="syn-list">
        <div className="section-title-row">
          <h2 id="syn-list">{t("synonyms.list")}</h2>
          <div className="field-inline">
            <label htmlFor="syn-filter">{t("synonyms.filter")}</label>
            <input id="syn-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
        </div>
        <QueryState loading={loading && !data} error={data ? null : error} />
        {data && synonyms.length === 0 && <p className="empty">{t("synonyms.none")}</p>}
        <ul className="synonym-list">
          {synonyms.map((s) => (
            <li key={s.id} className="card">
              <SynonymForm synonym={s} onSaved={() => void refetch()} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function SynonymForm({ synonym, onSaved }: { synonym: Synonym | null; onSaved(): void }) {
  const { t } = useI18n();
  const notify = useNotify();
  const confirm = useConfirm();
  const [save] = useMutation(SaveSearchSynonymDocument);
  const [remove] = useMutation(DeleteSearchSynonymDocument);
  const [deleteProblem, setDeleteProblem] = useState<ApiProblem | null>(null);
  const source = useMemo(
    () =>
      synonym ? { values: { label: synonym.label, terms: synonym.terms.join(", ") }, version: synonym.version } : null,
    [synonym],
  );
  const form = useVersionedForm<SynonymValues>(
    source,
    { label: "", terms: "" },
    { fields: SYN_FIELDS, schema: synonymFormSchema, fromRecord: synonymFromRecord },
  );
  const name = synonym?.label ?? t("synonyms.newOne");
  const labels = { label: t("synonyms.label"), terms: t("synonyms.terms") };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(async (v, version) => {
      const res = await save({
        variables: {
          id: synonym?.id ?? null,
          version: synonym ? version : null,
          label: v.label.trim(),
          terms: parseTerms(v.terms),
        },
      });
      const saved = res.data!.saveSearchSynonym;
      return { values: { label: saved.label, terms: saved.terms.join(", ") }, version: saved.version };
    });
    if (ok) {
      notify(t("form.saved"));
      if (!synonym) form.reset({ values: { label: "", terms: "" }, version: 0 });
      onSaved();
    }
  };
  const onDelete = async () => {
    if (!synonym) return;
    const ok = await confirm({
      title: t("synonyms.deleteTitle"),
      message: t("synonyms.deleteMessage", { label: synonym.label }),
      confirmLabel: t("common.delete"),
      danger: true,
    });
    if (!ok) return;
    try {
      await remove({ variables: { id: synonym.id, version: form.version ?? synonym.version } });
      notify(t("common.deleted"));
      onSaved();
    } catch (err) {
      setDeleteProblem(problemOf(err));
    }
  };
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="synonym-form"
      aria-label={synonym ? t("synonyms.editOne", { label: name }) : t("synonyms.add")}
    >
      <FormProblem problem={form.problem ?? deleteProblem} />
      <TextField
        label={labels.label}
        {...form.text("label")}
        required
        hint={synonym ? undefined : t("synonyms.labelHint")}
      />
      <TextField
        label={labels.terms}
        {...form.text("terms")}
        required
        hint={synonym ? undefined : t("synonyms.termsHint")}
      />
      {synonym && (
        <p className="terms-chips" aria-label={t("synonyms.terms")}>
          {synonym.terms.map((term) => (
            <span key={term} className="chip">
              {term}
            </span>
          ))}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.saving || (synonym !== null && !form.dirty)}>
          {synonym ? t("synonyms.save", { label: name }) : t("synonyms.create")}
        </button>
        {synonym && (
          <button type="button" className="danger" onClick={() => void onDelete()}>
            {t("synonyms.delete", { label: name })}
          </button>
        )}
      </div>
      <ConflictDialog
        diff={form.conflict?.diff ?? null}
        labels={labels}
        onReloadTheirs={form.reloadTheirs}
        onKeepEditing={form.keepEditing}
      />
    </form>
  );
}
