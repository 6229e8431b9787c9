import { readFileSync } from "node:fs";

/**
 * Investigation helper: summarizes a V8 .cpuprofile (from `pnpm bench -- --cpu-prof`): self time by
 * function and by package, and inclusive time of selected frames.
 *
 *   node bench/dist/tools/profile.js bench/results/profiles/CPU.….cpuprofile [top=30]
 */
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  hitCount?: number;
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const file = process.argv[2];
if (!file) throw new Error("usage: profile.js FILE.cpuprofile [top]");
const top = Number(process.argv[3] ?? 30);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Self time per node from the samples and their time deltas.
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((s, v) => s + v, 0);

function pkgOf(url: string): string {
  if (!url) return "(native/V8)";
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1] as string;
  if (url.includes("/apps/api/")) return "apps/api";
  if (url.startsWith("node:")) return "node:core";
  return url.split("/").slice(-2).join("/");
}

const label = (n: Node) =>
  `${n.callFrame.functionName || "(anonymous)"} ${pkgOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
const idle = new Set(["(idle)", "(program)", "(garbage collector)"]);
for (const [id, us] of self) {
  const n = byId.get(id) as Node;
  const fn = idle.has(n.callFrame.functionName) ? n.callFrame.functionName : label(n);
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  const pkg = idle.has(n.callFrame.functionName) ? n.callFrame.functionName : pkgOf(n.callFrame.url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
}

// Inclusive time per package: a sample counts once for every package on its stack.
const inclusive = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur) as Node;
    if (n.callFrame.url) seen.add(pkgOf(n.callFrame.url));
  }
  for (const p of seen) inclusive.set(p, (inclusive.get(p) ?? 0) + (profile.timeDeltas[i] ?? 0));
});

const busy = total - (byPackage.get("(idle)") ?? 0);
const pct = (us: number, of = busy) => `${((100 * us) / of).toFixed(1).padStart(5)}%`;
console.log(
  `profile ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s (${pct(busy, total)} of wall time)`,
);
console.log(`\nself time by package (share of busy time):`);
for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top))
  if (k !== "(idle)") console.log(`${pct(v)}  ${k}`);
console.log(`\ninclusive time by package (on the stack):`);
for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
console.log(`\nself time by function:`);
for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
  if (k !== "(idle)") console.log(`${pct(v)}  ${k}`);
