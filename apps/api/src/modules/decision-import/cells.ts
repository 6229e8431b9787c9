import { fold } from "@ocop/schema/text";

/** Stars as annexes write them: "4", "4 sao", "4★", "4*", "★★★★", "Bốn sao". */
export function parseStars(text: string): number | null {
  const t = text.trim();
  if (!t) return null;
  const digits = /^\D*?(\d+(?:[.,]0+)?)\s*(?:sao|★|☆|\*|stars?)?\s*$/iu.exec(t);
  if (digits) return Number(digits[1]!.replace(",", "."));
  const symbols = t.replace(/\s/g, "");
  if (/^★+$/u.test(symbols)) return symbols.length;
  const words: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5 };
  const word = /^(\w+)\s+sao$/.exec(fold(t));
  return word && words[word[1]!] !== undefined ? words[word[1]!]! : null;
}

/** A score with a decimal comma or point ("78,5", "78.5", "78"); null when empty; NaN when unreadable. */
export function parseScore(text: string): number | null {
  const t = text.trim().replace(/\s*(?:điểm|diem|đ)$/iu, "");
  if (!t) return null;
  if (!/^\d{1,3}(?:[.,]\d+)?$/.test(t)) return Number.NaN;
  return Number(t.replace(",", "."));
}

/** Runs of spaces (line breaks in a merged cell too) as one space. */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * A name without a research remark in brackets ("(tên chủ thể chưa xác minh)"): a note of whoever
 * compiled the list, never part of the name (the demo seed keeps such remarks as staff notes), so
 * an annex copied from such a list matches, and creates, the producer by its name alone.
 */
export function withoutResearchRemarks(name: string): string {
  return name.replace(/\s*\([^()]*chưa xác minh[^()]*\)/giu, "").trim();
}

/** The key two names match by: folded, without words in brackets' punctuation. */
export function nameKey(text: string): string {
  return fold(text.normalize("NFC"));
}
