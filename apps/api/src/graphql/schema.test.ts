import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../config";
import { buildPublicSchema, printSortedSchema } from "./schema";

describe("the committed schema", () => {
  it("is the SDL the API emits (run `pnpm schema:generate` after changing the API)", async () => {
    const committed = await readFile(path.join(REPO_ROOT, "packages", "schema", "public.graphql"), "utf8");
    expect(printSortedSchema(await buildPublicSchema())).toBe(committed);
  });
});
