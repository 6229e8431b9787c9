import type { DataSource } from "typeorm";
import type { ReferenceData } from "../db/reference-data";
import { createCategoryLoaders } from "../modules/category/category.loader";
import { createCertificationLoaders } from "../modules/certification/certification.loader";
import { createDistributorLoaders } from "../modules/distributor/distributor.loader";
import { createMediaLoaders } from "../modules/media/media.loader";
import { createPlaceLoaders } from "../modules/place/place.loader";
import { createProducerLoaders } from "../modules/producer/producer.loader";
import { createProductLoaders } from "../modules/product/product.loader";
import { createShowcaseLoaders } from "../modules/showcase/showcase.loader";

/** Per-request DataLoaders, named after what they load and by which key. */
export function createLoaders(ds: DataSource, reference?: () => Promise<ReferenceData>) {
  return {
    ...createPlaceLoaders(ds, reference),
    ...createCategoryLoaders(ds, reference),
    ...createProducerLoaders(ds),
    ...createProductLoaders(ds),
    ...createCertificationLoaders(ds),
    ...createMediaLoaders(ds),
    ...createDistributorLoaders(ds),
    ...createShowcaseLoaders(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
