import { useSyncExternalStore } from "react";

/** A product kept on the visitor's list: enough to show it and group it by producer offline. */
export interface ShortlistItem {
  slug: string;
  name: string;
  producerSlug: string;
  producerName: string;
}

export const SHORTLIST_KEY = "ocop.shortlist.v1";
/** One request asks about at most this many products; a longer list could not be sent at once. */
export const SHORTLIST_MAX = 20;

const EMPTY: readonly ShortlistItem[] = Object.freeze([]);
const listeners = new Set<() => void>();
let cache: { raw: string | null; items: readonly ShortlistItem[] } | null = null;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled (private mode, blocked cookies): the list lives for the page only
  }
}

let memory: string | null = null;

function readRaw(): string | null {
  const s = storage();
  if (!s) return memory;
  try {
    return s.getItem(SHORTLIST_KEY);
  } catch {
    return memory;
  }
}

function isItem(v: unknown): v is ShortlistItem {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return ["slug", "name", "producerSlug", "producerName"].every((k) => typeof o[k] === "string" && o[k] !== "");
}

/** What is stored, checked item by item: another version's or a hand-edited value never breaks a page. */
export function parseShortlist(raw: string | null): readonly ShortlistItem[] {
  if (!raw) return EMPTY;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return EMPTY;
    const seen = new Set<string>();
    const items = parsed.filter((v): v is ShortlistItem => {
      if (!isItem(v) || seen.has(v.slug)) return false;
      seen.add(v.slug);
      return true;
    });
    return items.slice(0, SHORTLIST_MAX).map(({ slug, name, producerSlug, producerName }) => ({
      slug,
      name,
      producerSlug,
      producerName,
    }));
  } catch {
    return EMPTY;
  }
}

export function readShortlist(): readonly ShortlistItem[] {
  const raw = readRaw();
  if (!cache || cache.raw !== raw) cache = { raw, items: parseShortlist(raw) };
  return cache.items;
}

function write(items: readonly ShortlistItem[]) {
  const raw = items.length ? JSON.stringify(items) : null;
  memory = raw;
  const s = storage();
  try {
    if (raw === null) s?.removeItem(SHORTLIST_KEY);
    else s?.setItem(SHORTLIST_KEY, raw);
  } catch {
    // quota or disabled storage: `memory` keeps the list for this page
  }
  listeners.forEach((l) => l());
}

/** Adds a product (false when the list is full); adding one already there changes nothing. */
export function addToShortlist(item: ShortlistItem): boolean {
  const items = readShortlist();
  if (items.some((i) => i.slug === item.slug)) return true;
  if (items.length >= SHORTLIST_MAX) return false;
  write([...items, item]);
  return true;
}

export function removeFromShortlist(slug: string) {
  const items = readShortlist();
  if (items.some((i) => i.slug === slug)) write(items.filter((i) => i.slug !== slug));
}

export function clearShortlist() {
  write(EMPTY);
}

/** The list grouped by producer, in the order each producer was first added. */
export function groupByProducer(items: readonly ShortlistItem[]) {
  const groups = new Map<string, { producerSlug: string; producerName: string; items: ShortlistItem[] }>();
  for (const item of items) {
    let g = groups.get(item.producerSlug);
    if (!g)
      groups.set(
        item.producerSlug,
        (g = { producerSlug: item.producerSlug, producerName: item.producerName, items: [] }),
      );
    g.items.push(item);
  }
  return [...groups.values()];
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab changed the list: every tab shows the same count.
  const onStorage = (e: StorageEvent) => {
    if (e.key === SHORTLIST_KEY || e.key === null) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/**
 * The visitor's list. The server and the hydrating render see it empty (the server cannot read the
 * browser's storage, and hydration must match the server's HTML); React re-renders with the stored
 * list right after.
 */
export function useShortlist(): readonly ShortlistItem[] {
  return useSyncExternalStore(subscribe, readShortlist, () => EMPTY);
}

const unknown = () => null;

/** The list, or null while it cannot be known yet (on the server and in the hydrating render). */
export function useStoredShortlist(): readonly ShortlistItem[] | null {
  return useSyncExternalStore<readonly ShortlistItem[] | null>(subscribe, readShortlist, unknown);
}
