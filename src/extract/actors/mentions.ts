// Finds name mentions: runs of capitalised tokens, with the few lower-case
// connectors that occur inside names ("Bank of England", "Center for a New
// American Security"), minus honorifics and title words in front
// ("Ukrainian President Volodymyr Zelenskyy" → "Volodymyr Zelenskyy").
import type { Analysis, Token } from '../nlp.js';
import { PERSON_NOUNS, SOURCE_NOUNS } from '../claims/lexicon.js';
import { genderOfGivenName, isListedGivenName } from '../claims/name-genders.js';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, KNOWN_ORG_NAMES, KNOWN_ORGS, ORG_WORDS, PLACE_PHRASES, PLACE_WORDS, PLACES, REGION_ADJECTIVES } from '../lexicon/names.js';
import { COUNTRY_FORMS, EVERYDAY_WORDS, HONORIFICS, KNOWN_PLACES, NOT_NAMES, PERSON_KINDS, TITLE_MODIFIERS, TITLE_WORDS } from './lexicon.js';

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
  /** The name's actor is known to be a person (by other mentions or evidence): a slot that selects a person reads it as one. */
  person?: boolean;
}

const CAPITAL_PREPOSITIONS = /^(?:Against|Without|Beyond|Under|Across|Among|Within|Through|Between)$/;
// ("Dar es Salaam": "es" is the Arabic article of place names, as "al" is.)
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'al', 'es', 'bin', 'da', 'di', 'dal', 'del', 'della', 'dos', 'das', 'a', '&']);
const DIRECTIONAL = new Set(['central', 'eastern', 'western', 'northern', 'southern', 'north', 'south', 'east', 'west', 'upper', 'lower']);
const COLLECTIVE_HEADS = new Set(['countries', 'states', 'nations', 'republics', 'allies']);
/** Title words that, inside a run, mark where a person's name starts. Words that also begin organisation names are left out. */
const NAME_AFTER_TITLE = new Set([...TITLE_WORDS].filter((w) => !['general', 'head', 'trade', 'health', 'culture', 'home', 'foreign', 'justice', 'interior', 'finance', 'defence', 'defense', 'current', 'former', 'vice', 'deputy', 'shadow', 'labour', 'tory', 'democrat', 'republican', 'unit'].includes(w)));

/**
 * Whether the token before `t` opens a quotation, a bracket or a list item, so that `t` begins a
 * phrase as a sentence's first word does. A straight quote opens only when glued to the word after it and not
 * to the one before: in `the "failing" Child Support Agency` it closes, and "Child" is inside.
 */
export function afterOpening(tokens: readonly Token[], t: number): boolean {
  const prev = tokens[t - 1];
  if (!prev || !tokens[t]) return false;
  // (A line break glued to it is no word: a quote that opens a paragraph opens.)
  if (/^["']$/.test(prev.text)) return prev.end === tokens[t]!.start && !(tokens[t - 2] && tokens[t - 2]!.end === prev.start && tokens[t - 2]!.pos !== 'SPACE');
  // "- Licensees who …": a list item's bullet opening its sentence. (Not a dash: "— Dele (@dele_official)" signs a post.)
  if (/^[-•*·]$/.test(prev.text)) return tokens[t - 2] === undefined || tokens[t - 2]!.sentence !== prev.sentence || tokens[t - 2]!.pos === 'SPACE';
  return /^[“‘([:]$/.test(prev.text);
}

/** Parts of speech of function words, which open a title ("Are You Lonesome Tonight") but no name. */
const FUNCTION_POS = new Set(['AUX', 'PRON', 'ADP', 'DET', 'PART', 'SCONJ', 'CCONJ']);

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);
const lower = (t: Token): string => t.text.toLowerCase();
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const DATE_NAMES = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Words seen capitalised inside sentences, and words seen in lower case anywhere. */
interface Evidence {
  capitalisedInside: Set<string>;
  lowercase: Set<string>;
  /** Sentences written in title case (headings, deal lines, menu items), where a capital says nothing. */
  titleCased: Set<number>;
  /** Names of two capitalised words or more that the text writes inside a sentence ("airline Virgin Blue"), in lower case. */
  namedInside: Set<string>;
  text: string;
}

/** Short function words that title case leaves in lower case (Chicago Manual of Style 8.159). */
const TITLE_CASE_MINOR = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'with', 'from', 'into']);

/** "Best Grocery Store Deals This Week", "Nighttime Supplement": every word but the minor ones capitalised, and no list. */
function isTitleCased(tokens: readonly Token[], first: number, last: number): boolean {
  let capitalised = 0;
  let commas = 0;
  for (let t = first; t <= last; t++) {
    const tok = tokens[t]!;
    // ("Subs: Wright, Pistone, Weir": a list of names is no heading.)
    if (tok.text === ',' && ++commas >= 2) return false;
    if (!/^\p{L}/u.test(tok.text)) continue;
    if (isCapitalised(tok)) capitalised++;
    else if (!TITLE_CASE_MINOR.has(tok.text)) return false;
  }
  return capitalised >= 2;
}

function gatherEvidence(analysis: Analysis): Evidence {
  const capitalisedInside = new Set<string>();
  const lowercase = new Set<string>();
  const titleCased = new Set<number>();
  const namedInside = new Set<string>();
  const { tokens, text } = analysis;
  for (const s of analysis.sentences) {
    if (isTitleCased(analysis.tokens, s.first, s.last)) {
      titleCased.add(s.i);
      for (let t = s.first; t <= s.last; t++) if (/^\p{Ll}/u.test(analysis.tokens[t]!.text)) lowercase.add(analysis.tokens[t]!.text);
      continue;
    }
    for (let t = s.first; t <= s.last; t++) {
      const tok = analysis.tokens[t]!;
      if (/^\p{Ll}/u.test(tok.text)) lowercase.add(tok.text);
      else if (t > s.first && isCapitalised(tok) && !(afterOpening(analysis.tokens, t) && analysis.tokens[t - 1]!.text !== ':')) capitalisedInside.add(lower(tok));
    }
    for (let t = s.first + 1; t <= s.last; t++) {
      if (!isCapitalised(tokens[t]!) || afterOpening(tokens, t) || isCapitalised(tokens[t - 1]!)) continue;
      const last = insideRunEnd(tokens, text, t, s.last);
      if (last > t) namedInside.add(text.slice(tokens[t]!.start, tokens[last]!.end).toLowerCase());
    }
  }
  return { capitalisedInside, lowercase, titleCased, namedInside, text };
}

/** The longest run of name words read from one capital: no real name is longer, and a bound keeps the scan linear. */
const MAX_RUN_TOKENS = 12;

/** The last token of a run of capitalised words from `first`, joined by spaces, "&" or "of" ("Bank of America"). */
function insideRunEnd(tokens: readonly Token[], text: string, first: number, sentenceLast: number): number {
  let last = first;
  for (let k = first + 1; k <= Math.min(sentenceLast, first + MAX_RUN_TOKENS); k++) {
    if (!adjacent(text, tokens[k - 1]!, tokens[k]!)) break;
    if (isCapitalised(tokens[k]!)) last = k;
    else if (!/^(?:of|&)$/.test(tokens[k]!.text)) break;
  }
  return last;
}

/**
 * "Virgin Blue was launched", "Bank of America said": whether the sentence-initial word at `t` opens a name of two
 * words or more that the text also writes inside a sentence, where its capitals are evidence. (At a sentence start an
 * everyday word, written in lower case elsewhere, is otherwise no name: "Virgin" would leave "Blue" alone.)
 */
function opensNamedInside(tokens: readonly Token[], t: number, sentenceLast: number, ev: Evidence): boolean {
  if (ev.namedInside.size === 0) return false;
  const last = insideRunEnd(tokens, ev.text, t, sentenceLast);
  for (let k = last; k > t; k--) if (isCapitalised(tokens[k]!) && ev.namedInside.has(ev.text.slice(tokens[t]!.start, tokens[k]!.end).toLowerCase())) return true;
  return false;
}

/** A token that can be part of a name. */
/**
 * Unit symbols written in capitals (SI and IEC 80000-13: "GHz", "MB", "kW") with the generation and
 * format marks written the same way ("3D", "4K", "5G"), and ISO 4217 currency codes.
 */
const UNIT_SYMBOLS = new Set(['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'Hz', 'KHz', 'MHz', 'GHz', 'W', 'kW', 'MW', 'GW', 'TW', 'kWh', 'MWh', 'GWh', 'TWh', 'V', 'kV', 'mAh', 'D', 'G', 'K', 'C', 'F', 'MP', 'Mbps', 'Gbps', 'Kbps']);
const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP', 'AUD', 'CAD', 'NZD', 'JPY', 'CNY', 'RMB', 'HKD', 'SGD', 'CHF', 'INR', 'RUB', 'ZAR', 'SEK', 'NOK', 'DKK', 'BRL', 'MXN', 'KRW', 'TRY', 'PLN']);

/**
 * "1.8GHz", "a 40 GB drive", "$249 USD", "AU$52.5 million": a unit or a currency by a figure, or a
 * country's letters glued to a currency sign, is a measure, not a name.
 */
function isUnitOrCurrency(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t]!;
  const prev = tokens[t - 1];
  const next = tokens[t + 1];
  if (next && next.start === tok.end && /^[$€£¥]/.test(next.text) && /^\p{Lu}{1,3}$/u.test(tok.text)) return true;
  if (!prev || prev.pos !== 'NUM' || tok.start - prev.end > 1 || /^(?:1[89]|20)\d\d$/.test(prev.text)) return false;
  const symbol = tok.text.replace(/\.$/, '');
  return UNIT_SYMBOLS.has(symbol) || CURRENCY_CODES.has(symbol);
}

/**
 * "Child Support Agency": whether the capitalised words right after `t` close on an organisation's word; or
 * "Bank of America", "Ministry of Defence": whether `t` is itself one with "of" and a capitalised word after it.
 */
function endsInBody(tokens: readonly Token[], t: number, sentenceLast: number): boolean {
  // ("Meanwhile Labour Party members": an adverb or a verb opening the sentence is no part of the name.)
  if (!['NOUN', 'PROPN', 'ADJ'].includes(tokens[t]!.pos)) return false;
  // (A body's word before its complement: a capital on the complement's first word makes the whole a name.)
  if (/^\p{Lu}\p{Ll}+$/u.test(tokens[t]!.text) && ORG_WORDS.has(lower(tokens[t]!)) && t + 2 <= sentenceLast && tokens[t + 1]!.text === 'of' && /^\p{Lu}\p{Ll}/u.test(tokens[t + 2]!.text)) return true;
  let k = t;
  while (k + 1 <= sentenceLast && k - t < 3 && /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]!.text) && tokens[k + 1]!.start - tokens[k]!.end === 1) k++;
  return k > t && ORG_WORDS.has(lower(tokens[k]!));
}

/** A token that can be part of a name; `bodyAhead`: the capitalised words after it end in an organisation's word. */
function isNameToken(t: Token, sentenceStart: boolean, ev: Evidence, next?: Token, bodyAhead = false, namedInside = false): boolean {
  if (!isCapitalised(t)) return false;
  if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'NUM' || t.pos === 'PRON') return false;
  const word = lower(t);
  if (NOT_NAMES.has(word)) return false;
  // "I'm", "We've": a pronoun with its verb.
  if (CONTRACTION.test(word)) return false;
  // "Ex-chief", "Co-founder": a title written with a prefix.
  if (/^(?:ex|co|vice|deputy|acting)-\p{L}/u.test(word)) return false;
  // "X-shaped", "U-turn", "T-shirt": a letter joined to a lower-case word is a common word, shaped or named like the letter.
  if (/^\p{Lu}-\p{Ll}{2,}$/u.test(t.text)) return false;
  // "MPs", "CEOs": plural acronyms are common nouns.
  if (PLURAL_ACRONYM.test(t.text)) return false;
  // "MORE", "WATCH", "GO": an everyday word in capitals is page furniture or emphasis, not an acronym
  // (a short one without a vowel is an acronym: "GM", "BP").
  if (/^\p{Lu}{2,}$/u.test(t.text) && (t.text.length >= 4 || /[AEIOUY]/.test(t.text)) && isEveryday(word) && !KNOWN_ORGS.has(word) && !COUNTRY_FORMS.has(word)) return false;
  if (sentenceStart) {
    // A capital at a sentence start says little: the word must look like a name elsewhere too.
    // ("Child Support Agency" opening a sentence keeps its first word, though "child" is written in lower case elsewhere.)
    // ("New York", "New Jersey", "New Zealand" open a sentence whole, though "new" is written in lower case elsewhere.)
    const pair = next && next.start === t.end + 1 ? `${word} ${lower(next)}` : '';
    const knownPair = namedInside || (pair !== '' && (PLACE_PHRASES.has(pair) || KNOWN_PLACES.has(pair) || COUNTRY_FORMS.has(pair) || KNOWN_ORG_NAMES.has(pair) || KNOWN_ORGS.has(pair)));
    if (ev.lowercase.has(word) && !bodyAhead && !knownPair) return false;
    // "Revenues rose", "Events were held": an everyday word is a name only if capitalised elsewhere.
    // ("General Motors", "New GM": followed by a capitalised word, it begins a longer name).
    // "Shadow Europe minister" is not such a name: a title word in front of a country or place modifies it.
    // Nor are "Related Coverage", "Top Stories": two everyday words, unless the second makes an organisation.
    const modifiesPlace = TITLE_WORDS.has(word) && !!next && (COUNTRY_FORMS.has(lower(next)) || PLACES.has(lower(next)));
    // ("United Nations spokesman", "New York police": a pair the gazetteers know opens a longer name too.)
    const longer = knownPair || (!!next && next.start === t.end + 1 && isCapitalised(next) && !NOT_NAMES.has(lower(next)) && !modifiesPlace && (!isEveryday(lower(next)) || ORG_WORDS.has(lower(next)) || bodyAhead));
    // ("Bank of America announced": a body's word with its capitalised complement after "of" begins one too.)
    if (isEveryday(word) && !ev.capitalisedInside.has(word) && !/^\p{Lu}{2,}$/u.test(t.text) && !isKnownName(word) && !longer && !(bodyAhead && next?.text === 'of')) return false;
    // "Reports say", "Officials said", "Critics warn": plural sources are common nouns, whatever the tagger says.
    if (word.endsWith('s') && (PERSON_NOUNS.has(word) || SOURCE_NOUNS.has(word))) return false;
    return t.pos === 'PROPN' || ev.capitalisedInside.has(word) || /^\p{Lu}{2,}$/u.test(t.text) || bodyAhead;
  }
  // Inside a sentence a capital is itself the evidence, whatever the tagger guessed ("Downing Street", "Gareth Pierce").
  return true;
}

const CONTRACTION = /^(?:i|you|we|they|he|she|it|that|there|what|who|let|here)['’](?:m|re|ve|ll|d|s)$/;

/** An everyday English word, in the singular or the plural ("revenues", "events"). */
export function isEveryday(word: string): boolean {
  if (EVERYDAY_WORDS.has(word)) return true;
  // The list is American (SemCor): "organisations" is "organizations" spelt the British way.
  if (/isations?$/.test(word)) return isEveryday(word.replace(/isation(s?)$/, 'ization$1'));
  if (!word.endsWith('s')) return false;
  return EVERYDAY_WORDS.has(word.slice(0, -1)) || (word.endsWith('es') && EVERYDAY_WORDS.has(word.slice(0, -2))) || (word.endsWith('ies') && EVERYDAY_WORDS.has(`${word.slice(0, -3)}y`));
}

/** A word the gazetteers know as a country, people, place or organisation ("Poles", "Reading"). */
/** The gazetteers' names as one set, looked up once per word. */
const KNOWN_NAMES = new Set([...COUNTRY_FORMS.keys(), ...KNOWN_ORGS.keys(), ...KNOWN_ORG_NAMES, ...PLACES]);
const isKnownName = (word: string): boolean => KNOWN_NAMES.has(word);

/** Lower-case particles inside a person's surname ("den Hartog", "van Gogh", "da Silva", "dal Maso", "dos Santos"). */
const SURNAME_PARTICLES = new Set(['de', 'du', 'von', 'van', 'der', 'den', 'da', 'di', 'dal', 'del', 'della', 'dos', 'das']);

/** "al-Qaeda", "bin-Laden": a lower-case particle joined by a hyphen to the name it begins. */
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'ul']);

/** "Jane Holloway, D-Ohio,": a legislator's party and state after the name is role material, not an actor. */
const PARTY_TAG = /^[DRI]-\p{Lu}[\p{L}.]{1,12}$/u;
/** "(D-Calif.)", "(R-N.Y.)": whether `at` lies inside a bracketed party and state tag. */
function inPartyTag(text: string, at: number): boolean {
  // (Only the six characters before `at` are searched: a bracket further back opens no tag here.)
  const stop = Math.max(0, at - 6);
  let open = at;
  while (open >= stop && text[open] !== '(') open--;
  return open >= stop && /^\([DRI]-\p{Lu}[\p{L}. ]{1,14}\)/u.test(text.slice(open, open + 18));
}

/** Lower-case nouns for a state's institutions, which a country's name or adjective in front makes a name ("US government"). */
const STATE_INSTITUTIONS = new Set(['government', 'administration', 'military', 'army', 'navy', 'authorities', 'police', 'parliament', 'cabinet', 'embassy', 'judiciary']);

const CREDIT_LINE = /^\(?(?:additional |contributing )?(?:reporting|editing|writing|compiled|produced|photos?|graphics?) by\b|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b/i;
const PLURAL_ACRONYM = /^\p{Lu}{2,5}s$/u;
const POSSESSIVE_S = /^[’']s$/;
const FAMILY = /^famil(?:y|ies)$/;
/**
 * "Guildford Four", "Maguire Seven", "Group of Eight": capitalised number words inside a name. (With the words for
 * the large round numbers: "Million Dollar Baby" is one name, not "Dollar Baby".)
 */
export const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'hundred', 'thousand', 'million', 'billion']);

const adjacent = (text: string, a: Token, b: Token): boolean => a.end === b.start || /^[ \u00a0]$/.test(text.slice(a.end, b.start));

export function findNameMentions(analysis: Analysis): NameMention[] {
  const { tokens, sentences, text } = analysis;
  const ev = gatherEvidence(analysis);
  const mentions: NameMention[] = [];
  const titles: string[] = [];
  for (const sentence of sentences) {
    // "(Reporting by X; Editing by Y)", "AP writers X and Y contributed to this report": credits, not actors.
    if (CREDIT_LINE.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 400)))) continue;
    if (isFurniture(tokens, sentence.first, sentence.last)) continue;
    let t = sentence.first;
    while (t <= sentence.last) {
      let tok = tokens[t]!;
      const atStart = t === sentence.first || afterOpening(tokens, t);
      // "al-Qaeda": the particle begins the name.
      const particle = NAME_PARTICLES.has(tok.text) && tokens[t + 1]?.text === '-' && tokens[t + 1]!.start === tok.end && tokens[t + 2]?.start === tokens[t + 1]!.end && isCapitalised(tokens[t + 2]!);
      // "Six Nations", "Big Four" inside a sentence: a capitalised number word opens the name that follows it.
      const numberLed = !atStart && NUMBER_WORDS.has(lower(tok)) && isCapitalised(tok) && t < sentence.last && adjacent(text, tok, tokens[t + 1]!) && isNameToken(tokens[t + 1]!, false, ev);
      // "comedy sequel Meet the Fockers", "his new thriller Hide and Seek": a title after the noun for
      // a work names the work, not an actor; its words are dropped here and wherever they recur. So does
      // a title in quotation marks that reads as a phrase, not a name ('"Grief Never Grows Old"').
      // (It may open with a function word, which opens no name: "the single Are You Lonesome Tonight".)
      const quotedEnd = particle ? -1 : quotedTitleEnd(tokens, t, sentence.last);
      const workEnd = particle || quotedEnd >= 0 ? -1 : workTitleEnd(tokens, t, sentence.last);
      // ("High-Speed Downlink Packet Access" opening a sentence: the word after a hyphen that joins two words is the next word.)
      const hyphened = t + 2 <= sentence.last && tokens[t + 1]!.text === '-' && tokens[t + 1]!.start === tok.end && tokens[t + 2]!.start === tokens[t + 1]!.end;
      const nextWord = hyphened ? tokens[t + 2] : t < sentence.last ? tokens[t + 1] : undefined;
      const opensName = (): boolean => numberLed || (!isUnitOrCurrency(tokens, t) && isNameToken(tok, atStart, ev, nextWord, endsInBody(tokens, t, sentence.last)));
      const titleEnd = quotedEnd >= 0 ? quotedEnd : workEnd >= 0 && (FUNCTION_POS.has(tok.pos) || opensName()) ? workEnd : -1;
      if (titleEnd >= 0) {
        titles.push(text.slice(tokens[t]!.start, tokens[titleEnd]!.end));
        t = titleEnd + 1;
        continue;
      }
      if (isUnitOrCurrency(tokens, t)) {
        t++;
        continue;
      }
      const namedInside = atStart && opensNamedInside(tokens, t, sentence.last, ev);
      // "the Sunday Times", "The Sunday Telegraph": a day's name between "the" and a name opens that name (a day
      // names no time with "the" before a name: "on Sunday Mr Blair" has none).
      const dayLed = WEEKDAYS.test(lower(tok)) && /^the$/i.test(tokens[t - 1]?.text ?? '') && t < sentence.last && adjacent(text, tok, tokens[t + 1]!) && isCapitalised(tokens[t + 1]!) && isNameToken(tokens[t + 1]!, false, ev);
      if (!particle && !numberLed && !dayLed && !isNameToken(tok, atStart, ev, nextWord, endsInBody(tokens, t, sentence.last), namedInside)) {
        t++;
        continue;
      }
      // "Subs Not Used: Butt, Harper", "Att: 50,430": everyday words before a colon label what follows.
      // ("The Latest: ...": an article in front leaves the label a label.)
      const articleLed = t - 1 === sentence.first && /^(?:The|A|An)$/.test(tokens[t - 1]!.text);
      if (atStart || articleLed || tokens[t - 1]?.text === '.' || tokens[t - 1]?.pos === 'NUM') {
        let k = t;
        while (k <= sentence.last && k - t < 4 && /^\p{Lu}/u.test(tokens[k]!.text) && (isEveryday(lower(tokens[k]!)) || NOT_NAMES.has(lower(tokens[k]!)) || /^(?:subs|att|ref)$/i.test(tokens[k]!.text))) k++;
        if (k > t && tokens[k]?.text === ':') {
          t = k + 1;
          continue;
        }
      }
      let last = particle ? t + 2 : t;
      if (particle) tok = tokens[t + 2]!;
      for (let n = last + 1; n <= sentence.last; n++) {
        const prev = tokens[n - 1]!;
        const next = tokens[n]!;
        // "Secretary-General": a hyphen with no spaces joins.
        if (next.text === '-' && prev.end === next.start && n + 1 <= sentence.last && tokens[n + 1]!.start === next.end && /^\p{L}/u.test(tokens[n + 1]!.text)) {
          // "Low-fare Airlines": a lower-case part joins only when a capitalised word follows.
          const part = tokens[n + 1]!;
          const then = tokens[n + 2];
          // "Australian-born Assange", "London-based Barclays": a participle makes the compound a modifier.
          // ("Oscar-nominated Owen", "Bafta-winning Staunton": so does any lower-case participle in "-ed" or "-ing".)
          const participle = /^(?:born|based|led|owned|backed|run|made|bred|funded|listed|registered|headquartered)$/i.test(part.text) || /^\p{Ll}{3,}(?:ed|ing)$/u.test(part.text);
          // "Kim Jong-un", "Kim Jong-il": a short lower-case syllable closes a romanised given name.
          // ("Ban Ki-moon", "Moon Jae-in", "Park Geun-hye", "Yoo Ji-chang": after a family name, a short capitalised syllable and a lower-case
          // one of up to five letters, as the Revised Romanization writes Korean syllables: "chang", "hyung", "seong".)
          const afterFamily = n - 1 > t && /^\p{Lu}\p{Ll}{0,3}$/u.test(prev.text) && /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[n - 2]!.text) && adjacent(text, tokens[n - 2]!, prev);
          const syllable =
            (afterFamily ? /^\p{Ll}{1,4}$/u.test(part.text) || (/^\p{Ll}{5}$/u.test(part.text) && !participle && !isEveryday(part.text)) : /^\p{Ll}{1,3}$/u.test(part.text)) &&
            !/^(?:old|led|run|era|ups?|out|off|on|by|to|and|of|the|for|up|new|day|way|end|like|wide|free|type|size|less|long|term|time|year|born|made|held|only|rich|poor|post|city|area|zone|team|club|side)$/.test(part.text) &&
            !(part.text === 'in' && !afterFamily) &&
            !(then && adjacent(text, part, then) && /^\p{L}/u.test(then.text) && then.start === part.end);
          // ("China-sympathetic Western interests", "Kremlin-friendly": so does an adjective after a name; "Low-fare Airlines" is a name.)
          const modifier = participle || (part.pos === 'ADJ' && /^\p{Ll}+$/u.test(part.text) && (COUNTRY_FORMS.has(lower(prev)) || KNOWN_PLACES.has(lower(prev)) || !isEveryday(lower(prev))));
          if (isCapitalised(part) || syllable || (!modifier && then && n + 2 <= sentence.last && adjacent(text, part, then) && isNameToken(then, false, ev))) {
            last = ++n;
            continue;
          }
        }
        // "U.S. Attorney's Office", "Prime Minister's Questions": an office's possessive inside a name;
        // "St Mary's Hospital", "Lloyd's Register": a possessive before an organisation's or a place's word.
        const ownsBody =
          n + 1 <= sentence.last && (ORG_WORDS.has(lower(tokens[n + 1]!)) || PLACE_WORDS.has(lower(tokens[n + 1]!))) && isCapitalised(tokens[n + 1]!) && (/^St\.?$|^Saint$/.test(tokens[t]!.text) || GIVEN_NAMES.has(lower(prev)) || isEveryday(lower(prev)) || PERSON_KINDS.has(lower(prev)));
        // "Magistrates' Court", "Teachers' Union": a plural possessive before an organisation word too.
        // ("St James' Park": a saint's name ending in "s" takes the mark alone.)
        const plural = /^[’']$/.test(next.text) && /s$/.test(prev.text) && n + 1 <= sentence.last && (ORG_WORDS.has(lower(tokens[n + 1]!)) || ownsBody);
        // ("Labour's Paul Flynn", "Chelsea's Frank Lampard": before a given name the possessive ends the owner's name.)
        const personAfter = n + 1 <= sentence.last && GIVEN_NAMES.has(lower(tokens[n + 1]!)) && !ORG_WORDS.has(lower(tokens[n + 1]!)) && !PLACE_WORDS.has(lower(tokens[n + 1]!));
        if ((POSSESSIVE_S.test(next.text) || plural) && prev.end === next.start && (TITLE_WORDS.has(lower(prev)) || ownsBody || plural) && !personAfter && n + 1 <= sentence.last && adjacent(text, next, tokens[n + 1]!) && isNameToken(tokens[n + 1]!, false, ev)) {
          last = ++n;
          continue;
        }
        if (!adjacent(text, prev, next)) break;
        // ("Theresa May", "Mike Friday": a month's or a day's name right after a given name is a surname,
        // unless a figure follows it, as in a date.)
        // (A given name that is also a word, "Mike", only after a person noun: "coach Mike Friday".)
        const titledBefore = !!tokens[t - 1] && /^\p{Ll}/u.test(tokens[t - 1]!.text) && PERSON_KINDS.has(lower(tokens[t - 1]!));
        // ("Guitarist Brian May", "Labour MSP Christine May": so after a title or a person noun that opens the run.)
        const givenAt = n - 1;
        const titledInside = givenAt > t && tokens.slice(t, givenAt).every((x) => TITLE_WORDS.has(lower(x)) || PERSON_KINDS.has(lower(x)));
        const dateSurname =
          DATE_NAMES.test(lower(next)) &&
          isCapitalised(next) &&
          (givenAt === t || titledInside) &&
          GIVEN_NAMES.has(lower(tokens[givenAt]!)) &&
          (!AMBIGUOUS_GIVEN_NAMES.has(lower(tokens[givenAt]!)) || titledBefore || titledInside) &&
          tokens[n + 1]?.pos !== 'NUM';
        if (isNameToken(next, false, ev) || (NUMBER_WORDS.has(lower(next)) && isCapitalised(next)) || dateSurname) {
          last = n;
          continue;
        }
        // A connector joins two capitalised parts ("Bank of England"), but not after a lone sentence-initial word;
        // so does a capitalised preposition ("League Against Cruel Sports", "Doctors Without Borders").
        let k = n;
        // ("Mohammed Mustafa al-Jibouri": a particle may be joined to the surname with a hyphen.)
        const hyphenAfter = (i: number): boolean => tokens[i]!.text === '-' && i > n && CONNECTORS.has(lower(tokens[i - 1]!)) && tokens[i - 1]!.end === tokens[i]!.start && tokens[i + 1]?.start === tokens[i]!.end;
        while (k <= sentence.last && k - n < 2 && (CONNECTORS.has(lower(tokens[k]!)) || (k === n && CAPITAL_PREPOSITIONS.test(tokens[k]!.text)) || hyphenAfter(k))) k++;
        // ("Jurgen den Hartog said": a surname's particle joins a sentence's first word as well.)
        // "Michael Mann for Collateral": "for" after a person's name starts what the person is named for.
        const forPerson = lower(next) === 'for' && last > t && GIVEN_NAMES.has(lower(tokens[t]!)) && !AMBIGUOUS_GIVEN_NAMES.has(lower(tokens[t]!)) && !tokens.slice(t, last + 1).some((x) => ORG_WORDS.has(lower(x)));
        if (forPerson) break;
        // ("Procter & Gamble said": "&" joins partners' names even after a sentence's first word.)
        // ("Dar es Salaam is", "Rio de Janeiro has": a place the gazetteer knows by the joined words opens the sentence whole.)
        const joinedWords = k <= sentence.last ? text.slice(tokens[t]!.start, tokens[k]!.end).toLowerCase() : '';
        const knownJoin = joinedWords !== '' && (isKnownName(joinedWords) || PLACE_PHRASES.has(joinedWords) || KNOWN_PLACES.has(joinedWords) || (namedInside && ev.namedInside.has(joinedWords)));
        // ("Bank of America announced": a body's word with "of" opens the body's name at a sentence start too.)
        const bodyOf = lower(next) === 'of' && ORG_WORDS.has(lower(tok)) && /^\p{Lu}\p{Ll}+$/u.test(tok.text);
        const loneStart = atStart && last === t && next.text !== '&' && !knownJoin && !bodyOf && !(k === n + 1 && SURNAME_PARTICLES.has(next.text) && tok.pos === 'PROPN' && !isEveryday(lower(tok)));
        // "Matt Lucas & David Walliams": "&" between two people's names joins nothing.
        const twoPeople = next.text === '&' && GIVEN_NAMES.has(lower(tokens[k]!)) && tokens.slice(t, n).some((x) => GIVEN_NAMES.has(lower(x)));
        if (!loneStart && !twoPeople && k > n && k <= sentence.last && isNameToken(tokens[k]!, false, ev) && !(lower(next) === 'the' && k === n + 1)) {
          last = k;
          n = k;
          continue;
        }
        // "Department for Work and Pensions", "Commons Work and Pensions Committee": "and" inside an organisation's name.
        if (lower(next) === 'and' && (last > t || (isEveryday(lower(tok)) && !isKnownName(lower(tok))))) {
          const joined = joinedByAnd(tokens, t, last, n, sentence.last, ev);
          if (joined > 0) {
            last = joined;
            n = joined;
            continue;
          }
        }
        // "Central and Eastern Europe": "and" between directionals only.
        if (lower(next) === 'and' && last === t && DIRECTIONAL.has(lower(tok)) && n + 1 <= sentence.last && DIRECTIONAL.has(lower(tokens[n + 1]!))) {
          last = n + 1;
          n = n + 1;
          continue;
        }
        break;
      }
      // "Tested by: John Smith RRP: £20": in a line of labels and their values, a word glued to a colon after a
      // value's name opens the next label; it is no part of the name, and no name itself.
      const labelColon = nextLabel(tokens, t, last, sentence.last);
      if (labelColon.start > t) last = labelColon.start - 1;
      // "the US government denied", "the Iraqi transitional government will": a country's name or adjective with a
      // lower-case noun for its state's institutions, as a clause's subject, names that institution, an actor of its own.
      if (COUNTRY_FORMS.has(text.slice(tokens[t]!.start, tokens[last]!.end).toLowerCase())) {
        let k = last + 1;
        while (k <= sentence.last && k - last <= 2 && !STATE_INSTITUTIONS.has(tokens[k]!.text) && tokens[k]!.pos === 'ADJ' && /^\p{Ll}+$/u.test(tokens[k]!.text)) k++;
        // Only as a party to what happens, the subject of a verb ("the US government denied"); "a US government
        // report", "talks with the Romanian government" leave the country the actor.
        const verb = tokens[k + 1]?.pos === 'ADV' ? tokens[k + 2] : tokens[k + 1];
        if (k <= sentence.last && STATE_INSTITUTIONS.has(tokens[k]!.text) && adjacent(text, tokens[k - 1]!, tokens[k]!) && (verb?.pos === 'VERB' || verb?.pos === 'AUX')) last = k;
      }
      // "the Keane family", "the Keane and Dwyer families": a family named by its surname is a group.
      const surnames = tokens.slice(t, last + 1).every((k) => /^\p{L}+$/u.test(k.text));
      if (surnames && FAMILY.test(tokens[last + 1]?.text ?? '') && adjacent(text, tokens[last]!, tokens[last + 1]!)) last++;
      else if (last === t && lower(tokens[last + 1] ?? tok) === 'and' && last + 3 <= sentence.last && isNameToken(tokens[last + 2]!, false, ev) && /^families$/i.test(tokens[last + 3]!.text)) last += 3;
      // "the Baltic countries", "the Gulf states": a collective noun completes a one-word name.
      const after = tokens[last + 1];
      // ("European countries", "Western allies": a region's adjective with the noun describes a set of states; it names none.)
      if (last === t && after && COLLECTIVE_HEADS.has(after.text) && adjacent(text, tokens[last]!, after) && !DIRECTIONAL.has(lower(tok)) && !REGION_ADJECTIVES.has(lower(tok))) last++;
      // "Article 5", "Section 3": a one-word name followed by a number is a reference, not an actor;
      // a longer one keeps its number ("BBC Radio 4").
      const numberAfter = tokens[last + 1];
      // ("beat Millwall 3-0": a score is no reference number.)
      const numbered = last === t && numberAfter?.pos === 'NUM' && !/^\d+-\d+$/.test(numberAfter.text) && !(numberAfter.text.match(/^\d+$/) && tokens[last + 2]?.text === '-');
      if (!numbered && last > t && numberAfter?.pos === 'NUM' && /^\d{1,2}$/.test(numberAfter.text) && adjacent(text, tokens[last]!, numberAfter)) last++;
      const partyTag = (tokens[t - 1]?.text === ',' && PARTY_TAG.test(text.slice(tokens[t]!.start, tokens[last]!.end))) || inPartyTag(text, tokens[t]!.start);
      // In a title-case line only a name's own words make one: everyday words, or words the text writes in
      // lower case ("Wireless Earphones", "Grocery Store"), are a name there only if written with capitals inside sentences too.
      const named = (m: NameMention): boolean =>
        !ev.titleCased.has(sentence.i) ||
        isKnownName(m.text.toLowerCase()) ||
        tokens.slice(m.first, m.last + 1).some((x) => /^\p{L}/u.test(x.text) && !CONNECTORS.has(lower(x)) && ((!isEveryday(lower(x)) && !ev.lowercase.has(lower(x))) || ev.capitalisedInside.has(lower(x)) || isKnownName(lower(x)) || GIVEN_NAMES.has(lower(x)) || /^\p{Lu}{2,}/u.test(x.text)));
      // "The History Boys by Alan Bennett", "Booker winner Alan Hollinghurst's The Line of Beauty": a work credited
      // to its maker is the work, not an actor; its words are dropped as a title's are.
      // (Without its "The", so that "Passion of the Christ director Mel Gibson" loses the work too.)
      if (isCreditedWork(tokens, t, last, sentence)) {
        titles.push(text.slice(tokens[t]!.start, tokens[last]!.end));
        t = last + 1;
        continue;
      }
      // "20th Century Fox", "the 101st Airborne Division": an ordinal in figures glued in front of a name of two words or
      // more is its first word (a date's ordinal stands before a month's name, which opens no name). Not after "a"/"an",
      // which make it a description ("a 21st Century Robin Hood"), nor before a person's given name, which it counts
      // ("the 21st James Bond film").
      const ordinal = tokens[t - 1];
      const ordinalLed = last > t && !!ordinal && ordinal.sentence === sentence.i && /^\d{1,3}(?:st|nd|rd|th)$/.test(ordinal.text) && adjacent(text, ordinal, tokens[t]!) && !/^an?$/i.test(tokens[t - 2]?.text ?? '') && !GIVEN_NAMES.has(lower(tokens[t]!));
      const from = ordinalLed ? t - 1 : t;
      if (!numbered && !partyTag) mentions.push(...keepNamedLead(splitRun(tokens, text, from, last, sentence.i), tokens, text, from, last, ev).filter(named));
      t = labelColon.start > t ? labelColon.colon + 1 : last + 1;
    }
  }
  if (titles.length === 0) return mentions;
  // Where the title is written again ("In Meet the Fockers, he ..."), its words name the work again.
  const spans: [number, number][] = [];
  for (const title of new Set(titles)) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length)) spans.push([at, at + title.length]);
  }
  return mentions.filter((m) => !spans.some(([start, end]) => m.start >= start && m.end <= end));
}

/**
 * "Virgin Blue reported", "Man United had": a person noun that opens a sentence is read as a title in front of a
 * name ("Economist Colen Garrow"); where the text writes the whole run inside a sentence too ("airline Virgin Blue"),
 * the noun is the name's first word. (A title word proper, "President Bush", stays a title: the press capitalises it
 * before a name inside a sentence as well.)
 */
function keepNamedLead(split: NameMention[], tokens: readonly Token[], text: string, first: number, last: number, ev: Evidence): NameMention[] {
  const [m] = split;
  if (split.length !== 1 || m === undefined || m.titleFirst !== first || m.first !== first + 1 || m.last !== last) return split;
  // (Nor a person noun before a person's name: "Sir Alex Ferguson", "DJ Mike Read", "Texan Michael Chicoine" are
  // written so inside a sentence too; nor one in capitals.)
  const lead = tokens[first]!;
  const personAfter = GIVEN_NAMES.has(lower(tokens[first + 1]!)) || AMBIGUOUS_GIVEN_NAMES.has(lower(tokens[first + 1]!));
  if (TITLE_WORDS.has(lower(lead)) || HONORIFICS.has(lower(lead)) || !/^\p{Lu}\p{Ll}+$/u.test(lead.text) || personAfter) return split;
  if (!ev.namedInside.has(text.slice(lead.start, tokens[last]!.end).toLowerCase())) return split;
  return [{ ...m, first, start: tokens[first]!.start, text: text.slice(tokens[first]!.start, m.end), titleFirst: null }];
}

/**
 * Whether the run [first, last] is the title of a work credited to its maker. A person's full name makes the
 * maker after "by" right behind the title ("The History Boys by Alan Bennett"); a possessive makes it before a
 * title that opens with a capitalised "The" inside a sentence ("Alan Hollinghurst's The Line of Beauty", "Robbie
 * Williams' The Ego Has Landed"), which no name of a person or a body does there.
 * (A name the gazetteer knows, or one with a body's or a place's word, stays a name: "Parliament by John Smith".)
 */
function isCreditedWork(tokens: readonly Token[], first: number, last: number, sentence: { first: number; last: number }): boolean {
  const words = tokens.slice(first, last + 1).map(lower);
  const joined = words.join(' ');
  if (isKnownName(joined) || KNOWN_PLACES.has(joined) || COUNTRY_FORMS.has(joined) || words.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w) || HONORIFICS.has(w)) || GIVEN_NAMES.has(words[0]!)) return false;
  const the = tokens[first - 1];
  const theLed = !!the && the.text === 'The';
  // ("by Alan Bennett", "by Sir Trevor McDonald": a given name or an honorific, then a capitalised surname.)
  const maker = (k: number): boolean => {
    const given = tokens[k];
    if (!given || k + 1 > sentence.last || !isCapitalised(tokens[k + 1]!)) return false;
    return (GIVEN_NAMES.has(lower(given)) && !AMBIGUOUS_GIVEN_NAMES.has(lower(given))) || HONORIFICS.has(lower(given));
  };
  if (tokens[last + 1]?.text === 'by' && last + 2 <= sentence.last && maker(last + 2)) {
    // ("sold to Chelsea by John Smith", "handed in at Downing Street by": a place or a side moved to or from is no work.)
    const before = tokens[(theLed ? first - 1 : first) - 1];
    if (!before || !/^(?:to|from|into|at|on|by|of|against|over|beat|beats|beaten)$/i.test(before.text)) return true;
  }
  const owner = tokens[first - 2];
  const possessive = !!owner && (POSSESSIVE_S.test(owner.text) || (/^[’']$/.test(owner.text) && /s$/.test(tokens[first - 3]?.text ?? '') && tokens[first - 3]!.end === owner.start));
  if (theLed && first - 1 > sentence.first && possessive && first - 3 >= sentence.first && isCapitalised(tokens[first - 3]!)) return true;
  return false;
}

/**
 * Where the run [first, last], the value of a label ("Tested by: John Smith RRP: £20"), runs on into the next
 * label, the label's first token and its colon; else start -1. The label is the word glued to the colon (with
 * capitalised everyday words before it that close no place's or body's name, "Kick Off:"), or a capitalised everyday word and lower-case ones
 * ("More info:"); the value's name keeps one word at least.
 */
function nextLabel(tokens: readonly Token[], first: number, last: number, sentenceLast: number): { start: number; colon: number } {
  const none = { start: -1, colon: -1 };
  if (tokens[first - 1]?.text !== ':' || last >= sentenceLast) return none;
  let colon = last + 1;
  // ("More info:": lower-case content words between the capitalised word and the colon.)
  while (colon <= sentenceLast && colon - last <= 2 && /^\p{Ll}+$/u.test(tokens[colon]!.text) && !TITLE_CASE_MINOR.has(tokens[colon]!.text) && !CONNECTORS.has(tokens[colon]!.text)) colon++;
  if (tokens[colon]?.text !== ':' || tokens[colon]!.start !== tokens[colon - 1]!.end) return none;
  if (colon > last + 1 && !isEveryday(lower(tokens[last]!))) return none;
  let start = last;
  // (A word that closes a place's or a body's name, "Road", "Club", stays with the name.)
  const labelWord = (w: string): boolean => isEveryday(w) && !PLACE_WORDS.has(w) && !ORG_WORDS.has(w);
  while (start - 1 > first && isCapitalised(tokens[start - 1]!) && labelWord(lower(tokens[start - 1]!))) start--;
  return start > first ? { start, colon } : none;
}

/**
 * Nouns for works of screen, stage, print, music and games (WordNet's hyponyms of "movie", "show",
 * "book", "musical composition" and "game" that the press puts before a title): "thriller Creep".
 */
export const WORK_NOUNS = new Set(
  `film movie drama series sitcom soap comedy thriller biopic sequel prequel remake documentary musical play opera ballet
  album single song track anthem novel book memoir biography autobiography poem painting game videogame show programme
  episode cartoon animation blockbuster epic western hit`.split(/\s+/),
);
/** Lower-case words a title may hold between its capitalised ones ("Meet the Fockers", "Assault on Precinct 13"). */
const TITLE_GLUE = new Set(['the', 'of', 'and', 'on', 'in', 'a', 'an', 'to', 'for', 'at', 'with', 'from', '&']);

/** Where a work's title starts at `t` right after a work noun ("the film Ray"), the index of its last token; else -1. */
function workTitleEnd(tokens: Token[], t: number, sentenceLast: number): number {
  if (!isCapitalised(tokens[t]!)) return -1;
  const noun = tokens[t - 1];
  if (!noun || !/^\p{Ll}/u.test(noun.text) || noun.end === tokens[t]!.start) return -1;
  // ("Presley's single X", "her 1980s hit X": after a possessive, a determiner or a decade the word is a noun, whatever the tagger says.)
  const before = tokens[t - 2];
  const nounSlot = !!before && (POSSESSIVE_S.test(before.text) || before.pos === 'NUM' || /^\d+s$/.test(before.text) || /^(?:the|a|an|his|her|their|its)$/i.test(before.text));
  if (noun.pos !== 'NOUN' && !nounSlot) return -1;
  if (!WORK_NOUNS.has(lower(noun)) && !(WORK_NOUNS.has(noun.lemma.toLowerCase()) && noun.lemma.toLowerCase() !== lower(noun))) return -1;
  let last = t;
  for (let k = t + 1; k <= sentenceLast; k++) {
    const tok = tokens[k]!;
    if (isCapitalised(tok) || (tok.pos === 'NUM' && last === k - 1)) last = k;
    // ("the games Spider-Man 2 and Tomb Raider": a hyphen glued to the words either side joins a title's word.)
    else if (tok.text === '-' && last === k - 1 && tok.start === tokens[k - 1]!.end && tokens[k + 1]?.start === tok.end && k + 1 <= sentenceLast) continue;
    else if (!TITLE_GLUE.has(lower(tok))) break;
  }
  return last;
}

/**
 * Where a title in quotation marks starts at `t` ('"Grief Never Grows Old"', '“Like Toy Soldiers”'), the index
 * of its last token; else -1. Two words or more in title case that hold a verb, a pronoun or an adverb, or open
 * with a preposition, make a phrase or a clause: a work's title, which a name of a person or a body is not
 * ("Mad Dog", "Islamic Jihad" in quotation marks stay names).
 */
function quotedTitleEnd(tokens: Token[], t: number, sentenceLast: number): number {
  const open = tokens[t - 1];
  if (!open || !/^["“‘']$/.test(open.text) || open.end !== tokens[t]!.start || !isCapitalised(tokens[t]!)) return -1;
  let words = 0;
  let phrase = tokens[t]!.pos === 'ADP';
  for (let k = t; k <= sentenceLast && k - t <= 10; k++) {
    const tok = tokens[k]!;
    if (/^["”’']$/.test(tok.text)) return k > t && tok.start === tokens[k - 1]!.end && words >= 2 && phrase ? k - 1 : -1;
    // ("Don't Stop", "Are You Lonesome Tonight?": a clitic, and a question or exclamation mark before the closing quote.)
    if (/^(?:[’']\p{L}+|n[’']t)$/u.test(tok.text) || (/^[?!]$/.test(tok.text) && /^["”’']$/.test(tokens[k + 1]?.text ?? ''))) continue;
    if (!/^\p{L}/u.test(tok.text) || (!isCapitalised(tok) && !TITLE_CASE_MINOR.has(tok.text))) return -1;
    words++;
    if (['VERB', 'AUX', 'PRON', 'ADV'].includes(tok.pos)) phrase = true;
  }
  return -1;
}

/**
 * "READ MORE", "Article Continued Below", "Advertisement": a short line of capitalised everyday
 * words and nothing else is page furniture, not a sentence that names anyone.
 */
function isFurniture(tokens: Token[], first: number, last: number): boolean {
  if (last - first > 8) return false;
  const words = tokens.slice(first, last + 1).filter((t) => /\p{L}/u.test(t.text));
  if (words.length === 0 || words.length > 4) return false;
  return words.every((t) => isCapitalised(t) && isEveryday(lower(t)));
}

const CORPORATE_SUFFIX = /^(?:AG|LLC|Inc\.?|Ltd\.?|plc|PLC|Corp\.?|Co\.?|SA|NV|GmbH|LLP|LP|SpA|BV)$/;

/**
 * Where "and" at `and` continues an organisation's name, the last token of the name; else -1.
 * It does after a body named with "of"/"for" ("Department for Work and Pensions"), or when the
 * words after it end in an organisation word ("Work and Pensions Committee").
 */
function joinedByAnd(tokens: Token[], first: number, last: number, and: number, sentenceLast: number, ev: Evidence): number {
  let end = and;
  while (end + 1 <= sentenceLast && end - and < 4) {
    if (isNameToken(tokens[end + 1]!, false, ev)) end++;
    // "Transport and General Workers' Union": a plural possessive before the body's word.
    else if (end > and && /^[’']$/.test(tokens[end + 1]!.text) && /s$/.test(tokens[end]!.text) && tokens[end]!.end === tokens[end + 1]!.start && end + 2 <= sentenceLast && ORG_WORDS.has(lower(tokens[end + 2]!)) && isCapitalised(tokens[end + 2]!)) end += 2;
    else break;
  }
  if (end === and) return -1;
  const after = tokens.slice(and + 1, end + 1).filter((t) => /\p{L}/u.test(t.text));
  if (after.some((t) => GIVEN_NAMES.has(lower(t)))) return -1;
  // "Daimler AG and Chrysler Holding LLC": two organisations, each named in full.
  if (CORPORATE_SUFFIX.test(tokens[last]!.text) || /^\p{Lu}{2,}$/u.test(tokens[last]!.text)) return -1;
  // "Securities and Exchange Commission", "Food and Drug Administration": one everyday word before
  // "and" is the first of the fields a body's name lists, when the name ends in the body's word.
  if (first === last) return ORG_WORDS.has(lower(tokens[end]!)) && after.length <= 3 ? end : -1;
  // "Exxon Mobil and British Petroleum" are two companies: the left part must be a body's name too.
  if (ORG_WORDS.has(lower(tokens[end]!)) && tokens.slice(first, last + 1).some((t) => ORG_WORDS.has(lower(t)))) return end;
  const run = tokens.slice(first, last + 1).map(lower);
  const body = run.findIndex((w, i) => (w === 'of' || w === 'for') && i > 0 && (ORG_WORDS.has(run[i - 1]!) || run[i - 1] === 'secretary'));
  return body > 0 && after.length <= 2 ? end : -1;
}

const isTitle = (t: Token): boolean => TITLE_WORDS.has(lower(t)) || t.text === '-';
export const PEERAGE = new Set(['lord', 'lady', 'baroness', 'baron', 'earl', 'duke', 'duchess', 'viscount', 'marquess', 'countess']);

/**
 * Splits a run of capitalised words into name mentions: "Mike Powell of Dresdner Kleinwort
 * Wasserstein" is a person and an organisation; "Chrysler LLC Jim Press" an organisation and a
 * person; "NUJ General Secretary" an organisation with a title after it.
 */
function splitRun(tokens: Token[], text: string, first: number, last: number, sentence: number): NameMention[] {
  // "White House Russia adviser", "State Department Iran expert": a country between a body's name and a
  // person noun is the portfolio the title holds, a modifier of the noun (kept as role material), not part of the body's name.
  const noun = tokens[last + 1];
  const portfolio = last > first && COUNTRY_FORMS.has(lower(tokens[last]!)) && !!noun && /^\p{Ll}/u.test(noun.text) && noun.start === tokens[last]!.end + 1 && (PERSON_KINDS.has(lower(noun)) || TITLE_WORDS.has(lower(noun)));
  if (portfolio) {
    const body = text.slice(tokens[first]!.start, tokens[last - 1]!.end).toLowerCase();
    const bodyLast = lower(tokens[last - 1]!);
    if (KNOWN_ORGS.has(body) || KNOWN_ORG_NAMES.has(body) || ORG_WORDS.has(bodyLast) || /^\p{Lu}{2,}$/u.test(tokens[last - 1]!.text.replace(/\./g, ''))) {
      const m = trimMention(tokens, text, first, last - 1, sentence);
      return m ? [m] : [];
    }
  }
  // "In The Name Of The Father": capitalised function words inside a run make it the title of a work.
  // ("Barry Gibb of The Bee Gees": after a lower-case "of", "The" begins a name that is written with it.)
  for (let k = first + 1; k < last; k++) if (/^(?:Of|The|And|In|On|A|For|To)$/.test(tokens[k]!.text) && !(tokens[k]!.text === 'The' && /^(?:of|for)$/.test(tokens[k - 1]!.text))) return [];
  // "the Obama White House": a surname glued in front of a body the gazetteer knows by two words or more says
  // whose the body is; it is no part of the body's name.
  if (last - first >= 2 && /^\p{Lu}\p{Ll}+$/u.test(tokens[first]!.text) && !isKnownName(lower(tokens[first]!)) && !ORG_WORDS.has(lower(tokens[first]!)) && !PLACE_WORDS.has(lower(tokens[first]!)) && !isEveryday(lower(tokens[first]!))) {
    const tail = text.slice(tokens[first + 1]!.start, tokens[last]!.end).toLowerCase();
    if (/\s/.test(tail) && KNOWN_ORGS.has(tail)) return [trimMention(tokens, text, first, first, sentence), trimMention(tokens, text, first + 1, last, sentence)].filter((m): m is NameMention => m !== null);
  }
  // "X Y of Z": a person's name (given name first, not a peer's territorial title) before "of" an organisation.
  // A person's name is short: look for "of" only within its first few words.
  for (let k = first + 2; k < last && k - first <= 5; k++) {
    if (lower(tokens[k]!) !== 'of') continue;
    const left = tokens.slice(first, k).filter((t) => t.text !== '-');
    // ("President Xi Jinping of China": a title in front says it is a person's name, given name or not.)
    const titled = left.length >= 2 && TITLE_WORDS.has(lower(left[0]!)) && !TITLE_WORDS.has(lower(left[1]!));
    // ("planetary geologist Rosaly Lopes of NASA": a lower-case person noun right before the run
    // says it opens with a person's name, whether or not the given name is a known one.)
    const noun = tokens[first - 1];
    const described = !!noun && /^\p{Ll}/u.test(noun.text) && noun.pos === 'NOUN' && PERSON_KINDS.has(lower(noun)) && left.length <= 3;
    // ("Elene Likhotseva of Russia", "Junya Tanase of JPMorgan": two words that no word list knows, an everyday word,
    // a place, a body or a title, make a person's name too: a body's or a place's name before "of" has a word of its
    // kind or an everyday one, "Royal Bank", "Blind Boys", "Delft University", "East End".)
    const unknown = (t: Token): boolean => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isEveryday(lower(t)) && !isKnownName(lower(t)) && !ORG_WORDS.has(lower(t)) && !PLACE_WORDS.has(lower(t)) && !COUNTRY_FORMS.has(lower(t)) && !KNOWN_PLACES.has(lower(t)) && !PERSON_KINDS.has(lower(t));
    const unlisted = k === first + 2 && left.length === 2 && left.every(unknown);
    const givenAt = titled ? 1 : described || unlisted ? 0 : left.findIndex((t) => GIVEN_NAMES.has(lower(t)));
    const leftHead = lower(tokens[k - 1]!);
    if (givenAt < 0 || ORG_WORDS.has(leftHead) || PLACE_WORDS.has(leftHead) || TITLE_WORDS.has(leftHead)) continue;
    if (left.some((t) => PEERAGE.has(lower(t)))) continue;
    const a = trimMention(tokens, text, first, k - 1, sentence);
    const b = trimMention(tokens, text, k + 1, last, sentence);
    if (b) b.employer = true;
    return [a, b].filter((m): m is NameMention => m !== null);
  }
  // "Labour MP for West Ham", "Tesco chief executive of ...": a title with its complement inside a run
  // separates the body in front from the one after.
  for (let k = first + 1; k < last; k++) {
    if (!/^(?:of|for)$/.test(tokens[k]!.text) || !isTitle(tokens[k - 1]!) || ORG_WORDS.has(lower(tokens[k - 1]!))) continue;
    let titleStart = k - 1;
    while (titleStart > first && isTitle(tokens[titleStart - 1]!)) titleStart--;
    // "of the Western District of New York James P. Kennedy Jr.": the part after may close with a person.
    const after = splitRun(tokens, text, k + 1, last, sentence);
    const b = after[0];
    // "Secretary of State", "Director of Public Prosecution": everyday words after the title are its portfolio, not a body.
    const keepB = !!b && !tokens.slice(b.first, b.last + 1).every((t) => isEveryday(lower(t)) && !ORG_WORDS.has(lower(t)) || CONNECTORS.has(lower(t)));
    if (b && keepB && !GIVEN_NAMES.has(lower(tokens[b.first]!))) b.employer = true;
    const a = titleStart > first ? trimMention(tokens, text, first, titleStart - 1, sentence) : null;
    return [a, ...(keepB ? after : after.slice(1))].filter((m): m is NameMention => m !== null);
  }
  // "Australian Lynton Crosby": a nationality in front of a person's name is not part of it
  // ("British Airways", "French Open" and "Swiss Re" keep theirs: an organisation word or an everyday word follows).
  const nationality = COUNTRY_FORMS.get(lower(tokens[first]!));
  const rest = tokens.slice(first + 1, last + 1);
  // ("British Phonographic Industry": an adjective and an everyday noun make a body's name, not a person's.)
  const bodyName = rest.length > 0 && !GIVEN_NAMES.has(lower(rest[0]!)) && (rest[0]!.pos === 'ADJ' || /(?:ic|al|ive|ous|ary|ory)$/.test(lower(rest[0]!))) && isEveryday(lower(rest[rest.length - 1]!));
  if (nationality?.adjective && last - first === 2 && !isEveryday(lower(rest[0]!)) && !bodyName && rest.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ORG_WORDS.has(lower(t)) && !PLACE_WORDS.has(lower(t)))) {
    const m = trimMention(tokens, text, first + 1, last, sentence);
    return m ? [m] : [];
  }
  // "South African Ernie Els", "South Korean Hyung-Taik Lee": a nationality of two words, likewise, before a given
  // name and a surname (either perhaps joined by a hyphen).
  const pair = last - first >= 3 ? COUNTRY_FORMS.get(`${lower(tokens[first]!)} ${lower(tokens[first + 1]!)}`) : undefined;
  const nationals = tokens.slice(first + 2, last + 1);
  const hyphens = nationals.filter((t) => t.text === '-').length;
  // (The gazetteer files a two-word form as a name; its second word's ending says it is the adjective.)
  const pairAdjective = !!pair && /(?:an|ese|ish|ic|i|ch)$/.test(lower(tokens[first + 1]!));
  if (pairAdjective && nationals.length - 2 * hyphens === 2 && !isEveryday(lower(nationals[0]!)) && nationals.every((t, k) => (t.text === '-' ? k > 0 && t.start === nationals[k - 1]!.end : /^\p{Lu}\p{Ll}+$/u.test(t.text) && !ORG_WORDS.has(lower(t)) && !PLACE_WORDS.has(lower(t))))) {
    const m = trimMention(tokens, text, first + 2, last, sentence);
    return m ? [m] : [];
  }
  // "Welshman Jimmy Watkins", "New Zealander Peter Jackson": a noun for a country's man or woman
  // (its adjective with "-man", or the singular of its people's plural) is what the person is, not part of the name.
  const demonym = demonymLength(tokens, first, last);
  // ("Spaniard Costa": a surname alone after it, a word that is no everyday one nor a body's or a place's.)
  const surnameAfter = (k: number): boolean => k === last && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) && !isEveryday(lower(tokens[k]!)) && !ORG_WORDS.has(lower(tokens[k]!)) && !PLACE_WORDS.has(lower(tokens[k]!)) && !KNOWN_ORGS.has(lower(tokens[k]!));
  if (demonym > 0 && ((GIVEN_NAMES.has(lower(tokens[first + demonym]!)) && last >= first + demonym + 1) || surnameAfter(first + demonym))) {
    const m = trimMention(tokens, text, first + demonym, last, sentence);
    return m ? [{ ...m, titleFirst: first }] : [];
  }
  // "the public services union Unison Dave Prentis": after a common noun for a body, the body's name
  // and then a person's given name and surname.
  const bodyNoun = tokens[first - 1];
  if (bodyNoun && /^\p{Ll}/u.test(bodyNoun.text) && ORG_WORDS.has(lower(bodyNoun))) {
    for (let k = first + 1; k < last && k - first <= 3; k++) {
      if (!GIVEN_NAMES.has(lower(tokens[k]!)) || GIVEN_NAMES.has(lower(tokens[k - 1]!))) continue;
      const a = trimMention(tokens, text, first, k - 1, sentence);
      const b = trimMention(tokens, text, k, last, sentence);
      return [a, b].filter((m): m is NameMention => m !== null);
    }
  }
  // "envoy to Ukraine Karl Weber": a country or city glued in front of a given name and surname.
  const lead = lower(tokens[first]!);
  if (last - first >= 2 && (COUNTRY_FORMS.has(lead) || PLACES.has(lead) || KNOWN_PLACES.has(lead)) && !GIVEN_NAMES.has(lead) && GIVEN_NAMES.has(lower(tokens[first + 1]!))) {
    const a = trimMention(tokens, text, first, first, sentence);
    const b = trimMention(tokens, text, first + 1, last, sentence);
    return [a, b].filter((m): m is NameMention => m !== null);
  }
  // "Beatle George Harrison", "Tory Michael Howard": one word in front of a given name and a surname
  // describes the person (a band, a party, a side); it is no part of the name. A known body's name stays an actor.
  const given = lower(tokens[first + 1] ?? tokens[first]!);
  // ("Vodafone Arun Sarin": after a known organisation's name, a given name of the wider list of given names for genders.)
  const knownOrgLead = KNOWN_ORGS.has(lead) || KNOWN_ORG_NAMES.has(lead);
  const givenName = (GIVEN_NAMES.has(given) && !AMBIGUOUS_GIVEN_NAMES.has(given)) || (knownOrgLead && !GIVEN_NAMES.has(given) && genderOfGivenName(given) !== null);
  // ("United Nations spokesman Farhan Aziz Haq": after a lower-case noun for a person, the run is the person's name
  // in apposition to it, and its first word the given name, whichever list knows it.)
  const personNoun = tokens[first - 1];
  const named = !!personNoun && /^\p{Ll}/u.test(personNoun.text) && personNoun.pos === 'NOUN' && PERSON_KINDS.has(lower(personNoun)) && personNoun.end + 1 === tokens[first]!.start;
  if (last - first === 2 && !named && !GIVEN_NAMES.has(lead) && !AMBIGUOUS_GIVEN_NAMES.has(lead) && givenName && /^\p{Lu}\p{Ll}+$/u.test(tokens[first]!.text)) {
    const rest3 = tokens.slice(first, last + 1).map(lower);
    if (!rest3.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w) || CONNECTORS.has(w)) && /^\p{Lu}\p{Ll}/u.test(tokens[last]!.text) && !isEveryday(lower(tokens[last]!))) {
      const b = trimMention(tokens, text, first + 1, last, sentence);
      const pair = `${lead} ${given}`;
      if (KNOWN_ORG_NAMES.has(pair) || KNOWN_ORGS.has(pair)) return [trimMention(tokens, text, first, last, sentence)].filter((m): m is NameMention => m !== null);
      if (b && knownOrgLead) return [trimMention(tokens, text, first, first, sentence), b].filter((m): m is NameMention => m !== null);
      return b ? [{ ...b, titleFirst: first }] : [];
    }
  }
  // "Lib Dem Sarah Pike", "Fellow Lib Dem Sarah Pike": a body known by its short name of two or three words (after
  // a title word perhaps) in front of a given name and a surname, likewise: the body is an actor and the person another.
  if (last - first >= 3) {
    let lead2 = first;
    while (lead2 < last - 2 && (isTitle(tokens[lead2]!) || PERSON_KINDS.has(lower(tokens[lead2]!))) && !GIVEN_NAMES.has(lower(tokens[lead2]!))) lead2++;
    const body = tokens.slice(lead2, last - 1);
    const bodyName = body.map(lower).join(' ');
    const given2 = lower(tokens[last - 1]!);
    const surname = tokens[last]!;
    if (
      body.length >= 2 &&
      body.length <= 3 &&
      (KNOWN_ORGS.has(bodyName) || KNOWN_ORG_NAMES.has(bodyName)) &&
      !body.some((t) => GIVEN_NAMES.has(lower(t))) &&
      GIVEN_NAMES.has(given2) &&
      !AMBIGUOUS_GIVEN_NAMES.has(given2) &&
      /^\p{Lu}\p{Ll}+$/u.test(surname.text) &&
      !isEveryday(lower(surname)) &&
      !ORG_WORDS.has(lower(surname)) &&
      !PLACE_WORDS.has(lower(surname))
    ) {
      const a = trimMention(tokens, text, lead2, last - 2, sentence);
      const b = trimMention(tokens, text, last - 1, last, sentence);
      return [a, b ? { ...b, titleFirst: first } : null].filter((m): m is NameMention => m !== null);
    }
  }
  // "the head of Vodafone Arun Sarin": the complement of a title names a body, so a given name and a surname
  // after its first word are the title holder's, glued on in apposition; there a longer published list of
  // given names is read (a word that is no everyday one nor a place's or a body's name).
  // ("Chancellor of the Exchequer Gordon Brown": the complement may take "the", and a title that opens
  // the sentence is capitalised.)
  const ofAt = /^(?:of|at|for)$/.test(tokens[first - 1]?.text ?? '') ? first - 1 : /^the$/i.test(tokens[first - 1]?.text ?? '') && /^(?:of|at|for)$/.test(tokens[first - 2]?.text ?? '') ? first - 2 : -1;
  const holder = ofAt > 0 ? tokens[ofAt - 1] : undefined;
  const titleComplement = !!holder && ((/^\p{Ll}/u.test(holder.text) && (TITLE_WORDS.has(lower(holder)) || PERSON_KINDS.has(lower(holder)))) || ((holder.i === 0 || tokens[holder.i - 1]!.sentence !== holder.sentence) && TITLE_WORDS.has(lower(holder))));
  const givenAt = (k: number): boolean => {
    const w = lower(tokens[k]!);
    return GIVEN_NAMES.has(w) || (titleComplement && isListedGivenName(w) && !isEveryday(w) && !isKnownName(w) && !ORG_WORDS.has(w) && !PLACE_WORDS.has(w));
  };
  // "Chrysler LLC Jim Press", "Apple Inc. Steve Jobs": a given name and surname closing a longer run.
  // ("the head of Telstrom Arun Sarin": a run that completes a person's title is a body's name, and a
  // given name and surname may close it, whichever list of given names knows the given name.)
  const titleOf = (/^(?:of|at)$/.test(tokens[first - 1]?.text ?? '') && PERSON_KINDS.has(lower(tokens[first - 2] ?? tokens[first]!)) && /^\p{Ll}/u.test(tokens[first - 2]?.text ?? '')) || titleComplement;
  for (let k = last - 1; k > first && last - k <= 6; k--) {
    const wide = titleOf && k === last - 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[last]!.text) && genderOfGivenName(lower(tokens[k]!)) !== null && !isEveryday(lower(tokens[k]!));
    if (!givenAt(k) && !wide) continue;
    // A surname after the given name, perhaps with initials and a suffix ("James P. Kennedy Jr.").
    const tail = tokens.slice(k + 1, last + 1).filter((t) => !/^(?:\p{Lu}\.?|Jr\.?|Sr\.?|I{2,3}|\.|-)$/u.test(t.text));
    if (tail.length > 2) continue;
    // "Eva-Marie": a hyphenated given name starts at its first part.
    if (tokens[k - 1]?.text === '-' && tokens[k - 1]!.end === tokens[k]!.start && k - 2 > first && tokens[k - 2]!.end === tokens[k - 1]!.start) k -= 2;
    const before = tokens.slice(first, k);
    if (before.every(isTitle)) break;
    // "Dr. Owen John Dempsey", "Sir Mark Anthony Smith": an honorific opens one person's name, and every
    // word after it up to the surname is that person's (a saint's "St" opens a place's or a body's name).
    if (HONORIFICS.has(lower(before[0]!)) && !/^st\.?$/i.test(before[0]!.text)) break;
    // Before it, an organisation or a body named in everyday words ("Public Prosecution").
    const orgish =
      titleOf ||
      // ("H. Ross Perot": a single initial before the given name is the person's own.)
      before.some((t) => ORG_WORDS.has(lower(t)) || PLACE_WORDS.has(lower(t)) || PLACES.has(lower(t)) || /^\p{Lu}{2,}\.?$/u.test(t.text) || (/\.$/.test(t.text) && !/^\p{Lu}\.$/u.test(t.text))) ||
      // ("Mark Lewis-Francis", "Mark Anthony Smith": one given name before is the person's own, an everyday word or not.)
      (before.every((t) => isEveryday(lower(t)) || CONNECTORS.has(lower(t))) && !(before.length === 1 && GIVEN_NAMES.has(lower(before[0]!)))) ||
      (titleComplement && before.every((t) => /^\p{Lu}/u.test(t.text) && !GIVEN_NAMES.has(lower(t)) && !HONORIFICS.has(lower(t).replace(/\.$/, '')) && !COUNTRY_FORMS.has(lower(t))));
    // "New York State Comptroller Alan Hevesi": a title right before the given name is the person's, not a body's.
    if (!orgish || before.some((t) => TITLE_WORDS.has(lower(t))) || PERSON_KINDS.has(lower(before[before.length - 1]!))) break;
    const a = trimMention(tokens, text, first, k - 1, sentence);
    const b = trimMention(tokens, text, k, last, sentence);
    return [a, b].filter((m): m is NameMention => m !== null);
  }
  const m = trimMention(tokens, text, first, last, sentence);
  return m ? [m] : [];
}

/** How many tokens from `first` make a noun for a country's man or woman ("Frenchman", "New Zealander"); 0 if none. */
function demonymLength(tokens: Token[], first: number, last: number): number {
  for (const n of [1, 2]) {
    if (first + n > last) break;
    const words = tokens.slice(first, first + n).map(lower).join(' ');
    const stem = /^(\p{L}+)(?:wo)?man$/u.exec(words)?.[1];
    if ((stem && COUNTRY_FORMS.has(stem)) || (!COUNTRY_FORMS.has(words) && COUNTRY_FORMS.get(`${words}s`)?.adjective === false)) return n;
  }
  return 0;
}

/** Abbreviations written with a full stop at the end of a name (company, family and generation suffixes). */
const NAME_ABBREVIATIONS = new Set(['inc.', 'corp.', 'ltd.', 'bros.', 'jr.', 'sr.', 'cos.', 'assn.', 'univ.', 'dept.', 'plc.', 'mfg.', 'intl.']);

/** Drops honorifics and title words in front (kept as role material), titles after, and connectors at the edges. */
function trimMention(tokens: Token[], text: string, first: number, last: number, sentence: number): NameMention | null {
  const l0 = last;
  let honorific = false;
  let titleFirst: number | null = null;
  let f = first;
  // The name starts after the last title word that has capitalised words after it.
  for (let k = last - 1; k >= first; k--) {
    // "Comptroller Alan Hevesi", "Justice Stephen Breyer": any title or person noun before a given name.
    const word = lower(tokens[k]!);
    const beforeGiven = (TITLE_WORDS.has(word) || PERSON_KINDS.has(word)) && !GIVEN_NAMES.has(word) && !AMBIGUOUS_GIVEN_NAMES.has(word) && GIVEN_NAMES.has(lower(tokens[k + 1]!)) && k + 1 < last;
    // ("U.N. Secretary-General Ban Ki-moon": the closing part of a title written with a hyphen is a title, whatever the word alone.)
    const compoundTitle = k >= first + 2 && tokens[k - 1]!.text === '-' && tokens[k - 1]!.start === tokens[k - 2]!.end && tokens[k]!.start === tokens[k - 1]!.end && TITLE_WORDS.has(`${lower(tokens[k - 2]!)}-${word}`);
    if (beforeGiven || ((NAME_AFTER_TITLE.has(word) || compoundTitle) && isCapitalised(tokens[k + 1]!) && !NAME_AFTER_TITLE.has(lower(tokens[k + 1]!)))) {
      titleFirst = first;
      f = k + 1;
      break;
    }
  }
  // "Goalscorer Jimmy Floyd Hasselbaink", "Treasurer Peter Costello": a person noun in front of a
  // given name (or opening the sentence) is a title, whatever the word.
  // "Scrum-half Peter Stringer": a hyphenated person noun in front is a title.
  if (f === first && last > first + 2 && tokens[first + 1]!.text === '-' && PERSON_KINDS.has(text.slice(tokens[first]!.start, tokens[first + 2]!.end).toLowerCase()) && isCapitalised(tokens[first + 3]!)) {
    titleFirst = first;
    f = first + 3;
  }
  const lead = lower(tokens[first]!);
  const leadKind = PERSON_KINDS.has(lead) || (lead.endsWith('s') && PERSON_KINDS.has(lead.slice(0, -1)));
  if (f === first && last > first && leadKind && !GIVEN_NAMES.has(lead) && !AMBIGUOUS_GIVEN_NAMES.has(lead) && !ORG_WORDS.has(lead) && isCapitalised(tokens[first + 1]!)) {
    const rest = tokens.slice(first + 1, last + 1).map(lower);
    const sentenceStart = tokens[first - 1] === undefined || tokens[first - 1]!.sentence !== tokens[first]!.sentence || afterOpening(tokens, first);
    // A given name and a surname after it ("Mason Rudolph" alone is a name).
    if (((GIVEN_NAMES.has(rest[0]!) && rest.length >= 2) || sentenceStart) && !rest.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w) || CONNECTORS.has(w))) {
      titleFirst = first;
      f = first + 1;
    }
  }
  // "Commissioner for Transport", "Secretary of State": a title with its portfolio is a role, not a name.
  if (f === first && NAME_AFTER_TITLE.has(lower(tokens[first]!)) && last > first && /^(?:of|for)$/i.test(tokens[first + 1]!.text)) return null;
  // "St Mary's Hospital", "St Andrews University": "St" is part of a place's or a body's name.
  const saintly = /^St\.?$/.test(tokens[f]!.text) && tokens.slice(f, l0 + 1).some((t) => ORG_WORDS.has(lower(t)) || PLACE_WORDS.has(lower(t)) || POSSESSIVE_S.test(t.text));
  // "U.S. Rep. Ilhan Omar", "Lt. Col. Alexander Vindman": the name starts after the last honorific.
  for (let k = last - 1; k >= f; k--) {
    const word = lower(tokens[k]!).replace(/\.$/, '');
    if (word === 'st' && saintly) continue;
    if ((HONORIFICS.has(word) || HONORIFICS.has(`${word}.`)) && isCapitalised(tokens[k + 1]!)) {
      if (k > f) titleFirst = first;
      honorific = true;
      f = k + 1;
      break;
    }
  }
  while (f <= last) {
    const word = lower(tokens[f]!).replace(/\.$/, '');
    if (/^st$/.test(word) && saintly) break;
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
  // "The Lord of the Rings": with its honorific gone, a name that starts with "of" is a title of a work.
  if (f > first && f <= last && CONNECTORS.has(lower(tokens[f]!))) return null;
  let l = last;
  while (l > f && CONNECTORS.has(lower(tokens[l]!))) l--;
  // "NUJ General Secretary": title words after an organisation's name are not part of it.
  // But a word that only modifies what follows it, with no lower-case word after it to modify ("Senior Labour figures",
  // "Conservative Shadow chancellor"), closes no title ("New Labour stood for", "Old Labour": the party's name), nor
  // does the second part of a hyphenated surname ("Magnus McEwen-King"), nor a lone "Executive" after a name, which is
  // a governing body ("the Scottish Executive", "the Health and Safety Executive"; a person is a "chief executive").
  const hyphenated = tokens[l - 1]?.text === '-' && tokens[l - 1]!.end === tokens[l]!.start;
  const body = lower(tokens[l]!) === 'executive' && !isTitle(tokens[l - 1]!) && !CONNECTORS.has(lower(tokens[l - 1]!));
  const modifies = /^\p{Ll}/u.test(tokens[l + 1]?.text ?? '') && tokens[l + 1]!.pos !== 'VERB' && tokens[l + 1]!.pos !== 'AUX' && tokens[l + 1]!.pos !== 'ADV';
  const modifierLast = TITLE_MODIFIERS.has(lower(tokens[l]!)) && !modifies;
  if (l > f && isTitle(tokens[l]!) && !modifierLast && !hyphenated && !body) {
    let k = l;
    while (k > f && isTitle(tokens[k]!)) k--;
    // "Department of Defense", "Ministry of Justice": a portfolio after "of" is part of the name;
    // "Justin King", "John Major": after a lone given name a title word is a surname.
    const surname = k === f && GIVEN_NAMES.has(lower(tokens[f]!)) && !AMBIGUOUS_GIVEN_NAMES.has(lower(tokens[f]!)) && l === f + 1;
    if (!isTitle(tokens[k]!) && !ORG_WORDS.has(lower(tokens[l]!)) && !CONNECTORS.has(lower(tokens[k]!)) && !surname) {
      // "The Planning Minister", "the Defence Secretary": everyday words before a minister's title are a portfolio, not a body.
      const office = tokens.slice(k + 1, l + 1).some((x) => /^(?:minister|secretary)$/.test(lower(x)));
      const portfolio = (x: Token): boolean => isEveryday(lower(x)) && !isKnownName(lower(x)) && !ORG_WORDS.has(lower(x));
      if (office && tokens.slice(f, k + 1).every(portfolio)) return null;
      // ("Argentine Economic Minister": a nationality before the portfolio names the country alone.)
      l = office && k > f && COUNTRY_FORMS.has(lower(tokens[f]!)) && tokens.slice(f + 1, k + 1).every(portfolio) ? f : k;
    }
  }
  if (f > l) return null;
  // A run made only of title words ("Secretary General", "Prime Minister") is a role, not a name.
  if (tokens.slice(f, l + 1).every(isTitle) && !KNOWN_ORGS.has(text.slice(tokens[f]!.start, tokens[l]!.end).toLowerCase())) return null;
  const start = tokens[f]!.start;
  let end = tokens[l]!.end;
  // "Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders": page text that lost the space between two
  // names glues a word to the next name; the name ends at the glue, where a given name or a word of the
  // name itself starts again with a capital ("FitzGerald" at a name's end, "DeSantis", "MacDonald" are names).
  for (let k = f + 1; k <= l; k++) {
    const glued = /^(.*\p{Ll}{3})(\p{Lu}\p{Ll}{2,})$/u.exec(tokens[k]!.text);
    if (!glued) continue;
    const tail = glued[2]!.toLowerCase();
    const repeated = tokens.slice(f, k).some((x) => lower(x) === tail);
    if (!repeated && !(GIVEN_NAMES.has(tail) && k < l)) continue;
    l = k;
    end = tokens[k]!.start + glued[1]!.length;
    break;
  }
  // "... hosted by Ant and Dec. The show": a sentence's full stop the tokeniser kept on a name's last word
  // (a capital or the text's end after it) is no part of it; an abbreviation that ends names ("Inc.", "Jr.", "Bros.") keeps its own.
  const stop = /^\p{Lu}\p{Ll}{2,}\.$/u.test(tokens[l]!.text) && end === tokens[l]!.end && (tokens[l + 1]?.sentence !== tokens[l]!.sentence || /^\p{Lu}/u.test(tokens[l + 1]!.text)) && !NAME_ABBREVIATIONS.has(lower(tokens[l]!));
  if (stop) end--;
  const next = tokens[l + 1];
  const compound = !!next && next.text === '-' && next.start === tokens[l]!.end && /^\p{Ll}/u.test(tokens[l + 2]?.text ?? '');
  return { first: f, last: l, start, end, text: text.slice(start, end), titleFirst, honorific, sentence, compound: compound && end === tokens[l]!.end };
}
