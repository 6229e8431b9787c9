import { describe, expect, it } from "vitest";
import { formatDayMonthYear, isIsoDate, parseDayMonthYear } from "./dates";

describe("dates as staff type them", () => {
  it("reads day/month/year, whatever the separator, with short days and months and two-digit years", () => {
    expect(parseDayMonthYear("15/06/2026")).toBe("2026-06-15");
    expect(parseDayMonthYear(" 5/6/2026 ")).toBe("2026-06-05");
    expect(parseDayMonthYear("05-06-26")).toBe("2026-06-05");
    expect(parseDayMonthYear("31.12.2025")).toBe("2025-12-31");
    // A pasted ISO date is taken as it is.
    expect(parseDayMonthYear("2025-06-15")).toBe("2025-06-15");
  });

  it("never reads a month first, and refuses days that do not exist", () => {
    expect(parseDayMonthYear("06/15/2026")).toBeNull();
    expect(parseDayMonthYear("31/04/2026")).toBeNull();
    expect(parseDayMonthYear("29/02/2025")).toBeNull();
    expect(parseDayMonthYear("29/02/2024")).toBe("2024-02-29");
    expect(parseDayMonthYear("15 tháng 6")).toBeNull();
    expect(isIsoDate("2026-02-30")).toBe(false);
  });

  it("shows an ISO date as dd/mm/yyyy, and leaves what is not one alone", () => {
    expect(formatDayMonthYear("2026-06-05")).toBe("05/06/2026");
    expect(formatDayMonthYear("15/6")).toBe("15/6");
    expect(formatDayMonthYear("")).toBe("");
  });
});
