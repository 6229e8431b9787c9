import { likeLiteral } from "@ocop/schema/text";
import type { RequestContext } from "../../graphql/context";
import { isLiveCertificate } from "../../domain/rules";
import { conceptCodes } from "./search-concepts";
import { hanVocabularyOf, segmentHan, type HanSegment } from "./search-han";
import { correctWords, vocabularyOf } from "./search-vocabulary";
import { expandWithSynonyms } from "./search.service";

/** Numbered query parameters of the statement a match is written into. */
export interface SqlParams {
  add(value: unknown): string;
}

/** Why the results are not those of the query as typed: the page says so ("showing results for …"). */
export enum SearchNoteKind {
  CORRECTED = "CORRECTED",
  DROPPED_WORDS = "DROPPED_WORDS",
  FUZZY = "FUZZY",
}

export interface SearchNote {
  kind: SearchNoteKind;
  /** The query whose results are shown (corrected, or with words dropped); the typed one for FUZZY. */
  shownQuery: string;
}

/** One way of matching a search. */
export interface SearchMatch {
  /** Which products match (ANDed with the list's filters). */
  condition: (params: SqlParams) => string;
  /**
   * The part of `condition` that matches names and words: products matched only otherwise (by
   * their group, or by their decision number) rank after these. Absent: every match is one.
   */
  wordCondition?: (params: SqlParams) => string;
  /** The text matches are ranked against. */
  text: string;
  note?: SearchNote;
}

/** One step of a search: tried only when the steps before it found nothing. */
export type SearchAttempt = () => Promise<SearchMatch | null>;

const HAN = /\p{Script=Han}/u;

/** The pairs of neighbouring characters in each run of Chinese characters (a lone one: itself), as ocop_han_grams() indexes them. */
export function hanGrams(text: string): string[] {
  const grams = new Set<string>();
  for (const [run] of text.matchAll(/[\u3400-\u4dbf\u4e00-\u9fff]+/gu)) {
    const chars = [...run];
    if (chars.length === 1) grams.add(run);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...grams];
}

/**
 * A query that is a decision number: "2865", "2865/QĐ-UBND" (folded: "2865 qd ubnd"), "QĐ 2865",
 * "quyết định số 2865". The number alone is what people copy from a certificate or an article.
 */
function decisionNumberOf(folded: string): string | null {
  const m = /^(?:(?:quyet dinh|qd)(?: so)? )?(\d{2,6})((?: [a-z]{1,8})*)$/.exec(folded);
  if (!m) return null;
  const rest = m[2]!.trim();
  return rest === "" || /^(qd|ub|ubnd|ttg)( [a-z]+)*$/.test(rest) ? m[1]! : null;
}

/**
 * The products of a decision: its number is what comes before the first "/" of the certificate's
 * decision number (certification_decision_no_idx), worked out before the products are read (an
 * init plan, so the product side stays an index lookup by id).
 */
const ofDecision = (params: SqlParams, number: string) =>
  `p.id = ANY(ARRAY(SELECT c.product_id FROM certification c
                     WHERE ${isLiveCertificate("c")} AND c.decision_number IS NOT NULL
                       AND split_part(c.decision_number, '/', 1) = ${params.add(number)}))`;

/**
 * The products of the groups or sets named, a group standing for its sets: the codes worked out
 * first (an init plan), so the product side is a lookup in the category index, ORed with the word
 * index's, not a scan.
 */
const ofCategories = (params: SqlParams, codes: string[]) =>
  `p.category_code = ANY(ARRAY(SELECT code FROM category WHERE code = ANY(${params.add(codes)}::text[])
                                OR parent_code = ANY(${params.add(codes)}::text[])))`;

/** Either of two conditions, `extra` absent or not. */
const either = (word: (params: SqlParams) => string, extra: ((params: SqlParams) => string) | null) =>
  extra ? (params: SqlParams) => `(${word(params)} OR ${extra(params)})` : word;

/**
 * Which products a search matches, as the attempts to make in turn (`search` is folded).
 *
 * 1. The words, in any order, through the text-search index, the last one from its start ("mat on"
 *    finds "Mật ong"), with the staff's synonyms; or the group the whole query names ("đồ uống",
 *    "spices", "茶"), or a decision number ("2865"): those rank after the word matches.
 * 2. The words with typos corrected against the catalogue's own words ("mat ogn" → "mat ong").
 * 3. Words dropped from the end, one at a time, until something matches ("banh cuon" → "banh"),
 *    as search engines do: the last words are the likeliest to be a detail the catalogue lacks.
 * 4. A fuzzy match of the names.
 *
 * Steps 2 to 4 carry a note, so the page says whose results it shows. Chinese, written without
 * spaces, is segmented into the catalogue's own words and places ("谅山蜂蜜" → 谅山 + 蜂蜜).
 */
export async function searchAttempts(ctx: RequestContext, search: string): Promise<SearchAttempt[]> {
  const variants = await expandWithSynonyms(ctx, search);
  const concept = conceptCodes(search);
  const decision = decisionNumberOf(search);
  const extra =
    concept.length || decision
      ? (params: SqlParams) =>
          [
            ...(concept.length ? [ofCategories(params, concept)] : []),
            ...(decision ? [ofDecision(params, decision)] : []),
          ].join(" OR ")
      : null;
  if (variants.some((v) => HAN.test(v))) return hanAttempts(ctx, search, variants, extra);

  // Each spelling as its words, the last one marked as possibly unfinished.
  const wordsOf = (spelling: string) =>
    spelling.split(" ").map((word, i, all) => ({ word, last: i === all.length - 1 }));
  // Words before the last are finished and match themselves; the last one, still being typed,
  // matches words that start with it ("mat on" finds "mật ong"), unless it is a single letter (as a
  // prefix it would match a quarter of the catalogue). Prefix matching only the last word is what
  // search-as-you-type engines do, and it keeps the index lookups exact: 2 to 5 times cheaper.
  const wordMatch = (spellings: Array<Array<{ word: string; last: boolean }>>) => {
    const term = ({ word, last }: { word: string; last: boolean }) =>
      last && [...word].length > 1 ? `${word}:*` : word;
    const tsquery = spellings.map((words) => `(${words.map(term).join(" & ")})`).join(" | ");
    return (params: SqlParams) => `p.search_vector @@ to_tsquery('simple', ${params.add(tsquery)})`;
  };
  // The query with its typos corrected (null: nothing to correct), worked out once when needed.
  let correction: Promise<string | null> | undefined;
  const corrected = () => (correction ??= vocabularyOf(ctx).then((vocabulary) => correctWords(search, vocabulary)));
  const words = wordMatch(variants.map(wordsOf));
  const attempts: SearchAttempt[] = [
    async () => ({ condition: either(words, extra), wordCondition: extra ? words : undefined, text: search }),
    async () => {
      const text = await corrected();
      return text
        ? { condition: wordMatch([wordsOf(text)]), text, note: { kind: SearchNoteKind.CORRECTED, shownQuery: text } }
        : null;
    },
  ];
  // One attempt per number of words kept, most first.
  const count = search.split(" ").length;
  for (let keep = count - 1; keep >= 1; keep--) {
    attempts.push(async () => {
      const full = ((await corrected()) ?? search).split(" ");
      const text = full.slice(0, keep).join(" ");
      // A single letter left is no query (it would match a quarter of the catalogue as a word).
      if ([...text].length < 2) return null;
      return {
        condition: wordMatch([wordsOf(text)]),
        text,
        note: { kind: SearchNoteKind.DROPPED_WORDS, shownQuery: text },
      };
    });
  }
  // Fuzzy matching reads many trigrams per spelling: the query as typed only, not its synonyms.
  attempts.push(async () => ({
    condition: (params: SqlParams) => `${params.add(search)} <% p.search_name`,
    text: search,
    note: { kind: SearchNoteKind.FUZZY, shownQuery: search },
  }));
  return attempts;
}

/**
 * Chinese: each spelling inside the names (the n-gram index narrows the names to those holding
 * all its pairs of characters; LIKE then checks they stand together in that order), or its
 * segments all present, a place segment matching the products of that place.
 */
async function hanAttempts(
  ctx: RequestContext,
  search: string,
  variants: string[],
  extra: ((params: SqlParams) => string) | null,
): Promise<SearchAttempt[]> {
  // `indexed`: with the pairs of characters the index answers; without (the same truth, as LIKE
  // implies the pairs), for the ranking, which reads only the matched rows and need not compute
  // each name's pairs again.
  const inside = (params: SqlParams, v: string, indexed = true) => {
    const like = `p.search_name LIKE ${params.add(`%${likeLiteral(v)}%`)}`;
    const grams = hanGrams(v);
    return grams.length && indexed
      ? `(ocop_han_grams(p.search_name) @> ${params.add(grams)}::text[] AND ${like})`
      : like;
  };
  const segment = (params: SqlParams, s: HanSegment, indexed: boolean) =>
    s.kind === "place"
      ? `(${inside(params, s.text, indexed)} OR p.search_vector @@ phraseto_tsquery('simple', ${params.add(s.place)}))`
      : inside(params, s.text, indexed);
  const allOf =
    (segments: HanSegment[], indexed = true) =>
    (params: SqlParams) =>
      `(${segments.map((s) => segment(params, s, indexed)).join(" AND ")})`;

  const vocabulary = await hanVocabularyOf(ctx);
  // Segments of the typed query: each space-separated part segmented, or kept whole when it cannot be.
  const segments: HanSegment[] = search
    .split(" ")
    .flatMap((part): HanSegment[] =>
      HAN.test(part)
        ? (segmentHan(part, vocabulary) ?? [{ kind: "word", text: part }])
        : [{ kind: "word", text: part }],
    );
  const whole = (indexed: boolean) => (params: SqlParams) =>
    `(${variants.map((v) => inside(params, v, indexed)).join(" OR ")})`;
  const words = (indexed: boolean) =>
    segments.length > 1
      ? (params: SqlParams) => `(${whole(indexed)(params)} OR ${allOf(segments, indexed)(params)})`
      : whole(indexed);
  const attempts: SearchAttempt[] = [
    async () => ({
      condition: either(words(true), extra),
      wordCondition: extra ? words(false) : undefined,
      text: search,
    }),
  ];
  for (let keep = segments.length - 1; keep >= 1; keep--) {
    const kept = segments.slice(0, keep);
    const text = kept.map((s) => s.text).join("");
    if (kept.length === 1 && kept[0]!.kind === "word" && [...text].length < 2) continue;
    attempts.push(async () => ({
      condition: allOf(kept),
      text,
      note: { kind: SearchNoteKind.DROPPED_WORDS, shownQuery: text },
    }));
  }
  return attempts;
}
