import { type FieldErrorCode, fieldErrorOf } from "@ocop/schema/inputs";
import { useCallback } from "react";
import { type MessageKey, type Translate, useI18n } from "./i18n";

/** The message of each field error code (the type makes sure every code has one). */
const FIELD_ERROR_KEYS: Record<FieldErrorCode, MessageKey> = {
  required: "fieldError.required",
  tooShort: "fieldError.tooShort",
  tooLong: "fieldError.tooLong",
  tooSmall: "fieldError.tooSmall",
  tooLarge: "fieldError.tooLarge",
  tooFew: "fieldError.tooFew",
  tooMany: "fieldError.tooMany",
  notInteger: "fieldError.notInteger",
  notWholeDong: "fieldError.notWholeDong",
  notUrl: "fieldError.notUrl",
  notEmail: "fieldError.notEmail",
  notPhone: "fieldError.notPhone",
  notDate: "fieldError.notDate",
  notCalendarDate: "fieldError.notCalendarDate",
  notId: "fieldError.notId",
  notAllowedValue: "fieldError.notAllowedValue",
  invalid: "fieldError.invalid",
  priceBelowMin: "fieldError.priceBelowMin",
  scoreBand: "fieldError.scoreBand",
  scoreBandMismatch: "fieldError.scoreBandMismatch",
  starsNotCertified: "fieldError.starsNotCertified",
  fiveStarsCentral: "fieldError.fiveStarsCentral",
  endBeforeStart: "fieldError.endBeforeStart",
  revokedBeforeDecision: "fieldError.revokedBeforeDecision",
  alreadyRevoked: "fieldError.alreadyRevoked",
  noSuchProduct: "fieldError.noSuchProduct",
  noSuchProducer: "fieldError.noSuchProducer",
  noSuchEvent: "fieldError.noSuchEvent",
  unknownReference: "fieldError.unknownReference",
  productNameTaken: "fieldError.productNameTaken",
  producerNameTaken: "fieldError.producerNameTaken",
  eventNameTaken: "fieldError.eventNameTaken",
  distributorNameTaken: "fieldError.distributorNameTaken",
  emailTaken: "fieldError.emailTaken",
  alreadyCarried: "fieldError.alreadyCarried",
  tableNumberTaken: "fieldError.tableNumberTaken",
  oneTablePerEvent: "fieldError.oneTablePerEvent",
  synonymLabelTaken: "fieldError.synonymLabelTaken",
  tourismNoPrice: "fieldError.tourismNoPrice",
  officerNeedsCommune: "fieldError.officerNeedsCommune",
  producerHasProducts: "fieldError.producerHasProducts",
  uncertifiedNotPublished: "fieldError.uncertifiedNotPublished",
  statusBackwards: "fieldError.statusBackwards",
  versionRequired: "fieldError.versionRequired",
  imagesExactlyOnce: "fieldError.imagesExactlyOnce",
  countBetween: "fieldError.countBetween",
  tablesRequired: "fieldError.tablesRequired",
  productListedTwice: "fieldError.productListedTwice",
  tooManyOnTable: "fieldError.tooManyOnTable",
  tableListedTwice: "fieldError.tableListedTwice",
  tableOfOtherEvent: "fieldError.tableOfOtherEvent",
  productMissing: "fieldError.productMissing",
  starsFilter: "fieldError.starsFilter",
  pageSize: "fieldError.pageSize",
  badCursor: "fieldError.badCursor",
  wrongPassword: "fieldError.wrongPassword",
  requestClosed: "fieldError.requestClosed",
  noRequesterEmail: "fieldError.noRequesterEmail",
};

export interface CodedFieldError {
  code?: string | undefined;
  params?: Record<string, string | number> | undefined;
  /** Shown as it is when the code is missing or unknown to this app. */
  message: string;
}

/** A field error in the interface's language: by its code, or the server's text for an unknown code. */
export function fieldErrorText(t: Translate, error: CodedFieldError): string {
  const key =
    error.code && Object.hasOwn(FIELD_ERROR_KEYS, error.code) ? FIELD_ERROR_KEYS[error.code as FieldErrorCode] : null;
  return key ? t(key, error.params) : error.message;
}

/** fieldErrorText in the current interface language. */
export function useFieldErrorText(): (error: CodedFieldError) => string {
  const { t } = useI18n();
  return useCallback((error: CodedFieldError) => fieldErrorText(t, error), [t]);
}

/**
 * A zod error map (for zodResolver's parse options) that words each issue by its code, as the
 * server's field errors are worded: the form's own check and the server's answer read the same.
 */
export function codedErrorMap(
  t: Translate,
): (issue: Parameters<typeof fieldErrorOf>[0] & { message?: string }) => string {
  return (issue) => fieldErrorText(t, { ...fieldErrorOf(issue), message: issue.message ?? "" });
}
