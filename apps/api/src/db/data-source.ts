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

export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: "each",
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: poolSize, application_name: "ocop-api" },
    logging: false,
  });
}
