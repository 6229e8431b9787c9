import type { DataSource } from "typeorm";
import { Check, Column, Entity, PrimaryColumn } from "typeorm";
import { isDatabaseUnavailable, type DatabaseHealth } from "./database-health";

/** One row: a counter that database triggers move on with every change to public content. */
@Entity()
@Check("catalog_revision_id_check", "id")
export class CatalogRevision {
  @PrimaryColumn({ type: "boolean", default: true })
  id: boolean;

  @Column({ type: "bigint" })
  revision: string;
}

/** The counter as the database has it now. */
export async function readCatalogRevision(ds: DataSource): Promise<string> {
  const rows: Array<{ revision: string }> = await ds.query(`SELECT revision::text AS revision FROM catalog_revision`);
  return rows[0]?.revision ?? "0";
}

/** How long a replica trusts the counter it read: changes by other replicas show within this. */
const TRUST_MS = 1000;

/**
 * The catalog revision as this process knows it. Cached public answers are keyed by it, so an
 * edit made through this process is seen at once (it calls invalidate) and one made elsewhere
 * within a second, at the price of one tiny query a second.
 */
export class CatalogRevisionReader {
  private value: Promise<string> | undefined;
  private readAt = 0;
  private lastRead: string | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly health?: DatabaseHealth,
  ) {}

  /**
   * While the database is away, the last revision read stands: answers cached under it are still
   * served (stale-if-error), and a new read is tried each second, so service resumes by itself.
   */
  current(): Promise<string> {
    const now = Date.now();
    if (!this.value || now - this.readAt > TRUST_MS) {
      this.readAt = now;
      this.value = readCatalogRevision(this.dataSource).then(
        (revision) => {
          this.lastRead = revision;
          this.health?.succeeded();
          return revision;
        },
        (error: unknown) => {
          if (this.lastRead === undefined || !isDatabaseUnavailable(error)) throw error;
          this.health?.failed(error);
          return this.lastRead;
        },
      );
      this.value.catch(() => (this.value = undefined));
    }
    return this.value;
  }

  invalidate(): void {
    this.value = undefined;
  }
}
