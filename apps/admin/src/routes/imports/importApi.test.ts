import { describe, expect, it } from "vitest";
import { importFormData, isoFromVietnamese, mappingOf, parseReport, vietnameseFromIso } from "./importApi";

describe("decision dates as staff type them", () => {
  it("reads dd/mm/yyyy (and d/m/yyyy) as the calendar date, never as month first", () => {
    expect(isoFromVietnamese("15/06/2026")).toBe("2026-06-15");
    expect(isoFromVietnamese(" 5/6/2026 ")).toBe("2026-06-05");
    expect(isoFromVietnamese("31.12.2025")).toBe("2025-12-31");
  });

  it("refuses dates that do not exist and other shapes", () => {
    expect(isoFromVietnamese("31/02/2026")).toBeNull();
    expect(isoFromVietnamese("13/13/2026")).toBeNull();
    expect(isoFromVietnamese("2026-06-15")).toBeNull();
    expect(isoFromVietnamese("15/06/26")).toBeNull();
  });

  it("shows the API's dates as dd/mm/yyyy", () => {
    expect(vietnameseFromIso("2026-06-05")).toBe("05/06/2026");
    expect(vietnameseFromIso(null)).toBe("");
  });
});

describe("the multipart body", () => {
  const file = new File(["STT,Tên sản phẩm\n"], "phu-luc.csv", { type: "text/csv" });

  it("sends only the fields that carry something, the mapping as JSON, publish, and the file", () => {
    const body = importFormData(file, {
      dryRun: true,
      publish: true,
      decisionNumber: " 1234/QĐ-UBND ",
      decisionDate: "2026-06-15",
      level: undefined,
      legalBasis: "  ",
      mapping: { product: 3, stars: 7 },
    });
    expect(body.get("decisionNumber")).toBe("1234/QĐ-UBND");
    expect(body.get("decisionDate")).toBe("2026-06-15");
    expect(body.has("level")).toBe(false);
    expect(body.has("legalBasis")).toBe(false);
    expect(JSON.parse(String(body.get("mapping")))).toEqual({ product: 3, stars: 7 });
    expect(body.get("publish")).toBe("true");
    expect((body.get("file") as File).name).toBe("phu-luc.csv");
  });

  it("leaves an empty mapping out, so the server detects the columns itself", () => {
    const body = importFormData(file, { dryRun: true, publish: false, mapping: {} });
    expect(body.has("mapping")).toBe(false);
    expect(body.get("publish")).toBe("false");
  });
});

describe("reading the answer", () => {
  it("keeps what the contract names and tolerates what is missing", () => {
    const report = parseReport({
      committed: false,
      summary: { rows: 2, create: 1, update: 0, unchanged: 0, error: 1 },
      rows: [
        { row: 9, action: "create", product: "Na dai", producer: "HTX", commune: "Xã Chi Lăng", errors: [] },
        { row: 10, action: "error", product: null, errors: [{ field: "stars", message: "Hạng sao phải từ 3 đến 5" }] },
      ],
      sheet: {
        name: "Phụ lục",
        headerRow: 6,
        columns: [
          { index: 1, letter: "A", header: "TT", field: "ordinal" },
          { index: 2, letter: "B", header: "Ghi chú", field: null },
          { index: 3, letter: "C", header: "Tên sản phẩm", field: "product" },
        ],
      },
      decision: {
        number: "12/QĐ-UBND",
        date: "2026-03-01",
        level: null,
        legalBasis: null,
        source: { number: "title" },
      },
    });
    expect(report?.rows[1]).toEqual({
      row: 10,
      action: "error",
      product: null,
      producer: null,
      commune: null,
      errors: [{ field: "stars", message: "Hạng sao phải từ 3 đến 5" }],
    });
    expect(report?.decision?.source).toEqual({ number: "title", date: null });
    expect(mappingOf(report!.sheet)).toEqual({ ordinal: 1, product: 3 });
    expect(parseReport({ error: { code: "BAD_REQUEST" } })).toBeNull();
  });
});
