import { z } from "zod";

/** Optional free text: trimmed, empty becomes null, length capped. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min <= 1 ? "is required" : `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

export const optionalUrl = optionalText(500).refine(
  (v) => v === null || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v),
  "must be a web address starting with http:// or https://",
);

export const optionalEmail = optionalText(254).refine(
  (v) => v === null || z.email().safeParse(v).success,
  "is not an email address",
);

export const optionalPhone = optionalText(30).refine(
  (v) => v === null || (/^\+?[\d\s().-]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 8),
  "is not a phone number (8 digits or more)",
);

export const optionalNumber = (min: number, max: number) =>
  z
    .number()
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .nullish()
    .transform((v) => v ?? null);

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    "is not a calendar date",
  );

export const idString = z.union([z.string(), z.number()]).transform((v, check) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) {
    check.addIssue({ code: "custom", message: "is not an id" });
    return z.NEVER;
  }
  return n;
});
