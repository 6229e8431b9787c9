import { describe, expect, it } from "vitest";
import {
  EMPTY_STATE,
  activeFilters,
  catalogHref,
  firstFor,
  parseCatalogSearch,
  toProductFilter,
  updateCatalogState,
  type CatalogState,
} from "./filters";
import { catalogSearch } from "@ocop/schema/routes";

describe("catalogue URL ↔ filter state", () => {
  it("parses every filter, the query and the page", () => {
    const s = parseCatalogSearch(
      "?q=mi%E1%BA%BFn+dong&group=TP&cat=TP-CB-1&stars=4,5&commune=06463&type=COOPERATIVE&sort=NAME&page=3",
    );
    expect(s).toEqual<CatalogState>({
      q: "miến dong",
      group: "TP",
      cat: "TP-CB-1",
      stars: [5, 4],
      province: null,
      commune: "06463",
      type: "COOPERATIVE",
      valid: false,
      sort: "NAME",
      page: 3,
    });
  });

  it("gives the plain catalogue for an empty query string", () => {
    expect(parseCatalogSearch("")).toEqual(EMPTY_STATE);
    expect(catalogSearch(EMPTY_STATE)).toBe("");
  });

  it("drops unknown and malformed values instead of passing them on", () => {
    const s = parseCatalogSearch(
      "?group=XX&cat=<script>&stars=2,6,abc,4&commune=123&type=FARMER&sort=PRICE&page=-2&utm_source=x",
    );
    expect(s).toEqual({ ...EMPTY_STATE, stars: [4] });
    expect(parseCatalogSearch("?page=0").page).toBe(1);
    expect(parseCatalogSearch("?page=2.5").page).toBe(1);
    expect(parseCatalogSearch("?page=9999").page).toBe(50);
  });

  it("accepts lower-case codes and de-duplicates stars", () => {
    const s = parseCatalogSearch("?group=du&stars=3,3,5&sort=stars&type=household");
    expect(s.group).toBe("DU");
    expect(s.stars).toEqual([5, 3]);
    expect(s.sort).toBe("STARS");
    expect(s.type).toBe("HOUSEHOLD");
  });

  it("derives the group from a subgroup and drops a subgroup of another group", () => {
    expect(parseCatalogSearch("?cat=DL-2")).toMatchObject({ group: "DL", cat: "DL-2" });
    expect(parseCatalogSearch("?group=TC&cat=DL-2")).toMatchObject({ group: "TC", cat: null });
  });

  it("round-trips: serialise then parse gives the same state", () => {
    const states: CatalogState[] = [
      {
        q: "trà hoa vàng, túi lọc",
        group: "TP",
        cat: "TP-CH-1",
        stars: [5, 4, 3],
        province: "20",
        commune: "06187",
        type: "ENTERPRISE",
        valid: true,
        sort: "NEWEST",
        page: 2,
      },
      { ...EMPTY_STATE, stars: [4] },
      { ...EMPTY_STATE, q: "vịt quay & mắc mật", sort: "STARS" },
    ];
    for (const s of states) expect(parseCatalogSearch(catalogSearch(s))).toEqual(s);
  });

  it("writes a short, readable query string with defaults left out", () => {
    expect(catalogSearch({ ...EMPTY_STATE, stars: [4, 5], sort: "RELEVANCE", page: 1 })).toBe("?stars=5,4");
    expect(catalogHref({ group: "DV" })).toBe("/san-pham?group=DV");
    expect(catalogHref({ valid: true, stars: [3] })).toBe("/san-pham?stars=3&valid=1");
  });

  it("goes back to page 1 when a filter changes, and drops the subgroup with its group", () => {
    const s: CatalogState = { ...EMPTY_STATE, group: "TP", cat: "TP-CB-1", page: 3 };
    expect(updateCatalogState(s, { stars: [5] })).toMatchObject({ page: 1, cat: "TP-CB-1" });
    expect(updateCatalogState(s, { group: "DU" })).toMatchObject({ group: "DU", cat: null, page: 1 });
    expect(updateCatalogState(s, { page: 4 }).page).toBe(4);
  });

  it("builds the API filter, preferring the subgroup over its group", () => {
    expect(toProductFilter({ ...EMPTY_STATE, group: "TP", cat: "TP-CB-1", stars: [4], q: "na" })).toEqual({
      categoryCode: "TP-CB-1",
      stars: [4],
      search: "na",
    });
    expect(toProductFilter(EMPTY_STATE)).toEqual({});
    expect(toProductFilter({ ...EMPTY_STATE, valid: true })).toEqual({ validOnly: true });
    expect(parseCatalogSearch("?valid=yes").valid).toBe(false);
  });

  it("asks for all pages up to the current one, within the API cap of 100", () => {
    expect(firstFor(1)).toBe(20);
    expect(firstFor(3)).toBe(60);
    expect(firstFor(9)).toBe(100);
  });

  it("lists the active filters for the empty state", () => {
    expect(activeFilters({ ...EMPTY_STATE, group: "TP", cat: "TP-CB-1", commune: "06463" })).toEqual([
      "cat",
      "commune",
    ]);
    expect(activeFilters(EMPTY_STATE)).toEqual([]);
  });

  describe("the province (a site of several provinces)", () => {
    it("reads a two-digit province code and drops anything else", () => {
      expect(parseCatalogSearch("?province=12").province).toBe("12");
      expect(parseCatalogSearch("?province=%2012%20").province).toBe("12");
      for (const bad of ["1", "123", "ab", "12;drop", ""]) {
        expect(parseCatalogSearch(`?province=${encodeURIComponent(bad)}`).province).toBeNull();
      }
    });

    it("writes it before the commune/ward, and round-trips", () => {
      const s: CatalogState = { ...EMPTY_STATE, province: "12", commune: "03388", stars: [4] };
      expect(catalogSearch(s)).toBe("?stars=4&province=12&commune=03388");
      expect(catalogHref({ province: "20" })).toBe("/san-pham?province=20");
      expect(parseCatalogSearch(catalogSearch(s))).toEqual(s);
    });

    it("sends it to the API as the producer's province", () => {
      expect(toProductFilter({ ...EMPTY_STATE, province: "12", commune: "03388" })).toEqual({
        provinceCode: "12",
        communeCode: "03388",
      });
    });

    it("drops the commune/ward when another province is chosen, and keeps it otherwise", () => {
      const s: CatalogState = { ...EMPTY_STATE, province: "12", commune: "03388", page: 2 };
      expect(updateCatalogState(s, { province: "20" })).toMatchObject({ province: "20", commune: null, page: 1 });
      expect(updateCatalogState(s, { province: null })).toMatchObject({ province: null, commune: null });
      expect(updateCatalogState(s, { stars: [5] })).toMatchObject({ province: "12", commune: "03388" });
      expect(updateCatalogState(s, { province: "12" }).commune).toBe("03388");
    });

    it("is an active filter, dropped after its commune/ward", () => {
      expect(activeFilters({ ...EMPTY_STATE, province: "12", commune: "03388" })).toEqual(["commune", "province"]);
    });
  });

  it("reads the filters' form sent without JavaScript (empty selects, one stars parameter per box)", () => {
    const s = parseCatalogSearch(
      "?q=mat+ong&group=&cat=&stars=5&stars=3&province=12&commune=&type=&valid=1&sort=RELEVANCE",
    );
    expect(s).toEqual<CatalogState>({ ...EMPTY_STATE, q: "mat ong", stars: [5, 3], province: "12", valid: true });
    expect(catalogSearch(s)).toBe("?q=mat+ong&stars=5,3&province=12&valid=1");
  });
});
