import pino, { type Logger } from "pino";

/** Structured JSON logs; each HTTP request gets a child logger carrying its request id. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "ocop-api" }, timestamp: pino.stdTimeFunctions.isoTime });
}
export type { Logger };
