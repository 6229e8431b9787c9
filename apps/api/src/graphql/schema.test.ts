import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../config";
import { buildAdminSchema, buildPublicSchema, printSortedSchema } from "./schema";

describe("the committed schema", () => {
  for (const [name, build] of [
    ["public", buildPublicSchema],
    ["admin", buildAdminSchema],
  ] as const) {
    it(`${name}.graphql is the SDL the API emits (run \`pnpm schema:generate\` after changing the API)`, async () => {
      const committed = await readFile(path.join(REPO_ROOT, "packages", "schema", `${name}.graphql`), "utf8");
      expect(printSortedSchema(await build())).toBe(committed);
    });
  }

  it("keeps staff operations and staff fields out of the public schema", async () => {
    const sdl = printSortedSchema(await buildPublicSchema());
    for (const staffOnly of [
      "signIn",
      "adminProducts",
      "internalNote",
      "staffNotes",
      "auditEntries",
      "passwordHash",
      "nameVi",
    ]) {
      expect(sdl).not.toContain(staffOnly);
    }
  });
});
