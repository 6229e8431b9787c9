import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDITOR, errorCode, signedIn, staffClient, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

/*
 * Two API processes' worth of servers (two in-process servers, each with its own pool, caches and
 * catalog revision) on one database behave as one: what one changes the other's public answers
 * show within the documented bound, a session made on one works on the other, and the sign-in
 * limits count attempts on both.
 */

/** README/app.ts: another replica notices a catalog change within 1 s; the rest is this machine's slack. */
const VISIBLE_WITHIN_MS = 1_000 + 1_500;
const PER_ACCOUNT = 3;
const PER_ADDRESS = 8;

let one: TestApi;
let two: TestApi;
beforeAll(async () => {
  const limits = {
    SIGN_IN_ATTEMPTS_PER_ACCOUNT: String(PER_ACCOUNT),
    SIGN_IN_ATTEMPTS_PER_ADDRESS: String(PER_ADDRESS),
  };
  one = await startTestApi(limits);
  two = await startTestApi(limits, { sameDatabaseAs: one });
});
afterAll(async () => {
  await two?.close();
  await one?.close();
});

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }`;
let editorOnOne: StaffClient;

describe("two replicas on one database", () => {
  it("a session made on one works on the other", async () => {
    editorOnOne = await signedIn(one, EDITOR);
    const onTwo = staffClient(two, editorOnOne.cookie);
    const session = await onTwo.gql(`{ session { user { email } } }`);
    expect(session.body.data).toEqual({ session: { user: { email: EDITOR } } });
  });

  it("a staff change on one shows in the other's public answers within the documented bound", async () => {
    const product = await one.one<{ id: number; slug: string; category: string; producer: number }>(
      `SELECT id, slug, category_code AS category, producer_id AS producer FROM product
        WHERE status = 'published' ORDER BY id LIMIT 1`,
    );
    const read = () =>
      two.gql<{ product: { name: string } }>(
        `query($s: String!) { product(slug: $s) { name } }`,
        { s: product.slug },
        { method: "GET" },
      );
    // The other replica has the answer in its cache before the change.
    const first = await read();
    expect(first.status).toBe(200);
    const { version } = await one.one<{ version: number }>(`SELECT version FROM product WHERE id = $1`, [product.id]);
    const name = `Tên mới ${Date.now()}`;
    const update = await editorOnOne.gql(
      `mutation($id: ID!, $v: Int!, $input: ProductInput!) { updateProduct(id: $id, version: $v, input: $input) { version } }`,
      {
        id: String(product.id),
        v: version,
        input: { nameVi: name, categoryCode: product.category, producerId: String(product.producer) },
      },
    );
    expect(update.body.errors).toBeUndefined();
    const changedAt = Date.now();
    let seenAfter = -1;
    while (Date.now() - changedAt < VISIBLE_WITHIN_MS * 2) {
      const answer = await read();
      if (answer.body.data?.product.name === name) {
        seenAfter = Date.now() - changedAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.info(`replicas: the change showed on the other after ${seenAfter} ms`);
    expect(seenAfter).toBeGreaterThanOrEqual(0);
    expect(seenAfter).toBeLessThanOrEqual(VISIBLE_WITHIN_MS);
  });

  it("sign-in attempts are counted across both, per account and address and per address", async () => {
    const apis = [one, two];
    const anonymous = apis.map((api) => staffClient(api));
    let allowed = 0;
    // One account, alternately on each: the account-and-address limit is reached after PER_ACCOUNT in all.
    for (let attempt = 0; attempt < PER_ACCOUNT + 1; attempt++) {
      const result = await anonymous[attempt % 2]!.gql(SIGN_IN, { e: "nobody@demo.ocop.vn", p: "wrong" });
      const code = errorCode(result);
      if (attempt < PER_ACCOUNT) expect(code, `attempt ${attempt + 1}`).toBe("UNAUTHENTICATED");
      else expect(code, `attempt ${attempt + 1}`).toBe("TOO_MANY_REQUESTS");
      if (code === "UNAUTHENTICATED") allowed++;
    }
    // Other accounts, alternately: the address runs out after PER_ADDRESS attempts on both together
    // (two separate counters would allow twice that).
    let refusedOn = new Set<number>();
    for (let attempt = 0; attempt < 2 * PER_ADDRESS + 2 && refusedOn.size < 2; attempt++) {
      const result = await anonymous[attempt % 2]!.gql(SIGN_IN, { e: `someone${attempt}@demo.ocop.vn`, p: "wrong" });
      const code = errorCode(result);
      if (code === "UNAUTHENTICATED") {
        expect(refusedOn.size, "allowed again after a refusal").toBe(0);
        allowed++;
      } else {
        expect(code).toBe("TOO_MANY_REQUESTS");
        refusedOn = new Set([...refusedOn, attempt % 2]);
      }
    }
    expect(refusedOn.size).toBe(2);
    // The editor's sign-in counted too.
    expect(allowed + 1).toBeLessThanOrEqual(PER_ADDRESS);
  });
});
