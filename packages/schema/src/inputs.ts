// Input rules of the staff API, shared by the API's validation and the admin's forms, so a rule
// has one definition and the client-side check and the server's answer carry the same codes.
// Every failing field is described by a stable `code` and its `params` (fieldErrorOf); the
// English text (englishFieldMessage) is the fallback for clients that do not translate codes.
import { z } from "zod";
import { isVietnamesePhone, zaloIdOf } from "./contact";
import {
  CERTIFIED_STARS,
  LANGUAGES,
  STAFF_ROLES,
  STAR_SCORE_BANDS,
  scoreBandOf,
  scoreFitsStars,
  todayInVietnam,
} from "./enums";

/** Field error codes a client may rely on, with the parameters each one carries. */
export interface FieldErrorParamsByCode {
  required: Record<string, never>;
  tooShort: { min: number };
  tooLong: { max: number };
  tooSmall: { min: number };
  tooLarge: { max: number };
  tooFew: { min: number };
  tooMany: { max: number };
  notInteger: Record<string, never>;
  notWholeDong: Record<string, never>;
  notUrl: Record<string, never>;
  notEmail: Record<string, never>;
  notPhone: Record<string, never>;
  notVietnamesePhone: Record<string, never>;
  notZalo: Record<string, never>;
  notDate: Record<string, never>;
  notCalendarDate: Record<string, never>;
  notId: Record<string, never>;
  notAllowedValue: Record<string, never>;
  invalid: Record<string, never>;
  priceBelowMin: Record<string, never>;
  scoreBand: { stars: number; min: number; max: number };
  scoreBandMismatch: { bands: string };
  starsNotCertified: Record<string, never>;
  fiveStarsCentral: Record<string, never>;
  endBeforeStart: Record<string, never>;
  revokedBeforeDecision: Record<string, never>;
  alreadyRevoked: Record<string, never>;
  alreadyVoided: Record<string, never>;
  dateInFuture: { today: string };
  decisionNumberTaken: { name: string };
  noValidCertificate: { names: string; count: number };
  matchCountChanged: { expected: number; actual: number };
  noSuchProduct: Record<string, never>;
  noSuchProducer: Record<string, never>;
  noSuchEvent: Record<string, never>;
  unknownReference: { detail: string };
  productNameTaken: Record<string, never>;
  producerNameTaken: Record<string, never>;
  eventNameTaken: Record<string, never>;
  distributorNameTaken: Record<string, never>;
  emailTaken: Record<string, never>;
  alreadyCarried: Record<string, never>;
  tableNumberTaken: Record<string, never>;
  oneTablePerEvent: Record<string, never>;
  synonymLabelTaken: Record<string, never>;
  tourismNoPrice: Record<string, never>;
  officerNeedsCommune: Record<string, never>;
  producerHasProducts: { count: number };
  uncertifiedNotPublished: { name: string };
  statusBackwards: { from: string; to: string };
  versionRequired: Record<string, never>;
  imagesExactlyOnce: Record<string, never>;
  countBetween: { min: number; max: number };
  tablesRequired: Record<string, never>;
  productListedTwice: Record<string, never>;
  tooManyOnTable: { max: number };
  tableListedTwice: Record<string, never>;
  tableOfOtherEvent: Record<string, never>;
  productMissing: Record<string, never>;
  starsFilter: Record<string, never>;
  pageSize: { max: number };
  badCursor: Record<string, never>;
  wrongPassword: Record<string, never>;
  requestClosed: Record<string, never>;
  noRequesterEmail: Record<string, never>;
}

export type FieldErrorCode = keyof FieldErrorParamsByCode;
export type FieldErrorParams = Record<string, string | number>;

export interface FieldError {
  code: FieldErrorCode;
  params: FieldErrorParams;
}

const ENGLISH: { [C in FieldErrorCode]: (p: FieldErrorParamsByCode[C]) => string } = {
  required: () => "is required",
  tooShort: (p) => `must be at least ${p.min} characters`,
  tooLong: (p) => `must be at most ${p.max} characters`,
  tooSmall: (p) => `must be at least ${p.min}`,
  tooLarge: (p) => `must be at most ${p.max}`,
  tooFew: (p) => `give at least ${p.min}`,
  tooMany: (p) => `give at most ${p.max}`,
  notInteger: () => "must be a whole number",
  notWholeDong: () => "must be a whole number of đồng",
  notUrl: () => "must be a web address starting with http:// or https://",
  notEmail: () => "is not an email address",
  notPhone: () => "is not a phone number (8 digits or more)",
  notVietnamesePhone: () => "is not a Vietnamese phone number (e.g. 0912 345 678, 0205 3812 345 or +84 912 345 678)",
  notZalo: () => "is not a Zalo phone number or zalo.me address",
  notDate: () => "must be a date YYYY-MM-DD",
  notCalendarDate: () => "is not a calendar date",
  notId: () => "is not an id",
  notAllowedValue: () => "is not one of the allowed values",
  invalid: () => "is not valid",
  priceBelowMin: () => "must not be below the lowest price",
  scoreBand: (p) => `${p.stars} stars need ${p.min}-${p.max} points`,
  scoreBandMismatch: (p) => `does not match the stars (${p.bands})`,
  starsNotCertified: () => "only 3, 4 or 5 stars are certified",
  fiveStarsCentral: () => "5 stars are certified by the central council",
  endBeforeStart: () => "must not be before the start",
  revokedBeforeDecision: () => "must not be before the decision date",
  alreadyRevoked: () => "this certificate is already revoked",
  alreadyVoided: () => "this certificate is already voided",
  dateInFuture: (p) => `must not be after today (${p.today})`,
  decisionNumberTaken: (p) => `"${p.name}" already has a certificate with this decision number`,
  noValidCertificate: (p) => `${p.count} products have no valid certificate and cannot be published: ${p.names}`,
  matchCountChanged: (p) =>
    `the list changed: ${p.actual} products match now, not ${p.expected}; check and confirm again`,
  noSuchProduct: () => "no such product",
  noSuchProducer: () => "no such producer",
  noSuchEvent: () => "no such event",
  unknownReference: (p) => `refers to something that does not exist (${p.detail})`,
  productNameTaken: () => "another product already has this name (its web address would clash)",
  producerNameTaken: () => "another producer already has this name",
  eventNameTaken: () => "another event already has this name",
  distributorNameTaken: () => "another distributor already has this name",
  emailTaken: () => "another staff user has this email",
  alreadyCarried: () => "this distributor already carries this product",
  tableNumberTaken: () => "this event already has a table with this number",
  oneTablePerEvent: () => "a product stands on one table per event",
  synonymLabelTaken: () => "another synonym group has this label",
  tourismNoPrice: () => "a tourism product (a place) has no price",
  officerNeedsCommune: () => "a commune officer needs a commune/ward; other roles have none",
  producerHasProducts: (p) => `the producer still has ${p.count} products: delete or move them first`,
  uncertifiedNotPublished: (p) =>
    `"${p.name}" has no valid certificate: only products with a valid certificate are published`,
  statusBackwards: (p) => `cannot go from ${p.from} back to ${p.to}`,
  versionRequired: () => "is required to change a group",
  imagesExactlyOnce: () => "must list each image of the product exactly once",
  countBetween: (p) => `must be ${p.min} to ${p.max}`,
  tablesRequired: () => "name at least one table",
  productListedTwice: () => "lists a product twice",
  tooManyOnTable: (p) => `at most ${p.max} products on a table`,
  tableListedTwice: () => "lists a table twice",
  tableOfOtherEvent: () => "every table must belong to the event",
  productMissing: () => "names a product that does not exist",
  starsFilter: () => "must be 3, 4 or 5",
  pageSize: (p) => `must be between 0 and ${p.max}`,
  badCursor: () => "is not a cursor this list gave out",
  wrongPassword: () => "is not your current password",
  requestClosed: () => "this request is closed",
  noRequesterEmail: () => "the requester left no email address",
};

/** The English text of a field error (for clients that do not translate codes). */
export function englishFieldMessage(code: FieldErrorCode, params: FieldErrorParams = {}): string {
  const format = ENGLISH[code] as (p: FieldErrorParams) => string;
  return format(params);
}

/** "3★ 50-69, 4★ 70-89, 5★ 90-100" */
export function scoreBandsText(): string {
  return CERTIFIED_STARS.map((s) => `${s}★ ${STAR_SCORE_BANDS[s].join("-")}`).join(", ");
}

/** The parts of a zod issue (raw in an error map, or final in a result) that name the problem. */
interface IssueLike {
  code: string;
  origin?: string | undefined;
  minimum?: number | bigint | undefined;
  maximum?: number | bigint | undefined;
  expected?: string | undefined;
  format?: string | undefined;
  input?: unknown;
  params?: Record<string, unknown> | undefined;
}

function fieldErrorParams(value: unknown): FieldErrorParams {
  const params: FieldErrorParams = {};
  if (typeof value !== "object" || value === null) return params;
  for (const [key, v] of Object.entries(value)) {
    if (key !== "code" && (typeof v === "string" || typeof v === "number")) params[key] = v;
  }
  return params;
}

/** A rule of ours that zod reports as a custom issue: its code and parameters ride in `params`. */
function rule<C extends FieldErrorCode>(
  code: C,
  ...params: FieldErrorParamsByCode[C] extends Record<string, never> ? [] : [FieldErrorParamsByCode[C]]
) {
  return { params: { code, ...params[0] } };
}

/** The code and parameters of a zod issue, raw (in an error map) or final (in a parse result). */
export function fieldErrorOf(issue: IssueLike): FieldError {
  const n = (v: number | bigint | undefined) => Number(v ?? 0);
  switch (issue.code) {
    case "custom": {
      const code = issue.params?.code;
      if (typeof code === "string" && code in ENGLISH)
        return { code: code as FieldErrorCode, params: fieldErrorParams(issue.params) };
      return { code: "invalid", params: {} };
    }
    case "too_small":
      if (issue.origin === "string")
        return n(issue.minimum) <= 1
          ? { code: "required", params: {} }
          : { code: "tooShort", params: { min: n(issue.minimum) } };
      if (issue.origin === "array" || issue.origin === "set")
        return { code: "tooFew", params: { min: n(issue.minimum) } };
      return { code: "tooSmall", params: { min: n(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { code: "tooLong", params: { max: n(issue.maximum) } };
      if (issue.origin === "array" || issue.origin === "set")
        return { code: "tooMany", params: { max: n(issue.maximum) } };
      return { code: "tooLarge", params: { max: n(issue.maximum) } };
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return { code: "required", params: {} };
      if (issue.expected === "int") return { code: "notInteger", params: {} };
      return { code: "invalid", params: {} };
    case "invalid_format":
      if (issue.format === "email") return { code: "notEmail", params: {} };
      if (issue.format === "url") return { code: "notUrl", params: {} };
      return { code: "invalid", params: {} };
    case "invalid_value":
      // An empty choice (a select left on its placeholder) is a missing value.
      return issue.input === "" ? { code: "required", params: {} } : { code: "notAllowedValue", params: {} };
    default:
      return { code: "invalid", params: {} };
  }
}

// ---------------------------------------------------------------------------------------------
// Field rules

/** Optional free text: trimmed, empty becomes null, length capped. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** Required text: empty is "required" (its own code), then the length bounds apply. */
export const requiredText = (min: number, max: number) =>
  min <= 1 ? z.string().trim().min(1).max(max) : z.string().trim().min(1).min(min).max(max);

export const optionalUrl = optionalText(500).refine(
  (v) => v === null || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v),
  rule("notUrl"),
);

export const optionalEmail = optionalText(254).refine(
  (v) => v === null || z.email().safeParse(v).success,
  rule("notEmail"),
);

export const optionalPhone = optionalText(30).refine(
  (v) => v === null || (/^\+?[\d\s().-]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 8),
  rule("notPhone"),
);

export const optionalVietnamesePhone = optionalText(30).refine(
  (v) => v === null || isVietnamesePhone(v),
  rule("notVietnamesePhone"),
);

export const optionalZalo = optionalText(200).refine((v) => v === null || zaloIdOf(v) !== null, rule("notZalo"));

export const optionalNumber = (min: number, max: number) =>
  z
    .number()
    .min(min)
    .max(max)
    .nullish()
    .transform((v) => v ?? null);

/** A whole amount of đồng, or nothing. */
export const optionalPrice = optionalNumber(0, 1_000_000_000).refine(
  (v) => v === null || Number.isInteger(v),
  rule("notWholeDong"),
);

export const isoDate = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), { ...rule("notDate"), abort: true })
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    rule("notCalendarDate"),
  );

export const idString = z.union([z.string(), z.number()]).transform((v, check) => {
  if (v === "") {
    check.addIssue({ code: "custom", ...rule("required") });
    return z.NEVER;
  }
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) {
    check.addIssue({ code: "custom", ...rule("notId") });
    return z.NEVER;
  }
  return n;
});

const flag = (fallback: boolean) =>
  z
    .boolean()
    .nullish()
    .transform((v) => v ?? fallback);

// ---------------------------------------------------------------------------------------------
// Inputs (the GraphQL input types of the staff API, field by field)

/**
 * The contact fields of a producer or distributor, each with its own switch for the public site.
 * Off by default, as a contact person's phone or email is personal data; a website is the
 * business's public face, so it is public by default.
 */
export const contactFields = {
  contactPerson: optionalText(200),
  contactPersonPublic: flag(false),
  phone: optionalVietnamesePhone,
  phonePublic: flag(false),
  zalo: optionalZalo,
  zaloPublic: flag(false),
  email: optionalEmail,
  emailPublic: flag(false),
  website: optionalUrl,
  websitePublic: flag(true),
  address: optionalText(500),
  addressPublic: flag(false),
};

/** The contact fields, in the order forms show them; each has a `<field>Public` switch. */
export const CONTACT_FIELDS = ["contactPerson", "phone", "zalo", "website", "email", "address"] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** A producer's answers to what a buyer asks first; public when filled in. */
export const BUYER_FIELDS = ["productionCapacity", "minimumOrder", "packaging", "shelfLife", "standards"] as const;
export type BuyerField = (typeof BUYER_FIELDS)[number];

export const PRODUCER_TYPES = ["COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE", "HOUSEHOLD", "PUBLIC_BODY"] as const;

export const producerInputSchema = z.object({
  name: requiredText(2, 200),
  type: z.enum(PRODUCER_TYPES),
  communeCode: optionalText(5),
  provinceCode: requiredText(1, 2),
  descriptionVi: optionalText(5000),
  descriptionEn: optionalText(5000),
  descriptionZh: optionalText(5000),
  addressAsReported: optionalText(500),
  internalNote: optionalText(5000),
  ...contactFields,
  productionCapacity: optionalText(500),
  productionCapacityEn: optionalText(500),
  productionCapacityZh: optionalText(500),
  minimumOrder: optionalText(500),
  minimumOrderEn: optionalText(500),
  minimumOrderZh: optionalText(500),
  packaging: optionalText(500),
  packagingEn: optionalText(500),
  packagingZh: optionalText(500),
  shelfLife: optionalText(200),
  shelfLifeEn: optionalText(200),
  shelfLifeZh: optionalText(200),
  standards: optionalText(1000),
  standardsEn: optionalText(1000),
  standardsZh: optionalText(1000),
  latitude: optionalNumber(-90, 90),
  longitude: optionalNumber(-180, 180),
});

/**
 * A rule across fields runs once those fields are valid themselves, even when other fields are
 * not, so the form and the API name every problem at once.
 */
function whenValid(...fields: string[]) {
  return {
    when: (payload: z.core.ParsePayload) => !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
  };
}

/** The highest price is not below the lowest. */
export function checkPriceRange(v: { priceMin: number | null; priceMax: number | null }, check: z.RefinementCtx): void {
  if (v.priceMin !== null && v.priceMax !== null && v.priceMax < v.priceMin)
    check.addIssue({ code: "custom", path: ["priceMax"], ...rule("priceBelowMin") });
}

export const productInputSchema = z
  .object({
    nameVi: requiredText(2, 200),
    nameEn: optionalText(200),
    nameZh: optionalText(200),
    descriptionVi: optionalText(5000),
    descriptionEn: optionalText(5000),
    descriptionZh: optionalText(5000),
    categoryCode: requiredText(1, 16),
    producerId: idString,
    packaging: optionalText(300),
    unit: optionalText(50),
    priceMin: optionalPrice,
    priceMax: optionalPrice,
    seasons: optionalText(200),
    placeAddress: optionalText(300),
    openingHours: optionalText(500),
    openingHoursEn: optionalText(500),
    openingHoursZh: optionalText(500),
    latitude: optionalNumber(-90, 90),
    longitude: optionalNumber(-180, 180),
    traceabilityUrl: optionalUrl,
    internalNote: optionalText(5000),
    featured: flag(false),
  })
  .superRefine(checkPriceRange, whenValid("priceMin", "priceMax"));

export const SHOWCASE_EVENT_KINDS = ["CONFERENCE", "FAIR", "SHOWROOM"] as const;

/** An event does not end before it starts. */
/** When checkEventDates runs (second argument of superRefine). */
export const eventDatesWhen = whenValid("startsOn", "endsOn");

export function checkEventDates(v: { startsOn: string; endsOn: string }, check: z.RefinementCtx): void {
  if (v.endsOn < v.startsOn) check.addIssue({ code: "custom", path: ["endsOn"], ...rule("endBeforeStart") });
}

/** The fields of an event, before the rule across them (for callers that narrow a field). */
export const showcaseEventInputFields = z.object({
  nameVi: requiredText(2, 300),
  nameEn: optionalText(300),
  nameZh: optionalText(300),
  descriptionVi: optionalText(5000),
  descriptionEn: optionalText(5000),
  descriptionZh: optionalText(5000),
  kind: z.enum(SHOWCASE_EVENT_KINDS),
  venueName: optionalText(200),
  venueNameEn: optionalText(200),
  venueNameZh: optionalText(200),
  venueAddress: optionalText(300),
  communeCode: optionalText(5),
  startsOn: isoDate,
  endsOn: isoDate,
  organizer: optionalText(200),
  organizerEn: optionalText(200),
  organizerZh: optionalText(200),
  published: flag(true),
});

export const showcaseEventInputSchema = showcaseEventInputFields.superRefine(checkEventDates, eventDatesWhen);

export const showcaseTableInputSchema = z.object({
  label: optionalText(200),
  labelEn: optionalText(200),
  labelZh: optionalText(200),
  note: optionalText(1000),
  internalNote: optionalText(5000),
  communeCode: optionalText(5),
});

export const DISTRIBUTOR_KINDS = ["DISTRIBUTOR", "ECOMMERCE", "EXPORT", "OCOP_SHOWROOM", "RETAIL_CHAIN"] as const;

export const distributorInputSchema = z.object({
  nameVi: requiredText(2, 200),
  nameEn: optionalText(200),
  nameZh: optionalText(200),
  kind: z.enum(DISTRIBUTOR_KINDS),
  descriptionVi: optionalText(5000),
  descriptionEn: optionalText(5000),
  descriptionZh: optionalText(5000),
  internalNote: optionalText(5000),
  ...contactFields,
  verified: flag(false),
});

export const distributorLinkInputSchema = z.object({
  distributorId: idString,
  productId: idString,
  url: optionalUrl,
  note: optionalText(1000),
});

export const distributorLinkChangeSchema = z.object({ url: optionalUrl, note: optionalText(1000) });

export const CERTIFICATION_LEVELS = ["CENTRAL", "DISTRICT", "PROVINCE"] as const;
export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR"] as const;

/** When checkCertificationScore runs (second argument of superRefine). */
export const certificationScoreWhen = whenValid("stars", "score", "level");

/** The score lies in its star level's band, and 5 stars come from the central council. */
export function checkCertificationScore(
  v: { stars: number; score: number | null; level: string },
  check: z.RefinementCtx,
): void {
  const band = scoreBandOf(v.stars);
  if (band && v.score !== null && !scoreFitsStars(v.stars, v.score))
    check.addIssue({
      code: "custom",
      path: ["score"],
      ...rule("scoreBand", { stars: v.stars, min: band[0], max: band[1] }),
    });
  // The API parses the entity's lower-case level, the forms the GraphQL name.
  if (v.stars === 5 && v.level.toUpperCase() !== "CENTRAL")
    check.addIssue({ code: "custom", path: ["level"], ...rule("fiveStarsCentral") });
}

const certifiedStars = z
  .number()
  .int()
  .refine((v) => scoreBandOf(v) !== undefined, rule("starsNotCertified"));

/**
 * A decision date: a certificate records a decision already signed, so a date after today in
 * Vietnam (the day the API's TODAY_IN_VIETNAM rule computes) is a typing mistake.
 */
export const pastDecisionDate = isoDate.superRefine((v, check) => {
  const today = todayInVietnam();
  if (v > today) check.addIssue({ code: "custom", ...rule("dateInFuture", { today }) });
});

/** The fields of a certificate, before the rules across them (for callers that narrow a field). */
export const certificationInputFields = z.object({
  productId: idString,
  stars: certifiedStars,
  score: z
    .number()
    .int()
    .min(0)
    .max(100)
    .nullish()
    .transform((v) => v ?? null),
  level: z.enum(CERTIFICATION_LEVELS),
  legalBasis: optionalText(200),
  issuer: optionalText(200),
  decisionNumber: requiredText(1, 100),
  decisionDate: pastDecisionDate,
  decisionDatePrecision: z.enum(DATE_PRECISIONS).default("DAY"),
});

export const certificationInputSchema = certificationInputFields.superRefine(
  checkCertificationScore,
  certificationScoreWhen,
);

export const revokeCertificationSchema = z.object({ revokedOn: isoDate, reason: requiredText(5, 1000) });

/** A correction: every field of the certificate but its product. */
export const correctCertificationSchema = certificationInputFields
  .omit({ productId: true })
  .superRefine(checkCertificationScore, certificationScoreWhen);

/** Voiding a certificate entered in error: why, in words the audit log keeps. */
export const voidCertificationSchema = z.object({ reason: requiredText(5, 1000) });

/** The most products one bulk change of a list's matches covers (a province has a few hundred). */
export const MAX_BULK_MATCHING = 5000;

/** The most products one decision lists in one change. */
export const MAX_DECISION_PRODUCTS = 200;

/** One product of a decision: its own stars and score. */
const decisionItem = z
  .object({
    productId: idString,
    stars: certifiedStars,
    score: z
      .number()
      .int()
      .min(0)
      .max(100)
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((v, check) => checkCertificationScore({ ...v, level: "CENTRAL" }, check));

/** One decision applied to the products it lists, before the rules across its fields. */
export const certificationDecisionFields = certificationInputFields
  .omit({ productId: true, stars: true, score: true })
  .extend({ items: z.array(decisionItem).min(1).max(MAX_DECISION_PRODUCTS) });

/** 5 stars only from the central council; each product once. */
export function checkCertificationDecision(
  v: { level: string; items: ReadonlyArray<{ productId: number; stars: number }> },
  check: z.RefinementCtx,
): void {
  if (v.level.toUpperCase() !== "CENTRAL" && v.items.some((i) => i.stars === 5))
    check.addIssue({ code: "custom", path: ["level"], ...rule("fiveStarsCentral") });
  const ids = v.items.map((i) => i.productId);
  if (new Set(ids).size !== ids.length)
    check.addIssue({ code: "custom", path: ["items"], ...rule("productListedTwice") });
}

export const certificationDecisionSchema = certificationDecisionFields.superRefine(
  checkCertificationDecision,
  whenValid("level", "items"),
);

export const productImageInputSchema = z.object({
  altVi: requiredText(1, 300),
  altEn: optionalText(300),
  altZh: optionalText(300),
});

export const searchSynonymInputSchema = z.object({
  label: requiredText(1, 100),
  terms: z.array(z.string().trim().min(1).max(60)).min(2).max(20),
});

export const connectionRequestChangeSchema = z.object({ staffNotes: optionalText(5000) });

export const CONNECTION_REQUEST_OUTCOMES = ["CONNECTED", "NO_ANSWER", "DECLINED", "SPAM"] as const;

/** A note on a request's history. */
export const connectionRequestNoteSchema = z.object({ text: requiredText(1, 5000) });

/** A mail to the requester, as staff edited its draft. */
export const connectionRequestReplySchema = z.object({
  subject: requiredText(1, 200),
  body: requiredText(1, 20000),
});

/** A mail forwarding a request to one of its producers, as staff edited its draft. */
export const connectionRequestForwardSchema = connectionRequestReplySchema.extend({
  producerId: idString,
  to: requiredText(1, 254).refine((v) => z.email().safeParse(v).success, rule("notEmail")),
});

/** A staff password: long enough to resist guessing, short enough to hash quickly. */
export const MIN_PASSWORD_LENGTH = 10;
export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(200);

/** When checkStaffCommune runs (second argument of superRefine). */
export const staffCommuneWhen = whenValid("role", "communeCode");

/** A commune officer has a commune/ward; other roles have none. */
export function checkStaffCommune(v: { role: string; communeCode: string | null }, check: z.RefinementCtx): void {
  if ((v.role === "COMMUNE_OFFICER") !== (v.communeCode !== null))
    check.addIssue({ code: "custom", path: ["communeCode"], ...rule("officerNeedsCommune") });
}

/** The fields of a staff account, before the rule across them (for callers that narrow a field). */
export const staffUserInputFields = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  displayName: requiredText(2, 120),
  role: z.enum(STAFF_ROLES),
  communeCode: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null),
  active: flag(true),
});

export const staffUserInputSchema = staffUserInputFields.superRefine(checkStaffCommune, staffCommuneWhen);

/** The deployment's own identity and its office's contact, as the public site shows them. */
export const siteSettingsInputSchema = z.object({
  siteName: optionalText(200),
  officeName: optionalText(300),
  officeAddress: optionalText(500),
  officePhone: optionalVietnamesePhone,
  officeEmail: optionalEmail,
  officeHours: optionalText(500),
  /**
   * The provinces whose products the site shows: one for a province's site, several for a national
   * one. Left out: unchanged (so are the others below).
   */
  provinces: z
    .array(requiredText(2, 2))
    .min(1)
    .max(34)
    .refine((codes) => new Set(codes).size === codes.length, rule("invalid"))
    .optional(),
  defaultLanguage: z.enum(LANGUAGES).optional(),
});

/** A province's own OCOP office (a site of several provinces). */
export const provinceOfficeInputSchema = z.object({
  name: optionalText(300),
  address: optionalText(500),
  phone: optionalVietnamesePhone,
  email: optionalEmail,
  hours: optionalText(500),
});
