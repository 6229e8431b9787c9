// Domain constants both apps and the API agree on. The GraphQL enums are the wire contract; these
// are the facts behind them (shared/DOMAIN.md) that the interfaces show.

/** Only 3 stars and up are certified; the catalogue shows nothing else. */
export const CERTIFIED_STARS = [3, 4, 5] as const;
export type CertifiedStars = (typeof CERTIFIED_STARS)[number];

/** Score bands of Decision 148/QĐ-TTg (and 1048 before it): minimum points per star level. */
export const STAR_MIN_SCORE: Record<CertifiedStars, number> = { 3: 50, 4: 70, 5: 90 };

/** A certificate is valid for 36 months from its decision date. */
export const CERTIFICATE_VALIDITY_MONTHS = 36;

/** The six OCOP product groups, by our codes (shared/data); DV is the tourism group (a place). */
export const PRODUCT_GROUP_CODES = ["TP", "DU", "DL", "TC", "SV", "DV"] as const;
export type ProductGroupCode = (typeof PRODUCT_GROUP_CODES)[number];
export const TOURISM_GROUP_CODE: ProductGroupCode = "DV";

export const LANGUAGES = ["vi", "en", "zh"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "vi";

export const STAFF_ROLES = ["ADMIN", "EDITOR", "COMMUNE_OFFICER"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Hard cap of `first` on every list connection. */
export const MAX_PAGE_SIZE = 100;
