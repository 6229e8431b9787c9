import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyDatabase } from "../test-support/fresh-database";
import { createDataSource } from "./data-source";

let ds: DataSource;
let drop: () => Promise<void>;

beforeAll(async () => {
  const db = await createEmptyDatabase();
  drop = db.drop;
  ds = createDataSource(db.url, 2);
  await ds.initialize();
  await ds.runMigrations({ transaction: "each" });
});
afterAll(async () => {
  await ds?.destroy();
  await drop?.();
});

describe("the entities", () => {
  it("describe the schema the migrations build: TypeORM's synchronize would change nothing", async () => {
    const { upQueries } = await ds.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query)).toEqual([]);
  });
});
