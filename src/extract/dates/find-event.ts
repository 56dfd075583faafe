// What happens at a date, from its sentence: the clause that the date modifies, written as
// subject + verb + object ("Rowlands died in Hove" for "Rowlands died in Hove on Saturday
// morning, her agent said"), or, where no verb governs the date, the noun phrase it belongs to
// ("the next summit in Vilnius"). Each piece is a verbatim span of the sentence; the pieces are
// joined by a space, and the date with its preposition is left out unless it sits inside the
// noun phrase ("attended Sunday's meeting in Monaco"). A label that names no action or thing —
// a bare name such as an outlet's, a lone number — is no event: null.
import type { Analysis, Token } from '../nlp.js';
import type { TokenIndex } from './token-index.js';
import { MODAL_AUXILIARIES } from '../lexicon/modals.js';

/** Longest label, in words. */
const MAX_WORDS = 16;
/** Longest object or complement taken after the verb, in words (a reported statement: more). */
const MAX_OBJECT = 7;
const MAX_CONTENT = 10;
/** Longest subject, in tokens. */
const MAX_SUBJECT = 6;
/** A verb further than this (in words, with the penalties below) does not govern the date. */
const MAX_DISTANCE = 12;

const DATE_PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'since', 'until', 'till', 'by', 'during', 'for', 'before', 'after', 'of', 'between', 'through', 'to', 'around', 'over', 'throughout', 'into', 'within', 'as']);
/** Reporting verbs: after the date and a comma they report the sentence ("…, she said"), not date it. */
const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'warn', 'claim', 'state', 'announce', 'report', 'believe', 'insist', 'note', 'explain', 'argue', 'write', 'confirm', 'reveal', 'suggest', 'think']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'SYM']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const RELATIVES = new Set(['who', 'which', 'that']);
/** Right before a word they make it the verb of its clause (the tagger reads "who shot" as a noun). */
const SUBJECT_PRONOUNS = new Set(['who', 'he', 'she', 'they', 'we', 'i']);
/** Words that end an object: a new clause starts with them. */
const CLAUSE_OPENERS = new Set(['who', 'which', 'when', 'where', 'while', 'whereas', 'because', 'although', 'though', 'if', 'unless', 'as', 'but', 'so', 'after', 'before', 'since', 'until']);

/** Words that open a clause in which a fronted time adverbial may stand ("that in 2015, …"). */
const FRONTING_OPENERS = new Set(['that', 'but', 'when', 'while', 'whereas', 'although', 'though', 'because', 'if']);

interface Span {
  from: number;
  to: number;
}

export function findEvent(analysis: Analysis, index: TokenIndex, start: number, end: number, taken: (offset: number) => boolean): string | null {
  const words = index.tokens;
  let firstInside = index.firstAtOrAfter(start);
  // A token that begins before the date but runs into it ("2009-2014" read as one token).
  if (firstInside > 0 && words[firstInside - 1]!.end > start) firstInside--;
  if (firstInside >= words.length) return null;
  const sentenceIndex = words[firstInside]!.sentence;
  const sentence = analysis.sentences[sentenceIndex];
  if (!sentence) return null;
  let lastInside = firstInside;
  while (lastInside + 1 < words.length && words[lastInside + 1]!.start < end) lastInside++;

  const ctx: Context = { analysis, words, sentenceIndex, firstInside, lastInside, taken, sentenceStart: sentence.start };
  if (namesEdition(ctx, start, end) || isComparisonBase(ctx)) return null;
  const np = findNounPhrase(ctx);
  const clause = findClause(ctx, np);
  const rendered = np && render(ctx, [np]);
  const occasion = !!np && isOccasion(ctx, np);
  const phrase = rendered && { ...rendered, occasion };
  // "Kenteris, the 200m champion in 2000, and Thanou …": a date inside an apposition or another
  // verbless phrase set off by commas dates that phrase, not the sentence's verb; "at the next
  // summit in Vilnius in July": a date right after a named occasion dates the occasion.
  // "Saturday's trip to France", "last week's Birmingham Grand Prix": a date that owns its noun
  // names the event itself.
  const dateText = ctx.analysis.text.slice(ctx.words[ctx.firstInside]!.start, ctx.words[ctx.lastInside]!.end);
  const ownsNoun = /['’]s$/.test(dateText) || (inSentence(ctx, ctx.lastInside + 1) && isPossessive(ctx.words[ctx.lastInside + 1]!));
  const owned = !!np && np.from <= ctx.firstInside && np.to > ctx.lastInside && ownsNoun && hasCommonNoun(ctx, np);
  // '"…," said the alliance's Secretary General from 2009 to 2014': after a quotation the
  // reporting verb comes first and its speaker follows; the date belongs to the speaker.
  // A span ("from 2009 to 2014") dates the speaker's office; a day dates the saying, written
  // in the usual order ("the manager said").
  const inverted = !!clause && clause.verb !== undefined && !!np && !!phrase && clause.verb < np.from && isReportingInversion(ctx, clause.verb);
  const span = inSentence(ctx, ctx.firstInside - 1) && /^(?:from|between|since|until|till)$/.test(lowerAt(ctx, ctx.firstInside - 1));
  if (inverted && !span) return `${phrase!.text} ${ctx.words[clause!.verb!]!.text}`;
  const order = np && (isInVerblessPhrase(ctx, np) || occasion || owned || inverted) ? [phrase, clause] : [clause, phrase];
  for (const label of order) if (label && isEvent(ctx, label)) return label.text;
  return null;
}

/**
 * "dropped by a quarter from the same period in 2003", "an increase of 0.3 percent from 2017",
 * "up from $34,410 in October 2015", "5% higher than in 2003": a date that names the period a
 * figure is compared with is when nothing happened in the story ("from 2009 to 2014" is a span).
 */
function isComparisonBase(ctx: Context): boolean {
  const k = ctx.firstInside;
  const at = (i: number): string => (inSentence(ctx, i) ? lowerAt(ctx, i) : '');
  if (/^(?:in|of)$/.test(at(k - 1)) && TIME_NOUNS.has(at(k - 2)) && /^(?:same|corresponding|comparable|equivalent)$/.test(at(k - 3))) return true;
  // ("from 2009 to 2014" is a span; "up 22,000 on four years ago when the Act was passed" names its event.)
  if (/^(?:to|until|till|through|and|when|-|–)$/.test(at(ctx.lastInside + 1))) return false;
  // The preposition that opens the base, past an "in" ("than in 2003").
  const p = at(k - 1) === 'in' ? k - 2 : k - 1;
  // ("rose 14% on Tuesday", "87 on 4 February": "on" before a day says when, not against what.)
  const dateText = ctx.analysis.text.slice(ctx.words[k]!.start, ctx.words[ctx.lastInside]!.end);
  const onPeriod = at(p) === 'on' && !/\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b\d{1,2}(?:st|nd|rd|th)?\b/i.test(dateText);
  // ("to £275,000 from April" says when; "up 9% from September", "to 449,603 from a year earlier" compare.)
  const fromBase = at(p) === 'from' && (isShare(ctx, p - 1) || /\b(?:earlier|ago|previous|preceding|last|before|prior)\b/i.test(dateText));
  const opensBase = onPeriod || fromBase || /^(?:than|against|versus|vs)$/.test(at(p)) || (/^(?:with|to)$/.test(at(p)) && at(p - 1) === 'compared');
  if (opensBase && (isQuantity(ctx, p - 1) || (at(p) === 'than' && isComparative(ctx, p - 1)))) return true;
  // "from $34,410 in October 2015": the value a figure moved from, and when it stood there.
  return at(k - 1) === 'in' && isQuantity(ctx, k - 2) && (at(k - 3) === 'from' || (at(k - 3) === '$' || at(k - 3) === '£' || at(k - 3) === '€' ? at(k - 4) === 'from' : false));
}

/** "0.3 percent", "5%", "$34,410", "1.2m", "2 points": a figure, as a token ends it. */
function isQuantity(ctx: Context, i: number): boolean {
  if (!inSentence(ctx, i)) return false;
  const text = ctx.words[i]!.text;
  return /^\d[\d.,]*(?:m|bn|k|%)?$/i.test(text) || /^(?:pence|cents?)$/i.test(text) || isShare(ctx, i);
}

/** "5%", "0.3 percent", "2 points": a change measured as a share. */
function isShare(ctx: Context, i: number): boolean {
  return inSentence(ctx, i) && /^(?:\d[\d.,]*%|%|percent|per\s*cent|points?)$/i.test(ctx.words[i]!.text);
}

/** "higher", "more", "fewer", "better": the comparative a "than" completes. */
function isComparative(ctx: Context, i: number): boolean {
  if (!inSentence(ctx, i)) return false;
  const t = ctx.words[i]!;
  return /^(?:more|less|fewer|better|worse|higher|lower|greater|smaller|bigger|larger|up|down)$/i.test(t.text) || (/^(?:ADJ|ADV)$/.test(t.pos) && /er$/i.test(t.text) && t.lemma.toLowerCase() !== t.text.toLowerCase());
}

/**
 * Nouns of occasions: meetings, contests, ceremonies, votes, hearings, launches (the nominal
 * events of the TimeML guidelines, §2.2, and their kin); and the endings of nouns made from verbs
 * of happening ("election", "announcement", "opening").
 */
const OCCASIONS = new Set([
  'summit', 'meeting', 'talks', 'conference', 'congress', 'convention', 'session', 'hearing', 'trial',
  'election', 'elections', 'vote', 'poll', 'referendum', 'ballot', 'debate', 'inauguration', 'visit',
  'match', 'game', 'games', 'final', 'finals', 'race', 'grand prix', 'championship', 'championships',
  'tournament', 'cup', 'open', 'derby', 'tie', 'leg', 'fixture', 'marathon', 'olympics', 'festival',
  'ceremony', 'awards', 'show', 'concert', 'premiere', 'tour', 'launch', 'auction', 'sale', 'strike',
  'protest', 'rally', 'attack', 'attacks', 'war', 'crash', 'deadline', 'budget', 'speech', 'event',
]);
const OCCASION_ENDING = /(?:tion|sion|ment|ing)s?$/i;

/** A definite noun phrase that names an occasion, itself after a preposition: "at the planned Vilnius summit". */
function isOccasion(ctx: Context, np: Span): boolean {
  const { words } = ctx;
  if (np.to >= ctx.firstInside) return false;
  const before = words[np.from - 1];
  if (!before || !inSentence(ctx, np.from - 1) || before.pos !== 'ADP') return false;
  const first = words[np.from]!;
  if (!(first.pos === 'DET' && /^(?:the|this|that|its|his|her|their)$/i.test(first.text)) && !/^(?:PRON)$/.test(first.pos) && !isPossessive(words[np.from + 1] ?? first)) return false;
  // The head: the last common noun before an "in/of" phrase.
  let head = -1;
  for (let k = np.from; k <= np.to; k++) {
    const w = lowerAt(ctx, k);
    if (k > np.from && (w === 'in' || w === 'of' || w === 'for')) break;
    if (/^(?:NOUN|PROPN)$/.test(words[k]!.pos)) head = k;
  }
  if (head < 0) return false;
  const w = lowerAt(ctx, head);
  return OCCASIONS.has(w) || (words[head]!.pos === 'NOUN' && OCCASION_ENDING.test(w) && w.length > 5);
}

/** Nouns that measure or divide time. */
const TIME_NOUNS = new Set(['time', 'times', 'period', 'periods', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'weekend', 'weekends', 'month', 'months', 'quarter', 'quarters', 'season', 'seasons', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'hour', 'hours', 'minute', 'minutes', 'morning', 'afternoon', 'evening', 'spell', 'stretch']);

/** Common nouns for one edition of a made thing, which a year in front names rather than dates ("the 2012 model"). */
const EDITION_NOUNS = new Set(['model', 'models', 'design', 'designs', 'version', 'versions', 'edition', 'editions', 'style', 'range', 'lineup', 'line-up', 'generation', 'redesign', 'refresh', 'iteration', 'vintage']);

/**
 * "the 2016 MacBook Pro", "the 2018 15-inch i9 MacBook Pro", "the 2012 through 2015 design", "the 2016-style keyboard":
 * a bare year inside a noun phrase, before a product's name or a noun for an edition, names which one it is; nothing
 * happens then that the timeline could show. ("the 2004 Olympics", "the 2010 election", "her 2000 album Drama": an
 * occasion's or a work's year dates it.)
 */
function namesEdition(ctx: Context, start: number, end: number): boolean {
  const { words } = ctx;
  const text = ctx.analysis.text;
  const date = /^(the\s+)?(?:mid-)?\d{4}(?:\s*(?:through|to|-|–)\s*\d{4})?$/i.exec(text.slice(start, end));
  if (!date) return false;
  // In front: a determiner, an adjective or a compound modifier ("the 15-inch 2016 MacBook Pro"), or a
  // determiner before a few other modifiers ("the i9 2018 MacBook Pro").
  const before = words[ctx.firstInside - 1];
  const determines = (t: Token): boolean => t.pos === 'DET' || t.pos === 'ADJ' || POSSESSIVES.has(t.text.toLowerCase());
  let front = ctx.firstInside - 1;
  while (front > ctx.firstInside - 3 && inSentence(ctx, front - 1) && /^(?:NOUN|PROPN|NUM)$/.test(words[front]!.pos) && determines(words[front - 1]!)) front--;
  const modified = !!before && inSentence(ctx, ctx.firstInside - 1) && (determines(before) || (front < ctx.firstInside - 1 && determines(words[front]!)) || words[ctx.firstInside - 2]?.text === '-');
  if (!date[1] && !modified) return false;
  const the = !!date[1] || /^the$/i.test(before?.text ?? '');
  if (/^-(?:style|era)\b/i.test(text.slice(end, end + 7))) return true;
  let head = -1;
  let edition = false;
  // ("15-inch": a hyphen inside a compound modifier; "refresh" in "the mid-2019 refresh suggests", whatever its tag.)
  const isEditionNoun = (k: number): boolean => EDITION_NOUNS.has(lowerAt(ctx, k));
  const inPhrase = (k: number): boolean => /^(?:NOUN|PROPN|ADJ|NUM)$/.test(words[k]!.pos) || isEditionNoun(k) || (words[k]!.text === '-' && words[k]!.start === words[k - 1]!.end);
  let from = ctx.lastInside + 1;
  // "a 2015 or older MacBook Pro": the year and its comparative are one modifier.
  if (/^\s+or\s+(?:older|earlier|newer|later)\b/i.test(text.slice(end, end + 16))) from += 2;
  for (let k = from; inSentence(ctx, k) && k - ctx.lastInside <= 8 && inPhrase(k); k++) {
    if (/^(?:NOUN|PROPN)$/.test(words[k]!.pos) || isEditionNoun(k)) head = k;
    // ("the 2015 design noise": an edition noun anywhere in the phrase names the edition.)
    if (isEditionNoun(k)) edition = true;
  }
  // ("more key travel than the 2016", "the 2016 was moved": a year that stands for a noun left out names the edition.)
  // (Only where a verb or a stop follows: "the 2002 and 2003 London Marathons", "the 2003 final" go on to their noun.)
  if (head < 0) {
    const next = words[ctx.lastInside + 1];
    const stops = !next || !inSentence(ctx, ctx.lastInside + 1) || next.pos === 'AUX' || next.pos === 'VERB' || /^[,.;:)]$/.test(next.text);
    return the && stops && /^(?:the\s+)?\d{4}(?:\s*(?:through|to|-|–)\s*\d{4})?$/i.test(text.slice(start, end));
  }
  const w = lowerAt(ctx, head);
  if (OCCASIONS.has(w) || OCCASION_ENDING.test(w)) return false;
  // A product's name is told by a capital inside a word ("MacBook", "iPhone", "PlayStation"); other names after a
  // year are as often works and occasions ("the 1996 single Return of the Mack", "the 1955 Oscars"), which it dates.
  if (edition) return true;
  for (let k = ctx.lastInside + 1; k <= head; k++) if (/\p{Ll}\p{Lu}/u.test(words[k]!.text)) return true;
  return false;
}

/** A reporting verb right after a quotation: '…," said X'. */
function isReportingInversion(ctx: Context, v: number): boolean {
  if (!SPEECH_VERBS.has(ctx.words[v]!.lemma.toLowerCase())) return false;
  const before = ctx.analysis.text.slice(Math.max(0, ctx.words[v]!.start - 4), ctx.words[v]!.start);
  return /[,.!?]?\s*["”’']\s*$|["”’'][,.]?\s*$/.test(before);
}

function isInVerblessPhrase(ctx: Context, np: Span): boolean {
  const isBreak = (k: number): boolean => isClauseBreak(ctx, k) && !/^[“”"]$/.test(ctx.words[k]!.text);
  let from = Math.min(np.from, ctx.firstInside);
  while (inSentence(ctx, from - 1) && !isBreak(from - 1)) from--;
  let to = Math.max(np.to, ctx.lastInside);
  while (inSentence(ctx, to + 1) && !isBreak(to + 1)) to++;
  const setOff = (inSentence(ctx, from - 1) && isBreak(from - 1)) || (inSentence(ctx, to + 1) && isBreak(to + 1));
  if (!setOff) return false;
  for (let k = from; k <= to; k++) if (isMainVerb(ctx, k)) return false;
  return true;
}

interface Context {
  analysis: Analysis;
  words: readonly Token[];
  sentenceIndex: number;
  firstInside: number;
  lastInside: number;
  taken: (offset: number) => boolean;
  sentenceStart: number;
}

interface Label {
  text: string;
  tokens: number[];
  /** The verb that heads the clause, when the label is one. */
  verb?: number;
  /** A noun phrase that names an occasion ("the Consumer Electronics Show in Las Vegas"). */
  occasion?: boolean;
}

const inSentence = (ctx: Context, i: number): boolean => i >= 0 && i < ctx.words.length && ctx.words[i]!.sentence === ctx.sentenceIndex;
const isDate = (ctx: Context, i: number): boolean => i >= ctx.firstInside && i <= ctx.lastInside;
/** A token of another date of the sentence. */
const isOtherDate = (ctx: Context, i: number): boolean => !isDate(ctx, i) && ctx.taken(ctx.words[i]!.start);
const lowerAt = (ctx: Context, i: number): string => ctx.words[i]!.text.toLowerCase();
const isPossessive = (t: Token): boolean => /^['’]s?$/.test(t.text);

/** A hyphen inside a word ("half-time", "headline-grabbing"): the tagger splits it off. */
function isJoiner(ctx: Context, k: number): boolean {
  const t = ctx.words[k]!;
  return t.text === '-' && !/\s/.test(ctx.analysis.text[t.start - 1] ?? ' ') && !/\s/.test(ctx.analysis.text[t.end] ?? ' ');
}

/** Punctuation between clauses or phrases: commas, colons, brackets, quotes, a spaced dash. */
function isClauseBreak(ctx: Context, k: number): boolean {
  const t = ctx.words[k]!;
  if (t.pos !== 'PUNCT') return false;
  if (t.text === '-') return /\s/.test(ctx.analysis.text[t.start - 1] ?? '') && /\s/.test(ctx.analysis.text[t.end] ?? '');
  return /^[,;:—–()“”"]$/.test(t.text);
}

/**
 * The noun phrase the date belongs to: the noun it modifies ("Wednesday's ruling", "the 2016
 * election") or the one before its preposition ("the next summit in Vilnius in July").
 */
function findNounPhrase(ctx: Context): Span | null {
  const { words } = ctx;
  // The date before its noun.
  let n = ctx.lastInside + 1;
  if (inSentence(ctx, n) && isPossessive(words[n]!)) n++;
  let nounEnd = -1;
  let lastAdjective = -1;
  let common = false;
  while (inSentence(ctx, n) && n - ctx.lastInside <= 7 && (/^(?:NOUN|PROPN|ADJ)$/.test(words[n]!.pos) || isJoiner(ctx, n)) && !isOtherDate(ctx, n)) {
    if (words[n]!.pos !== 'ADJ') nounEnd = n;
    else lastAdjective = n;
    if (words[n]!.pos === 'NOUN') common = true;
    n++;
  }
  const possessive = inSentence(ctx, ctx.lastInside + 1) && isPossessive(words[ctx.lastInside + 1]!);
  // "2004's total": what a possessive owns is a noun, whatever its tag.
  if (possessive && nounEnd < 0 && lastAdjective > 0) nounEnd = lastAdjective;
  const determined = inSentence(ctx, ctx.firstInside - 1) && words[ctx.firstInside - 1]!.pos === 'DET';
  // "Tuesday Blair said" is no phrase; "next month's European Indoors", "the 2004 Olympics",
  // "1950s crooner Bobby Darin" are.
  if (nounEnd > ctx.lastInside && (common || possessive || determined)) {
    const from = inSentence(ctx, ctx.firstInside - 1) && words[ctx.firstInside - 1]!.pos === 'DET' ? ctx.firstInside - 1 : ctx.firstInside;
    return { from, to: extendOfPhrase(ctx, nounEnd) };
  }
  // The noun phrase before the date's preposition, read leftwards.
  let i = ctx.firstInside - 1;
  if (inSentence(ctx, i) && DATE_PREPOSITIONS.has(lowerAt(ctx, i))) i--;
  const npEnd = i;
  let npStart = i + 1;
  let nouns = 0;
  for (let j = i; inSentence(ctx, j) && npEnd - j < 8; j--) {
    const t = words[j]!;
    if (isOtherDate(ctx, j)) break;
    const w = t.text.toLowerCase();
    const inner = (w === 'in' || w === 'of' || w === 'for') && nouns > 0 && inSentence(ctx, j - 1) && /^(?:NOUN|PROPN)$/.test(words[j - 1]!.pos);
    const participle = t.pos === 'VERB' && /ed$/.test(w) && inSentence(ctx, j - 1) && words[j - 1]!.pos === 'DET';
    const hyphened = isJoiner(ctx, j) || (inSentence(ctx, j + 1) && isJoiner(ctx, j + 1)) || (inSentence(ctx, j - 1) && isJoiner(ctx, j - 1));
    if (!NP_TAGS.has(t.pos) && !inner && !participle && !hyphened && !(t.pos === 'PUNCT' && isPossessive(t))) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') nouns++;
    npStart = j;
  }
  while (npStart <= npEnd && !/^(?:DET|ADJ|NOUN|PROPN|NUM|VERB)$/.test(words[npStart]!.pos)) npStart++;
  return nouns > 0 && npStart <= npEnd ? { from: npStart, to: npEnd } : null;
}

/** "the meeting in Monaco", "the opening of the pipeline": a short of/in phrase after a noun. */
function extendOfPhrase(ctx: Context, nounEnd: number): number {
  const { words } = ctx;
  const p = nounEnd + 1;
  if (!inSentence(ctx, p) || !/^(?:of|in|at|for|with|against|to)$/.test(lowerAt(ctx, p)) || isOtherDate(ctx, p + 1)) return nounEnd;
  let k = p + 1;
  let last = -1;
  while (inSentence(ctx, k) && k - p <= 4 && NP_TAGS.has(words[k]!.pos) && !isOtherDate(ctx, k)) {
    if (/^(?:NOUN|PROPN|NUM)$/.test(words[k]!.pos)) last = k;
    k++;
  }
  return last > p ? last : nounEnd;
}

/**
 * The verb that governs the date. English puts a time adverbial after its verb ("met Bush on
 * Tuesday"), so the nearest verb before the date in the same clause wins; otherwise the nearest
 * on either side, a comma costing more on the right, except after an opening adverbial
 * ("On Wednesday, however, South Korea moved …").
 */
function findVerb(ctx: Context): number {
  const { words } = ctx;
  // Other dates on the way are not words between the verb and this one.
  const isWord = (k: number): boolean => words[k]!.pos !== 'PUNCT' && words[k]!.pos !== 'SYM' && !isOtherDate(ctx, k);
  // Brackets hold an aside ("$5.37bn (£2.86bn)"): neither a break nor words to count.
  const isBreak = (k: number): boolean => isClauseBreak(ctx, k) && !/^[()]$/.test(words[k]!.text);
  // "Christmas 2004 was the worst": a date without a preposition right before a verb is its subject.
  if (!(inSentence(ctx, ctx.firstInside - 1) && DATE_PREPOSITIONS.has(lowerAt(ctx, ctx.firstInside - 1)))) {
    for (let k = ctx.lastInside + 1; inSentence(ctx, k) && k - ctx.lastInside <= 3; k++) {
      if (isMainVerb(ctx, k)) return k;
      if (!/^(?:AUX|ADV|PART)$/.test(words[k]!.pos)) break;
    }
  }
  let best = -1;
  let bestDistance = MAX_DISTANCE;
  let breaks = 0;
  let depth = 0;
  // "found that in 2015, there were 9 million deaths": a date fronted in a clause of its own
  // (after "that", "but", "when", …) and set off by a comma dates the clause that follows.
  const commaAfter = inSentence(ctx, ctx.lastInside + 1) && words[ctx.lastInside + 1]!.text === ',';
  let fronted = false;
  for (let i = ctx.firstInside - 1, gap = 0; inSentence(ctx, i) && gap < MAX_DISTANCE; i--) {
    if (words[i]!.text === ')') depth++;
    if (words[i]!.text === '(') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (commaAfter && gap <= 1 && FRONTING_OPENERS.has(words[i]!.text.toLowerCase())) {
      fronted = true;
      break;
    }
    if (isBreak(i)) breaks++;
    if (isMainVerb(ctx, i)) {
      if (breaks === 0) return i;
      if (gap + 2 * breaks < bestDistance) {
        bestDistance = gap + 2 * breaks;
        best = i;
      }
      break;
    }
    if (isWord(i)) gap++;
  }
  // A date that opens its sentence (with its preposition) is followed by its clause.
  let lead = ctx.firstInside - 1;
  while (inSentence(ctx, lead) && (DATE_PREPOSITIONS.has(lowerAt(ctx, lead)) || /^(?:PUNCT|ADV)$/.test(ctx.words[lead]!.pos))) lead--;
  const opening = fronted || !inSentence(ctx, lead);
  breaks = 0;
  for (let i = ctx.lastInside + 1, gap = 0; inSentence(ctx, i) && gap < MAX_DISTANCE; i++) {
    if (isBreak(i)) breaks++;
    if (isMainVerb(ctx, i)) {
      // "…, her agent said": a reporting tail does not date the date's clause.
      const tail = breaks > 0 && !opening && SPEECH_VERBS.has(words[i]!.lemma.toLowerCase());
      const distance = gap + 0.5 + (opening ? 1 : 6) * breaks + (tail ? MAX_DISTANCE : 0);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
      break;
    }
    if (isWord(i)) gap++;
  }
  return best;
}

/** A verb that heads a clause: not a participle used as an adjective, nor an auxiliary before its verb. */
function isMainVerb(ctx: Context, i: number): boolean {
  const { words } = ctx;
  const t = words[i]!;
  if (isDate(ctx, i) || isOtherDate(ctx, i)) return false;
  // "headline-grabbing", "long-awaited": part of a compound word.
  if ((inSentence(ctx, i - 1) && isJoiner(ctx, i - 1)) || (inSentence(ctx, i + 1) && isJoiner(ctx, i + 1))) return false;
  const prev = inSentence(ctx, i - 1) ? words[i - 1]! : undefined;
  // "will slow", "could rise": after a modal the word is a verb, whatever its tag.
  if (prev && prev.pos === 'AUX' && MODAL_AUXILIARIES.has(prev.text.toLowerCase()) && /^(?:ADJ|NOUN)$/.test(t.pos)) return true;
  // "who shot to prominence", "she faces": right after a subject pronoun the word is a verb.
  if (t.pos === 'NOUN' && prev && SUBJECT_PRONOUNS.has(prev.text.toLowerCase()) && inSentence(ctx, i + 1) && /^(?:ADP|DET|PRON|PROPN|ADV)$/.test(words[i + 1]!.pos)) return true;
  // "fewer jobs than expected", "go ahead as planned": a comparison's participle heads no clause.
  if (prev && /^(?:than|as)$/i.test(prev.text) && /ed$/i.test(t.text)) return false;
  if (t.pos === 'VERB') {
    // "the planned summit", "a growing economy"; "his match": after a possessive, a noun.
    if (prev && /^(?:DET|ADJ)$/.test(prev.pos) && /(?:ed|ing)$/i.test(t.text)) return false;
    if (prev && (POSSESSIVES.has(prev.text.toLowerCase()) || /^(?:a|an|the)$/i.test(prev.text))) return false;
    // ", compared with a year earlier": a comparison, not a clause of its own.
    if (/^compared$/i.test(t.text) && prev?.pos === 'PUNCT') return false;
    // "oil, coal and shipping", "for sailing": a gerund without an object is a noun ("after
    // making his debut" keeps its verb).
    const next = inSentence(ctx, i + 1) ? words[i + 1]! : undefined;
    if (prev && /^(?:CCONJ|ADP|NOUN)$/.test(prev.pos) && /ing$/i.test(t.text) && !(next && /^(?:DET|PRON|PROPN|NUM)$/.test(next.pos))) return false;
    return true;
  }
  if (t.pos !== 'AUX' || !/^(?:be|have)$/.test(t.lemma.toLowerCase())) return false;
  // A copula or "have" as the main verb: no verb follows within the group ("was 1.1%", not
  // "have since been charged").
  for (let k = i + 1; inSentence(ctx, k) && k - i <= 3; k++) {
    const p = words[k]!.pos;
    if (p === 'VERB' || p === 'AUX') return false;
    if (p === 'PUNCT') break;
  }
  return true;
}

/** The clause: subject, verb group, object, each verbatim; the date and its preposition left out. */
function findClause(ctx: Context, np: Span | null): Label | null {
  const { words } = ctx;
  const v = findVerb(ctx);
  if (v < 0) return null;
  // The date's own tokens to skip: the date and the preposition before it, unless the date sits
  // inside a noun phrase ("Sunday's meeting"), where it stays.
  // "Christmas 2004 was the worst for retailers": a date right before its verb is the subject.
  // ("its cutback on orders of the jumbo jet early this year led …": a date right after a noun
  // phrase is that clause's adjunct; its subject is the noun phrase.)
  const afterNoun = inSentence(ctx, ctx.firstInside - 1) && /^(?:NOUN|PROPN|PRON|NUM)$/.test(ctx.words[ctx.firstInside - 1]!.pos);
  const subjectDate = v > ctx.lastInside && isVerbGroupStart(ctx, ctx.lastInside + 1, v) && !afterNoun && !(inSentence(ctx, ctx.firstInside - 1) && DATE_PREPOSITIONS.has(lowerAt(ctx, ctx.firstInside - 1)));
  const inNoun = subjectDate || (!!np && np.from <= ctx.firstInside && np.to > ctx.lastInside);
  const skipFrom = !inNoun && inSentence(ctx, ctx.firstInside - 1) && DATE_PREPOSITIONS.has(lowerAt(ctx, ctx.firstInside - 1)) ? ctx.firstInside - 1 : ctx.firstInside;
  const skipped = (i: number): boolean => !inNoun && i >= skipFrom && i <= ctx.lastInside;

  // The verb group: auxiliaries, negation and adverbs before it; "plans to open".
  let g = v;
  // "will now play": a one-word time adverb stays inside the verb group.
  const afterAux = (k: number): boolean => inSentence(ctx, k - 1) && words[k - 1]!.pos === 'AUX';
  const isAdverbDate = (k: number): boolean => words[k]!.pos === 'ADV' && !(inSentence(ctx, k - 1) && isOtherDate(ctx, k - 1)) && !(inSentence(ctx, k + 1) && isOtherDate(ctx, k + 1));
  while (g - v > -5 && inSentence(ctx, g - 1) && !skipped(g - 1) && (!isOtherDate(ctx, g - 1) || (isAdverbDate(g - 1) && afterAux(g - 1)))) {
    const t = words[g - 1]!;
    const w = t.text.toLowerCase();
    // "plans to open", "is due to open".
    const chain = w === 'to' && inSentence(ctx, g - 2) && /^(?:VERB|AUX|ADJ)$/.test(words[g - 2]!.pos);
    const adverb = t.pos === 'ADV' && (!/^(?:also|however|then|now|still|already|just|only|even)$/.test(w) || afterAux(g - 1)) && g - 1 > 0;
    if (t.pos === 'AUX' || (t.pos === 'PART' && w !== "'s" && w !== '’s') || adverb || chain) g--;
    else if (/^(?:VERB|ADJ)$/.test(t.pos) && words[g]!.text.toLowerCase() === 'to') g--;
    else break;
  }
  const verbGroup: Span = { from: g, to: v };

  const subject = findSubject(ctx, g, skipped);
  // "Growth was 1.1% in 2004, up from 0.3% in 2003": past a comma, the date's own phrase is
  // what the verb says of it.
  const segment = v < ctx.firstInside ? segmentBefore(ctx, v, skipFrom) : null;
  // "…, runner-up behind him three years ago": an apposition is its own event.
  const nominal = !!segment && !/^(?:ADP|ADV|VERB)$/.test(words[segment.from]!.pos);
  if (segment && nominal && hasCommonNoun(ctx, segment)) return render(ctx, [segment]);
  const object = (!nominal && segment) || findObject(ctx, v, skipped, np);
  // "The final is on Saturday": a copula that only places its subject in time says the subject.
  if (!object && subject && v < ctx.firstInside && words[v]!.lemma.toLowerCase() === 'be' && subject.to === g - 1 && hasNounOrName(ctx, subject)) {
    const label = render(ctx, [subject]);
    return label && { ...label, verb: v };
  }
  // "according to the BBC" attributes the sentence; "Updated … The Associated Press" opening a
  // line is a dateline: a verb with no subject whose object is only a name tells no event.
  if (/^according$/i.test(words[v]!.text)) return null;
  const lineStart = ctx.analysis.text.lastIndexOf('\n', words[g]!.start) + 1;
  const opensLine = !inSentence(ctx, g - 1) || ctx.analysis.text.slice(lineStart, words[g]!.start).trim() === '';
  if (!subject && opensLine && object && isOnlyName(ctx, object)) return null;
  const pieces = [subject, verbGroup, object].filter((p): p is Span => !!p && p.from <= p.to);
  const label = render(ctx, pieces, skipped);
  return label && { ...label, verb: v };
}

function isOnlyName(ctx: Context, span: Span): boolean {
  // (Every word capitalised: "The Associated Press" tags "Associated" as a verb.)
  for (let k = span.from; k <= span.to; k++) if (!(/^(?:DET|PUNCT)$/.test(ctx.words[k]!.pos) || /^[A-Z]/.test(ctx.words[k]!.text)) || isDate(ctx, k)) return false;
  return true;
}

function hasNounOrName(ctx: Context, span: Span): boolean {
  for (let k = span.from; k <= span.to; k++) if (/^(?:NOUN|PROPN|ADJ)$/.test(ctx.words[k]!.pos)) return true;
  return false;
}

function hasCommonNoun(ctx: Context, span: Span): boolean {
  for (let k = span.from; k <= span.to; k++) if (ctx.words[k]!.pos === 'NOUN') return true;
  return false;
}

/** The words between the last comma after the verb and the date, when they hold no verb. */
function segmentBefore(ctx: Context, v: number, dateFrom: number): Span | null {
  const { words } = ctx;
  let comma = -1;
  for (let k = dateFrom - 1; k > v; k--) {
    if (words[k]!.text === ')') return null;
    if (isClauseBreak(ctx, k) && !/^[()“”"]$/.test(words[k]!.text)) {
      comma = k;
      break;
    }
  }
  if (comma < 0) return null;
  for (let k = comma + 1; k < dateFrom; k++) if (/^(?:VERB|AUX)$/.test(words[k]!.pos) || isOtherDate(ctx, k)) return null;
  return comma + 1 < dateFrom ? { from: comma + 1, to: dateFrom - 1 } : null;
}

/** Whether the tokens from `k` to the verb `v` are only its auxiliaries and adverbs. */
function isVerbGroupStart(ctx: Context, k: number, v: number): boolean {
  for (let i = k; i < v; i++) if (!/^(?:AUX|ADV|PART)$/.test(ctx.words[i]!.pos)) return false;
  return true;
}

function findSubject(ctx: Context, verbStart: number, skipped: (i: number) => boolean): Span | null {
  const { words } = ctx;
  let j = verbStart - 1;
  // Over the date when it stands between subject and verb ("MPs on Monday voted").
  while (inSentence(ctx, j) && skipped(j)) j--;
  if (!inSentence(ctx, j)) return null;
  if (words[j]!.text === ',') return subjectBeforeAside(ctx, j, skipped);
  if (/^(?:and|but)$/.test(lowerAt(ctx, j))) return sharedSubject(ctx, j, verbStart, skipped);
  // "Greene, who races …": the subject is the relative's antecedent.
  if (RELATIVES.has(lowerAt(ctx, j)) && /^(?:PRON|DET|SCONJ)$/.test(words[j]!.pos) && inSentence(ctx, j - 1)) {
    j--;
    if (inSentence(ctx, j) && words[j]!.text === ',') j--;
  }
  const to = j;
  let from = j + 1;
  for (let k = j; inSentence(ctx, k) && to - k < MAX_SUBJECT && !isOtherDate(ctx, k) && !skipped(k); k--) {
    const t = words[k]!;
    const w = t.text.toLowerCase();
    // "One of Japan's businessmen", "35 of the companies": 'of' inside the noun phrase, after
    // its head (a noun, or a number that stands for one).
    const inner =
      k < to && inSentence(ctx, k - 1) &&
      (((w === 'of' || w === '&' || (w === 'and' && words[to]!.pos === 'PROPN')) && /^(?:NOUN|PROPN)$/.test(words[k - 1]!.pos)) ||
        (w === 'of' && words[k - 1]!.pos === 'NUM'));
    // "their match": after a possessive or an article, a word tagged as a verb is a noun.
    const noun = t.pos === 'VERB' && inSentence(ctx, k - 1) && (POSSESSIVES.has(lowerAt(ctx, k - 1)) || /^(?:a|an|the)$/.test(lowerAt(ctx, k - 1)));
    // "That took …": a demonstrative that opens the sentence is its subject.
    const demonstrative = w === 'that' && !inSentence(ctx, k - 1);
    // "… more than £370m. Britannia will": a lower-case word with a full stop before the subject
    // ends a sentence the splitter ran on.
    if (k < to && /^[a-z]+\.$/.test(t.text)) break;
    // "After talks with the unions the board agreed": an article after a noun opens the subject's own noun phrase.
    // (Not a predeterminer: "half the world's population", "150 times the salary".)
    if (k < to && /^(?:NOUN|PROPN)$/.test(t.pos) && /^(?:a|an|the)$/.test(words[k + 1]!.text) && !/^(?:half|quarter|third|times|twice|all|both|double)$/.test(w)) break;
    if ((!SUBJECT_TAGS.has(t.pos) && !inner && !noun && !isJoiner(ctx, k) && !(t.pos === 'PUNCT' && isPossessive(t))) || (RELATIVES.has(w) && !demonstrative)) break;
    // A subject pronoun or a possessor ends the phrase on the left.
    from = k;
    if (t.pos === 'PRON' && !/^(?:his|her|its|their|our|my|your)$/.test(w)) break;
  }
  from = subjectPastPreposition(ctx, from, to, skipped);
  while (from <= to && /^(?:PART|PUNCT|SYM|ADP|CCONJ)$/.test(words[from]!.pos)) from++;
  if (from > to) return null;
  return { from: from === to ? objectRelativeStart(ctx, from, skipped) : from, to };
}

/**
 * "The actor was due to make a fifth appearance, but was released from his contract in 2004": a
 * verb group right after "and"/"but" shares the subject of the clause it is joined to, the one
 * that opens the sentence. `conj` is the conjunction; null when no such subject is found.
 */
const REPORTING_VERB = /^(?:said|says|say|told|tells|added|adds|announced|warned|claimed|insisted|argued|believes?|believed|thinks?|thought|expects?|expected|reported)$/i;

function sharedSubject(ctx: Context, conj: number, verbStart: number, skipped: (i: number) => boolean): Span | null {
  const { words } = ctx;
  // Only a finite verb group continues the clause ("and is expected", "but was released"; not "and to return", "and reaffirming").
  const head = words[verbStart]!;
  if (!(head.pos === 'AUX' || (head.pos === 'VERB' && !/ing$/i.test(head.text))) || lowerAt(ctx, verbStart) === 'to') return null;
  let first = conj;
  while (inSentence(ctx, first - 1)) first--;
  let v = first;
  while (v < conj && !/^(?:AUX|VERB)$/.test(words[v]!.pos)) v++;
  // ("Sales rose, and was …": the first verb must follow a noun phrase that opens the sentence.)
  if (v >= conj || v === first || !/^(?:NOUN|PROPN|PRON)$/.test(words[v - 1]!.pos)) return null;
  // ("He added that inflation fell … and is expected …": past a clause that opens inside, the
  // conjunction may join that clause's verbs instead.)
  for (let k = v; k < conj; k++) if (/^(?:SCONJ|PRON)$/.test(words[k]!.pos) || /^(?:that|which|who|when|while|because)$/.test(lowerAt(ctx, k)) || (words[k]!.pos === 'VERB' && REPORTING_VERB.test(words[k]!.text))) return null;
  const subject = findSubject(ctx, v, skipped);
  return subject && subject.from === first && subject.to === v - 1 ? subject : null;
}

/**
 * "The next Bond film, originally due for release in 2005, has been delayed", "The most recent,
 * Die Another Day, was released": a subject and its verb with an aside between two commas (an
 * apposition or a participle phrase, Quirk et al. 1985, §17.65–17.70; no finite verb, no pronoun of
 * its own). The subject is the noun phrase that opens the sentence, or the aside when it is a name.
 * `close` is the comma before the verb group; null when the words there are no such aside.
 */
function subjectBeforeAside(ctx: Context, close: number, skipped: (i: number) => boolean): Span | null {
  const { words } = ctx;
  let open = -1;
  for (let k = close - 1; inSentence(ctx, k) && close - k <= 14; k--) {
    if (words[k]!.text === ',') {
      open = k;
      break;
    }
  }
  if (open < 0) return null;
  const aside: number[] = [];
  for (let k = open + 1; k < close; k++) if (!skipped(k)) aside.push(k);
  // ("Die Another Day": a title in capitals may open with a verb.)
  const named = aside.length > 0 && aside.every((k, i) => /^\p{Lu}/u.test(words[k]!.text) || (i === 0 && words[k]!.pos === 'DET'));
  for (const [i, k] of aside.entries()) {
    const t = words[k]!;
    if (named) break;
    if (t.pos === 'AUX' || (t.pos === 'PRON' && !POSSESSIVES.has(lowerAt(ctx, k))) || RELATIVES.has(lowerAt(ctx, k)) || isClauseBreak(ctx, k)) return null;
    // ("founded in 1990", "based in London": a participle may open the aside; a finite verb may not.)
    if (t.pos === 'VERB' && !(/(?:ed|en|ing)$/i.test(t.text) && aside.slice(0, i).every((x) => words[x]!.pos === 'ADV'))) return null;
  }
  // ("He was arrested in Barstow, California, on Saturday": the phrase before the aside must open the sentence.)
  let from = open;
  // ("The most recent": an adverb before an adjective is inside the phrase.)
  const inPhrase = (k: number): boolean => /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(words[k]!.pos) || (words[k]!.pos === 'ADV' && words[k + 1]!.pos === 'ADJ');
  while (inSentence(ctx, from - 1) && open - from < MAX_SUBJECT && !skipped(from - 1) && !isOtherDate(ctx, from - 1) && inPhrase(from - 1)) from--;
  if (from === open || inSentence(ctx, from - 1)) return null;
  if (named) return { from: aside[0]!, to: aside.at(-1)! };
  return { from, to: open - 1 };
}

/**
 * "Meetup, which it acquired for $200m in 2017": a pronoun subject of a relative clause whose
 * object is its antecedent says nothing alone ("it acquired for $200m"); the event reads from the
 * antecedent noun phrase on. Returns where the subject starts: the antecedent's first word, or
 * `k` itself.
 */
function objectRelativeStart(ctx: Context, k: number, skipped: (i: number) => boolean): number {
  const { words } = ctx;
  if (words[k]!.pos !== 'PRON' || !/^(?:it|he|she|they|we|i|you)$/.test(lowerAt(ctx, k))) return k;
  const rel = k - 1;
  if (!inSentence(ctx, rel) || !/^(?:which|that|whom)$/.test(lowerAt(ctx, rel))) return k;
  let end = rel - 1;
  if (inSentence(ctx, end) && words[end]!.text === ',') end--;
  if (!inSentence(ctx, end) || !/^(?:NOUN|PROPN)$/.test(words[end]!.pos) || skipped(end) || isOtherDate(ctx, end)) return k;
  let start = end;
  while (inSentence(ctx, start - 1) && end - start < MAX_SUBJECT && !skipped(start - 1) && !isOtherDate(ctx, start - 1) && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(words[start - 1]!.pos)) start--;
  return start;
}

/**
 * "Its fleet of roughly 400 jets around the world have been grounded", "its cutback on orders of
 * the jumbo jet led …": a prepositional phrase after a noun belongs to the subject when the noun
 * phrase before it reaches the start of the clause (the sentence's start, a comma, a conjunction);
 * otherwise it is an adverbial that opens the clause ("After talks with Iran the EU agreed").
 * Returns where the subject starts.
 */
function subjectPastPreposition(ctx: Context, from: number, to: number, skipped: (i: number) => boolean): number {
  const { words } = ctx;
  const p = from - 1;
  if (from > to || !inSentence(ctx, p - 1) || words[p]!.pos !== 'ADP' || !/^(?:NOUN|PROPN)$/.test(words[p - 1]!.pos)) return from;
  let start = p;
  let k = p - 1;
  for (; inSentence(ctx, k) && to - k < MAX_SUBJECT + 6 && !isOtherDate(ctx, k) && !skipped(k); k--) {
    const t = words[k]!;
    const w = t.text.toLowerCase();
    const inner = w === 'of' && inSentence(ctx, k - 1) && /^(?:NOUN|PROPN|NUM)$/.test(words[k - 1]!.pos);
    // ("roughly 400", "nearly half": an adverb before a number is part of the noun phrase.)
    const approximate = t.pos === 'ADV' && inSentence(ctx, k + 1) && words[k + 1]!.pos === 'NUM';
    // (A pronoun other than a possessive opens no such phrase: "What a refreshing attitude from …".)
    if ((!SUBJECT_TAGS.has(t.pos) && !inner && !approximate && !(t.pos === 'PUNCT' && isPossessive(t))) || RELATIVES.has(w) || (t.pos === 'PRON' && !/^(?:his|her|its|their|our|my|your)$/.test(w))) break;
    start = k;
  }
  const boundary = !inSentence(ctx, k) || /^(?:CCONJ|SCONJ)$/.test(words[k]!.pos) || /^[,;:“”"(]$/.test(words[k]!.text);
  return boundary ? start : from;
}

function findObject(ctx: Context, v: number, skipped: (i: number) => boolean, np: Span | null): Span | null {
  const { words } = ctx;
  const speech = SPEECH_VERBS.has(words[v]!.lemma.toLowerCase());
  let k = v + 1;
  // The date right after the verb ("met on Tuesday with …") is passed over.
  while (inSentence(ctx, k) && skipped(k)) k++;
  const from = k;
  // A noun phrase that holds the date is taken whole ("… at next month's European Indoors").
  const through = np && np.from <= ctx.firstInside && np.to > ctx.lastInside ? np.to : -1;
  const limit = speech ? MAX_CONTENT : MAX_OBJECT;
  let last = -1;
  let count = 0;
  for (; inSentence(ctx, k) && (count < limit || k <= through); k++) {
    const t = words[k]!;
    const w = t.text.toLowerCase();
    // "told investors that between 1999 and 2001 it employed …": the statement goes on past the date.
    if (skipped(k) && speech && k > from && lowerAt(ctx, k - 1) === 'that') {
      k = ctx.lastInside;
      continue;
    }
    // "will play the final two minutes … on 5 January": a span of time that is the verb's object
    // is read with it.
    if (isOtherDate(ctx, k) && count === 0 && !skipped(k) && /^(?:DET|NUM|ADJ|NOUN)$/.test(t.pos) && !(inSentence(ctx, k - 1) && DATE_PREPOSITIONS.has(lowerAt(ctx, k - 1)))) {
      while (inSentence(ctx, k + 1) && isOtherDate(ctx, k + 1)) k++;
      last = k;
      count++;
      continue;
    }
    if (skipped(k) || isOtherDate(ctx, k)) break;
    if (t.pos === 'PUNCT' && !isPossessive(t) && !/^[-%]$/.test(t.text)) break;
    if (CLAUSE_OPENERS.has(w) && k > from) break;
    if (w === 'that' && t.pos === 'SCONJ' && !speech) break;
    // "… and will not return": a second verb phrase.
    if (t.pos === 'CCONJ' && (k === from || !inSentence(ctx, k + 1) || /^(?:AUX|VERB|PRON)$/.test(words[k + 1]!.pos))) break;
    // "introduced its own system and Yahoo has tweaked …": a second clause with its own subject.
    // (In reported speech a coordinated subject is common: "said that EA and Vivendi would".)
    if (t.pos === 'CCONJ' && !speech && opensClause(ctx, k + 1)) break;
    if (t.pos !== 'PUNCT') count++;
    // "broke even", "go up": a particle right after the verb belongs to it.
    const ends = !inSentence(ctx, k + 1) || skipped(k + 1) || words[k + 1]!.pos === 'PUNCT';
    const particle = k === v + 1 && /^(?:ADV|ADP)$/.test(t.pos) && ends;
    if (/^(?:NOUN|PROPN|NUM|PRON|SYM|ADJ|VERB)$/.test(t.pos) || isDate(ctx, k) || particle) last = k;
  }
  // Cut by the length limit inside a noun phrase ("attends the G7 meeting of seven leading
  // industrialised | nations"): the phrase is read to its head noun, a few words on at most.
  const phraseGoesOn = (i: number): boolean => inSentence(ctx, i) && !skipped(i) && !isOtherDate(ctx, i) && /^(?:NOUN|ADJ|NUM)$/.test(words[i]!.pos);
  if (k > through && last === k - 1 && /^(?:ADJ|NUM|NOUN)$/.test(words[last]!.pos) && phraseGoesOn(k)) {
    let end = k;
    while (end - k < 2 && phraseGoesOn(end + 1)) end++;
    if (words[end]!.pos === 'NOUN' && !phraseGoesOn(end + 1)) last = end;
  }
  // End on a content word: "part of a $" → "part". A possessive determiner without its noun
  // ("ended his"), the subject of a clause that was cut before its verb ("a report that it") and
  // a pronoun that opens a clause leave the label unfinished too.
  const dangling = (k: number): boolean => {
    const t = words[k]!;
    const w = t.text.toLowerCase();
    // (A relative or "what" opens a clause: "the living that", "pleased with what".)
    if (t.pos === 'PRON') return POSSESSIVE_DETERMINERS.has(w) || RELATIVES.has(w) || w === 'what' || (inSentence(ctx, k + 1) && /^(?:AUX|VERB)$/.test(words[k + 1]!.pos));
    return (/^(?:DET|ADP|CCONJ|SCONJ|PART)$/.test(t.pos) && !isPossessive(t)) || (t.pos === 'SYM' && t.text !== '%');
  };
  while (last > from && dangling(last) && !(last === v + 1 && ctx.words[last + 1] && skipped(last + 1))) last--;
  // Not through a name: "over South" → "over South Africa".
  while (last >= from && words[last]!.pos === 'PROPN' && inSentence(ctx, last + 1) && words[last + 1]!.pos === 'PROPN' && !skipped(last + 1) && !isOtherDate(ctx, last + 1) && last - from < limit + 3) last++;
  return last >= from ? { from, to: last } : null;
}

/** English possessive determiners (a closed class): they stand before a noun, never last. */
const POSSESSIVE_DETERMINERS = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** A subject (names, nouns, a determiner) followed by a finite verb group, from `k`. */
function opensClause(ctx: Context, k: number): boolean {
  const { words } = ctx;
  let i = k;
  while (inSentence(ctx, i) && i - k < 4 && /^(?:DET|PROPN|NOUN|ADJ)$/.test(words[i]!.pos)) i++;
  return i > k && inSentence(ctx, i) && (words[i]!.pos === 'AUX' || (words[i]!.pos === 'VERB' && /(?:ed|s)$/i.test(words[i]!.text)));
}

/** Joins the pieces' verbatim text, leaving out the date's skipped tokens; null when too long. */
function render(ctx: Context, pieces: Span[], skipped: (i: number) => boolean = () => false): Label | null {
  const { words, analysis } = ctx;
  // The pieces' tokens in text order; neighbouring tokens are one verbatim run ("We're fighting").
  const seen = new Set<number>();
  for (const p of pieces) for (let i = p.from; i <= p.to; i++) seen.add(i);
  const tokens = [...seen].filter((i) => !skipped(i)).sort((a, b) => a - b);
  const parts: string[] = [];
  const text = analysis.text;
  const isDateChar = (offset: number): boolean => ctx.taken(offset);
  for (let k = 0; k < tokens.length; ) {
    let e = k;
    while (e + 1 < tokens.length && tokens[e + 1] === tokens[e]! + 1) e++;
    // A run starts and ends on whole words: "$40", "$9.4bn", not "40" and "$9.4"; a word cut by
    // a date ("-quarter") is left out.
    let from = words[tokens[k]!]!.start;
    let to = words[tokens[e]!]!.end;
    while (from > ctx.sentenceStart && /[^\s"“”'‘’(]/.test(text[from - 1]!) && !isDateChar(from - 1)) from--;
    while (to < text.length && /[^\s"“”'‘’),.;:!?]/.test(text[to]!) && !isDateChar(to)) to++;
    parts.push(text.slice(from, to));
    k = e + 1;
  }
  const label = parts.join(' ').replace(/\s+/g, ' ').trim();
  if (!label || label.split(' ').length > MAX_WORDS) return null;
  return { text: label, tokens };
}

/** An event names an action or a thing: a verb or a common noun, not only names and numbers. */
function isEvent(ctx: Context, label: Label): boolean {
  // One word ("died", "signed", "loss") does not say what happened.
  if (label.text.split(' ').length < 2) return false;
  // "it was", "debt was", "will be": a copula or auxiliary whose complement is missing says nothing.
  const lastToken = label.tokens[label.tokens.length - 1];
  if (lastToken !== undefined && ctx.words[lastToken]!.pos === 'AUX') return false;
  if (label.verb !== undefined && label.tokens.length > 1) return true;
  if (label.occasion) return true;
  // "the year" (of "in the year to March 2004"), "the same period", "the first time": a phrase
  // whose nouns all measure time is a span, not a thing that happens ("polling day", "the
  // Christmas weekend" name one by another noun).
  if (label.tokens.every((i) => isDate(ctx, i) || !/^(?:NOUN|PROPN|VERB)$/.test(ctx.words[i]!.pos) || TIME_NOUNS.has(ctx.words[i]!.text.toLowerCase()))) return false;
  return label.tokens.some((i) => !isDate(ctx, i) && /^(?:VERB|NOUN)$/.test(ctx.words[i]!.pos) && !/^['’]s$/.test(ctx.words[i]!.text));
}
