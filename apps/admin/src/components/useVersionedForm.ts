import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type DefaultValues, type FieldErrors, type Path, type PathValue, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { codedErrorMap, fieldErrorText } from "../i18n/fieldErrors";
import { useI18n } from "../i18n/i18n";
import { conflictDiff, equalValues, type FieldDiff, sameValue } from "../lib/diff";
import { type ApiProblem, fieldNameOf, problemOf } from "../lib/errors";
import { navigationGuard } from "../lib/navigationGuard";

/** Form values are what the controls hold: text and checkboxes. Pages convert to and from GraphQL. */
export type FormValues = Record<string, string | boolean>;

export interface Loaded<V extends FormValues> {
  values: V;
  version: number;
}

export interface Conflict<V extends FormValues> {
  theirs: V;
  version: number;
  diff: FieldDiff<keyof V & string>[];
}

export interface VersionedFormOptions<V extends FormValues> {
  /** Field order: the conflict diff, the error summary and which invalid field gets focus first. */
  fields: readonly (keyof V & string)[];
  /**
   * The rule the values must meet before they are sent, usually a form-to-input conversion piped
   * into the API's own input schema (@ocop/schema/inputs), so both sides give the same codes.
   */
  schema: z.ZodType<unknown, V>;
  /** Maps extensions.current of a CONFLICT (the record as it is now) to form values. */
  fromRecord(record: Record<string, unknown>): Partial<V>;
}

export interface VersionedForm<V extends FormValues> {
  values: V;
  /** Values as last loaded or saved: what "unsaved changes" compares against. */
  base: V;
  version: number | null;
  dirty: boolean;
  saving: boolean;
  /** Inline errors by field name, in the staff member's language (from the schema or the server). */
  errors: Partial<Record<string, string>>;
  /** An error that belongs to no field of this form. */
  problem: ApiProblem | null;
  conflict: Conflict<V> | null;
  set<K extends keyof V & string>(field: K, value: V[K]): void;
  /** Props for a text control bound to `field`. */
  text(field: keyof V & string): { name: string; value: string; onChange(v: string): void; error: string | undefined };
  check(field: keyof V & string): {
    name: string;
    checked: boolean;
    onChange(v: boolean): void;
    error: string | undefined;
  };
  /**
   * Checks the values against the schema, then sends them: `run` gets the values and version and
   * returns the saved record's values and version. Resolves true on success; errors end up in
   * `errors` (the first invalid field is focused), `problem` or `conflict`.
   */
  submit(run: (values: V, version: number | null) => Promise<Loaded<V>>): Promise<boolean>;
  /** CONFLICT, "reload theirs": drop my edits, show the record as it is now. */
  reloadTheirs(): void;
  /**
   * CONFLICT, "keep editing": keep my changes, take the current value of the fields I did not
   * change, and the new version, so the next save goes through.
   */
  keepEditing(): void;
  /** Replace everything (after creating, or a deliberate reload). */
  reset(loaded: Loaded<V>): void;
  clearProblem(): void;
}

/**
 * Brings a control into view and focus, first showing the language tab that hides it. Looks in
 * the form being submitted first: several small forms on one page share field names.
 */
export function focusField(name: string): void {
  const selector = `[name="${CSS.escape(name)}"]`;
  const el =
    document.activeElement?.closest("form")?.querySelector<HTMLElement>(selector) ??
    document.querySelector<HTMLElement>(selector);
  if (!el) return;
  const panel = el.closest<HTMLElement>("[role=tabpanel][hidden]");
  if (panel) document.getElementById(panel.getAttribute("aria-labelledby") ?? "")?.click();
  requestAnimationFrame(() => el.focus());
}

/**
 * An edit form over a versioned record, on react-hook-form with the zod schema as its resolver:
 * unsaved-changes tracking (and the navigation guard), inline field errors from the schema and
 * from BAD_USER_INPUT (by code, in the staff member's language), and the CONFLICT round trip.
 */
export function useVersionedForm<V extends FormValues>(
  source: Loaded<V> | null,
  empty: V,
  options: VersionedFormOptions<V>,
): VersionedForm<V> {
  const { t } = useI18n();
  const { fields, schema } = options;
  const resolver = useMemo(
    // The schema's issues become messages by their code, as the server's field errors do.
    () => zodResolver(schema, { error: codedErrorMap(t) }),
    [schema, t],
  );
  const rhf = useForm<V, unknown, unknown>({
    defaultValues: (source?.values ?? empty) as DefaultValues<V>,
    resolver,
    mode: "onSubmit",
    // Errors stay until the next submit or an edit of their field (set clears it).
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const values = useWatch({ control: rhf.control }) as V;
  const [base, setBase] = useState<V>(source?.values ?? empty);
  const [version, setVersion] = useState<number | null>(source?.version ?? null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const dirty = useMemo(() => !equalValues(values, base, fields), [values, base, fields]);
  // react-hook-form updates its errors object in place: read it on every render.
  const errors = messagesOf(rhf.formState.errors);

  const load = useCallback(
    (loaded: V, loadedVersion: number) => {
      rhf.reset(loaded);
      setBase(loaded);
      setVersion(loadedVersion);
    },
    [rhf],
  );

  // Follow the server's copy while the user has not touched the form; when only fields outside
  // the form changed (status, images…), adopt the new version so saving does not conflict.
  const seen = useRef<Loaded<V> | null>(source);
  useEffect(() => {
    if (!source || source === seen.current) return;
    const previous = seen.current;
    seen.current = source;
    if (!previous || equalValues(rhf.getValues(), base, fields)) load(source.values, source.version);
    else if (equalValues(source.values, base, fields)) setVersion(source.version);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- base is read at the moment the source changes
  }, [source]);

  // Register with the unsaved-changes guard.
  const guardKey = useRef(Symbol("form"));
  useEffect(() => {
    navigationGuard.setDirty(guardKey.current, dirty);
  }, [dirty]);
  useEffect(() => {
    const key = guardKey.current;
    return () => navigationGuard.setDirty(key, false);
  }, []);

  const set = useCallback(
    <K extends keyof V & string>(field: K, value: V[K]) => {
      rhf.setValue(pathOf<V>(field), value as PathValue<V, Path<V>>);
      rhf.clearErrors(pathOf<V>(field));
    },
    [rhf],
  );

  const focusFirst = useCallback((names: Iterable<string>) => {
    const invalid = new Set(names);
    const first = optionsRef.current.fields.find((f) => invalid.has(f));
    if (first) focusField(first);
  }, []);

  const submit = useCallback(
    async (run: (values: V, version: number | null) => Promise<Loaded<V>>) => {
      let ok = false;
      setProblem(null);
      await rhf.handleSubmit(
        async () => {
          // The values as the controls hold them; the page converts them to the GraphQL input.
          const current = rhf.getValues();
          try {
            const saved = await run(current, version);
            seen.current = saved;
            load(saved.values, saved.version);
            ok = true;
          } catch (error) {
            const p = problemOf(error);
            const opts = optionsRef.current;
            if (p.code === "BAD_USER_INPUT" && p.fields.length) {
              const known = new Set<string>(opts.fields);
              const shown = new Set<string>();
              for (const f of p.fields) {
                const name = fieldNameOf(f);
                if (!known.has(name) || shown.has(name)) continue;
                shown.add(name);
                rhf.setError(pathOf<V>(name), { type: f.code ?? "server", message: fieldErrorText(t, f) });
              }
              // Problems with fields this form does not show still need saying.
              const unknown = p.fields.filter((f) => !known.has(fieldNameOf(f)));
              setProblem(unknown.length ? { ...p, fields: unknown } : null);
              focusFirst(shown);
            } else if (p.code === "CONFLICT" && p.current) {
              const theirs = { ...base, ...opts.fromRecord(p.current) } as V;
              const currentVersion = typeof p.current.version === "number" ? p.current.version : (version ?? 0);
              setConflict({ theirs, version: currentVersion, diff: conflictDiff(opts.fields, current, theirs, base) });
            } else {
              setProblem(p);
            }
          }
        },
        (invalid) => focusFirst(Object.keys(invalid)),
      )();
      return ok;
    },
    [rhf, version, base, load, t, focusFirst],
  );

  const reloadTheirs = useCallback(() => {
    if (!conflict) return;
    load(conflict.theirs, conflict.version);
    setConflict(null);
  }, [conflict, load]);

  const keepEditing = useCallback(() => {
    if (!conflict) return;
    // My edits stay; fields I did not touch take the current value, so saving again overwrites
    // only what I changed, not the other person's work.
    const theirs = conflict.theirs;
    const mine = rhf.getValues();
    for (const f of fields)
      if (sameValue(base[f], mine[f])) rhf.setValue(pathOf<V>(f), theirs[f] as PathValue<V, Path<V>>);
    setBase(theirs);
    setVersion(conflict.version);
    setConflict(null);
  }, [conflict, base, fields, rhf]);

  const reset = useCallback(
    (loaded: Loaded<V>) => {
      seen.current = loaded;
      load(loaded.values, loaded.version);
      setProblem(null);
      setConflict(null);
    },
    [load],
  );

  return {
    values,
    base,
    version,
    dirty,
    saving: rhf.formState.isSubmitting,
    errors,
    problem,
    conflict,
    set,
    text: (field) => ({
      name: field,
      value: String(values[field] ?? ""),
      onChange: (v: string) => set(field, v as V[typeof field]),
      error: errors[field],
    }),
    check: (field) => ({
      name: field,
      checked: Boolean(values[field]),
      onChange: (v: boolean) => set(field, v as V[typeof field]),
      error: errors[field],
    }),
    submit,
    reloadTheirs,
    keepEditing,
    reset,
    clearProblem: () => setProblem(null),
  };
}

/** Form values are flat, so every field name is a path. */
function pathOf<V extends FormValues>(field: string): Path<V> {
  return field as Path<V>;
}

function messagesOf<V extends FormValues>(errors: FieldErrors<V>): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const [field, error] of Object.entries(errors)) {
    const message = (error as { message?: unknown } | undefined)?.message;
    if (typeof message === "string" && message) out[field] = message;
  }
  return out;
}

/**
 * A form schema: the form's values converted by `toInput` and checked by the API's input schema
 * (@ocop/schema/inputs). Issues keep the input field's name, which is the form field's name.
 */
export function formSchema<V extends FormValues, S extends z.ZodType>(
  toInput: (values: V) => z.input<S>,
  input: S,
): z.ZodType<unknown, V> {
  return z
    .custom<V>()
    .transform((v): unknown => toInput(v))
    .pipe(input as z.ZodType);
}

/** Text of a form field to GraphQL: trimmed, empty → null. */
export function nullable(value: string | boolean | undefined): string | null {
  if (typeof value !== "string") return null;
  const t = value.trim();
  return t === "" ? null : t;
}

/** Text to an integer (or null); NaN is left for the schema to reject as bad input. */
export function intOrNull(value: string | boolean | undefined): number | null {
  const t = nullable(value);
  if (t === null) return null;
  const n = Number(t.replace(/[.\s]/g, "").replace(",", "."));
  return Number.isFinite(n) ? Math.round(n) : Number.NaN;
}

export function floatOrNull(value: string | boolean | undefined): number | null {
  const t = nullable(value);
  if (t === null) return null;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : Number.NaN;
}

/** GraphQL value to form text. */
export function str(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** Reads a field of extensions.current, trying alternative names (communeCode or commune.code). */
export function pick(record: Record<string, unknown>, ...paths: string[]): unknown {
  for (const path of paths) {
    let cur: unknown = record;
    for (const part of path.split(".")) {
      cur = typeof cur === "object" && cur !== null ? (cur as Record<string, unknown>)[part] : undefined;
    }
    if (cur !== undefined) return cur;
  }
  return undefined;
}

/** Builds the conflict mapper from a list of [field, ...paths]; fields the record lacks are left out. */
export function recordMapper<V extends FormValues>(spec: { [K in keyof V]?: string[] }): (
  record: Record<string, unknown>,
) => Partial<V> {
  return (record) => {
    const out: Partial<V> = {};
    for (const [field, paths] of Object.entries(spec) as [keyof V & string, string[]][]) {
      const v = pick(record, ...(paths.length ? paths : [field]));
      if (v === undefined) continue;
      (out as Record<string, unknown>)[field] = typeof v === "boolean" ? v : str(v);
    }
    return out;
  };
}
