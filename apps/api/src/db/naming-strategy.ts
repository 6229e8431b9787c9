import { DefaultNamingStrategy, type NamingStrategyInterface, type Table } from "typeorm";

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/** Tables and columns in snake_case, as hand-written SQL (migrations, search, benchmarks) expects. */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override tableName(className: string, customName?: string): string {
    return customName ?? snake(className);
  }
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake(prefixes.concat(customName ?? propertyName).join("_"));
  }
  override relationName(propertyName: string): string {
    return snake(propertyName);
  }
  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
  /** PostgreSQL's own name for a `REFERENCES` written in a column, as the migrations write them. */
  override foreignKeyName(tableOrName: Table | string, columnNames: string[]): string {
    const table = (typeof tableOrName === "string" ? tableOrName : tableOrName.name).split(".").pop();
    return `${table}_${columnNames.join("_")}_fkey`;
  }
  override joinTableColumnName(tableName: string, propertyName: string, columnName?: string): string {
    return snake(`${tableName}_${columnName ?? propertyName}`);
  }
}
