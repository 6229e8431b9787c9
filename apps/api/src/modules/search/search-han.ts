import type { DataSource } from "typeorm";
import { readCatalogRevision } from "../../db/catalog-revision";
import { isPublicProduct } from "../../domain/rules";
import type { RequestContext } from "../../graphql/context";
import { CHINESE_CONCEPT_TERMS } from "./search-concepts";

/**
 * Chinese names of the places products are listed under, as the catalogue's Chinese product names
 * and the storefront's Chinese texts write them (谅山 for Lạng Sơn everywhere), with the folded
 * Vietnamese name the search text holds. A Chinese query naming a place ("谅山蜂蜜") finds the
 * products of that place, not only those whose Chinese name happens to spell it.
 */
export const CHINESE_PLACE_NAMES: Readonly<Record<string, string>> = {
  谅山: "lang son",
  支棱: "chi lang",
  友陇: "huu lung",
  文关: "van quan",
  北山: "bac son",
  文朗: "van lang",
  高禄: "cao loc",
  长定: "trang dinh",
  母山: "mau son",
  禄平: "loc binh",
  亭立: "dinh lap",
  七溪: "that khe",
  平嘉: "binh gia",
  莱州: "lai chau",
};

/** One piece of a segmented Chinese query. */
export type HanSegment = { kind: "place"; text: string; place: string } | { kind: "word"; text: string };

/** Longest dictionary word tried at each position: Chinese words of product names are 2 to 4 characters. */
const MAX_WORD = 4;

interface HanVocabulary {
  /** Every run of 2 to MAX_WORD characters in the catalogue's Chinese names, and the concept terms. */
  words: Set<string>;
}

const cache = new WeakMap<DataSource, { revision: string; vocabulary: Promise<HanVocabulary> }>();

/** The Chinese vocabulary of published products and categories, one copy per catalog revision. */
export async function hanVocabularyOf(ctx: RequestContext): Promise<HanVocabulary> {
  const ds = ctx.dataSource;
  const revision = ctx.catalogRevision ?? (await readCatalogRevision(ds));
  const entry = cache.get(ds);
  if (entry?.revision === revision) return entry.vocabulary;
  const vocabulary = (async () => {
    const rows: Array<{ name: string }> = await ds.query(
      `SELECT DISTINCT name_zh AS name FROM product p WHERE ${isPublicProduct("p")} AND name_zh IS NOT NULL
       UNION SELECT name_zh FROM category WHERE name_zh IS NOT NULL`,
    );
    const words = new Set<string>(CHINESE_CONCEPT_TERMS);
    for (const { name } of rows) {
      for (const [run] of name.matchAll(/\p{Script=Han}+/gu)) {
        const chars = [...run];
        for (let i = 0; i < chars.length; i++) {
          for (let n = 2; n <= MAX_WORD && i + n <= chars.length; n++) words.add(chars.slice(i, i + n).join(""));
        }
      }
    }
    return { words };
  })();
  cache.set(ds, { revision, vocabulary });
  vocabulary.catch(() => cache.delete(ds));
  return vocabulary;
}

/**
 * Splits a run of Chinese characters into the catalogue's words, longest match first, place names
 * before other words ("谅山蜂蜜" → 谅山 (place) + 蜂蜜). Null when some part of it is no catalogue
 * word of two characters or more (or a concept term): a lone character is no word, so "八油" is not
 * "八" and "油" anywhere in a name.
 */
export function segmentHan(run: string, vocabulary: HanVocabulary): HanSegment[] | null {
  const chars = [...run];
  const segments: HanSegment[] = [];
  let i = 0;
  while (i < chars.length) {
    let found: HanSegment | null = null;
    for (let n = Math.min(MAX_WORD, chars.length - i); n >= 1 && !found; n--) {
      const piece = chars.slice(i, i + n).join("");
      const place = CHINESE_PLACE_NAMES[piece];
      if (place) found = { kind: "place", text: piece, place };
    }
    for (let n = Math.min(MAX_WORD, chars.length - i); n >= 1 && !found; n--) {
      const piece = chars.slice(i, i + n).join("");
      if (vocabulary.words.has(piece)) found = { kind: "word", text: piece };
    }
    if (!found) return null;
    segments.push(found);
    i += [...found.text].length;
  }
  return segments;
}
