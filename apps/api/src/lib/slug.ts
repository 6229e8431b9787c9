import slugify from "slugify";

/**
 * URL slug of a Vietnamese name: "Mật ong Văn Lãng" → "mat-ong-van-lang". slugify's Vietnamese
 * locale folds đ → d, which plain NFD stripping leaves in place.
 */
export function toSlug(text: string): string {
  const slug = slugify(text, { locale: "vi", lower: true, strict: true, trim: true });
  return slug.slice(0, 80).replace(/-+$/, "") || "item";
}

/** The slug, or the slug with the smallest numeric suffix not yet taken. */
export function uniqueSlug(text: string, taken: Set<string>): string {
  const base = toSlug(text);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
