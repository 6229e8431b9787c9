import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { conflictDiff, equalValues, type FieldDiff, sameValue } from "../lib/diff";
import { type ApiProblem, fieldErrorMap, problemOf } from "../lib/errors";
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

export interface EntityFormOptions<V extends FormValues> {
  /** Field order for the conflict diff and the error summary. */
  fields: readonly (keyof V & string)[];
  /** Fields that may not be empty (checked before sending; the server checks again). */
  required?: readonly (keyof V & string)[];
  /** Maps extensions.current of a CONFLICT (the record as it is now) to form values. */
  fromRecord(record: Record<string, unknown>): Partial<V>;
  /** Message for an empty required field. */
  requiredMessage: string;
  /** Further checks before sending (field → message); the server checks again. */
  validate?(values: V): Partial<Record<keyof V & string, string>>;
}

export interface EntityForm<V extends FormValues> {
  values: V;
  /** Values as last loaded or saved: what "unsaved changes" compares against. */
  base: V;
  version: number | null;
  dirty: boolean;
  saving: boolean;
  /** Inline errors by field name (BAD_USER_INPUT fields or required checks). */
  errors: Partial<Record<string, string>>;
  /** An error that belongs to no field of this form. */
  problem: ApiProblem | null;
  conflict: Conflict<V> | null;
  set<K extends keyof V>(field: K, value: V[K]): void;
  /** Props for a text control bound to `field`. */
  text(field: keyof V & string): { name: string; value: string; onChange(v: string): void; error: string | undefined };
  check(field: keyof V & string): {
    name: string;
    checked: boolean;
    onChange(v: boolean): void;
    error: string | undefined;
  };
  /**
   * Sends the form: `run` gets the values and version and returns the saved record's values and
   * version. Resolves true on success; errors end up in `errors`, `problem` or `conflict`.
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
 * State of an edit form over a versioned record: values, unsaved-changes tracking (and the
 * navigation guard), inline field errors from BAD_USER_INPUT, and the CONFLICT round trip.
 */
export function useEntityForm<V extends FormValues>(
  source: Loaded<V> | null,
  empty: V,
  options: EntityFormOptions<V>,
): EntityForm<V> {
  const [values, setValues] = useState<V>(source?.values ?? empty);
  const [base, setBase] = useState<V>(source?.values ?? empty);
  const [version, setVersion] = useState<number | null>(source?.version ?? null);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);
  const [saving, setSaving] = useState(false);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const fields = options.fields;

  const dirty = useMemo(() => !equalValues(values, base, fields), [values, base, fields]);

  // Follow the server's copy while the user has not touched the form; when only fields outside
  // the form changed (status, images…), adopt the new version so saving does not conflict.
  const seen = useRef<Loaded<V> | null>(source);
  useEffect(() => {
    if (!source || source === seen.current) return;
    const previous = seen.current;
    seen.current = source;
    if (!previous || equalValues(values, base, fields)) {
      setValues(source.values);
      setBase(source.values);
      setVersion(source.version);
    } else if (equalValues(source.values, base, fields)) {
      setVersion(source.version);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- values/base are read at the moment the source changes
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

  const set = useCallback(<K extends keyof V>(field: K, value: V[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => (e[field as string] ? { ...e, [field as string]: undefined } : e));
  }, []);

  const submit = useCallback(
    async (run: (values: V, version: number | null) => Promise<Loaded<V>>) => {
      const opts = optionsRef.current;
      const missing: Record<string, string> = {};
      for (const f of opts.required ?? []) {
        const v = values[f];
        if (typeof v === "string" && v.trim() === "") missing[f] = opts.requiredMessage;
      }
      for (const [f, message] of Object.entries(opts.validate?.(values) ?? {})) {
        if (typeof message === "string" && !missing[f]) missing[f] = message;
      }
      if (Object.keys(missing).length) {
        setErrors(missing);
        setProblem(null);
        return false;
      }
      setSaving(true);
      setErrors({});
      setProblem(null);
      try {
        const saved = await run(values, version);
        seen.current = saved;
        setValues(saved.values);
        setBase(saved.values);
        setVersion(saved.version);
        return true;
      } catch (error) {
        const p = problemOf(error);
        if (p.code === "BAD_USER_INPUT" && p.fields.length) {
          const map = fieldErrorMap(p.fields);
          setErrors(map);
          // Problems with fields this form does not show still need saying.
          const known = new Set<string>(opts.fields);
          const unknown = p.fields.filter((f) => !known.has(f.field.replace(/^input\./, "")));
          setProblem(unknown.length ? { ...p, fields: unknown } : null);
        } else if (p.code === "CONFLICT" && p.current) {
          const theirs = { ...base, ...opts.fromRecord(p.current) } as V;
          const currentVersion = typeof p.current.version === "number" ? p.current.version : (version ?? 0);
          setConflict({ theirs, version: currentVersion, diff: conflictDiff(opts.fields, values, theirs, base) });
        } else {
          setProblem(p);
        }
        return false;
      } finally {
        setSaving(false);
      }
    },
    [values, version, base],
  );

  const reloadTheirs = useCallback(() => {
    if (!conflict) return;
    setValues(conflict.theirs);
    setBase(conflict.theirs);
    setVersion(conflict.version);
    setErrors({});
    setConflict(null);
  }, [conflict]);

  const keepEditing = useCallback(() => {
    if (!conflict) return;
    // My edits stay; fields I did not touch take the current value, so saving again overwrites
    // only what I changed, not the other person's work.
    const theirs = conflict.theirs;
    setValues((mine) => {
      const merged = { ...mine };
      for (const f of fields) if (sameValue(base[f], mine[f])) merged[f] = theirs[f];
      return merged;
    });
    setBase(theirs);
    setVersion(conflict.version);
    setConflict(null);
  }, [conflict, base, fields]);

  const reset = useCallback((loaded: Loaded<V>) => {
    seen.current = loaded;
    setValues(loaded.values);
    setBase(loaded.values);
    setVersion(loaded.version);
    setErrors({});
    setProblem(null);
    setConflict(null);
  }, []);

  return {
    values,
    base,
    version,
    dirty,
    saving,
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

/** Text of a form field to GraphQL: trimmed, empty → null. */
export function nullable(value: string | boolean | undefined): string | null {
  if (typeof value !== "string") return null;
  const t = value.trim();
  return t === "" ? null : t;
}

/** Text to an integer (or null); NaN is left for the server to reject as bad input. */
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
