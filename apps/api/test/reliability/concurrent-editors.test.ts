import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";
import { ADMIN, EDITOR, errorCode, OFFICER, signedIn, type StaffClient } from "../../src/test-support/staff-client";

/*
 * Many staff members editing the same few products and producers at once, each by
 * read-modify-write with the version it read and a retry on CONFLICT: every success is audited
 * exactly once, the version counts the successes, and no edit overwrites another (each appends its
 * own token to a text field).
 */

const CLIENTS = 30;
const TOKENS_PER_CLIENT = 3;
const MAX_ATTEMPTS = 300;

/** How to read, rewrite and count one kind of record. */
interface Kind {
  table: "product" | "producer";
  entityType: string;
  action: string;
  /** The text field tokens are appended to (GraphQL name, column). */
  field: string;
  column: string;
  read: string;
  update: string;
  /** The input of the update: what was read, with the field's new text. */
  input(record: Record<string, unknown>, text: string): Record<string, unknown>;
}

const PRODUCT: Kind = {
  table: "product",
  entityType: "Product",
  action: "product.update",
  field: "internalNote",
  column: "internal_note",
  read: `query($id: ID!) { record: adminProduct(id: $id) { version internalNote nameVi category { code } producer { id } } }`,
  update: `mutation($id: ID!, $v: Int!, $input: ProductInput!) { updateProduct(id: $id, version: $v, input: $input) { version } }`,
  input: (r, text) => ({
    nameVi: r.nameVi,
    categoryCode: (r.category as { code: string }).code,
    producerId: (r.producer as { id: string }).id,
    internalNote: text,
  }),
};

const PRODUCER: Kind = {
  table: "producer",
  entityType: "Producer",
  action: "producer.update",
  field: "descriptionEn",
  column: "description_en",
  read: `query($id: ID!) { record: adminProducer(id: $id) { version descriptionEn name type province { code } commune { code } } }`,
  update: `mutation($id: ID!, $v: Int!, $input: ProducerInput!) { updateProducer(id: $id, version: $v, input: $input) { version } }`,
  input: (r, text) => ({
    name: r.name,
    type: r.type,
    provinceCode: (r.province as { code: string }).code,
    communeCode: (r.commune as { code: string } | null)?.code ?? null,
    descriptionEn: text,
  }),
};

let api: TestApi;
let sessions: StaffClient[];
/** Three products and two producers of the officer's commune, so every role may edit them. */
let records: Array<{ kind: Kind; id: number }>;
beforeAll(async () => {
  api = await startTestApi();
  // Two sessions of each role.
  sessions = [];
  for (const email of [ADMIN, ADMIN, EDITOR, EDITOR, OFFICER, OFFICER]) sessions.push(await signedIn(api, email));
  const products = await api.sql<{ id: number }>(
    `SELECT p.id FROM product p JOIN producer pr ON pr.id = p.producer_id
      WHERE pr.commune_code = '06463' ORDER BY p.id LIMIT 3`,
  );
  const producers = await api.sql<{ id: number }>(
    `SELECT id FROM producer WHERE commune_code = '06463' ORDER BY id LIMIT 2`,
  );
  records = [
    ...products.map((row) => ({ kind: PRODUCT, id: row.id })),
    ...producers.map((row) => ({ kind: PRODUCER, id: row.id })),
  ];
  expect(records).toHaveLength(5);
  // Start from empty fields, so the end state holds the tokens and nothing else.
  await api.sql(`UPDATE product SET internal_note = NULL WHERE id = ANY($1)`, [products.map((r) => r.id)]);
  await api.sql(`UPDATE producer SET description_en = NULL WHERE id = ANY($1)`, [producers.map((r) => r.id)]);
});
afterAll(() => api?.close());

/** Appends the token to the record's field; returns how many CONFLICTs it met on the way. */
async function append(client: StaffClient, kind: Kind, id: number, token: string) {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const read = await client.gql<{ record: Record<string, unknown> & { version: number } }>(kind.read, {
      id: String(id),
    });
    expect(read.body.errors).toBeUndefined();
    const record = read.body.data!.record;
    const text = `${(record[kind.field] as string | null) ?? ""} ${token}`.trim();
    const result = await client.gql(kind.update, {
      id: String(id),
      v: record.version,
      input: kind.input(record, text),
    });
    if (!result.body.errors) return attempt;
    expect(errorCode(result), JSON.stringify(result.body.errors)).toBe("CONFLICT");
  }
  throw new Error(`${token}: no success in ${MAX_ATTEMPTS} attempts`);
}

async function stateOf({ kind, id }: { kind: Kind; id: number }) {
  return api.one<{ version: number; text: string | null; audits: number }>(
    `SELECT t.version, t.${kind.column} AS text,
            (SELECT count(*)::int FROM audit_entry a
              WHERE a.action = $2 AND a.entity_type = $3 AND a.entity_id = t.id::text) AS audits
       FROM ${kind.table} t WHERE t.id = $1`,
    [id, kind.action, kind.entityType],
  );
}

describe("many concurrent editors", () => {
  it(`${CLIENTS} clients, 3 products and 2 producers, version-checked: nothing lost, every success audited once`, async () => {
    const before = await Promise.all(records.map(stateOf));
    const successes = records.map(() => [] as string[]);
    let conflicts = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        const client = sessions[c % sessions.length]!;
        for (let t = 0; t < TOKENS_PER_CLIENT; t++) {
          // A fixed spread over the records: client c's t-th edit goes to record (c + t) mod 5.
          const r = (c + t) % records.length;
          const token = `c${c}t${t}`;
          conflicts += await append(client, records[r]!.kind, records[r]!.id, token);
          successes[r]!.push(token);
        }
      }),
    );
    console.info(
      `editors: ${CLIENTS * TOKENS_PER_CLIENT} edits, ${conflicts} CONFLICTs retried, ${Date.now() - started} ms`,
    );
    expect(conflicts).toBeGreaterThan(0); // the edits did overlap

    for (const [r, record] of records.entries()) {
      const tokens = successes[r]!;
      const after = await stateOf(record);
      const what = `${record.kind.table} ${record.id}`;
      expect(after.version, what).toBe(before[r]!.version + tokens.length);
      expect(after.audits - before[r]!.audits, what).toBe(tokens.length);
      expect((after.text ?? "").split(" ").sort(), what).toEqual([...tokens].sort());
    }
  }, 120_000);
});
