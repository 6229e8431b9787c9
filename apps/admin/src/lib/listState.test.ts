import { describe, expect, it } from "vitest";
import { productFilter, productListState } from "../routes/products/productListState";
import { auditFilter, auditListState } from "../routes/audit/AuditPage";
import { defineListState, oneOf, pageVariables, text } from "./listState";

const { parse, format, change, isFiltered, defaults } = productListState;

describe("list state ↔ URL", () => {
  it("reads every filter, the sort and the page from the query string", () => {
    const s = parse(
      "?q=mi%E1%BA%BFn+dong&status=PUBLISHED&commune=06463&stars=5,4&featured=1&expiring=90&cert=EXPIRED&missing=PHOTO&sort=NAME&page=3&size=50",
    );
    expect(s).toEqual({
      q: "miến dong",
      status: "PUBLISHED",
      category: "",
      commune: "06463",
      producer: "",
      stars: [4, 5],
      featured: true,
      expiring: 90,
      cert: "EXPIRED",
      missing: "PHOTO",
      sort: "NAME",
      page: 3,
      size: 50,
    });
  });

  it("gives the plain list a plain URL: defaults are left out", () => {
    expect(format(defaults)).toBe("");
    expect(format({ ...defaults, page: 1, size: 20, sort: "UPDATED_DESC" })).toBe("");
  });

  it("round-trips a state through the URL", () => {
    const s = { ...defaults, q: "vịt quay", status: "DRAFT" as const, stars: [3, 5], featured: false, page: 7 };
    const url = format(s);
    expect(url).toBe("?q=v%E1%BB%8Bt+quay&status=DRAFT&stars=3%2C5&featured=0&page=7");
    expect(parse(url)).toEqual(s);
  });

  it("falls back to defaults for values a hand-edited URL got wrong", () => {
    const s = parse("?status=DELETED&stars=2,6,x,4&page=0&size=33&sort=PRICE&expiring=12&featured=maybe");
    expect(s.status).toBeNull();
    expect(s.stars).toEqual([4]);
    expect(s.page).toBe(1);
    expect(s.size).toBe(20);
    expect(s.sort).toBe("UPDATED_DESC");
    expect(s.expiring).toBeNull();
    expect(s.featured).toBeNull();
  });

  it("goes back to page 1 when a filter, the sort or the page size changes", () => {
    const onPage5 = { ...defaults, page: 5 };
    expect(change(onPage5, { q: "na" }).page).toBe(1);
    expect(change(onPage5, { sort: "STARS" }).page).toBe(1);
    expect(change(onPage5, { size: 100 }).page).toBe(1);
    expect(change(onPage5, { stars: [5] }).page).toBe(1);
  });

  it("keeps the page when only the page changes, or when nothing really changed", () => {
    const s = { ...defaults, q: "na", page: 5 };
    expect(change(s, { page: 6 }).page).toBe(6);
    expect(change(s, { q: "na" }).page).toBe(5);
  });

  it("keeps an explicitly given page (opening a row's detail on page 3)", () => {
    // A list whose open row is part of its URL, as the requests inbox once was.
    const requestListState = defineListState({ status: oneOf(["NEW"]), open: text() });
    const s = { ...requestListState.defaults, status: "NEW" as const, page: 3 };
    const opened = requestListState.change(s, { open: "r-9", page: 3 });
    expect(requestListState.format(opened)).toBe("?status=NEW&open=r-9&page=3");
  });

  it("knows whether the list is filtered (page and size aside)", () => {
    expect(isFiltered({ ...defaults, page: 4, size: 100 })).toBe(false);
    expect(isFiltered({ ...defaults, commune: "06463" })).toBe(true);
    expect(isFiltered(parse("?sort=NAME"))).toBe(true);
  });

  it("turns the state into the API's filter, leaving empty parts out", () => {
    expect(productFilter(defaults)).toEqual({});
    expect(productFilter(parse("?q=na&stars=4&featured=0&expiring=30&producer=p1"))).toEqual({
      search: "na",
      stars: [4],
      featured: false,
      expiringWithinDays: 30,
      producerId: "p1",
    });
  });

  it("turns audit dates into the instants the day starts and ends in Vietnam", () => {
    const s = auditListState.parse("?from=2026-01-01&to=2026-01-31&entity=Product");
    expect(auditFilter(s)).toEqual({
      entityType: "Product",
      from: "2025-12-31T17:00:00.000Z",
      to: "2026-01-31T16:59:59.999Z",
    });
    expect(auditListState.parse("?from=2026-13-45").from).toBeNull();
  });
});

describe("page numbers over offsets", () => {
  it("asks for the rows after the last one of the previous page", () => {
    expect(pageVariables(1, 20)).toEqual({ first: 20, offset: 0 });
    expect(pageVariables(3, 50)).toEqual({ first: 50, offset: 100 });
  });
});
