// Finds name mentions: runs of capitalised tokens, with the few lower-case
// connectors that occur inside names ("Bank of England", "Center for a New
// American Security"), minus honorifics and title words in front
// ("Ukrainian President Volodymyr Zelenskyy" → "Volodymyr Zelenskyy").
import type { Analysis, Token } from '../nlp.js';
import { PERSON_NOUNS, SOURCE_NOUNS } from '../claims/lexicon.js';
import { GIVEN_NAMES, KNOWN_ORGS, ORG_WORDS, PLACE_WORDS, PLACES } from '../lexicon/names.js';
import { COUNTRY_FORMS, HONORIFICS, KNOWN_PLACES, NOT_NAMES, TITLE_WORDS } from './lexicon.js';

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
  /** Part of a hyphenated modifier ("Oscar-nominated", "EU-based"): names a thing only if it is known. */
  compound: boolean;
  /** Named after "of" following a person ("Mike Powell of Dresdner Kleinwort Wasserstein"): an employer. */
  employer?: boolean;
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
  if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'NUM' || t.pos === 'PRON') return false;
  const word = lower(t);
  if (NOT_NAMES.has(word)) return false;
  // "MPs", "CEOs": plural acronyms are common nouns.
  if (PLURAL_ACRONYM.test(t.text)) return false;
  if (sentenceStart) {
    // A capital at a sentence start says little: the word must look like a name elsewhere too.
    if (ev.lowercase.has(word)) return false;
    // "Reports say", "Officials said", "Critics warn": plural sources are common nouns, whatever the tagger says.
    if (word.endsWith('s') && (PERSON_NOUNS.has(word) || SOURCE_NOUNS.has(word))) return false;
    return t.pos === 'PROPN' || ev.capitalisedInside.has(word) || /^\p{Lu}{2,}$/u.test(t.text);
  }
  // Inside a sentence a capital is itself the evidence, whatever the tagger guessed ("Downing Street", "Gareth Pierce").
  return true;
}

/** "Jane Holloway, D-Ohio,": a legislator's party and state after the name is role material, not an actor. */
const PARTY_TAG = /^[DRI]-\p{Lu}[\p{L}.]{1,12}$/u;

const CREDIT_LINE = /^\(?(?:additional |contributing )?(?:reporting|editing|writing|compiled|produced|photos?|graphics?) by\b|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b/i;
const PLURAL_ACRONYM = /^\p{Lu}{2,5}s$/u;
const POSSESSIVE_S = /^[’']s$/;
const FAMILY = /^famil(?:y|ies)$/;
/** "Guildford Four", "Maguire Seven", "Group of Eight": capitalised number words inside a name. */
export const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty']);

const adjacent = (text: string, a: Token, b: Token): boolean => a.end === b.start || /^[ \u00a0]$/.test(text.slice(a.end, b.start));

export function findNameMentions(analysis: Analysis): NameMention[] {
  const { tokens, sentences, text } = analysis;
  const ev = gatherEvidence(analysis);
  const mentions: NameMention[] = [];
  for (const sentence of sentences) {
    // "(Reporting by X; Editing by Y)", "AP writers X and Y contributed to this report": credits, not actors.
    if (CREDIT_LINE.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 400)))) continue;
    let t = sentence.first;
    while (t <= sentence.last) {
      const tok = tokens[t]!;
      const atStart = t === sentence.first || /^["“‘'([:]$/.test(tokens[t - 1]!.text);
      if (!isNameToken(tok, atStart, ev)) {
        t++;
        continue;
      }
      let last = t;
      for (let n = t + 1; n <= sentence.last; n++) {
        const prev = tokens[n - 1]!;
        const next = tokens[n]!;
        // "Secretary-General": a hyphen with no spaces joins.
        if (next.text === '-' && prev.end === next.start && n + 1 <= sentence.last && tokens[n + 1]!.start === next.end && /^\p{L}/u.test(tokens[n + 1]!.text)) {
          // "Low-fare Airlines": a lower-case part joins only when a capitalised word follows.
          const part = tokens[n + 1]!;
          const then = tokens[n + 2];
          if (isCapitalised(part) || (then && n + 2 <= sentence.last && adjacent(text, part, then) && isNameToken(then, false, ev))) {
            last = ++n;
            continue;
          }
        }
        // "U.S. Attorney's Office", "Prime Minister's Questions": an office's possessive inside a name.
        if (POSSESSIVE_S.test(next.text) && prev.end === next.start && TITLE_WORDS.has(lower(prev)) && n + 1 <= sentence.last && adjacent(text, next, tokens[n + 1]!) && isNameToken(tokens[n + 1]!, false, ev)) {
          last = ++n;
          continue;
        }
        if (!adjacent(text, prev, next)) break;
        if (isNameToken(next, false, ev) || (NUMBER_WORDS.has(lower(next)) && isCapitalised(next))) {
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
      // "the Keane family", "the Keane and Dwyer families": a family named by its surname is a group.
      const surnames = tokens.slice(t, last + 1).every((k) => /^\p{L}+$/u.test(k.text));
      if (surnames && FAMILY.test(tokens[last + 1]?.text ?? '') && adjacent(text, tokens[last]!, tokens[last + 1]!)) last++;
      else if (last === t && lower(tokens[last + 1] ?? tok) === 'and' && last + 3 <= sentence.last && isNameToken(tokens[last + 2]!, false, ev) && /^families$/i.test(tokens[last + 3]!.text)) last += 3;
      // "the Baltic countries", "the Gulf states": a collective noun completes a one-word name.
      const after = tokens[last + 1];
      if (last === t && after && COLLECTIVE_HEADS.has(after.text) && adjacent(text, tokens[last]!, after) && !DIRECTIONAL.has(lower(tok))) last++;
      // "Article 5", "Section 3": a one-word name followed by a number is a reference, not an actor;
      // a longer one keeps its number ("BBC Radio 4").
      const numberAfter = tokens[last + 1];
      const numbered = last === t && numberAfter?.pos === 'NUM';
      if (!numbered && last > t && numberAfter?.pos === 'NUM' && /^\d{1,2}$/.test(numberAfter.text) && adjacent(text, tokens[last]!, numberAfter)) last++;
      const partyTag = tokens[t - 1]?.text === ',' && PARTY_TAG.test(text.slice(tokens[t]!.start, tokens[last]!.end));
      if (!numbered && !partyTag) mentions.push(...splitRun(tokens, text, t, last, sentence.i));
      t = last + 1;
    }
  }
  return mentions;
}

const isTitle = (t: Token): boolean => TITLE_WORDS.has(lower(t)) || t.text === '-';
const PEERAGE = new Set(['lord', 'lady', 'baroness', 'baron', 'earl', 'duke', 'duchess', 'viscount', 'marquess', 'countess']);

/**
 * Splits a run of capitalised words into name mentions: "Mike Powell of Dresdner Kleinwort
 * Wasserstein" is a person and an organisation; "Chrysler LLC Jim Press" an organisation and a
 * person; "NUJ General Secretary" an organisation with a title after it.
 */
function splitRun(tokens: Token[], text: string, first: number, last: number, sentence: number): NameMention[] {
  // "In The Name Of The Father": capitalised function words inside a run make it the title of a work.
  for (let k = first + 1; k < last; k++) if (/^(?:Of|The|And|In|On|A|For|To)$/.test(tokens[k]!.text)) return [];
  // "X Y of Z": a person's name (given name first, not a peer's territorial title) before "of" an organisation.
  // A person's name is short: look for "of" only within its first few words.
  for (let k = first + 2; k < last && k - first <= 5; k++) {
    if (lower(tokens[k]!) !== 'of') continue;
    const left = tokens.slice(first, k).filter((t) => t.text !== '-');
    const givenAt = left.findIndex((t) => GIVEN_NAMES.has(lower(t)));
    const leftHead = lower(tokens[k - 1]!);
    if (givenAt < 0 || ORG_WORDS.has(leftHead) || PLACE_WORDS.has(leftHead) || TITLE_WORDS.has(leftHead)) continue;
    if (left.some((t) => PEERAGE.has(lower(t)))) continue;
    const a = trimMention(tokens, text, first, k - 1, sentence);
    const b = trimMention(tokens, text, k + 1, last, sentence);
    if (b) b.employer = true;
    return [a, b].filter((m): m is NameMention => m !== null);
  }
  // "envoy to Ukraine Karl Weber": a country or city glued in front of a given name and surname.
  const lead = lower(tokens[first]!);
  if (last - first >= 2 && (COUNTRY_FORMS.has(lead) || PLACES.has(lead) || KNOWN_PLACES.has(lead)) && !GIVEN_NAMES.has(lead) && GIVEN_NAMES.has(lower(tokens[first + 1]!))) {
    const a = trimMention(tokens, text, first, first, sentence);
    const b = trimMention(tokens, text, first + 1, last, sentence);
    return [a, b].filter((m): m is NameMention => m !== null);
  }
  // "Chrysler LLC Jim Press", "Apple Inc. Steve Jobs": a given name and surname closing a longer run.
  for (let k = last - 1; k > first; k--) {
    if (!GIVEN_NAMES.has(lower(tokens[k]!)) || last - k > 2) continue;
    const before = tokens.slice(first, k);
    if (before.every(isTitle)) break;
    const orgish = before.some((t) => ORG_WORDS.has(lower(t)) || /^\p{Lu}{2,}\.?$/u.test(t.text) || /\.$/.test(t.text));
    if (!orgish || before.some((t) => TITLE_WORDS.has(lower(t)))) break;
    const a = trimMention(tokens, text, first, k - 1, sentence);
    const b = trimMention(tokens, text, k, last, sentence);
    return [a, b].filter((m): m is NameMention => m !== null);
  }
  const m = trimMention(tokens, text, first, last, sentence);
  return m ? [m] : [];
}

/** Drops honorifics and title words in front (kept as role material), titles after, and connectors at the edges. */
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
  // "Commissioner for Transport", "Secretary of State": a title with its portfolio is a role, not a name.
  if (f === first && NAME_AFTER_TITLE.has(lower(tokens[first]!)) && last > first && /^(?:of|for)$/i.test(tokens[first + 1]!.text)) return null;
  // "U.S. Rep. Ilhan Omar", "Lt. Col. Alexander Vindman": the name starts after the last honorific.
  for (let k = last - 1; k >= f; k--) {
    const word = lower(tokens[k]!).replace(/\.$/, '');
    if ((HONORIFICS.has(word) || HONORIFICS.has(`${word}.`)) && isCapitalised(tokens[k + 1]!)) {
      if (k > f) titleFirst = first;
      honorific = true;
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
  // "NUJ General Secretary": title words after an organisation's name are not part of it.
  if (l > f && isTitle(tokens[l]!)) {
    let k = l;
    while (k > f && isTitle(tokens[k]!)) k--;
    if (!isTitle(tokens[k]!) && !ORG_WORDS.has(lower(tokens[l]!))) l = k;
  }
  if (f > l) return null;
  // A run made only of title words ("Secretary General", "Prime Minister") is a role, not a name.
  if (tokens.slice(f, l + 1).every(isTitle) && !KNOWN_ORGS.has(text.slice(tokens[f]!.start, tokens[l]!.end).toLowerCase())) return null;
  const start = tokens[f]!.start;
  const end = tokens[l]!.end;
  const next = tokens[l + 1];
  const compound = !!next && next.text === '-' && next.start === tokens[l]!.end && /^\p{Ll}/u.test(tokens[l + 2]?.text ?? '');
  return { first: f, last: l, start, end, text: text.slice(start, end), titleFirst, honorific, sentence, compound };
}
