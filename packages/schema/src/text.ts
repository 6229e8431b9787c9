// Text helpers every layer needs to agree on: the API's search, the database's ocop_fold(), the
// admin's filters and the benchmark's baseline server must fold a name the same way.

/** Vietnamese text without its diacritics, case kept ("Mứt gừng Đồng" → "Mut gung Dong"). */
export function withoutDiacritics(text: string): string {
  // The combining diacritics block is what Vietnamese uses; other scripts' marks are kept, as
  // PostgreSQL's unaccent keeps them.
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/**
 * Folds text the way the database's ocop_fold() does (lower case, no diacritics, đ → d,
 * punctuation to spaces), so a query can be split into words and patterns before it reaches SQL,
 * and a list can be filtered by what people type.
 */
export function fold(text: string): string {
  return withoutDiacritics(text)
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim();
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
