import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDITOR, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
let editor: StaffClient;

beforeAll(async () => {
  api = await startTestApi();
  editor = await signedIn(api, EDITOR);
});
afterAll(() => api?.close());

interface FieldProblem {
  field: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

function fieldsOf(body: { errors?: { extensions?: Record<string, unknown> }[] }): FieldProblem[] {
  expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  return body.errors?.[0]?.extensions?.fields as FieldProblem[];
}

describe("staff field errors carry a code and parameters beside the English message", () => {
  it("a highest price below the lowest: priceBelowMin on priceMax", async () => {
    const producer = await api.one<{ id: number }>(`SELECT id FROM producer ORDER BY id LIMIT 1`);
    const result = await editor.gql(`mutation($input: ProductInput!) { createProduct(input: $input) { id } }`, {
      input: {
        nameVi: "Mật ong giá sai",
        categoryCode: "TP-SC-2",
        producerId: String(producer.id),
        priceMin: 200_000,
        priceMax: 150_000,
      },
    });
    expect(fieldsOf(result.body)).toEqual([
      { field: "priceMax", code: "priceBelowMin", params: {}, message: "must not be below the lowest price" },
    ]);
    expect(
      await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM product WHERE name_vi = 'Mật ong giá sai'`),
    ).toEqual({ n: 0 });
  });

  it("a score outside its star level's band: scoreBand with the stars and the band", async () => {
    const p = await api.one<{ id: number }>(`SELECT id FROM product WHERE external_ref = 'LS03'`);
    const result = await editor.gql(
      `mutation($input: CertificationInput!) { addCertification(input: $input) { id } }`,
      {
        input: {
          productId: String(p.id),
          stars: 3,
          score: 75,
          level: "PROVINCE",
          decisionNumber: "1/QĐ",
          decisionDate: "2026-01-01",
        },
      },
    );
    expect(fieldsOf(result.body)).toEqual([
      {
        field: "score",
        code: "scoreBand",
        params: { stars: 3, min: 50, max: 69 },
        message: "3 stars need 50-69 points",
      },
    ]);
  });

  it("built-in checks get codes too: an empty name is required, a long one too long", async () => {
    const producer = await api.one<{ id: number }>(`SELECT id FROM producer ORDER BY id LIMIT 1`);
    const result = await editor.gql(`mutation($input: ProductInput!) { createProduct(input: $input) { id } }`, {
      input: {
        nameVi: " ",
        nameEn: "x".repeat(201),
        categoryCode: "TP-SC-2",
        producerId: String(producer.id),
        unit: "x".repeat(51),
      },
    });
    expect(fieldsOf(result.body)).toEqual([
      { field: "nameVi", code: "required", params: {}, message: "is required" },
      { field: "nameEn", code: "tooLong", params: { max: 200 }, message: "must be at most 200 characters" },
      { field: "unit", code: "tooLong", params: { max: 50 }, message: "must be at most 50 characters" },
    ]);
  });
});
