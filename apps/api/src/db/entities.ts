import { AuditEntry } from "../modules/audit/audit-entry.entity";
import { Category } from "../modules/category/category.entity";
import { Certification } from "../modules/certification/certification.entity";
import { Distributor, DistributorLink } from "../modules/distributor/distributor.entity";
import {
  ConnectionRequest,
  ConnectionRequestEvent,
  ConnectionRequestProduct,
  ConnectionRequestRead,
} from "../modules/inquiry/connection-request.entity";
import { OutboxMail } from "../modules/mail/outbox-mail.entity";
import { ProductImage } from "../modules/media/product-image.entity";
import { AdministrativeUnit, Province } from "../modules/place/place.entity";
import { Producer } from "../modules/producer/producer.entity";
import { Product } from "../modules/product/product.entity";
import { RateLimitBucket } from "../lib/rate-limit-bucket.entity";
import { CatalogRevision } from "./catalog-revision";
import { SiteSettings } from "../modules/settings/site-settings.entity";
import { ProvinceOffice } from "../modules/settings/province-office.entity";
import { SearchSynonym } from "../modules/search/search-synonym.entity";
import { ShowcaseEvent, ShowcasePlacement, ShowcaseTable } from "../modules/showcase/showcase.entity";
import { StaffSession, StaffUser } from "../modules/staff/staff.entity";

export const entities = [
  Province,
  AdministrativeUnit,
  Category,
  Producer,
  Product,
  Certification,
  ProductImage,
  ShowcaseEvent,
  ShowcaseTable,
  ShowcasePlacement,
  Distributor,
  DistributorLink,
  ConnectionRequest,
  ConnectionRequestProduct,
  ConnectionRequestEvent,
  ConnectionRequestRead,
  StaffUser,
  StaffSession,
  AuditEntry,
  SearchSynonym,
  RateLimitBucket,
  CatalogRevision,
  OutboxMail,
  SiteSettings,
  ProvinceOffice,
];
