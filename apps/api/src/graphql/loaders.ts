import type { DataSource } from "typeorm";
import type { ReferenceData } from "../db/reference-data";
import { sharedBy, unshared } from "../lib/shared-fetch";
import { createAuditLoaders } from "../modules/audit/audit.loader";
import { createCategoryLoaders } from "../modules/category/category.loader";
import { createCertificationLoaders } from "../modules/certification/certification.loader";
import { createDistributorLoaders } from "../modules/distributor/distributor.loader";
import { createMediaLoaders } from "../modules/media/media.loader";
import { createPlaceLoaders } from "../modules/place/place.loader";
import { createProducerLoaders } from "../modules/producer/producer.loader";
import { createProductLoaders } from "../modules/product/product.loader";
import { createSettingsLoaders } from "../modules/settings/settings.loader";
import { createShowcaseLoaders } from "../modules/showcase/showcase.loader";

/**
 * Per-request DataLoaders, named after what they load and by which key. Public requests (given
 * the shared reference data) also share their fetches with concurrent public requests
 * (lib/shared-fetch.ts); staff requests, which may modify what they load, never do.
 */
export function createLoaders(ds: DataSource, reference?: () => Promise<ReferenceData>) {
  const share = reference ? sharedBy(ds) : unshared;
  return {
    ...createPlaceLoaders(ds, reference),
    ...createCategoryLoaders(ds, reference),
    ...createProducerLoaders(ds, share),
    ...createProductLoaders(ds, share),
    ...createCertificationLoaders(ds, share),
    ...createMediaLoaders(ds, share),
    ...createDistributorLoaders(ds, share),
    ...createShowcaseLoaders(ds, share),
    ...createSettingsLoaders(ds),
    ...createAuditLoaders(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
