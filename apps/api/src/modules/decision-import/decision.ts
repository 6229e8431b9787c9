import { todayInVietnam } from "@ocop/schema/enums";
import { CertificationLevel } from "../certification/certification.entity";
import { problem, type ImportProblem } from "./import-messages";
import type { SheetRow } from "./read-sheet";

/** The decision fields as the staff form sent them (multipart text fields; absent = undefined). */
export interface DecisionForm {
  decisionNumber?: string;
  decisionDate?: string;
  level?: string;
  legalBasis?: string;
}

export interface Decision {
  number: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  level: CertificationLevel | null;
  legalBasis: string | null;
  source: { number: "form" | "title" | null; date: "form" | "title" | null };
}

/** "Quyết định số 1234/QĐ-UBND", with or without diacritics, "số:" or "số". */
const NUMBER_IN_TITLE = /quy[eếẾ]t\s+[dđĐ][iịỊ]nh\s+s[oốỐ]\s*:?\s*([0-9][0-9A-Za-zĐđ./-]*)/iu;
/** "ngày 15/6/2026", "ngày 15-06-2026", "ngày 15 tháng 6 năm 2026" */
const DATE_IN_TITLE =
  /ng[aàÀ]y\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|th[aáÁ]ng\s+(\d{1,2})\s*,?\s*n[aăĂ]m\s+(\d{4}))/iu;

/** A date written day/month/year, as YYYY-MM-DD, or null when it is not a calendar date. */
export function isoDate(day: number, month: number, year: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** The decision number and date a title row states, from the rows above the header. */
export function decisionInTitle(titleRows: SheetRow[]): { number: string | null; date: string | null } {
  let number: string | null = null;
  let date: string | null = null;
  for (const row of titleRows) {
    const text = row.cells
      .filter((c) => c !== "")
      .join(" ")
      .normalize("NFC");
    const n = NUMBER_IN_TITLE.exec(text);
    if (!number && n) number = n[1]!.replace(/[.,;:]+$/, "");
    const d = DATE_IN_TITLE.exec(text);
    if (!date && d) {
      const [day, month, year] = d[2] ? [d[1], d[2], d[3]] : [d[1], d[4], d[5]];
      date = isoDate(Number(day), Number(month), Number(year));
    }
  }
  return { number, date };
}

/**
 * The decision of the import: each field from the form when given, else from the title rows, and
 * the problems that make every row an error (missing, not a date, in the future).
 */
export function resolveDecision(
  form: DecisionForm,
  titleRows: SheetRow[],
  now: Date = new Date(),
): { decision: Decision; problems: ImportProblem[] } {
  const title = decisionInTitle(titleRows);
  const problems: ImportProblem[] = [];
  const formNumber = form.decisionNumber?.trim() || null;
  const formDate = form.decisionDate?.trim() || null;
  let date: string | null = null;
  let dateSource: Decision["source"]["date"] = null;
  if (formDate) {
    dateSource = "form";
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(formDate);
    date = m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
    if (!date) problems.push(problem("decisionDate", "decisionDateInvalid", { value: formDate }));
  } else if (title.date) {
    date = title.date;
    dateSource = "title";
  }
  const number = formNumber ?? title.number;
  if (!number) problems.push(problem("decisionNumber", "decisionNumberMissing"));
  if (!formDate && !date) problems.push(problem("decisionDate", "decisionDateMissing"));
  const today = todayInVietnam(now);
  if (date && date > today) problems.push(problem("decisionDate", "decisionDateFuture", { date, today }));
  let level: CertificationLevel | null = null;
  const formLevel = form.level?.trim().toLowerCase();
  if (formLevel) {
    level = (Object.values(CertificationLevel) as string[]).includes(formLevel)
      ? (formLevel as CertificationLevel)
      : null;
    if (!level) problems.push(problem("level", "levelInvalid"));
  }
  return {
    decision: {
      number,
      date,
      level,
      legalBasis: form.legalBasis?.trim() || null,
      source: { number: formNumber ? "form" : title.number ? "title" : null, date: dateSource },
    },
    problems,
  };
}
