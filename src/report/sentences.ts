/** Splits a paragraph into sentences the way a reader would, not at every full stop. */
import type { Sentence } from "./model";

/** Abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATIONS =
  /(?:^|[\s(])(?:c|ca|approx|e\.g|i\.e|etc|no|nos|p\.w|p\.a|pa|pw|st|mr|mrs|ms|dr|vs|para|paras|s|cf|inc|incl|excl|max|min|av|avg|est|fig|figs|ref|vol|cllr|cl)\.$/i;

/**
 * A full stop, ! or ? followed by a space and a capital, a digit, £ or an opening bracket ends a
 * sentence, except after an abbreviation ("c. £2m", "e.g. Hackney"). "£685,620. per annum" goes on.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const end = /[.!?]["')\]]*\s+(?=["'(£\d\p{Lu}])/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stop = m.index + m[0].trimEnd().length;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 12), m.index + 1))) continue;
    push(sentences, text, start, stop);
    start = m.index + m[0].length;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(sentences: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) sentences.push({ text: trimmed, start: from + lead });
}
