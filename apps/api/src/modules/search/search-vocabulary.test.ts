import { describe, expect, it } from "vitest";
import { correctWords, editDistance, type Vocabulary } from "./search-vocabulary";

const vocabulary = (words: string[]): Vocabulary => ({ words, known: new Set(words) });
// Most frequent first, as vocabularyOf orders them.
const catalogue = vocabulary([
  "mat",
  "ong",
  "che",
  "lang",
  "son",
  "lich",
  "du",
  "diem",
  "phu",
  "nhuc",
  "khau",
  "thanh",
  "long",
  "hong",
  "ruou",
  "men",
  "tra",
]);

describe("typo correction", () => {
  it("measures edits, a swap of neighbours counting one", () => {
    expect(editDistance("lich", "lich")).toBe(0);
    expect(editDistance("liich", "lich")).toBe(1); // a letter doubled
    expect(editDistance("lch", "lich")).toBe(1); // a letter missing
    expect(editDistance("hpu", "phu")).toBe(1); // two swapped
    expect(editDistance("abcd", "wxyz")).toBe(4);
    expect(editDistance("abcd", "wxyz", 2)).toBe(2); // gives up at the cap
  });

  it("replaces unknown words by the closest catalogue word", () => {
    expect(correctWords("diem du liich", catalogue)).toBe("diem du lich");
    expect(correctWords("thanh long hong hpu", catalogue)).toBe("thanh long hong phu");
    expect(correctWords("khau nhuk", catalogue)).toBe("khau nhuc");
  });

  it("keeps words the catalogue knows or starts with, and words too far from any", () => {
    expect(correctWords("mat ong", catalogue)).toBeNull();
    expect(correctWords("mat on", catalogue)).toBeNull(); // still typing "ong"
    // Only the last word can be unfinished: one before it is a finished word, and "on" is a typo.
    expect(correctWords("mat on lang", catalogue)).toBe("mat ong lang");
    expect(correctWords("xyzzy", catalogue)).toBeNull();
    expect(correctWords("mat xyzzy", catalogue)).toBeNull();
    // Nor a part of a word: typos keep the first letter.
    expect(correctWords("uay", vocabulary(["quay"]))).toBeNull();
  });

  it("prefers the more frequent word at the same distance", () => {
    // "sin" is one edit from both "son" and "sen".
    expect(correctWords("sin", vocabulary(["son", "sen"]))).toBe("son");
    expect(correctWords("sin", vocabulary(["sen", "son"]))).toBe("sen");
  });
});
