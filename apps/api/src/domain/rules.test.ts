import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { todayInVietnam } from "@ocop/schema/enums";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase } from "../test-support/fresh-database";
import { TODAY_IN_VIETNAM } from "./rules";

describe("today in Vietnam", () => {
  let client: pg.Client;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await createEmptyDatabase();
    drop = db.drop;
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await drop?.();
  });

  it("is the same date in the database and in both apps, whatever the session's time zone", async () => {
    // Late evening in Hà Nội is still the day before in UTC and two days before in Honolulu.
    for (const instant of ["2026-03-31T17:30:00Z", "2026-03-31T16:59:59Z", "2026-12-31T23:00:00Z"]) {
      for (const zone of ["UTC", "Pacific/Honolulu", "Asia/Ho_Chi_Minh"]) {
        await client.query("BEGIN");
        await client.query(`SET LOCAL TIME ZONE '${zone}'`);
        // now() is the transaction's start: pin it to the instant by asking what the rule gives then.
        const sql = TODAY_IN_VIETNAM.replace("now()", `'${instant}'::timestamptz`);
        const { rows } = await client.query<{ today: string }>(`SELECT ${sql}::text AS today`);
        await client.query("ROLLBACK");
        expect(rows[0]!.today, `${instant} in a ${zone} session`).toBe(todayInVietnam(new Date(instant)));
      }
    }
    expect(todayInVietnam(new Date("2026-03-31T17:30:00Z"))).toBe("2026-04-01");
    expect(todayInVietnam(new Date("2026-03-31T16:59:59Z"))).toBe("2026-03-31");
  });
});

describe("the catalogue's rules", () => {
  it("are spelled only in domain/rules.ts: no other SQL spells a product status", async () => {
    const src = path.resolve(__dirname, "..");
    const offenders: string[] = [];
    for (const entry of await readdir(src, { recursive: true })) {
      const file = entry.split(path.sep).join("/");
      if (!file.endsWith(".ts") || file.endsWith(".test.ts") || file.startsWith("db/migrations/")) continue;
      if (file === "domain/rules.ts") continue;
      const text = await readFile(path.join(src, entry), "utf8");
      if (/status\s*(=|<>|!=)\s*'+(published|archived|draft)'+/.test(text)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
