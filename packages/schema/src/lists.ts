/*
 * The URL state of each staff list and the API filter it stands for, shared by the admin (which
 * writes these URLs and queries with these filters) and the API (whose spreadsheet exports take
 * the list's own URL parameters): a filter added here reaches the list and its export alike.
 */
import type {
  AdminProducerFilter,
  AdminProducerSort,
  AdminProductFilter,
  AdminProductSort,
  AuditFilter,
  CertificateFilter,
  CompletenessIssue,
  ConnectionRequestFilter,
  ConnectionRequestStatus,
  ProducerType,
  ProductStatus,
} from "./generated/admin";
import { date, defineListState, flag, intOneOf, intSet, oneOf, text } from "./list-state";

export const PRODUCT_STATUSES: readonly ProductStatus[] = ["DRAFT", "PUBLISHED", "ARCHIVED"];
export const PRODUCT_SORTS: readonly AdminProductSort[] = ["UPDATED_DESC", "NAME", "STARS", "VALID_UNTIL"];
export const EXPIRY_WINDOWS = [30, 90, 180, 365] as const;
export const CERTIFICATE_FILTERS: readonly CertificateFilter[] = ["EXPIRED", "NO_VALID_CERTIFICATE"];
export const COMPLETENESS_ISSUES: readonly CompletenessIssue[] = [
  "DECISION_NUMBER",
  "PHOTO",
  "TRANSLATED_DESCRIPTION",
  "PUBLIC_CONTACT",
];

/** Products list URL: ?q=mien&status=PUBLISHED&commune=06463&stars=4,5&cert=EXPIRED&missing=PHOTO&sort=NAME&page=2 */
export const productListState = defineListState({
  q: text(),
  status: oneOf(PRODUCT_STATUSES),
  category: text(),
  commune: text(),
  producer: text(),
  stars: intSet([3, 4, 5]),
  featured: flag(),
  expiring: intOneOf(EXPIRY_WINDOWS),
  cert: oneOf(CERTIFICATE_FILTERS),
  missing: oneOf(COMPLETENESS_ISSUES),
  sort: oneOf(PRODUCT_SORTS, "UPDATED_DESC"),
});

export type ProductListState = ReturnType<typeof productListState.parse>;

/** The API filter for a list state (empty parts left out). */
export function productFilter(s: ProductListState): AdminProductFilter {
  const filter: AdminProductFilter = {};
  if (s.q) filter.search = s.q;
  if (s.status) filter.status = s.status;
  if (s.category) filter.categoryCode = s.category;
  if (s.commune) filter.communeCode = s.commune;
  if (s.producer) filter.producerId = s.producer;
  if (s.stars.length) filter.stars = s.stars;
  if (s.featured !== null) filter.featured = s.featured;
  if (s.expiring !== null) filter.expiringWithinDays = s.expiring;
  if (s.cert) filter.certificate = s.cert;
  if (s.missing) filter.missing = s.missing;
  return filter;
}

export const PRODUCER_TYPES: readonly ProducerType[] = [
  "COOPERATIVE",
  "ENTERPRISE",
  "HOUSEHOLD",
  "COOPERATIVE_GROUP",
  "PUBLIC_BODY",
];

export const PRODUCER_SORTS: readonly AdminProducerSort[] = ["NAME", "UPDATED_DESC"];

/** Producers list URL: ?q=dong+banh&commune=06463&type=COOPERATIVE&sort=UPDATED_DESC&page=2 */
export const producerListState = defineListState({
  q: text(),
  commune: text(),
  type: oneOf(PRODUCER_TYPES),
  sort: oneOf(PRODUCER_SORTS, "NAME"),
});

export function producerFilter(s: ReturnType<typeof producerListState.parse>): AdminProducerFilter {
  const filter: AdminProducerFilter = {};
  if (s.q) filter.search = s.q;
  if (s.commune) filter.communeCode = s.commune;
  if (s.type) filter.type = s.type;
  return filter;
}

export const REQUEST_STATUSES: readonly ConnectionRequestStatus[] = ["NEW", "FORWARDED", "IN_CONTACT", "CLOSED"];

/** Inbox URL: ?status=NEW&mine=1&unread=1&page=2. */
export const requestListState = defineListState({ status: oneOf(REQUEST_STATUSES), mine: flag(), unread: flag() });

/** The API filter for the inbox's state (empty parts left out). */
export function requestFilter(s: ReturnType<typeof requestListState.parse>): ConnectionRequestFilter | null {
  const filter: ConnectionRequestFilter = {};
  if (s.status) filter.status = s.status;
  if (s.mine) filter.mine = true;
  if (s.unread) filter.unread = true;
  return Object.keys(filter).length ? filter : null;
}

/** Distributors list URL: ?q=postmart&page=2 */
export const distributorListState = defineListState({ q: text() });

/** Audit log URL: ?user=<id>&entity=Product&id=<entity id>&from=2026-01-01&to=2026-01-31&page=2 */
export const auditListState = defineListState({ user: text(), entity: text(), id: text(), from: date(), to: date() });

/** A calendar day in Vietnam (UTC+7) as the instant it starts, or ends. */
export function dayStart(day: string): string {
  return new Date(`${day}T00:00:00+07:00`).toISOString();
}
export function dayEnd(day: string): string {
  return new Date(new Date(`${day}T00:00:00+07:00`).getTime() + 86_400_000 - 1).toISOString();
}

export function auditFilter(s: ReturnType<typeof auditListState.parse>): AuditFilter {
  const f: AuditFilter = {};
  if (s.user) f.userId = s.user;
  if (s.entity) f.entityType = s.entity;
  if (s.id) f.entityId = s.id;
  if (s.from) f.from = dayStart(s.from);
  if (s.to) f.to = dayEnd(s.to);
  return f;
}
