import { useMutation } from "@apollo/client/react";
import {
  DeleteSearchSynonymDocument,
  SaveSearchSynonymDocument,
  type SearchSynonymsQuery,
  SearchSynonymsDocument,
} from "@ocop/schema/admin";
import { searchSynonymInputSchema } from "@ocop/schema/inputs";
import { type FormEvent, useMemo, useState } from "react";
import { useConfirm } from "../../components/ConfirmProvider";
import { FormConflictDialog } from "../../components/ConflictDialog";
import { TextField } from "../../components/fields";
import { FormProblem } from "../../components/FormProblem";
import { useNotify } from "../../components/Notifier";
import { PageHeader } from "../../components/PageHeader";
import { column, DataList, useListQuery } from "../../components/DataList";
import { ListFilters, useListState } from "../../components/list";
import { formSchema, recordMapper, useVersionedForm } from "../../components/useVersionedForm";
import { useI18n } from "../../i18n/i18n";
import { defineListState, text } from "../../lib/listState";
import { type ApiProblem, problemOf } from "../../lib/errors";

type Synonym = SearchSynonymsQuery["searchSynonyms"]["edges"][number]["node"];

/** Synonyms list URL: ?q=lac&page=2 */
export const synonymListState = defineListState({ q: text() });

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
  const list = useListState(synonymListState);
  const s = list.state;
  const result = useListQuery(SearchSynonymsDocument, s, { search: s.q || null }, (d) => d.searchSynonyms);
  const refetch = () => void result.refetch();
  const filtered = synonymListState.isFiltered(s);
  // Each row is the group's own form: staff edit a group where they find it.
  const columns = [
    column<Synonym>("group", t("synonyms.list"), (syn) => <SynonymForm synonym={syn} onSaved={refetch} />),
  ];
  return (
    <>
      <PageHeader title={t("nav.synonyms")} />
      <p>{t("synonyms.intro")}</p>
      <section className="card" aria-labelledby="syn-new">
        <h2 id="syn-new">{t("synonyms.add")}</h2>
        <SynonymForm synonym={null} onSaved={refetch} />
      </section>
      <section aria-labelledby="syn-list">
        <h2 id="syn-list">{t("synonyms.list")}</h2>
        <ListFilters list={list} filtered={filtered} searchLabel={t("synonyms.filter")} />
        <DataList
          caption={t("synonyms.list")}
          className="synonym-list"
          columns={columns}
          result={result}
          rowId={(syn) => syn.id}
          list={list}
          filtered={filtered}
          emptyLabel={t("synonyms.none")}
          onReset={list.reset}
        />
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
      <FormConflictDialog form={form} labels={labels} />
    </form>
  );
}
