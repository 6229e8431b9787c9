/** Before/after of an audit entry, flattened to paths and compared value by value. */
export interface JsonDiffRow {
  path: string;
  before: unknown;
  after: unknown;
  kind: "added" | "removed" | "changed" | "same";
}

const ABSENT = Symbol("absent");

function flatten(value: unknown, prefix: string, out: Map<string, unknown>) {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, []);
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
  } else if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0 && prefix) out.set(prefix, {});
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
}

export function jsonDiff(before: unknown, after: unknown): JsonDiffRow[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  if (before !== null && before !== undefined) flatten(before, "", a);
  if (after !== null && after !== undefined) flatten(after, "", b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths.map((path) => {
    const x = a.has(path) ? a.get(path) : ABSENT;
    const y = b.has(path) ? b.get(path) : ABSENT;
    const kind =
      x === ABSENT ? "added" : y === ABSENT ? "removed" : JSON.stringify(x) === JSON.stringify(y) ? "same" : "changed";
    return { path, before: x === ABSENT ? undefined : x, after: y === ABSENT ? undefined : y, kind };
  });
}
