import { intlLocale, type Language } from "../i18n/lang";

/** A LocalDate ("2025-11-20") as a local-calendar date, never shifted by the time zone. */
export function formatDate(iso: string | null | undefined, lang: Language): string {
  if (!iso) return "";
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  // vi: 20/11/2025 · en: 20 Nov 2025 (never the ambiguous 11/20) · zh: 2025年11月20日
  const style: Intl.DateTimeFormatOptions =
    lang === "vi"
      ? { day: "2-digit", month: "2-digit", year: "numeric" }
      : lang === "en"
        ? { day: "numeric", month: "short", year: "numeric" }
        : { dateStyle: "long" };
  return new Intl.DateTimeFormat(intlLocale(lang), { timeZone: "UTC", ...style }).format(d);
}

/**
 * A date known only to the month or year (many certificates are dated from press reports) is
 * shown no more precisely than it is known: "09/2025", "2022".
 */
export function formatDateWithPrecision(
  iso: string | null | undefined,
  precision: "DAY" | "MONTH" | "YEAR",
  lang: Language,
): string {
  if (!iso) return "";
  if (precision === "DAY") return formatDate(iso, lang);
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  const opts: Intl.DateTimeFormatOptions =
    precision === "YEAR"
      ? { year: "numeric" }
      : lang === "en"
        ? { month: "short", year: "numeric" }
        : { month: "2-digit", year: "numeric" };
  return new Intl.DateTimeFormat(intlLocale(lang), { timeZone: "UTC", ...opts }).format(d);
}

export function formatDateRange(start: string, end: string, lang: Language): string {
  return start === end ? formatDate(start, lang) : `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}

export function formatPrice(value: number, lang: Language): string {
  return new Intl.NumberFormat(intlLocale(lang), {
    style: "currency",
    currency: "VND",
    maximumFractionDigits: 0,
  }).format(value);
}

/** Today as a LocalDate string in Vietnam, for comparing with event and certificate dates. */
export { todayInVietnam } from "@ocop/schema/enums";

/** A moment in Vietnam's time (the office's), the same on the server and in any browser: "20/11/2025 14:05". */
export function formatDateTimeVietnam(iso: string, lang: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(lang), {
    timeZone: "Asia/Ho_Chi_Minh",
    dateStyle: lang === "en" ? "medium" : "short",
    timeStyle: "short",
  }).format(d);
}

/** A moment in the visitor's own time zone, with the date when it is not today: for "send again at…". */
export function formatLocalTime(iso: string, lang: Language, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const sameDay = d.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(intlLocale(lang), {
    ...(sameDay ? {} : { dateStyle: lang === "en" ? "medium" : "short" }),
    timeStyle: "short",
  }).format(d);
}
