import { describe, expect, it } from "vitest";
import { z } from "zod";
import { todayInVietnam } from "./enums";
import {
  certificationDecisionSchema,
  certificationInputSchema,
  correctCertificationSchema,
  englishFieldMessage,
  type FieldError,
  fieldErrorOf,
  producerInputSchema,
  productInputSchema,
  scoreBandsText,
  voidCertificationSchema,
} from "./inputs";

/** Codes as the API reads them: from the final issues of a parse result. */
function finalCodes(schema: z.ZodType, input: unknown): Record<string, FieldError> {
  const result = schema.safeParse(input);
  const out: Record<string, FieldError> = {};
  for (const issue of result.error?.issues ?? []) out[String(issue.path[0])] ??= fieldErrorOf(issue);
  return out;
}

/** Codes as the admin's form reads them: from the raw issues an error map sees. */
function rawCodes(schema: z.ZodType, input: unknown): Record<string, FieldError> {
  const seen: FieldError[] = [];
  const result = schema.safeParse(input, {
    error: (issue) => {
      seen.push(fieldErrorOf(issue));
      return String(seen.length - 1);
    },
  });
  const out: Record<string, FieldError> = {};
  for (const issue of result.error?.issues ?? []) out[String(issue.path[0])] ??= seen[Number(issue.message)]!;
  return out;
}

const product = { nameVi: "Mật ong Mẫu Sơn", categoryCode: "TP-SC-2", producerId: "7" };
const certificate = {
  productId: "3",
  stars: 4,
  score: 78,
  level: "PROVINCE",
  decisionNumber: "1/QĐ",
  decisionDate: "2026-01-01",
};

describe("field error codes: the same on the server and in the form", () => {
  const cases: [string, z.ZodType, unknown, Record<string, FieldError>][] = [
    [
      "a highest price below the lowest",
      productInputSchema,
      { ...product, priceMin: 200_000, priceMax: 150_000 },
      { priceMax: { code: "priceBelowMin", params: {} } },
    ],
    [
      "a highest price below the lowest, named even beside another bad field",
      productInputSchema,
      { ...product, nameVi: "", priceMin: 200_000, priceMax: 150_000 },
      { nameVi: { code: "required", params: {} }, priceMax: { code: "priceBelowMin", params: {} } },
    ],
    [
      "a score outside its band, 5 stars not from the central council",
      certificationInputSchema,
      { ...certificate, stars: 5, score: 75 },
      {
        score: { code: "scoreBand", params: { stars: 5, min: 90, max: 100 } },
        level: { code: "fiveStarsCentral", params: {} },
      },
    ],
    [
      "an empty required name, a long one, a bad email, a latitude off the globe",
      producerInputSchema,
      { name: " ", type: "COOPERATIVE", provinceCode: "20", email: "x@", latitude: 91, website: "x".repeat(501) },
      {
        name: { code: "required", params: {} },
        email: { code: "notEmail", params: {} },
        latitude: { code: "tooLarge", params: { max: 90 } },
        website: { code: "tooLong", params: { max: 500 } },
      },
    ],
  ];
  for (const [name, schema, input, expected] of cases) {
    it(name, () => {
      expect(finalCodes(schema, input)).toEqual(expected);
      expect(rawCodes(schema, input)).toEqual(expected);
    });
  }

  it("words each code in English for clients that do not translate", () => {
    expect(englishFieldMessage("scoreBand", { stars: 3, min: 50, max: 69 })).toBe("3 stars need 50-69 points");
    expect(englishFieldMessage("priceBelowMin")).toBe("must not be below the lowest price");
    expect(scoreBandsText()).toBe("3★ 50-69, 4★ 70-89, 5★ 90-100");
  });
});

describe("certificate corrections and decisions", () => {
  const tomorrow = (() => {
    const d = new Date(`${todayInVietnam()}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  })();
  const decision = { level: "PROVINCE", decisionNumber: "2865/QĐ-UBND", decisionDate: "2025-12-31" };

  it("refuses a decision date after today in Vietnam, for a new certificate as for a correction", () => {
    const { productId: _productId, ...fields } = certificate;
    for (const schema of [certificationInputSchema, correctCertificationSchema]) {
      const input = schema === certificationInputSchema ? certificate : fields;
      expect(finalCodes(schema, { ...input, decisionDate: tomorrow }).decisionDate).toEqual({
        code: "dateInFuture",
        params: { today: todayInVietnam() },
      });
      expect(schema.safeParse({ ...input, decisionDate: todayInVietnam() }).success).toBe(true);
    }
  });

  it("refuses a decision listing one product twice or 5 stars from a province, and a score outside its band", () => {
    const twice = finalCodes(certificationDecisionSchema, {
      ...decision,
      items: [
        { productId: "1", stars: 5 },
        { productId: "1", stars: 3 },
      ],
    });
    expect(Object.fromEntries(Object.entries(twice).map(([k, v]) => [k, v.code]))).toEqual({
      level: "fiveStarsCentral",
      items: "productListedTwice",
    });
    const band = certificationDecisionSchema.safeParse({
      ...decision,
      items: [{ productId: "1", stars: 3, score: 75 }],
    });
    expect(band.error?.issues.map((i) => [i.path.join("."), fieldErrorOf(i).code])).toEqual([
      ["items.0.score", "scoreBand"],
    ]);
    expect(voidCertificationSchema.safeParse({ reason: "  " }).success).toBe(false);
  });
});
