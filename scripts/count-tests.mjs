// Adds up the vitest summaries ("Tests  12 passed | 1 failed (13)") found in the given logs and
// prints one closing line "N passed, N failed". Exits 1 when a test failed or none ran. The names of
// the failed tests, and the first lines of their errors, are printed just above that line: a CI
// report that keeps only the end of the output still says what failed.
import { readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const file of process.argv.slice(2)) {
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes
  const text = readFileSync(file, "utf8").replace(/\u001b\[[0-9;]*m/g, "");
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    // vitest's report of each failure: " FAIL  test/file.test.ts > suite > test", then the error
    if (/^\s*(?:[\w@/.-]+:test: )?\s*FAIL\s/.test(line)) {
      const detail = lines
        .slice(index + 1, index + 8)
        .filter((next) => next.trim() !== "")
        .slice(0, 4);
      failures.push([line.trim(), ...detail.map((next) => `    ${next.trim()}`)].join("\n"));
    }
    const summary = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line);
    if (!summary) return;
    passed += Number(/(\d+) passed/.exec(summary[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(summary[1])?.[1] ?? 0);
    skipped += Number(/(\d+) skipped/.exec(summary[1])?.[1] ?? 0);
  });
}
if (failures.length > 0) {
  console.log(`\nfailed:\n${[...new Set(failures)].join("\n")}\n`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
