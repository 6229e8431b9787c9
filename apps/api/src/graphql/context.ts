import type { DataSource } from "typeorm";
import type { Config } from "../config";
import type { ReferenceData } from "../db/reference-data";
import type { Logger } from "../logger";
import type { Language } from "./language";
import { createLoaders, type Loaders } from "./loaders";

/** Everything a resolver or service needs about the request, passed first (no globals). */
export interface RequestContext {
  lang: Language;
  dataSource: DataSource;
  loaders: Loaders;
  config: Config;
  logger: Logger;
  requestId: string;
  /** The client's address (behind trusted proxies: the forwarded one), for throttling. */
  clientIp: string;
  /** The catalog revision public answers are cached under (see CatalogRevisionReader). */
  catalogRevision?: string;
}

/**
 * @param reference the shared copy of categories and places for public requests; staff requests
 * read them from the database, always current.
 */
export function createRequestContext(
  base: Omit<RequestContext, "loaders">,
  reference?: () => Promise<ReferenceData>,
): RequestContext {
  return { ...base, loaders: createLoaders(base.dataSource, reference) };
}
