// Finds name mentions: runs of capitalised tokens, with the few lower-case
// connectors that occur inside names ("Bank of England", "Center for a New
// American Security"), minus honorifics and title words in front
// ("Ukrainian President Volodymyr Zelenskyy" → "Volodymyr Zelenskyy").
import type { Analysis, Token } from '../nlp.js';
import { HONORIFICS, NOT_NAMES, TITLE_WORDS } from './lexicon.js';

export interface NameMention {
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** First token of a title in front of the name ("Ukrainian President"), or null. */
  titleFirst: number | null;
  honorific: boolean;
  sentence: number;
}

const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'al', 'bin', 'da', 'di', 'a', '&']);
const DIRECTIONAL = new Set(['central', 'eastern', 'western', 'northern', 'southern', 'north', 'south', 'east', 'west', 'upper', 'lower']);
const COLLECTIVE_HEADS = new Set(['countries', 'states', 'nations', 'republics', 'allies']);
/** Title words that, inside a run, mark where a person's name starts. Words that also begin organisation names are left out. */
const NAME_AFTER_TITLE = new Set([...TITLE_WORDS].filter((w) => !['general', 'head', 'trade', 'health', 'culture', 'home', 'foreign', 'justice', 'interior', 'finance', 'defence', 'defense', 'current', 'former', 'vice', 'deputy', 'shadow', 'labour', 'tory', 'democrat', 'republican', 'unit'].includes(w)));

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);
const lower = (t: Token): string => t.text.toLowerCase();

/** Words seen capitalised inside sentences, and words seen in lower case anywhere. */
interface Evidence {
  capitalisedInside: Set<string>;
  lowercase: Set<string>;
}

function gatherEvidence(analysis: Analysis): Evidence {
  const capitalisedInside = new Set<string>();
  const lowercase = new Set<string>();
  for (const s of analysis.sentences) {
    for (let t = s.first; t <= s.last; t++) {
      const tok = analysis.tokens[t]!;
      if (/^\p{Ll}/u.test(tok.text)) lowercase.add(tok.text);
      else if (t > s.first && isCapitalised(tok) && !/^["“‘'([]$/.test(analysis.tokens[t - 1]!.text)) capitalisedInside.add(lower(tok));
    }
  }
  return { capitalisedInside, lowercase };
}

/** A token that can be part of a name. */
function isNameToken(t: Token, sentenceStart: boolean, ev: Evidence): boolean {
  if (!isCapitalised(t)) return false;
  if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'NUM') return false;
  if (NOT_NAMES.has(lower(t))) return false;
  if (sentenceStart) {
    // A capital at a sentence start says little: the word must look like a name elsewhere too.
    if (t.pos !== 'PROPN') return false;
    if (ev.lowercase.has(lower(t))) return false;
  }
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || /^\p{Lu}{2,}$/u.test(t.text);
}

const adjacent = (text: string, a: Token, b: Token): boolean => a.end === b.start || /^[ \u00a0]$/.test(text.slice(a.end, b.start));

export function findNameMentions(analysis: Analysis): NameMention[] {
  const { tokens, sentences, text } = analysis;
  const ev = gatherEvidence(analysis);
  const mentions: NameMention[] = [];
  for (const sentence of sentences) {
    let t = sentence.first;
    while (t <= sentence.last) {
      const tok = tokens[t]!;
      const atStart = t === sentence.first || /^["“‘'([]$/.test(tokens[t - 1]!.text);
      if (!isNameToken(tok, atStart, ev)) {
        t++;
        continue;
      }
      let last = t;
      for (let n = t + 1; n <= sentence.last; n++) {
        const prev = tokens[n - 1]!;
        const next = tokens[n]!;
        // "Secretary-General": a hyphen with no spaces joins.
        if (next.text === '-' && prev.end === next.start && n + 1 <= sentence.last && tokens[n + 1]!.start === next.end && isCapitalised(tokens[n + 1]!)) {
          last = ++n;
          continue;
        }
        if (!adjacent(text, prev, next)) break;
        if (isNameToken(next, false, ev)) {
          last = n;
          continue;
        }
        // A connector joins two capitalised parts ("Bank of England"), but not after a lone sentence-initial word.
        let k = n;
        while (k <= sentence.last && k - n < 2 && CONNECTORS.has(lower(tokens[k]!))) k++;
        const loneStart = atStart && last === t;
        if (!loneStart && k > n && k <= sentence.last && isNameToken(tokens[k]!, false, ev) && !(lower(next) === 'the' && k === n + 1)) {
          last = k;
          n = k;
          continue;
        }
        // "Central and Eastern Europe": "and" between directionals only.
        if (lower(next) === 'and' && last === t && DIRECTIONAL.has(lower(tok)) && n + 1 <= sentence.last && DIRECTIONAL.has(lower(tokens[n + 1]!))) {
          last = n + 1;
          n = n + 1;
          continue;
        }
        break;
      }
      // "the Baltic countries", "the Gulf states": a collective noun completes a one-word name.
      const after = tokens[last + 1];
      if (last === t && after && COLLECTIVE_HEADS.has(after.text) && adjacent(text, tokens[last]!, after) && !DIRECTIONAL.has(lower(tok))) last++;
      // "Article 5", "Section 3": a one-word name followed by a number is a reference, not an actor.
      const numbered = last === t && tokens[last + 1]?.pos === 'NUM';
      const mention = numbered ? null : trimMention(tokens, text, t, last, sentence.i);
      if (mention) mentions.push(mention);
      t = last + 1;
    }
  }
  return mentions;
}

/** Drops honorifics and title words in front (kept as role material) and connectors at the edges. */
function trimMention(tokens: Token[], text: string, first: number, last: number, sentence: number): NameMention | null {
  let honorific = false;
  let titleFirst: number | null = null;
  let f = first;
  // The name starts after the last title word that has capitalised words after it.
  for (let k = last - 1; k >= first; k--) {
    if (NAME_AFTER_TITLE.has(lower(tokens[k]!)) && isCapitalised(tokens[k + 1]!) && !NAME_AFTER_TITLE.has(lower(tokens[k + 1]!))) {
      titleFirst = first;
      f = k + 1;
      break;
    }
  }
  while (f <= last) {
    const word = lower(tokens[f]!).replace(/\.$/, '');
    if (HONORIFICS.has(word) || HONORIFICS.has(`${word}.`)) {
      honorific = true;
      f++;
      if (tokens[f]?.text === '.') f++;
      continue;
    }
    if (word === 'the' && f < last) {
      f++;
      continue;
    }
    break;
  }
  let l = last;
  while (l > f && CONNECTORS.has(lower(tokens[l]!))) l--;
  if (f > l) return null;
  // A run made only of title words ("Secretary General", "Prime Minister") is a role, not a name.
  if (tokens.slice(f, l + 1).every((t) => TITLE_WORDS.has(lower(t)) || t.text === '-')) return null;
  const start = tokens[f]!.start;
  const end = tokens[l]!.end;
  return { first: f, last: l, start, end, text: text.slice(start, end), titleFirst, honorific, sentence };
}
