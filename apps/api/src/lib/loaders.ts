import DataLoader from "dataloader";

/** A loader of one record per key: missing keys resolve to null. */
export function recordLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K) {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader of a list per key (in the order the fetch returned them): missing keys get []. */
export function listLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K) {
  return new DataLoader<K, V[]>(async (keys) => {
    const byKey = new Map<K, V[]>();
    for (const row of await fetch(keys)) {
      const key = keyOf(row);
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/** A loader of a count per key: missing keys count 0. */
export function countLoader<K>(fetch: (keys: readonly K[]) => Promise<Array<{ key: K; count: number }>>) {
  return new DataLoader<K, number>(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [row.key, Number(row.count)]));
    return keys.map((key) => byKey.get(key) ?? 0);
  });
}

/**
 * The rows of [row, joined record] pairs, each joined record primed into its own loader: one
 * statement answers for a list and for the records it points to.
 */
export function primeJoined<R, J extends { id: number }>(
  pairs: Array<[R, J]>,
  records: DataLoader<number, J | null>,
): R[] {
  return pairs.map(([row, joined]) => {
    records.prime(joined.id, joined);
    return row;
  });
}
