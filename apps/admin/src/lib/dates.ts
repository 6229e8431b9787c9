/**
 * Dates as Vietnamese staff write them, dd/mm/yyyy, whatever the browser's locale (a native date
 * input shows mm/dd/yyyy on an English system). Forms keep ISO dates (YYYY-MM-DD), as the API does.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// 15/6/2026, 15-06-2026, 15.06.2026, with a two- or four-digit year.
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

function isoOf(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isoOf(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

/** The ISO date typed as dd/mm/yyyy (or pasted as YYYY-MM-DD); null when it is no real date. */
export function parseDayMonthYear(text: string): string | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const m = DAY_MONTH_YEAR.exec(value);
  if (!m) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return isoOf(year, Number(m[2]), Number(m[1]));
}

/** dd/mm/yyyy for an ISO date; anything else is shown as it is. */
export function formatDayMonthYear(value: string): string {
  const m = ISO_DATE.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}
