import type { Scenario } from "../scenarios.js";

/** One load run: `connections` at a time for `seconds`, through a scenario's requests from `start` on. */
export interface LoadRequest {
  base: string;
  scenario: Scenario;
  start: number;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
  /** Responses with an `age` header (a response-cache hit). */
  cacheHits: number;
  /** Requests whose URL had been sent to this server less than 60 s before. */
  repeatedWithin60s: number;
  /** Where the next run of this scenario continues in its request list. */
  next: number;
}

export interface LoadGenerator {
  /** A short description for the report. */
  readonly tool: string;
  run(request: LoadRequest): Promise<LoadResult>;
  close(): Promise<void>;
}
