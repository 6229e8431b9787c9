import { ProvinceCountResolver, ProvinceFacetResolver } from "../modules/product/province-facet.resolver";
import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker, publicAuthChecker } from "./allow";
import { AuditAdminResolver } from "../modules/audit/audit.admin.resolver";
import { CategoryFieldResolver, CategoryQueryResolver } from "../modules/category/category.resolver";
import { CertificationAdminResolver } from "../modules/certification/certification.admin.resolver";
import {
  DistributorAdminResolver,
  DistributorLinkAdminResolver,
} from "../modules/distributor/distributor.admin.resolver";
import { ProgrammeReportAdminResolver } from "../modules/export/programme-report.admin.resolver";
import {
  ConnectionRequestAdminResolver,
  ConnectionRequestEventAdminResolver,
  ConnectionRequestItemAdminResolver,
} from "../modules/inquiry/inquiry.admin.resolver";
import { OutboxAdminResolver } from "../modules/mail/mail.admin.resolver";
import { ImageAdminResolver } from "../modules/media/media.admin.resolver";
import { ReferenceAdminResolver } from "../modules/place/place.admin.resolver";
import { ProducerAdminResolver } from "../modules/producer/producer.admin.resolver";
import { DashboardAdminResolver } from "../modules/product/dashboard.admin.resolver";
import { ProductAdminResolver } from "../modules/product/product.admin.resolver";
import { SearchSynonymAdminResolver } from "../modules/search/search-synonym.admin.resolver";
import { ShowcaseEventAdminResolver, ShowcaseTableAdminResolver } from "../modules/showcase/showcase.admin.resolver";
import { StaffAdminResolver } from "../modules/staff/staff.admin.resolver";
import { SiteSettingsAdminResolver } from "../modules/settings/site-settings.admin.resolver";
import { ProductReceivingOfficeResolver, SiteSettingsResolver } from "../modules/settings/site-settings.resolver";
import { DistributorLinkResolver, DistributorResolver } from "../modules/distributor/distributor.resolver";
import { PublicInquiryResolver } from "../modules/inquiry/inquiry.resolver";
import { ImageResolver } from "../modules/media/media.resolver";
import {
  AdministrativeUnitFieldResolver,
  PlaceQueryResolver,
  ProvinceFieldResolver,
  ProvinceUnitsFieldResolver,
} from "../modules/place/place.resolver";
import { ProducerResolver } from "../modules/producer/producer.resolver";
import {
  CatalogStatsResolver,
  CategoryCountResolver,
  CommuneCountResolver,
} from "../modules/product/catalog-stats.resolver";
import { ProductFacetsResolver } from "../modules/product/product-facets.resolver";
import { ProductResolver } from "../modules/product/product.resolver";
import {
  ShowcaseEventResolver,
  ShowcasePlacementResolver,
  ShowcaseTableResolver,
} from "../modules/showcase/showcase.resolver";

/** Field resolvers of the types both schemas share. */
const sharedResolvers = [AdministrativeUnitFieldResolver, ProvinceFieldResolver, CategoryFieldResolver] as const;

/** The public operations and the public view of each type. */
const publicResolvers = [
  ...sharedResolvers,
  PlaceQueryResolver,
  ProvinceUnitsFieldResolver,
  CategoryQueryResolver,
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
  ProductFacetsResolver,
  ProvinceFacetResolver,
  ProvinceCountResolver,
  SiteSettingsResolver,
  ProductReceivingOfficeResolver,
] as const;

/** The public schema: read-only but for sendConnectionRequest; no session, no staff data. */
export async function buildPublicSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...publicResolvers, PublicInquiryResolver],
    authChecker: publicAuthChecker,
    // Input is validated by the services (zod), which name each failing field.
    validate: false,
  });
}

/**
 * The staff schema: every operation declares its access with @Allow, checked by `authChecker` before
 * its arguments are read; services apply only the commune scope. Its types show staff fields (all
 * languages, status, version).
 */
export async function buildAdminSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      ...sharedResolvers,
      StaffAdminResolver,
      DashboardAdminResolver,
      ProgrammeReportAdminResolver,
      ReferenceAdminResolver,
      ProducerAdminResolver,
      ProductAdminResolver,
      CertificationAdminResolver,
      ImageAdminResolver,
      ShowcaseEventAdminResolver,
      ShowcaseTableAdminResolver,
      DistributorAdminResolver,
      DistributorLinkAdminResolver,
      ConnectionRequestAdminResolver,
      ConnectionRequestItemAdminResolver,
      ConnectionRequestEventAdminResolver,
      OutboxAdminResolver,
      AuditAdminResolver,
      SearchSynonymAdminResolver,
      SiteSettingsAdminResolver,
    ],
    authChecker,
    validate: false,
  });
}

/** The SDL as committed in packages/schema: sorted, so a diff shows real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
