import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { CategoryResolver } from "../modules/category/category.resolver";
import { DistributorLinkResolver, DistributorResolver } from "../modules/distributor/distributor.resolver";
import { PublicInquiryResolver } from "../modules/inquiry/inquiry.resolver";
import { ImageResolver } from "../modules/media/media.resolver";
import { AdministrativeUnitResolver } from "../modules/place/place.resolver";
import { ProducerResolver } from "../modules/producer/producer.resolver";
import { CatalogStatsResolver, CategoryCountResolver, CommuneCountResolver } from "../modules/product/catalog-stats.resolver";
import { ProductResolver } from "../modules/product/product.resolver";
import {
  ShowcaseEventResolver,
  ShowcasePlacementResolver,
  ShowcaseTableResolver,
} from "../modules/showcase/showcase.resolver";

/** Field resolvers of the shared types: both schemas serve the same Product, Producer, … */
const entityResolvers = [
  AdministrativeUnitResolver,
  CategoryResolver,
  ProducerResolver,
  ProductResolver,
  ImageResolver,
  DistributorResolver,
  DistributorLinkResolver,
  ShowcaseEventResolver,
  ShowcaseTableResolver,
  ShowcasePlacementResolver,
  CatalogStatsResolver,
  CategoryCountResolver,
  CommuneCountResolver,
] as const;

/** The public schema: read-only but for sendConnectionRequest; no session, no staff data. */
export async function buildPublicSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...entityResolvers, PublicInquiryResolver],
    // Input is validated by the services (zod), which name each failing field.
    validate: false,
  });
}

/** The SDL as committed in packages/schema: sorted, so a diff shows real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
