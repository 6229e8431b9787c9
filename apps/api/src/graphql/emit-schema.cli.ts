import { writeFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "../config";
import { buildAdminSchema, buildPublicSchema, printSortedSchema } from "./schema";

/** Writes the SDL the apps' code generation reads: `pnpm schema:generate` at the root. */
async function main() {
  for (const [name, build] of [
    ["public", buildPublicSchema],
    ["admin", buildAdminSchema],
  ] as const) {
    const file = path.join(REPO_ROOT, "packages", "schema", `${name}.graphql`);
    await writeFile(file, printSortedSchema(await build()));
    console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
