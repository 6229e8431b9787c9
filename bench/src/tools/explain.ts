import pg from "pg";
import { apiModules, productService, quietLogger } from "../api.js";
import { openBenchDatabase } from "../dataset/database.js";
import { FULL_SCALE, QUICK_SCALE } from "../dataset/generate.js";
import { cleanupAll, installSignalHandlers } from "../processes.js";

/**
 * Investigation helper: runs the API's own listPublishedProducts for a search on the benchmark
 * database, captures the SQL it sends, and prints EXPLAIN (ANALYZE, BUFFERS) of each statement.
 *
 *   node bench/dist/tools/explain.js [--quick] [--stars=4,5] [--sql="CREATE INDEX …"] "mat ong" …
 *
 * --sql statements run first (e.g. a candidate index, created in the benchmark database only).
 */
async function main() {
  installSignalHandlers();
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const stars = args
    .find((a) => a.startsWith("--stars="))
    ?.slice(8)
    .split(",")
    .map(Number);
  const setup = args.filter((a) => a.startsWith("--sql=")).map((a) => a.slice(6));
  const queries = args.filter((a) => !a.startsWith("--"));
  const now = new Date();
  const db = await openBenchDatabase({
    scale: quick ? QUICK_SCALE : FULL_SCALE,
    seed: "ocop-bench-1",
    anchor: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
    regenerate: false,
    log: (l) => console.error(`[explain] ${l}`),
  });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  for (const sql of setup) {
    const t = Date.now();
    await client.query(sql);
    console.log(`-- ran in ${Date.now() - t} ms: ${sql}`);
  }
  const api = apiModules();
  const { listPublishedProducts, createRequestContext } = productService();
  const ds = api.createDataSource(db.url, 2);
  await ds.initialize();
  const captured: Array<{ sql: string; params: unknown[] }> = [];
  const query = ds.query.bind(ds);
  ds.query = (sql: string, params?: unknown[]) => {
    captured.push({ sql, params: [...(params ?? [])] });
    return query(sql, params);
  };
  for (const q of queries.length ? queries : ["mat ong"]) {
    captured.length = 0;
    const ctx = createRequestContext({
      lang: "vi",
      dataSource: ds,
      config: {},
      logger: quietLogger(),
      requestId: "explain",
      clientIp: "127.0.0.1",
    });
    const t = process.hrtime.bigint();
    const result = await listPublishedProducts(ctx, { search: q, ...(stars ? { stars } : {}) }, "RELEVANCE", {
      offset: 0,
      limit: 20,
    });
    console.log(
      `\n=== "${q}"${stars ? ` stars ${stars}` : ""}: ${result.totalCount} results, ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(1)} ms through the service`,
    );
    for (const { sql, params } of captured) {
      console.log(`\n--- ${sql.replace(/\s+/g, " ").trim()}\n--- params ${JSON.stringify(params)}`);
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      console.log(rows.map((r) => r["QUERY PLAN"]).join("\n"));
    }
  }
  await ds.destroy();
  await client.end();
}

main()
  .then(() => cleanupAll())
  .catch(async (error: unknown) => {
    console.error(error);
    await cleanupAll();
    process.exit(1);
  });
