import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { graphqlQueryPart, graphqlRequestPart, type Scenario } from "../scenarios.js";
import { onCleanup } from "../processes.js";
import type { LoadGenerator, LoadRequest, LoadResult } from "./types.js";

/**
 * The load generator when Debian's `wrk` is installed: a C event loop that takes a few percent of
 * one core where autocannon (JavaScript) takes most of one, so the server under test keeps the
 * machine's two cores. One wrk thread (it does tens of thousands of requests per second), its Lua
 * script walking the scenario's request list from `start` on, as the autocannon worker does.
 *
 * The list goes to wrk as a file: its first line is the part of the URL every request shares
 * (operation name and query), each further line the part that varies (language and variables).
 */
const SCRIPT = String.raw`
-- sent and hits are globals: done() reads them from the thread with thread:get.
local prefix, suffixes, n, index

function init(args)
  local f = assert(io.open(args[1], "r"))
  prefix = f:read("*l")
  suffixes = {}
  for line in f:lines() do suffixes[#suffixes + 1] = line end
  f:close()
  n = #suffixes
  -- wrk calls request() once after init and throws that request away: start one step early.
  index = tonumber(args[2]) - 1
  sent = -1
  hits = 0
end

function request()
  local path = prefix .. suffixes[(index % n) + 1]
  index = index + 1
  sent = sent + 1
  return wrk.format("GET", path)
end

-- A response served from the API's response cache carries an Age header.
function response(status, headers, body)
  if headers["age"] ~= nil or headers["Age"] ~= nil then hits = hits + 1 end
end

local threads = {}
function setup(thread) threads[#threads + 1] = thread end

function done(summary, latency, requests)
  local t = threads[1]
  local e = summary.errors
  io.write(string.format(
    'WRK-RESULT {"requests":%d,"durationUs":%d,"bytes":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d,"mean":%f,' ..
    '"status":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"sent":%d,"hits":%d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    e.status, e.connect, e.read, e.write, e.timeout, t:get("sent"), t:get("hits")))
end
`;

interface WrkOutput {
  requests: number;
  durationUs: number;
  bytes: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  status: number;
  connect: number;
  read: number;
  write: number;
  timeout: number;
  sent: number;
  hits: number;
}

/** "wrk 4.1.0": `wrk -v` prints its version and exits with status 1. */
function wrkVersion(executable: string): string {
  const out = spawnSync(executable, ["-v"], { encoding: "utf8" });
  return /^(wrk [\d.]+)/.exec(`${out.stdout ?? ""}${out.stderr ?? ""}`)?.[1] ?? "wrk";
}

export function startWrkLoadGenerator(executable: string): LoadGenerator {
  let dir: Promise<string> | null = null;
  // The folder, with the Lua script in it, made once on the first run.
  const workDir = () =>
    (dir ??= mkdtemp(path.join(os.tmpdir(), "ocop-bench-wrk-")).then(async (made) => {
      await writeFile(path.join(made, "walk.lua"), SCRIPT);
      return made;
    }));
  const lists = new Map<Scenario, Promise<string>>();
  /** When each request index was last sent, per server and scenario (see LoadResult.repeatedWithin60s). */
  const lastSent = new Map<string, Float64Array>();
  let running: ReturnType<typeof spawn> | null = null;
  const remove = onCleanup("wrk", async () => {
    running?.kill("SIGKILL");
  });

  const listFile = (scenario: Scenario) => {
    let file = lists.get(scenario);
    if (!file) {
      file = (async () => {
        const name = path.join(await workDir(), `${scenario.name}.txt`);
        const lines = [
          graphqlQueryPart(scenario.operationName, scenario.query),
          ...scenario.requests.map(graphqlRequestPart),
        ];
        await writeFile(name, `${lines.join("\n")}\n`);
        return name;
      })();
      lists.set(scenario, file);
    }
    return file;
  };

  return {
    tool: `${wrkVersion(executable)} (Debian, one thread, Lua script)`,
    async run(request: LoadRequest): Promise<LoadResult> {
      if (running) throw new Error("one load run at a time");
      const { base, scenario, start, connections, seconds } = request;
      const scriptFile = path.join(await workDir(), "walk.lua");
      const list = await listFile(scenario);
      const args = [
        "-t1",
        `-c${connections}`,
        `-d${seconds}s`,
        "--timeout",
        "10s",
        "-s",
        scriptFile,
        base,
        "--",
        list,
        String(start),
      ];
      const startedAt = Date.now();
      const output = await new Promise<string>((resolve, reject) => {
        const child = spawn(executable, args, { stdio: ["ignore", "pipe", "pipe"] });
        running = child;
        let out = "";
        child.stdout.on("data", (d: Buffer) => (out += d.toString()));
        child.stderr.on("data", (d: Buffer) => (out += d.toString()));
        child.on("error", reject);
        child.on("exit", (code) => {
          running = null;
          if (code === 0) resolve(out);
          else reject(new Error(`wrk exited with ${code}: ${out.slice(-1000)}`));
        });
      });
      const line = /^WRK-RESULT (.*)$/m.exec(output)?.[1];
      if (!line) throw new Error(`wrk printed no result: ${output.slice(-1000)}`);
      const w = JSON.parse(line) as WrkOutput;

      // Which list entries this run sent, and how many of them had been sent within the last minute.
      const n = scenario.requests.length;
      const key = `${base} ${scenario.name}`;
      let sentAt = lastSent.get(key);
      if (!sentAt) lastSent.set(key, (sentAt = new Float64Array(n)));
      let repeated = 0;
      for (let k = 0; k < w.sent; k++) {
        const i = (start + k) % n;
        if (sentAt[i]! > 0 && startedAt - sentAt[i]! < 60_000) repeated++;
        sentAt[i] = startedAt;
      }

      const actualSeconds = w.durationUs / 1e6;
      const ms = (us: number) => us / 1000;
      return {
        requests: w.requests,
        seconds: actualSeconds,
        rps: w.requests / actualSeconds,
        latencyMs: { p50: ms(w.p50), p90: ms(w.p90), p99: ms(w.p99), max: ms(w.max), mean: ms(w.mean) },
        // wrk counts a status above 399 as an error; nothing here answers with a redirect.
        non2xx: w.status,
        errors: w.connect + w.read + w.write,
        timeouts: w.timeout,
        bytesPerResponse: w.requests ? w.bytes / w.requests : 0,
        cacheHits: w.hits,
        repeatedWithin60s: repeated,
        next: (start + w.sent) % n,
      };
    },
    async close() {
      remove();
      running?.kill("SIGKILL");
      if (dir) await rm(await dir, { recursive: true, force: true });
    },
  };
}
