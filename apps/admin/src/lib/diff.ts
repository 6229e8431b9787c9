/**
 * Field-by-field comparison for the conflict dialog: which fields someone else changed while the
 * user was editing, and what the user has in the form for each.
 */

export interface FieldDiff<K extends string = string> {
  field: K;
  /** The value in the user's form. */
  mine: unknown;
  /** The value in the database now (from the CONFLICT error's extensions.current). */
  theirs: unknown;
  /** The user changed this field too: saving again overwrites the other person's change. */
  bothChanged: boolean;
}

/** Empty text, null and undefined are the same "no value" in a form. */
export function normalize(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") {
    const t = value.trim();
    return t === "" ? null : t;
  }
  if (Array.isArray(value)) return value.map(normalize);
  return value;
}

export function sameValue(a: unknown, b: unknown): boolean {
  const x = normalize(a);
  const y = normalize(b);
  if (x === y) return true;
  if (typeof x === "number" && typeof y === "string") return String(x) === y;
  if (typeof y === "number" && typeof x === "string") return String(y) === x;
  if (typeof x === "object" && typeof y === "object" && x !== null && y !== null)
    return JSON.stringify(x) === JSON.stringify(y);
  return false;
}

export function equalValues<V extends object>(
  a: V,
  b: V,
  fields: readonly (keyof V)[] = Object.keys(a) as (keyof V)[],
): boolean {
  return fields.every((f) => sameValue(a[f], b[f]));
}

/**
 * The fields that changed in the database since the form was loaded (`base`), in form order.
 * Without a base, every field where the database differs from the form is listed.
 */
export function conflictDiff<V extends Record<string, unknown>>(
  fields: readonly (keyof V & string)[],
  mine: V,
  theirs: V,
  base: V | null,
): FieldDiff<keyof V & string>[] {
  return fields.flatMap((field) => {
    const changedMeanwhile = base ? !sameValue(base[field], theirs[field]) : !sameValue(mine[field], theirs[field]);
    if (!changedMeanwhile) return [];
    const mineChanged = base ? !sameValue(base[field], mine[field]) : true;
    return [
      {
        field,
        mine: mine[field],
        theirs: theirs[field],
        bothChanged: mineChanged && !sameValue(mine[field], theirs[field]),
      },
    ];
  });
}
