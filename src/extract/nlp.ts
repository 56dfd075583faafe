// The one module that talks to wink-nlp: tokens with character offsets,
// part-of-speech tags, lemmas and sentence boundaries. Everything else in
// extract/ works on the plain `Analysis` below.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** Index of the token in `Analysis.tokens`. */
  i: number;
  start: number;
  end: number;
  text: string;
  /** Universal POS tag (PROPN, NOUN, VERB, AUX, PUNCT, SPACE, ...). */
  pos: string;
  lemma: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  /** Index of the paragraph (block separated by a blank line). */
  paragraph: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
/** The part of wink's core model that it grows as it reads: every unknown word is added to the lexicon. */
interface Lexicon {
  hash: Record<string, number>;
  list: string[];
}
interface Engine {
  nlp: Nlp;
  lexicon: Lexicon;
  /** Size of the lexicon as the model ships it. */
  shipped: number;
}
let engine: Engine | undefined;

/** Words added to the lexicon before the engine is loaded afresh (its arrays only grow). */
const MAX_ADDED_WORDS = 500_000;

function getEngine(): Engine {
  // Loading the model takes ~100-200 ms; do it once, on first use (and after MAX_ADDED_WORDS).
  if (engine === undefined || engine.lexicon.list.length > engine.shipped + MAX_ADDED_WORDS) {
    let lexicon: Lexicon | undefined;
    // Sentences and parts of speech only: wink's entity, negation and sentiment passes are not read here, and
    // leaving them out changes no token, tag, lemma or sentence (2,406 BBC and scraped texts compared) while it
    // cuts wink's reading time by about a third.
    const nlp = winkNLP(
      {
        ...model,
        core: () => {
          const core = (model.core as () => { features: { lexeme: Lexicon } })();
          lexicon = core.features.lexeme;
          return core;
        },
      },
      ['sbd', 'pos'],
    );
    engine = { nlp, lexicon: lexicon!, shipped: lexicon!.list.length };
  }
  return engine;
}

/**
 * Reads one text as if it were the first: wink adds each unknown word it meets to its lexicon and
 * from then on keeps that word whole ("Trump's" read once inside "Trump's," is never again split
 * into "Trump" + "'s"), so without this the tokens of an article depend on the articles read
 * before it in the same process. The words the text added are taken out of the lookup table
 * afterwards; the table's arrays keep them (wink indexes them), hence the reload now and then.
 */
function readFresh<T>(text: string, read: (nlp: Nlp, doc: ReturnType<Nlp['readDoc']>) => T): T {
  const { nlp, lexicon } = getEngine();
  const before = lexicon.list.length;
  try {
    return read(nlp, nlp.readDoc(text));
  } finally {
    for (let k = before; k < lexicon.list.length; k++) {
      const word = lexicon.list[k]!;
      if (lexicon.hash[word] === k) delete lexicon.hash[word];
    }
  }
}

/** Longest run without whitespace handed to wink as it is; its tokenizer is quadratic in run length. */
const MAX_RUN = 64;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');
const EVERY_MAX_RUN = new RegExp(`(.{${MAX_RUN - 1}}).`, 'gs');

/**
 * The text wink reads: the same length as `text`, with a space put in every
 * MAX_RUN characters of an overlong run (a URL, a pasted blob), so offsets
 * stay true and tokenizing stays linear.
 */
function tokenizable(text: string): string {
  const folded = foldLetters(text);
  return hasLongRun(folded) ? folded.replace(LONG_RUN, (run) => run.replace(EVERY_MAX_RUN, '$1 ')) : folded;
}

/**
 * Whether `text` has a run of more than MAX_RUN characters without whitespace: one pass over the
 * text, where LONG_RUN's search starts again at every character of every word (almost no text has one).
 */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

/** The characters `\s` matches (ECMAScript WhiteSpace and LineTerminator), by code unit. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Letters of Latin Extended-A and -B with no one-letter decomposition, and the letter wink reads for each. */
const STROKED: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', ĸ: 'k', Ŀ: 'L', ŀ: 'l', Œ: 'O', œ: 'o', Ŧ: 'T', ŧ: 't', ſ: 's', ƒ: 'f', Ɓ: 'B', ƀ: 'b', Ɗ: 'D', ɗ: 'd', Ƙ: 'K', ƙ: 'k', Ơ: 'O', ơ: 'o', Ư: 'U', ư: 'u' };
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/g;

/**
 * wink's tokenizer reads letters beyond Latin-1 as symbols and cuts names at them ("Jelić" →
 * "Jeli" + "ć", "Łukasz" → "Ł" + "ukasz"). It is given the base letter instead, one code unit for
 * one, so offsets stay true; the tokens take their text from the article itself.
 */
function foldLetters(text: string): string {
  return text.replace(EXTENDED_LATIN, (c) => {
    const base = c.normalize('NFD').charAt(0);
    return STROKED[c] ?? (base.charCodeAt(0) < 0x100 ? base : 'x');
  });
}

/** Tokenises, tags and splits `text` into sentences that never cross a blank line. */
export function analyseText(text: string): Analysis {
  const read = tokenizable(text);
  const { values, spaces, tags, lemmas, spans } = readFresh(read, (nlp, doc) => {
    const its = nlp.its;
    return {
      values: doc.tokens().out() as string[],
      spaces: doc.tokens().out(its.precedingSpaces) as string[],
      tags: doc.tokens().out(its.pos) as string[],
      lemmas: doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[],
      spans: doc.sentences().out(its.span) as unknown as [number, number][],
    };
  });

  const tokenSentence = new Array<number>(values.length).fill(0);
  spans.forEach(([first, last], s) => {
    for (let t = first; t <= last; t++) tokenSentence[t] = s;
  });

  const tokens: Token[] = [];
  let offset = 0;
  for (let t = 0; t < values.length; t++) {
    offset += (spaces[t] ?? '').length;
    const value = values[t] ?? '';
    // wink-nlp reproduces the input exactly; guard anyway so offsets stay true.
    const at = read.startsWith(value, offset) ? offset : read.indexOf(value, offset);
    const start = at < 0 ? offset : at;
    tokens.push({
      i: t,
      start,
      end: start + value.length,
      // The article's own letters ("Jelić"), where wink read folded ones ("Jelic").
      text: text.slice(start, start + value.length),
      pos: /^\s+$/.test(value) ? 'SPACE' : (tags[t] ?? 'X'),
      lemma: lemmas[t] ?? value.toLowerCase(),
      sentence: tokenSentence[t] ?? 0,
    });
    offset = start + value.length;
  }

  return { text, tokens, sentences: splitSentences(text, tokens, spans) };
}

/** wink's sentences, split again at blank lines and trimmed of whitespace tokens. */
function splitSentences(text: string, tokens: Token[], spans: [number, number][]): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  const push = (first: number, last: number): void => {
    while (first <= last && tokens[first]?.pos === 'SPACE') first++;
    while (last >= first && tokens[last]?.pos === 'SPACE') last--;
    if (first > last) return;
    const start = tokens[first]!.start;
    if (/\n\s*\n/.test(text.slice(lastEnd, start)) && sentences.length > 0) paragraph++;
    sentences.push({ i: sentences.length, start, end: tokens[last]!.end, first, last, paragraph });
    lastEnd = tokens[last]!.end;
  };
  for (const [first, last] of spans) {
    let from = first;
    for (let t = first; t <= last; t++) {
      const tok = tokens[t]!;
      if (tok.pos === 'SPACE' && /\n\s*\n/.test(tok.text)) {
        push(from, t - 1);
        from = t + 1;
        continue;
      }
      const end = missedBreakAfter(text, tokens, t, last);
      if (end >= 0) {
        push(from, end);
        from = end + 1;
        t = end;
      }
    }
    push(from, last);
  }
  const merged = mergeFalseBreaks(text, tokens, sentences);
  for (const s of merged) for (let t = s.first; t <= s.last; t++) tokens[t]!.sentence = s.i;
  return merged;
}

/** Abbreviations that stand before a name or a number: "Gov. Jerry Brown", "St. Louis", "No. 10". */
const TITLE_ABBREVIATION = /^(?:mr|mrs|ms|messrs|mme|mlle|dr|prof|rev|fr|msgr|hon|rt|st|sts|mt|ft|rep|reps|sen|sens|gov|gen|lt|col|capt|cpt|cmdr|adm|maj|sgt|cpl|pvt|supt|insp|det|jr|sr|esq|no|nos|vol|fig|pp|op|co|vs|v)\.$/i;

/**
 * Where wink's splitter read a sentence-final word as an abbreviation and went on: "a profit of
 * $901m. It has …", "the 1500m. Swedish …", "go to the DEC. "I'd …" (December), "The Sun. Mr R. …"
 * (Sunday). A word of two letters or more that wink kept with its full stop, followed by a
 * capitalised word or an opening quote, ends the sentence, unless it is a title or a number's
 * abbreviation (TITLE_ABBREVIATION) or an initialism with inner stops ("U.S."), which wink judges.
 * Returns the index of the sentence's last token, or -1.
 */
function missedBreakAfter(text: string, tokens: Token[], t: number, last: number): number {
  const tok = tokens[t]!;
  // (Only a word that ends in a full stop can: most tokens are refused before the letter tests.)
  if (t >= last || !tok.text.endsWith('.') || (!/^\p{L}{2,}\.$/u.test(tok.text) && !/^\p{L}\.$/u.test(tok.text))) return -1;
  // A single letter is an initial ("Mr R. Sridharan"), unless it is a unit after its number ("16k.").
  const afterNumber = tokens[t - 1]?.pos === 'NUM' && tokens[t - 1]!.end === tok.start;
  if (tok.text.length === 2 && !afterNumber) return -1;
  if (TITLE_ABBREVIATION.test(tok.text)) return -1;
  let end = t;
  // '… it is 60p." The Department …': a closing quote mark right after the stop stays with the sentence.
  if (CLOSING_MARK.test(tokens[t + 1]!.text) && tokens[t + 1]!.start === tok.end) end = t + 1;
  let k = end + 1;
  while (k <= last && tokens[k]!.pos === 'SPACE') k++;
  if (k > last || !/^[ \t\n]+$/.test(text.slice(tokens[end]!.end, tokens[k]!.start))) return -1;
  let next = tokens[k]!;
  if (/^["“‘']$/.test(next.text) && k < last && tokens[k + 1]!.start === next.end) next = tokens[k + 1]!;
  return /^\p{Lu}/u.test(next.text) ? end : -1;
}

const CLOSING_MARK = /^(?:”|’|"|'|'')$/;

const MONTH_START = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/**
 * Joins sentences that wink split inside a date or after an abbreviation-like
 * number: "the summit 11.- 12. July" (European ordinal dates), or a break
 * followed by a lower-case word. Never across a paragraph.
 */
function mergeFalseBreaks(text: string, tokens: Token[], sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const input of sentences) {
    const s = { ...input };
    const prev = out[out.length - 1];
    // '... the investigation?’” Holmes testified.': a closing quote mark that wink put at the start
    // of the next sentence belongs to the one it closes.
    if (prev && prev.paragraph === s.paragraph) {
      let t = s.first;
      while (t <= s.last && CLOSING_MARK.test(tokens[t]!.text) && tokens[t]!.start === (t === s.first ? prev.end : tokens[t - 1]!.end)) t++;
      if (t > s.first) {
        prev.end = tokens[t - 1]!.end;
        prev.last = t - 1;
        while (t <= s.last && tokens[t]!.pos === 'SPACE') t++;
        if (t > s.last) continue;
        s.first = t;
        s.start = tokens[t]!.start;
      }
    }
    // "PM2.5", "$3.5m", "example.com", "R-S.C.,": a full stop with a letter or digit right after it, no
    // space between, ends no sentence.
    // (Nor does one with a comma right after it: "Sen. X (D-Mo.), who ...". No sentence opens with a comma.)
    if (prev && prev.paragraph === s.paragraph && prev.end === s.start && ((/\.$/.test(text.slice(prev.start, prev.end)) && /^[\p{L}\p{N}]/u.test(text.slice(s.start, s.start + 1))) || /^[,;]/.test(text.slice(s.start, s.start + 1)))) {
      prev.end = s.end;
      prev.last = s.last;
      continue;
    }
    if (prev && prev.paragraph === s.paragraph && /^[ \t]+$/.test(text.slice(prev.end, s.start))) {
      const before = text.slice(Math.max(prev.start, prev.end - 4), prev.end);
      const next = text.slice(s.start, s.start + 12);
      const ordinalDate = /\b\d{1,2}\.$/.test(before) && MONTH_START.test(next);
      const lowerStart = /^\p{Ll}/u.test(next) && !/[.!?]["”’)]?$/.test(before.replace(/\d{1,2}\.$/, ''));
      // "Rep. Stephen Lynch (D-Mass.) said": an abbreviation, not a sentence end, before a lower-case word.
      // (A party-and-state parenthesis may hold a longer one: "(D-Calif.)", AP Stylebook state abbreviations.)
      const abbreviation = /^\p{Ll}/u.test(next) && /(?:^|[^\p{L}])(?:\p{Lu}\p{Ll}{0,3}\.\)?|\p{Lu}\p{Ll}{4}\.\))$/u.test(text.slice(Math.max(prev.start, prev.end - 9), prev.end));
      // 'She declared “What a night!” and said ...': a quoted exclamation or question inside a sentence.
      // ('“... the vote?” asked one MP' stays two: the attribution is read across the break.)
      const quotedEnd = /^\p{Ll}/u.test(next) && /[!?]["”’']$/.test(before) && tokens[s.first]!.pos !== 'VERB' && tokens[s.first]!.pos !== 'AUX';
      if (ordinalDate || abbreviation || quotedEnd || (lowerStart && /\d\.$/.test(before))) {
        prev.end = s.end;
        prev.last = s.last;
        continue;
      }
    }
    out.push({ ...s, i: out.length });
  }
  return out;
}
