/**
 * List state (filters, sort, page) lives in the URL's query string, so a list can be bookmarked,
 * shared and restored with Back. Each list declares its parameters once with these codecs; parsing
 * never throws (a hand-edited URL with a bad value just falls back to the default) and formatting
 * leaves defaults out, so the plain list has a plain URL.
 */

export interface Codec<T> {
  readonly defaultValue: T;
  /** All values of the parameter in the URL (repeated keys allowed); undefined when unusable. */
  parse(values: string[]): T | undefined;
  format(value: T): string[];
  equals?(a: T, b: T): boolean;
}

export const text = (defaultValue = ""): Codec<string> => ({
  defaultValue,
  parse: (values) => {
    const v = values[0]?.trim();
    return v ? v.slice(0, 200) : undefined;
  },
  format: (value) => (value.trim() ? [value.trim()] : []),
});

export const oneOf = <T extends string>(allowed: readonly T[], defaultValue: T | null = null): Codec<T | null> => ({
  defaultValue,
  parse: (values) => {
    const v = values[0];
    return allowed.includes(v as T) ? (v as T) : undefined;
  },
  format: (value) => (value === null ? [] : [value]),
});

export const int = (opts: { defaultValue: number; min?: number; max?: number }): Codec<number> => ({
  defaultValue: opts.defaultValue,
  parse: (values) => {
    const v = values[0];
    if (v === undefined || !/^-?\d+$/.test(v)) return undefined;
    const n = Number(v);
    if (opts.min !== undefined && n < opts.min) return undefined;
    if (opts.max !== undefined && n > opts.max) return undefined;
    return n;
  },
  format: (value) => [String(value)],
});

/** A number from a fixed set (page sizes, star levels). */
export const intOneOf = (allowed: readonly number[], defaultValue: number | null = null): Codec<number | null> => ({
  defaultValue,
  parse: (values) => {
    const n = Number(values[0]);
    return values[0] !== undefined && allowed.includes(n) ? n : undefined;
  },
  format: (value) => (value === null ? [] : [String(value)]),
});

/** A set of allowed numbers, written as one comma-separated parameter (stars=4,5), kept sorted. */
export const intSet = (allowed: readonly number[]): Codec<number[]> => ({
  defaultValue: [],
  parse: (values) => {
    const nums = values
      .flatMap((v) => v.split(","))
      .map((v) => Number(v))
      .filter((n) => allowed.includes(n));
    return [...new Set(nums)].sort((a, b) => a - b);
  },
  format: (value) => (value.length ? [[...value].sort((a, b) => a - b).join(",")] : []),
  equals: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
});

export const flag = (): Codec<boolean | null> => ({
  defaultValue: null,
  parse: (values) =>
    values[0] === "1" || values[0] === "true" ? true : values[0] === "0" || values[0] === "false" ? false : undefined,
  format: (value) => (value === null ? [] : [value ? "1" : "0"]),
});

/** A calendar date (YYYY-MM-DD). */
export const date = (): Codec<string | null> => ({
  defaultValue: null,
  parse: (values) => {
    const v = values[0];
    if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
    return Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? undefined : v;
  },
  format: (value) => (value ? [value] : []),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each codec has its own value type; unknown would make Codec<string> unassignable (parse is contravariant)
export type Codecs = Record<string, Codec<any>>;
export type StateOf<C extends Codecs> = { [K in keyof C]: C[K]["defaultValue"] };

/** Every list has a 1-based page and a page size. */
export const PAGE_SIZES = [20, 50, 100] as const;
const pagingCodecs = {
  page: int({ defaultValue: 1, min: 1, max: 100_000 }),
  size: intOneOf(PAGE_SIZES, 20) as Codec<number>,
};
export type Paging = { page: number; size: number };

/** The staff API's explicit offset paging for a 1-based page of `size` rows. */
export function pageVariables(page: number, size: number): { first: number; offset: number } {
  return { first: size, offset: (Math.max(1, Math.floor(page)) - 1) * size };
}

export function pageCount(totalCount: number, size: number): number {
  return Math.max(1, Math.ceil(totalCount / size));
}

export interface ListStateDefinition<C extends Codecs> {
  codecs: C & typeof pagingCodecs;
  defaults: StateOf<C> & Paging;
  parse(search: string): StateOf<C> & Paging;
  format(state: StateOf<C> & Paging): string;
  /**
   * The state after the user changes something. Any change other than the page itself (a filter,
   * the sort, the page size) goes back to page 1: page 7 of another filter means nothing. A patch
   * that names the page itself keeps it (opening a row's detail on page 3 stays on page 3).
   */
  change(state: StateOf<C> & Paging, patch: Partial<StateOf<C> & Paging>): StateOf<C> & Paging;
  /** Whether any filter differs from its default (page and size aside). */
  isFiltered(state: StateOf<C> & Paging): boolean;
}

function same<T>(codec: Codec<T>, a: T, b: T): boolean {
  return codec.equals ? codec.equals(a, b) : a === b;
}

export function defineListState<C extends Codecs>(filterCodecs: C): ListStateDefinition<C> {
  const codecs = { ...filterCodecs, ...pagingCodecs } as C & typeof pagingCodecs;
  const keys = Object.keys(codecs) as Array<keyof typeof codecs & string>;
  type S = StateOf<C> & Paging;
  const defaults = Object.fromEntries(keys.map((k) => [k, codecs[k].defaultValue])) as S;

  return {
    codecs,
    defaults,
    parse(search) {
      const params = new URLSearchParams(search);
      const state: Record<string, unknown> = {};
      for (const key of keys) {
        const codec = codecs[key] as Codec<unknown>;
        const raw = params.getAll(key);
        const parsed = raw.length ? codec.parse(raw) : undefined;
        state[key] = parsed === undefined ? codec.defaultValue : parsed;
      }
      return state as S;
    },
    format(state) {
      const params = new URLSearchParams();
      for (const key of keys) {
        const codec = codecs[key] as Codec<unknown>;
        const value = (state as Record<string, unknown>)[key];
        if (value === undefined || same(codec, value, codec.defaultValue)) continue;
        for (const v of codec.format(value)) params.append(key, v);
      }
      const s = params.toString();
      return s ? `?${s}` : "";
    },
    change(state, patch) {
      const next = { ...state, ...patch } as S;
      if ("page" in patch) return next;
      const changed = keys.some(
        (k) =>
          k in patch &&
          !same(
            codecs[k] as Codec<unknown>,
            (patch as Record<string, unknown>)[k],
            (state as Record<string, unknown>)[k],
          ),
      );
      if (changed) next.page = 1;
      return next;
    },
    isFiltered(state) {
      return keys.some(
        (k) =>
          k !== "page" &&
          k !== "size" &&
          !same(codecs[k] as Codec<unknown>, (state as Record<string, unknown>)[k], codecs[k].defaultValue),
      );
    },
  };
}
