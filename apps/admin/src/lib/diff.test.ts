import { describe, expect, it } from "vitest";
import { productFromRecord } from "../routes/products/productForm";
import { conflictDiff, sameValue } from "./diff";
import { jsonDiff } from "./jsonDiff";

const fields = ["nameVi", "unit", "priceMin", "featured", "categoryCode"] as const;
type V = { nameVi: string; unit: string; priceMin: string; featured: boolean; categoryCode: string };

describe("conflict diff", () => {
  const base: V = { nameVi: "Miến dong", unit: "gói", priceMin: "40000", featured: false, categoryCode: "TP-CB-1" };

  it("lists only the fields someone else changed, in form order, with my value and theirs", () => {
    const mine: V = { ...base, nameVi: "Miến dong Bình Liêu", unit: "gói" };
    const theirs: V = { ...base, unit: "hộp", featured: true };
    expect(conflictDiff(fields, mine, theirs, base)).toEqual([
      { field: "unit", mine: "gói", theirs: "hộp", bothChanged: false },
      { field: "featured", mine: false, theirs: true, bothChanged: false },
    ]);
  });

  it("marks a field both people changed, differently", () => {
    const mine: V = { ...base, priceMin: "45000" };
    const theirs: V = { ...base, priceMin: "50000" };
    expect(conflictDiff(fields, mine, theirs, base)).toEqual([
      { field: "priceMin", mine: "45000", theirs: "50000", bothChanged: true },
    ]);
  });

  it("does not call it a clash when both made the same change", () => {
    const mine: V = { ...base, unit: "hộp" };
    const theirs: V = { ...base, unit: "hộp" };
    expect(conflictDiff(fields, mine, theirs, base)).toEqual([
      { field: "unit", mine: "hộp", theirs: "hộp", bothChanged: false },
    ]);
  });

  it("treats empty text, null and surrounding spaces as the same value", () => {
    expect(sameValue("", null)).toBe(true);
    expect(sameValue(" gói ", "gói")).toBe(true);
    expect(sameValue(40000, "40000")).toBe(true);
    expect(sameValue("a", "b")).toBe(false);
    const theirs: V = { ...base, unit: "gói " };
    expect(conflictDiff(fields, base, theirs, base)).toEqual([]);
  });

  it("maps extensions.current in GraphQL shape or as flat columns", () => {
    expect(
      productFromRecord({
        nameVi: "A",
        category: { code: "TP" },
        producer: { id: "p1" },
        priceMin: 1000,
        featured: true,
        version: 4,
      }),
    ).toMatchObject({
      nameVi: "A",
      categoryCode: "TP",
      producerId: "p1",
      priceMin: "1000",
      featured: true,
    });
    expect(productFromRecord({ categoryCode: "DU", producerId: "p2", nameEn: null })).toEqual({
      categoryCode: "DU",
      producerId: "p2",
      nameEn: "",
    });
  });
});

describe("audit JSON diff", () => {
  it("flattens nested values and classifies each path", () => {
    const rows = jsonDiff(
      { nameVi: "A", stars: 3, tags: ["x"], producer: { id: "1" } },
      { nameVi: "B", stars: 3, tags: ["x", "y"], unit: "kg", producer: { id: "1" } },
    );
    const byPath = Object.fromEntries(rows.map((r) => [r.path, r.kind]));
    expect(byPath).toEqual({
      nameVi: "changed",
      stars: "same",
      "tags[0]": "same",
      "tags[1]": "added",
      "producer.id": "same",
      unit: "added",
    });
  });

  it("shows a creation as all added and a deletion as all removed", () => {
    expect(jsonDiff(null, { a: 1 })).toEqual([{ path: "a", before: undefined, after: 1, kind: "added" }]);
    expect(jsonDiff({ a: 1 }, null)).toEqual([{ path: "a", before: 1, after: undefined, kind: "removed" }]);
  });
});
