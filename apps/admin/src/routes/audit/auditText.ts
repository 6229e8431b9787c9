import type { MessageKey, Params, Translate } from "../../i18n/i18n";

/**
 * How the audit log reads for staff: kinds of record, actions, fields and values in the staff
 * member's language, formatted as the forms show them. The API records codes and raw snapshots;
 * new actions or fields read as their code until they get words here.
 */

/** A message when the catalog has one for this key (Lingui answers the key itself otherwise). */
function maybe(t: Translate, key: string, params?: Params): string | null {
  const text = t(key as MessageKey, params);
  return text === key ? null : text;
}

export function entityTypeLabel(t: Translate, type: string): string {
  return maybe(t, `auditEntity.${type}`) ?? type;
}

/** "product.update" → "Sửa"; the record's kind is shown beside it. */
export function actionLabel(t: Translate, action: string): string {
  const verb = action.slice(action.lastIndexOf(".") + 1);
  return maybe(t, `auditAction.${action}`) ?? maybe(t, `auditAction.${verb}`) ?? action;
}

/** Fields that change on their own (versions, timestamps, computed validity, stored files). */
const DERIVED_FIELDS = new Set([
  "id",
  "version",
  "createdAt",
  "updatedAt",
  "publishedAt",
  "validUntil",
  "key",
  "variants",
  "format",
  "isDemo",
]);

export function isDerivedField(path: string): boolean {
  return DERIVED_FIELDS.has(path.split(/[.[]/)[0]!);
}

const FIELD_PREFIX: Record<string, string> = {
  Product: "product",
  Producer: "producer",
  Certification: "cert",
  ShowcaseEvent: "event",
  Distributor: "distributor",
  StaffUser: "staff",
  SiteSettings: "settings",
};

const LANGUAGE_SUFFIX = /^(name|description|alt)(Vi|En|Zh)$/;

/** A field as its form labels it ("nameEn" → "Tên (Tiếng Anh)"); the path itself otherwise. */
export function fieldLabel(t: Translate, type: string, path: string): string {
  const localized = LANGUAGE_SUFFIX.exec(path);
  if (localized) {
    const lang = t(`lang.${localized[2]!.toLowerCase()}` as MessageKey);
    const which = { name: "product.nameIn", description: "product.descriptionIn", alt: "audit.altIn" } as const;
    return t(which[localized[1] as keyof typeof which], { lang });
  }
  const prefix = FIELD_PREFIX[type];
  // A translation of a text that was Vietnamese only first ("productionCapacityEn"): its label in that language.
  const translation = /^(\w+)(En|Zh)$/.exec(path);
  const translated = translation && prefix ? maybe(t, `${prefix}.${translation[1]}`) : null;
  if (translation && translated)
    return t("form.inLanguage", { field: translated, lang: t(`lang.${translation[2]!.toLowerCase()}` as MessageKey) });
  return (
    (prefix ? maybe(t, `${prefix}.${path}`) : null) ??
    maybe(t, `auditField.${path}`) ??
    (path === "latitude" || path === "longitude" ? t(`common.${path}`) : null) ??
    path
  );
}

/** The enumeration a field's codes are named in, by field (and kind of record where it differs). */
function enumPrefix(type: string, field: string): string | null {
  switch (field) {
    case "status":
      return type === "ConnectionRequest" ? "requestStatus" : type === "Product" ? "productStatus" : null;
    case "type":
      return type === "Producer" ? "producerType" : null;
    case "level":
      return "certLevel";
    case "decisionDatePrecision":
      return "datePrecision";
    case "kind":
      return type === "Distributor" ? "distributorKind" : type === "ShowcaseEvent" ? "eventKind" : null;
    case "role":
      return "role";
    case "requesterKind":
      return "requesterKind";
    default:
      return null;
  }
}

export interface ValueFormat {
  t: Translate;
  date(value: string): string;
  dateTime(value: string): string;
  number(value: number): string;
  communeName(code: string): string | undefined;
  categoryName(code: string): string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value as the forms show it: dates dd/mm/yyyy, Vietnam time, names for codes, yes/no. */
export function formatValue(f: ValueFormat, type: string, path: string, value: unknown): string {
  if (value === undefined) return "";
  if (value === null || value === "") return "—";
  if (typeof value === "boolean") return f.t(value ? "common.yes" : "common.no");
  if (typeof value === "number") return f.number(value);
  if (Array.isArray(value)) return value.map((v) => formatValue(f, type, path, v)).join(", ");
  if (typeof value !== "string") return JSON.stringify(value);
  const field = path.split(/[.[]/)[0]!;
  if (field === "communeCode") return f.communeName(value) ?? value;
  if (field === "categoryCode") return f.categoryName(value) ?? value;
  const prefix = enumPrefix(type, field);
  if (prefix) {
    const named = maybe(f.t, `${prefix}.${value.toUpperCase()}`);
    if (named) return named;
  }
  if (ISO_DATE.test(value)) return f.date(value);
  if (ISO_INSTANT.test(value)) return f.dateTime(value);
  return value;
}
