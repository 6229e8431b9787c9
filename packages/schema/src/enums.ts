// Domain constants both apps and the API agree on. The GraphQL enums are the wire contract; these
// are the facts behind them (shared/DOMAIN.md) that the interfaces show.

/** Only 3 stars and up are certified; the catalogue shows nothing else. */
export const CERTIFIED_STARS = [3, 4, 5] as const;
export type CertifiedStars = (typeof CERTIFIED_STARS)[number];

/**
 * Score bands of Decision 148/QĐ-TTg (and 1048 before it): the council's points (lowest, highest,
 * both included) that each star level needs. The database holds the same bands in the
 * `certification_score_band` constraint; a migration test proves they agree.
 */
export const STAR_SCORE_BANDS: Readonly<Record<CertifiedStars, readonly [min: number, max: number]>> = {
  3: [50, 69],
  4: [70, 89],
  5: [90, 100],
};

/** The band of a star level, or undefined for a level that is not certified. */
export function scoreBandOf(stars: number): readonly [min: number, max: number] | undefined {
  return (CERTIFIED_STARS as readonly number[]).includes(stars) ? STAR_SCORE_BANDS[stars as CertifiedStars] : undefined;
}

/** Whether a score falls in the band of its star level. */
export function scoreFitsStars(stars: number, score: number): boolean {
  const band = scoreBandOf(stars);
  return band !== undefined && score >= band[0] && score <= band[1];
}

/** A certificate is valid for 36 months from its decision date (the database computes `valid_until` so). */
export const CERTIFICATE_VALIDITY_MONTHS = 36;

/**
 * Dates in the catalogue are Vietnam's: a certificate valid until 25/11 is valid all of 25/11 there,
 * wherever the server or the reader is.
 */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

// Canadian English writes dates as ISO does (YYYY-MM-DD).
const VIETNAM_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: VIETNAM_TIME_ZONE });

/** Today's date in Vietnam as YYYY-MM-DD (the API's SQL computes the same in the database). */
export function todayInVietnam(now: Date = new Date()): string {
  return VIETNAM_DATE.format(now);
}

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
