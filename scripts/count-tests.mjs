// Adds up the vitest summaries ("Tests  12 passed | 1 failed (13)") found in the given logs and
// prints one closing line "N passed, N failed". Exits 1 when a test failed or none ran.
import { readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes
  const text = readFileSync(file, "utf8").replace(/\u001b\[[0-9;]*m/g, "");
  for (const line of text.split("\n")) {
    const summary = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line);
    if (!summary) continue;
    passed += Number(/(\d+) passed/.exec(summary[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(summary[1])?.[1] ?? 0);
    skipped += Number(/(\d+) skipped/.exec(summary[1])?.[1] ?? 0);
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
