import { describe, expect, it } from "vitest";
import { changedTables, dropProduct, placeProduct, savePlan, shiftProduct, tableOf } from "./board";

const details = (communeCode = "", label = "", note = "", internalNote = "") => ({
  label,
  labelEn: "",
  labelZh: "",
  note,
  internalNote,
  communeCode,
});

const original = { t1: ["a", "b", "c"], t2: ["d"], t3: [] as string[] };

describe("table board placement", () => {
  it("moves a product to another table, off the one it was on", () => {
    const next = placeProduct(original, "b", "t2");
    expect(next).toEqual({ t1: ["a", "c"], t2: ["d", "b"], t3: [] });
    expect(tableOf(next, "b")).toBe("t2");
  });

  it("inserts at a position (drop on a card) and takes products off all tables", () => {
    expect(placeProduct(original, "d", "t1", 1)).toEqual({ t1: ["a", "d", "b", "c"], t2: [], t3: [] });
    expect(placeProduct(original, "a", null)).toEqual({ t1: ["b", "c"], t2: ["d"], t3: [] });
    expect(placeProduct(original, "new", "t3")).toEqual({ ...original, t3: ["new"] });
  });

  it("moves up and down within a table, not past its ends", () => {
    expect(shiftProduct(original, "t1", "c", -1).t1).toEqual(["a", "c", "b"]);
    expect(shiftProduct(original, "t1", "a", -1)).toBe(original);
    expect(shiftProduct(original, "t1", "c", 1)).toBe(original);
  });

  it("saves the final list of every changed table, and only those", () => {
    const draft = placeProduct(shiftProduct(original, "t1", "c", -1), "d", "t3");
    expect(changedTables(original, draft).sort()).toEqual(["t1", "t2", "t3"]);
    expect(savePlan(original, draft).sort((a, b) => a.tableId.localeCompare(b.tableId))).toEqual([
      { tableId: "t1", productIds: ["a", "c", "b"] },
      { tableId: "t2", productIds: [] },
      { tableId: "t3", productIds: ["d"] },
    ]);
  });

  it("saves a swap between two tables as one plan", () => {
    const draft = placeProduct(placeProduct(original, "a", "t2"), "d", "t1", 0);
    expect(savePlan(original, draft).sort((a, b) => a.tableId.localeCompare(b.tableId))).toEqual([
      { tableId: "t1", productIds: ["d", "b", "c"] },
      { tableId: "t2", productIds: ["a"] },
    ]);
  });

  it("has nothing to save when the draft equals the server's placement", () => {
    expect(savePlan(original, { ...original })).toEqual([]);
  });

  it("reorders a table by dropping a card on another card of it, as the sortable list shows it", () => {
    expect(dropProduct(original, "a", "t1", "c").t1).toEqual(["b", "c", "a"]);
    expect(dropProduct(original, "c", "t1", "a").t1).toEqual(["c", "a", "b"]);
    expect(dropProduct(original, "b", "t1", "b")).toEqual(original);
  });

  it("drops a product from another table or the search panel before a card, or last on a table's free space", () => {
    expect(dropProduct(original, "d", "t1", "b")).toEqual({ t1: ["a", "d", "b", "c"], t2: [], t3: [] });
    expect(dropProduct(original, "b", "t2", null)).toEqual({ t1: ["a", "c"], t2: ["d", "b"], t3: [] });
    expect(dropProduct(original, "new", "t3", null)).toEqual({ ...original, t3: ["new"] });
    expect(dropProduct(original, "new", "t1", "a").t1).toEqual(["new", "a", "b", "c"]);
  });

  it("saves a table's commune with the products, in the same step, and a details-only change with its products", () => {
    const originalDetails = { t1: details(), t2: details("06463"), t3: details() };
    const draftDetails = { ...originalDetails, t1: details("06187", " Bàn đầu "), t3: details() };
    const draft = placeProduct(original, "d", "t1");
    expect(savePlan(original, draft, originalDetails, draftDetails)).toEqual([
      {
        tableId: "t1",
        productIds: ["a", "b", "c", "d"],
        details: {
          label: "Bàn đầu",
          labelEn: null,
          labelZh: null,
          note: null,
          internalNote: null,
          communeCode: "06187",
        },
      },
      { tableId: "t2", productIds: [] },
    ]);
    // Only the commune changed: the table is saved with the products it has.
    expect(savePlan(original, original, originalDetails, { ...originalDetails, t2: details() })).toEqual([
      {
        tableId: "t2",
        productIds: ["d"],
        details: { label: null, labelEn: null, labelZh: null, note: null, internalNote: null, communeCode: null },
      },
    ]);
    expect(savePlan(original, original, originalDetails, originalDetails)).toEqual([]);
    // The staff-only note is a change of its own, saved with the table.
    expect(
      savePlan(original, original, originalDetails, { ...originalDetails, t3: details("", "", "", "chờ công nhận") }),
    ).toEqual([
      {
        tableId: "t3",
        productIds: [],
        details: {
          label: null,
          labelEn: null,
          labelZh: null,
          note: null,
          internalNote: "chờ công nhận",
          communeCode: null,
        },
      },
    ]);
  });
});
