// First-visit JavaScript per page, gzip: the entry chunk and its static imports, the lazy page
// chunk with its static imports, and the largest language catalog (vi, en or zh): what the
// server's HTML announces with <link rel="modulepreload"> and main.tsx loads before hydrating. Sizes in kB (1000 bytes, as Vite reports them). Run after `vite build`.
// Fails (exit 1) when a page exceeds the budget.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const BUDGET_KB = 150;
const dist = new URL("../dist/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));
const gz = new Map();
const size = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return gz.get(file);
};
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imp of chunk.imports ?? []) closure(imp, seen);
  return seen;
}
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entry = closure(entryKey);
const routes = Object.keys(manifest).filter((k) => /src\/routes\/[^/]+\/[A-Za-z]+Page\.tsx$/.test(k));
const catalogs = Object.keys(manifest).filter((k) => k.includes("virtual:i18n/"));
const kb = (n) => (n / 1000).toFixed(1);
const sum = (files) => [...files].reduce((a, f) => a + size(f), 0);

console.log(`entry (shared by every page): ${kb(sum(entry))} kB gzip`);
let worst = 0;
let largestRoute = { name: "", own: 0 };
for (const r of routes) {
  const files = closure(r, new Set(entry));
  const own = size(manifest[r].file);
  if (own > largestRoute.own) largestRoute = { name: r, own };
  const total = sum(files);
  const withCatalog = Math.max(0, ...catalogs.map((c) => sum(closure(c, new Set(files)))));
  worst = Math.max(worst, withCatalog || total);
  console.log(
    `${r.replace(/^src\/routes\//, "").padEnd(42)} first visit ${kb(withCatalog || total).padStart(6)} kB   (page chunk ${kb(own)} kB)`,
  );
}
console.log(`largest route chunk: ${largestRoute.name} ${kb(largestRoute.own)} kB gzip`);
console.log(`worst first visit: ${kb(worst)} kB gzip (budget ${BUDGET_KB} kB)`);
if (worst > BUDGET_KB * 1000) {
  console.error("over budget");
  process.exit(1);
}
