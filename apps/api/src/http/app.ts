import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import compression from "compression";
import cookieParser from "cookie-parser";
import express from "express";
import type { DataSource } from "typeorm";
import { showsErrorDetails, type Config } from "../config";
import { CatalogRevisionReader } from "../db/catalog-revision";
import { DatabaseHealth } from "../db/database-health";
import { ReferenceDataCache } from "../db/reference-data";
import { buildAdminSchema, buildPublicSchema } from "../graphql/schema";
import { startMailWorker } from "../modules/mail/mail-worker";
import { LocalDiskStorage } from "../modules/media/media-storage";
import { createAdminGraphqlEndpoint } from "./admin-graphql-endpoint";
import { connectionFormRoutes } from "./connection-form";
import { httpErrorHandler, notFoundHandler } from "./error-handler";
import { exportRoutes } from "./exports";
import { decisionImportRoutes } from "./decision-import";
import { imageUploadRoutes } from "./image-upload";
import type { Logger } from "../logger";
import { createPublicGraphqlEndpoint } from "./graphql-endpoint";
import { healthCheck } from "./health";
import { requestLogging } from "./request-id";
import { securityHeaders } from "./security-headers";
import { firstVisitLanguage } from "./first-visit-language";
import { shareCardRoutes } from "./share-cards";
import { sitemapRoutes } from "./sitemap";
import { staticApp } from "./static-app";
import { createStorefrontPageRenderer } from "./storefront-pages";
import { brandOf, siteIdentityReader } from "../modules/seo/seo.service";
import { storefrontServerRenderer } from "./storefront-ssr";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The one HTTP process of the product: public GraphQL, health, the built admin and storefront.
 * A factory, so tests start it in-process on a free port against their own database.
 */
export async function createServer(deps: { config: Config; dataSource: DataSource; logger: Logger }): Promise<{
  app: express.Express;
  /** Tells the public answer cache that the catalog changed (other replicas notice within 1 s). */
  catalogChanged(): void;
  listen(port?: number, host?: string): Promise<RunningServer>;
}> {
  const { config, dataSource, logger } = deps;
  const app = express();
  // Express reads NODE_ENV itself (views, its default error page): production unless told otherwise.
  app.set("env", showsErrorDetails(config) ? "development" : "production");
  app.disable("x-powered-by");
  app.set("trust proxy", config.TRUST_PROXY);
  app.use(requestLogging(logger));
  // gzip for everything text: the storefront's JavaScript goes from ~480 kB to ~140 kB on the wire.
  app.use(compression());
  app.use(securityHeaders(config.PUBLIC_URL));

  const health = new DatabaseHealth(logger);
  const revision = new CatalogRevisionReader(dataSource, health);
  const reference = new ReferenceDataCache(dataSource);
  const publicGraphql = await createPublicGraphqlEndpoint(await buildPublicSchema(), {
    ...deps,
    revision,
    reference,
    health,
  });
  app.use("/graphql", ...publicGraphql.handler);
  app.get("/healthz", healthCheck(dataSource));

  const mediaStorage = new LocalDiskStorage(config.MEDIA_DIR);
  const adminDeps = { ...deps, mediaStorage, revision, health };
  const adminSchema = await buildAdminSchema();
  const adminGraphql = await createAdminGraphqlEndpoint(adminSchema, adminDeps);
  app.use("/admin", cookieParser());
  app.use("/admin/graphql", ...adminGraphql.handler);
  app.use("/admin/media", imageUploadRoutes(adminDeps));
  app.use("/admin/exports", exportRoutes(adminDeps, adminSchema));
  app.use("/admin/imports", decisionImportRoutes(adminDeps));
  // Media keys are unique per upload, so a file never changes: cache it for good.
  app.use(
    "/media",
    express.static(config.MEDIA_DIR, { immutable: true, maxAge: "365d", index: false, fallthrough: false }),
  );
  // Without PUBLIC_URL, absolute links name the address this server listens on (a laptop's
  // one-command start), never the request's Host header: a client forges it, and these answers are cached.
  const listenHost = ["0.0.0.0", "::"].includes(config.HOST) ? "localhost" : config.HOST;
  const origin = (
    config.PUBLIC_URL ?? `http://${listenHost.includes(":") ? `[${listenHost}]` : listenHost}:${config.PORT}`
  ).replace(/\/+$/, "");
  app.use(sitemapRoutes(dataSource, origin));
  const site = siteIdentityReader(dataSource, () => revision.current());
  app.use(
    "/og",
    shareCardRoutes({ dataSource, revision, mediaDir: config.MEDIA_DIR, brand: async () => brandOf(await site()) }),
  );
  app.use(
    connectionFormRoutes({
      dataSource,
      publicUrl: config.PUBLIC_URL,
      storefrontDist: config.STOREFRONT_DIST,
      contextFor: publicGraphql.contextFor,
    }),
  );
  app.use("/admin", staticApp({ dist: config.ADMIN_DIST }));
  const renderApp = config.STOREFRONT_SSR
    ? storefrontServerRenderer({
        entryFile: config.STOREFRONT_SERVER_ENTRY,
        manifestFile: path.join(config.STOREFRONT_DIST, ".vite", "manifest.json"),
        execute: publicGraphql.execute,
        revision: () => revision.current(),
        renderBudgetMs: config.SSR_RENDER_BUDGET_MS,
        logger,
      })
    : undefined;
  app.get("/", firstVisitLanguage(dataSource));
  app.use(
    "/",
    staticApp({
      dist: config.STOREFRONT_DIST,
      health,
      renderPage: createStorefrontPageRenderer(
        dataSource,
        { canonical: config.PUBLIC_URL ? origin : "", absolute: origin },
        site,
        renderApp,
      ),
    }),
  );
  app.use(notFoundHandler);
  app.use(httpErrorHandler(logger, health));

  return {
    app,
    catalogChanged: () => revision.invalidate(),
    listen(port = config.PORT, host = config.HOST) {
      return new Promise((resolve, reject) => {
        const server = http.createServer(app);
        server.keepAliveTimeout = 65_000;
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          // The outbox is sent by every serving process; it stops before the database closes.
          const mailWorker = startMailWorker({ config, dataSource, logger });
          resolve({
            port: address.port,
            url: `http://${host === "0.0.0.0" ? "localhost" : host}:${address.port}`,
            close: async () => {
              await new Promise<void>((done) => {
                server.close(() => done());
                server.closeIdleConnections();
              });
              // No send starts once stopping; one under way finishes (or times out) first.
              await mailWorker.stop();
              await publicGraphql.stop();
              await adminGraphql.stop();
            },
          });
        });
      });
    },
  };
}
