import type { DataSource } from "typeorm";
import { isSiteProduct } from "../../domain/rules";
import { readCatalogRevision } from "../../db/catalog-revision";
import type { RequestContext } from "../../graphql/context";

/**
 * Typo correction against the words the catalogue is found by. Vietnamese is written in syllables,
 * so the vocabulary is small (under 700 distinct words at 20,000 products; a few thousand for any
 * catalogue): a word of the query that is not a catalogue word is replaced by the closest
 * catalogue word with the same first letter, by edit distance (a letter missing, extra, wrong, or
 * two swapped), the more frequent word winning a tie. The corrected query then goes through the word index like any
 * other, which is much cheaper than matching trigrams of the whole query against every name and
 * finds what the visitor meant rather than whatever shares letters with it.
 */
export interface Vocabulary {
  /** Catalogue words, most frequent first. */
  words: string[];
  known: Set<string>;
}

const cache = new WeakMap<DataSource, { revision: string; vocabulary: Promise<Vocabulary> }>();

/** The vocabulary of published products, one copy per catalog revision. */
export async function vocabularyOf(ctx: RequestContext): Promise<Vocabulary> {
  const ds = ctx.dataSource;
  const revision = ctx.catalogRevision ?? (await readCatalogRevision(ds));
  const entry = cache.get(ds);
  if (entry?.revision === revision) return entry.vocabulary;
  const vocabulary = (async () => {
    const rows: Array<{ word: string }> = await ds.query(`SELECT word FROM ts_stat($1) ORDER BY ndoc DESC, word`, [
      `SELECT p.search_vector FROM product p WHERE ${isSiteProduct("p")}`,
    ]);
    const words = rows.map((r) => r.word);
    return { words, known: new Set(words) };
  })();
  cache.set(ds, { revision, vocabulary });
  vocabulary.catch(() => cache.delete(ds));
  return vocabulary;
}

/**
 * The query with each unknown word replaced by its closest catalogue word, or null when nothing was
 * corrected. A word is known when it is a catalogue word; the last one, which may be unfinished,
 * also when a catalogue word starts with it (the word match reads it as a prefix).
 */
export function correctWords(query: string, vocabulary: Vocabulary): string | null {
  let changed = false;
  const all = query.split(" ");
  const words = all.map((word, i) => {
    if (vocabulary.known.has(word) || [...word].length < 2) return word;
    if (i === all.length - 1 && vocabulary.words.some((w) => w.startsWith(word))) return word;
    const best = closestWord(word, vocabulary.words);
    if (best === null) return word;
    changed = true;
    return best;
  });
  return changed ? words.join(" ") : null;
}

/** One edit allowed in words of up to 4 letters, two in longer ones. */
function closestWord(word: string, words: string[]): string | null {
  const limit = [...word].length <= 4 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = limit + 1;
  // `words` is most frequent first, so the first word at the smallest distance is the likeliest.
  for (const candidate of words) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    // People rarely get the first letter wrong: keeping it (or swapping the first two) also keeps a
    // part of a word from turning into that word ("uay" is not "quay").
    const sameStart = candidate[0] === word[0] || (candidate[0] === word[1] && candidate[1] === word[0]);
    if (!sameStart) continue;
    const d = editDistance(word, candidate, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of neighbours),
 * giving up with `cap` once it cannot be below it.
 */
export function editDistance(a: string, b: string, cap = Infinity): number {
  const m = a.length;
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= cap) return cap;
    [before, previous, current] = [previous, current, before];
  }
  return previous[n]!;
}
