import type { DataSource } from "typeorm";
import { entityColumns } from "../../lib/entity-select";
import { recordLoader } from "../../lib/loaders";
import { unshared, type ShareFetch } from "../../lib/shared-fetch";
import { Producer } from "./producer.entity";

export function createProducerLoaders(ds: DataSource, share: ShareFetch = unshared) {
  return {
    producerById: recordLoader(
      share("producerById", (ids: readonly number[]): Promise<Producer[]> =>
        ds.query(`SELECT ${entityColumns(ds, Producer, "pr")} FROM producer pr WHERE pr.id = ANY($1)`, [ids]),
      ),
      (p) => p.id,
    ),
  };
}
