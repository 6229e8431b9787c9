import { intlLocale, type Language } from "../i18n/lang";

/** A LocalDate ("2025-11-20") as a local-calendar date, never shifted by the time zone. */
export function formatDate(iso: string | null | undefined, lang: Language): string {
  if (!iso) return "";
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(lang), { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" }).format(d);
}

export function formatDateRange(start: string, end: string, lang: Language): string {
  return start === end ? formatDate(start, lang) : `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}

export function formatPrice(value: number, lang: Language): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: "currency", currency: "VND", maximumFractionDigits: 0 }).format(value);
}

/** Today as a LocalDate string in Vietnam (UTC+7), for comparing with event and certificate dates. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
