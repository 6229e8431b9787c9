/**
 * Fetches shared by concurrent public requests. A DataLoader batches the keys one request asks for;
 * under load, dozens of requests ask for the same kind of record at the same moment and each sent
 * its own statement. Every statement costs a PostgreSQL round trip, whose socket write was the
 * largest single cost in the API's CPU profile (a quarter of its time on the product page). A
 * shared fetch collects the keys of every caller until the event loop's next turn (setImmediate,
 * so a lone request waits for nothing but that turn) and sends one statement for all of them.
 *
 * Nothing is cached across requests: each caller gets rows read after it asked. Callers receive
 * all the rows of the batch (a DataLoader picks its own keys out of them) and must not modify
 * them, which is why only public requests, which never modify what they load, share fetches.
 */
export type Fetch<K, R> = (keys: readonly K[]) => Promise<R[]>;

/** Gives a loader's fetch, by name, either shared across requests or as it is. */
export type ShareFetch = <K, R>(name: string, fetch: Fetch<K, R>) => Fetch<K, R>;

export const unshared: ShareFetch = (_name, fetch) => fetch;

const registry = new WeakMap<object, Map<string, Fetch<unknown, unknown>>>();

/**
 * Fetches shared among everything that uses `owner` (the DataSource): the first fetch given under a
 * name serves that name from then on, so a name must always stand for the same statement.
 */
export function sharedBy(owner: object): ShareFetch {
  let byName = registry.get(owner);
  if (!byName) registry.set(owner, (byName = new Map()));
  const names = byName;
  return <K, R>(name: string, fetch: Fetch<K, R>): Fetch<K, R> => {
    let shared = names.get(name) as Fetch<K, R> | undefined;
    if (!shared) {
      shared = batchUntilNextTurn(fetch);
      names.set(name, shared as Fetch<unknown, unknown>);
    }
    return shared;
  };
}

function batchUntilNextTurn<K, R>(fetch: Fetch<K, R>): Fetch<K, R> {
  let waiting: {
    keys: Set<K>;
    callers: Array<{ resolve: (rows: R[]) => void; reject: (error: unknown) => void }>;
  } | null = null;
  const flush = () => {
    const batch = waiting;
    waiting = null;
    if (!batch) return;
    fetch([...batch.keys]).then(
      (rows) => batch.callers.forEach((c) => c.resolve(rows)),
      (error: unknown) => batch.callers.forEach((c) => c.reject(error)),
    );
  };
  return (keys) =>
    new Promise<R[]>((resolve, reject) => {
      if (!waiting) {
        waiting = { keys: new Set(), callers: [] };
        setImmediate(flush);
      }
      for (const key of keys) waiting.keys.add(key);
      waiting.callers.push({ resolve, reject });
    });
}
