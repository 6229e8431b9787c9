import { openBenchDatabase } from "../dataset/database.js";
import { FULL_SCALE, QUICK_SCALE } from "../dataset/generate.js";
import { installSignalHandlers } from "../processes.js";

/**
 * Investigation helper: starts the benchmark's PostgreSQL with its cached dataset (generating it
 * when needed), prints the connection URL for psql, and keeps it running until Ctrl-C.
 *
 *   node bench/dist/tools/db.js [--quick]
 */
async function main() {
  installSignalHandlers();
  const now = new Date();
  const db = await openBenchDatabase({
    scale: process.argv.includes("--quick") ? QUICK_SCALE : FULL_SCALE,
    seed: "ocop-bench-1",
    anchor: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
    regenerate: false,
    log: (l) => console.error(`[db] ${l}`),
  });
  console.log(db.url);
  console.error("[db] running; Ctrl-C stops it");
  setInterval(() => {}, 1 << 30);
}

void main();
