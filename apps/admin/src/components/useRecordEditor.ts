import type { TypedDocumentNode } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n";
import type { ApiProblem } from "../lib/errors";
import { useNotify } from "./Notifier";
import { useRecordActions } from "./useRecordActions";
import { type FormValues, type VersionedForm, type VersionedFormOptions, useVersionedForm } from "./useVersionedForm";

/** Every operation of a record editor has one root field; this is its value. */
type Root<T> = T[keyof T];
type Answer = Record<string, VersionedRecord | null>;

function rootOf<T>(data: T): Root<T> {
  return Object.values(data as object)[0] as Root<T>;
}

/** What an edited record has at least: an id and the version optimistic locking compares. */
export interface VersionedRecord {
  id: string;
  version: number;
}

/**
 * The four operations of a record, as the API names them for every versioned record:
 * `admin<Thing>(id)`, `create<Thing>(input)`, `update<Thing>(id, version, input)` and
 * `delete<Thing>(id, version)`.
 */
export interface RecordDocuments<Q, C, U, I> {
  load: TypedDocumentNode<Q, { id: string }>;
  create: TypedDocumentNode<C, { input: I }>;
  update: TypedDocumentNode<U, { id: string; version: number; input: I }>;
  remove: TypedDocumentNode<unknown, { id: string; version: number }>;
}

export interface RecordEditorOptions<
  Q extends Answer,
  C extends Answer,
  U extends Answer,
  I,
  V extends FormValues,
> extends VersionedFormOptions<V> {
  /** The record's id, or null on the "new" page. */
  id: string | null;
  documents: RecordDocuments<Q, C, U, I>;
  /** The list route, e.g. "/products": where a deleted record's page goes, under which a new one opens. */
  listPath: string;
  /** Values of the "new" form. */
  empty: V;
  /** A record as load, create or update answer it (one fragment) to form values. */
  values(record: NonNullable<Root<Q> | Root<C> | Root<U>>): V;
  /** Form values to the mutation's input. */
  input(values: V): I;
  /** The confirmation asked before deleting. */
  confirmDelete(record: NonNullable<Root<Q>>): { title: string; message: string };
}

/** What a kind of record brings to its editor: the part that does not depend on the page's state. */
export type RecordDefinition<Q extends Answer, C extends Answer, U extends Answer, I, V extends FormValues> = Omit<
  RecordEditorOptions<Q, C, U, I, V>,
  "id" | "confirmDelete"
>;

/** Declares a kind of record once, beside its form mappers; the page adds the id and its wording. */
export function defineRecord<Q extends Answer, C extends Answer, U extends Answer, I, V extends FormValues>(
  definition: RecordDefinition<Q, C, U, I, V>,
): RecordDefinition<Q, C, U, I, V> {
  return definition;
}

export interface RecordEditor<R, V extends FormValues> {
  /** The record as loaded; null on the "new" page (and while loading). */
  record: R | null;
  /** An id was given but there is no record (yet): the page shows loading, the error or "not found". */
  missing: boolean;
  loading: boolean;
  error: unknown;
  refetch(): Promise<unknown>;
  form: VersionedForm<V>;
  /** The form's submit handler: creates (then opens the new record's page) or updates, and says so. */
  save(event: FormEvent): Promise<void>;
  /** Asks, deletes with the version in the form, and goes back to the list. */
  remove(): Promise<void>;
  /** A failed action on the record besides saving (delete, status change…). */
  actionProblem: ApiProblem | null;
  setActionProblem(problem: ApiProblem | null): void;
}

/**
 * What every edit page of a versioned record does: load it by id, keep a versioned form over it
 * (unsaved changes, field errors, CONFLICT), create or update on submit and map the answer back to
 * the form, and delete after a confirmation. The page keeps its fields and its own actions.
 */
export function useRecordEditor<Q extends Answer, C extends Answer, U extends Answer, I, V extends FormValues>(
  options: RecordEditorOptions<Q, C, U, I, V>,
): RecordEditor<NonNullable<Root<Q>>, V> {
  type R = NonNullable<Root<Q>>;
  const { id, documents, listPath, empty, values, input, confirmDelete } = options;
  const { t } = useI18n();
  const notify = useNotify();
  const { data, loading, error, refetch } = useQuery(documents.load, {
    variables: { id: id ?? "" },
    skip: id === null,
  });
  const record: R | null = (data ? rootOf(data) : null) ?? null;
  const source = useMemo(
    () => (record ? { values: values(record), version: record.version } : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- values is a module function of the page
    [record],
  );
  const form = useVersionedForm(source, empty, options);
  const [create] = useMutation(documents.create);
  const [update] = useMutation(documents.update);
  const [removeRecord] = useMutation(documents.remove);
  const [actionProblem, setActionProblem] = useState<ApiProblem | null>(null);
  const actions = useRecordActions(listPath, setActionProblem);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await form.submit(async (current, version) => {
      if (!record) {
        const res = await create({ variables: { input: input(current) } });
        const created = rootOf(res.data!)!;
        actions.created(created.id);
        return { values: values(created), version: created.version };
      }
      const res = await update({
        variables: { id: record.id, version: version ?? record.version, input: input(current) },
      });
      const saved = rootOf(res.data!)!;
      return { values: values(saved), version: saved.version };
    });
    if (ok) notify(t("form.saved"));
  };

  const remove = async () => {
    if (!record) return;
    const { title, message } = confirmDelete(record);
    await actions.confirmAndDelete(title, message, () =>
      removeRecord({ variables: { id: record.id, version: form.version ?? record.version } }),
    );
  };

  return {
    record,
    missing: id !== null && !record,
    loading,
    error,
    refetch,
    form,
    save,
    remove,
    actionProblem,
    setActionProblem,
  };
}
