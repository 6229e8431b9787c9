import "reflect-metadata";
import pg from "pg";
import { DataSource } from "typeorm";
import { entities } from "./entities";
import { migrations } from "./migrations";
import { SnakeNamingStrategy } from "./naming-strategy";

// DATE columns stay "YYYY-MM-DD" strings: a calendar date has no time zone to shift it by.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// COUNT(*) is bigint; our counts fit a JS number comfortably.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface DatabaseTimeouts {
  statementMs: number;
  connectMs: number;
}

const DEFAULT_TIMEOUTS: DatabaseTimeouts = { statementMs: 15_000, connectMs: 5_000 };

export function createDataSource(url: string, poolSize = 10, timeouts = DEFAULT_TIMEOUTS): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: "each",
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: {
      max: poolSize,
      application_name: "ocop-api",
      connectionTimeoutMillis: timeouts.connectMs,
      // The server cancels a slow statement; the client gives up on one a frozen server never answers.
      statement_timeout: timeouts.statementMs,
      query_timeout: timeouts.statementMs + 2_000,
      idle_in_transaction_session_timeout: 60_000,
      keepAlive: true,
    },
    logging: false,
  });
}
