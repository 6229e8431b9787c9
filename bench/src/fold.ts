/**
 * The same folding as the API's lib/fold.ts and the database's ocop_fold(): lower case, no
 * diacritics, đ → d, punctuation to spaces. The baseline server folds search text with it.
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim();
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** "Mật ong Đồng Văn" → "mat-ong-dong-van" (ASCII only; Chinese characters are dropped). */
export function slugOf(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9 ]+/g, " ")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** "Đồng Văn" → "Dong Van": English names keep place names without diacritics. */
export function ascii(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}
