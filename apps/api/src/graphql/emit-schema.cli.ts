import { writeFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "../config";
import { buildPublicSchema, printSortedSchema } from "./schema";

/** Writes the SDL the apps' code generation reads: `pnpm schema:generate` at the root. */
async function main() {
  const file = path.join(REPO_ROOT, "packages", "schema", "public.graphql");
  await writeFile(file, printSortedSchema(await buildPublicSchema()));
  console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
