import { afterEach, describe, expect, it } from "vitest";
import {
  addToShortlist,
  clearShortlist,
  groupByProducer,
  parseShortlist,
  readShortlist,
  removeFromShortlist,
  SHORTLIST_KEY,
  SHORTLIST_MAX,
  type ShortlistItem,
} from "./shortlist";

const item = (n: number, producer = "htx-a"): ShortlistItem => ({
  slug: `p-${n}`,
  name: `Product ${n}`,
  producerSlug: producer,
  producerName: `Producer ${producer}`,
});

afterEach(() => {
  clearShortlist();
  localStorage.clear();
});

describe("the shortlist kept in the browser", () => {
  it("keeps what is added in localStorage, once per product, in the order added", () => {
    addToShortlist(item(2));
    addToShortlist(item(1));
    addToShortlist(item(2));
    expect(readShortlist().map((i) => i.slug)).toEqual(["p-2", "p-1"]);
    expect(JSON.parse(localStorage.getItem(SHORTLIST_KEY)!)).toHaveLength(2);
  });

  it("removes one product, and forgets the key when the list is emptied", () => {
    addToShortlist(item(1));
    addToShortlist(item(2));
    removeFromShortlist("p-1");
    expect(readShortlist().map((i) => i.slug)).toEqual(["p-2"]);
    clearShortlist();
    expect(readShortlist()).toEqual([]);
    expect(localStorage.getItem(SHORTLIST_KEY)).toBeNull();
  });

  it("refuses a product beyond the maximum one request can carry", () => {
    for (let n = 0; n < SHORTLIST_MAX; n++) expect(addToShortlist(item(n))).toBe(true);
    expect(addToShortlist(item(999))).toBe(false);
    expect(readShortlist()).toHaveLength(SHORTLIST_MAX);
    // one already on the list is "added" without growing it
    expect(addToShortlist(item(0))).toBe(true);
  });

  it("reads what another tab wrote", () => {
    addToShortlist(item(1));
    localStorage.setItem(SHORTLIST_KEY, JSON.stringify([item(7), item(8)]));
    expect(readShortlist().map((i) => i.slug)).toEqual(["p-7", "p-8"]);
  });

  it("survives a damaged or foreign value: bad entries dropped, duplicates once, extra fields gone", () => {
    expect(parseShortlist("not json")).toEqual([]);
    expect(parseShortlist('{"slug":"x"}')).toEqual([]);
    const parsed = parseShortlist(
      JSON.stringify([item(1), { slug: "p-2" }, null, 5, { ...item(1), name: "again" }, { ...item(3), extra: "<b>" }]),
    );
    expect(parsed).toEqual([item(1), item(3)]);
  });

  it("groups by producer in the order each producer was first added", () => {
    const groups = groupByProducer([item(1, "b"), item(2, "a"), item(3, "b")]);
    expect(groups.map((g) => [g.producerSlug, g.items.map((i) => i.slug)])).toEqual([
      ["b", ["p-1", "p-3"]],
      ["a", ["p-2"]],
    ]);
  });
});
