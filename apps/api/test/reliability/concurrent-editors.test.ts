import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";
import { ADMIN, EDITOR, errorCode, OFFICER, signedIn, type StaffClient } from "../../src/test-support/staff-client";

/*
 * Many staff members editing the same few products at once, each by read-modify-write with the
 * version it read and a retry on CONFLICT: every success is audited exactly once, the version
 * counts the successes, and no edit overwrites another (each appends its own token to the note).
 */

const CLIENTS = 30;
const TOKENS_PER_CLIENT = 3;
const RECORDS = 3;
const MAX_ATTEMPTS = 300;

let api: TestApi;
let sessions: StaffClient[];
let ids: number[];
beforeAll(async () => {
  api = await startTestApi();
  // Two sessions of each role; the officer's commune holds the records so every role may edit them.
  sessions = [];
  for (const email of [ADMIN, ADMIN, EDITOR, EDITOR, OFFICER, OFFICER]) sessions.push(await signedIn(api, email));
  const rows = await api.sql<{ id: number }>(
    `SELECT p.id FROM product p JOIN producer pr ON pr.id = p.producer_id
      WHERE pr.commune_code = '06463' ORDER BY p.id LIMIT $1`,
    [RECORDS],
  );
  ids = rows.map((row) => row.id);
  expect(ids).toHaveLength(RECORDS);
});
afterAll(() => api?.close());

const READ = `query($id: ID!) { adminProduct(id: $id) { version internalNote nameVi category { code } producer { id } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: ProductInput!) { updateProduct(id: $id, version: $v, input: $input) { version } }`;

interface Read {
  adminProduct: {
    version: number;
    internalNote: string | null;
    nameVi: string;
    category: { code: string };
    producer: { id: string };
  };
}

/** Appends the token to the record's note; returns how many CONFLICTs it met on the way. */
async function append(client: StaffClient, id: number, token: string) {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const read = await client.gql<Read>(READ, { id: String(id) });
    expect(read.body.errors).toBeUndefined();
    const product = read.body.data!.adminProduct;
    const result = await client.gql(UPDATE, {
      id: String(id),
      v: product.version,
      input: {
        nameVi: product.nameVi,
        categoryCode: product.category.code,
        producerId: product.producer.id,
        internalNote: `${product.internalNote ?? ""} ${token}`.trim(),
      },
    });
    if (!result.body.errors) return attempt;
    expect(errorCode(result), JSON.stringify(result.body.errors)).toBe("CONFLICT");
  }
  throw new Error(`${token}: no success in ${MAX_ATTEMPTS} attempts`);
}

describe("many concurrent editors", () => {
  it(`${CLIENTS} clients, ${RECORDS} products, version-checked: nothing lost, every success audited once`, async () => {
    const before = await api.sql<{ id: number; version: number; audits: number }>(
      `SELECT p.id, p.version,
              (SELECT count(*)::int FROM audit_entry a
                WHERE a.action = 'product.update' AND a.entity_type = 'Product' AND a.entity_id = p.id::text) AS audits
         FROM product p WHERE p.id = ANY($1)`,
      [ids],
    );
    const successes = new Map<number, string[]>(ids.map((id) => [id, []]));
    let conflicts = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        const client = sessions[c % sessions.length]!;
        for (let t = 0; t < TOKENS_PER_CLIENT; t++) {
          // Seeded spread over the records: client c's t-th edit goes to record (c + t) mod RECORDS.
          const id = ids[(c + t) % RECORDS]!;
          const token = `c${c}t${t}`;
          conflicts += await append(client, id, token);
          successes.get(id)!.push(token);
        }
      }),
    );
    console.info(
      `editors: ${CLIENTS * TOKENS_PER_CLIENT} edits, ${conflicts} CONFLICTs retried, ${Date.now() - started} ms`,
    );
    expect(conflicts).toBeGreaterThan(0); // the edits did overlap

    for (const row of before) {
      const tokens = successes.get(row.id)!;
      const after = await api.one<{ version: number; note: string; audits: number }>(
        `SELECT p.version, p.internal_note AS note,
                (SELECT count(*)::int FROM audit_entry a
                  WHERE a.action = 'product.update' AND a.entity_type = 'Product' AND a.entity_id = p.id::text) AS audits
           FROM product p WHERE p.id = $1`,
        [row.id],
      );
      expect(after.version).toBe(row.version + tokens.length);
      expect(after.audits - row.audits).toBe(tokens.length);
      const present = after.note.split(" ");
      expect(present.sort()).toEqual([...tokens].sort());
    }
  }, 120_000);
});
