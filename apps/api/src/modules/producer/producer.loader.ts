import { In, type DataSource } from "typeorm";
import { recordLoader } from "../../lib/loaders";
import { Producer } from "./producer.entity";

export function createProducerLoaders(ds: DataSource) {
  return {
    producerById: recordLoader(
      (ids: readonly number[]) => ds.getRepository(Producer).findBy({ id: In([...ids]) }),
      (p) => p.id,
    ),
  };
}
