import type {
  AdminProductFilter,
  AdminProductSort,
  CertificateFilter,
  CompletenessIssue,
  ProductStatus,
} from "@ocop/schema/admin";
import { defineListState, flag, intOneOf, intSet, oneOf, text } from "../../lib/listState";

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
