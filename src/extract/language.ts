// Whether a text is English: the extraction rules read English grammar and capitalisation.
import type { Analysis } from './nlp.js';

/**
 * The commonest English function words (the top of the Brown corpus frequency list, Francis & Kučera
 * 1982): about a third of the words of any English prose, a few in a text in another language.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they which you were her she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(' '),
);

/** Each analysis's share, counted once: the actors stage and the brief's warning both ask. */
const shares = new WeakMap<Analysis, { words: number; share: number }>();

/** The share of the text's words that are English function words, and how many words it has. */
export function englishShare(analysis: Analysis): { words: number; share: number } {
  let found = shares.get(analysis);
  if (found === undefined) {
    found = countEnglish(analysis);
    shares.set(analysis, found);
  }
  return found;
}

function countEnglish(analysis: Analysis): { words: number; share: number } {
  let words = 0;
  let common = 0;
  for (const t of analysis.tokens) {
    if (!/^\p{L}/u.test(t.text)) continue;
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(t.text.toLowerCase())) common++;
  }
  return { words, share: words === 0 ? 0 : common / words };
}

/** English pages, lists and captions included, run at 16% or more on this list; Italian, Spanish or German at 7% or less. */
export const ENGLISH_SHARE = 0.12;

/** Whether the text's words are English: a text in another language has few English function words. */
export function isEnglish(analysis: Analysis): boolean {
  const { words, share } = englishShare(analysis);
  return words < 40 || share >= ENGLISH_SHARE;
}
