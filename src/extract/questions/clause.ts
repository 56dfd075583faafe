// Token-level helpers that cut a clause into subject and predicate and write the pieces
// back as clean text. Every loop is bounded by the sentence's token range.
import { EVERYDAY_WORD_LIST } from '../lexicon/everyday-words.js';
import type { Analysis, Sentence, Token } from '../nlp.js';

/** Tokens that end a clause when met inside it. */
const CLAUSE_PUNCT = /^(?:[,;:!?.()[\]“”"]|[-–—]{1,2}|‘|’)$/;
const DASH = /^[-–—]{1,2}$/;
/** Verbs that open a clause of purpose ("to ensure", "to help", "to fund"). */
const PURPOSE_VERB = /^(?:ensure|help|make|allow|enable|avoid|prevent|fund|pay|cover|meet|boost|support|protect|secure|guarantee|keep|reduce|improve)$/i;
/** Subordinators that end a predicate: what follows is another clause. */
const SUBORDINATORS = new Set(['if', 'unless', 'because', 'although', 'though', 'while', 'whereas', 'as', 'since', 'when', 'but', 'so', 'which', 'who', 'whom', 'where']);
/** Adverbs that only hedge or link; dropped from questions. */
const FILLER_ADVERBS = new Set(['therefore', 'perhaps', 'possibly', 'probably', 'certainly', 'now', 'also', 'then', 'actually', 'indeed', 'currently', 'however', 'thus', 'surely', 'obviously', 'really']);
/** Words that may open a subject but are not part of it. */
const SUBJECT_OPENERS = /^(?:but|and|yet|so|however|possible|likely|unlikely|probable|that|now|then|also|sure|confident|convinced|aware|concerned|worried|afraid|fearful|hopeful|optimistic|pessimistic)$/i;
const TRAILING_FUNCTION = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PUNCT', 'SPACE']);
export const MAX_SUBJECT_TOKENS = 12;
/** How long an aside between commas, dashes or brackets may be and still be stepped over. */
const MAX_ASIDE_TOKENS = 24;
const PERSONAL = /^(?:it|he|she|they|we|i|you)$/i;
/** Verbs that take a clause, after which a noun phrase is that clause's subject ("saying prices could rise"). */
export const CLAUSE_TAKING = new Set(['say', 'tell', 'warn', 'claim', 'argue', 'think', 'believe', 'expect', 'predict', 'fear', 'suggest', 'insist', 'add', 'note', 'hope', 'estimate', 'know', 'show', 'signal', 'indicate', 'mean']);
/** Nouns of saying after which a pronoun opens a clause, not a relative ("the report it …" is rare; "warning he …"). */
const REPORTING_LIKE = /^(?:warning|saying|claiming|arguing|insisting)$/i;
/**
 * Third-person forms of the clause-taking verbs above that the tagger may read as plural nouns
 * ("fears", "warns"): Hyland's (2005) hedging verbs and the common verbs of saying.
 */
const SAYS_OR_BELIEVES = /^(?:says|tells|warns|claims|argues|thinks|believes|expects|predicts|fears|suggests|insists|adds|notes|hopes|estimates|reckons)$/i;
/** The plain forms of the same verbs, which follow a plural subject ("leaders fear", "analysts say"). */
const SAY_OR_BELIEVE = /^(?:say|tell|warn|claim|argue|think|believe|expect|predict|fear|suggest|insist|hope|estimate|reckon)$/i;
const COMPANY_SUFFIX = /^(?:Inc|Ltd|Corp|Co|plc|LLC|etc)\.$/;
export const MAX_PREDICATE_TOKENS = 18;
/** How far a subject or predicate is looked for, skipped tokens included: keeps run-on input linear. */
const MAX_REACH = 40;
const MODAL = /^(?:may|might|could|will|would|can|should|must)$/;
const isVerbTag = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

export interface Piece {
  /** Token indices, in order; gaps mark text left out (a parenthesis between dashes). */
  tokens: number[];
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const lower_ = lower;

export const isPunct = (t: Token): boolean => t.pos === 'PUNCT' || CLAUSE_PUNCT.test(t.text);

/** A hyphen inside a word ("file-sharing", "short-lived"): no space on either side. */
export function isWordHyphen(a: Analysis, k: number): boolean {
  const t = a.tokens[k];
  const prev = a.tokens[k - 1];
  const next = a.tokens[k + 1];
  return t !== undefined && /^[-–]$/.test(t.text) && prev !== undefined && next !== undefined && prev.end === t.start && t.end === next.start;
}

/** Whether the verb at `k` is the first verb of a relative clause: "who (persistently) break", "which has won". */
function opensRelative(a: Analysis, k: number): boolean {
  let j = k - 1;
  while (j > 0 && /^(?:ADV|AUX|PART)$/.test(a.tokens[j]!.pos) && k - j <= 3) j--;
  return /^(?:who|which|whom)$/i.test(a.tokens[j]?.text ?? '');
}

/** Whether token `k` opens a quotation or a bracket, where a capital says nothing. */
const opensQuote = (a: Analysis, k: number): boolean => /^[“"‘'([]$/.test(a.tokens[k - 1]?.text ?? '');

/** A past participle form: not the base form, not "-ing" or "-s" (an irregular one like "sold" or "taken" too). */
const isParticiple = (tok: Token): boolean => tok.pos === 'VERB' && tok.text.toLowerCase() !== tok.lemma.toLowerCase() && !/(?:ing|s)$/i.test(tok.text);

/** Whether token `k`, a past participle after a noun, postmodifies it: "phones sold", "the lessons learned in Delhi". */
function isReducedRelative(a: Analysis, k: number, picked: readonly number[]): boolean {
  const tok = a.tokens[k]!;
  const head = a.tokens[k - 1];
  if (tok.pos !== 'VERB' || !head || !/^(?:NOUN|PROPN)$/.test(head.pos)) return false;
  if (!isParticiple(tok)) return false;
  // "the measures the government announced could": a noun phrase right after another noun opens a
  // relative clause without "that", whose verb is a simple past, not a participle.
  let j = k - 1;
  while (j > 0 && /^(?:NOUN|PROPN|ADJ)$/.test(a.tokens[j]!.pos)) j--;
  if (a.tokens[j]?.pos === 'DET' && /^(?:NOUN|PROPN)$/.test(a.tokens[j - 1]?.pos ?? '')) return false;
  // Nothing after it but a prepositional phrase: "learned in Delhi", not "sold its stake".
  return picked.length === 0 || (a.tokens[picked[0]!]!.pos === 'ADP' && picked.every((j) => /^(?:ADP|DET|ADJ|NOUN|PROPN|NUM)$/.test(a.tokens[j]!.pos)));
}

/**
 * The subject of the clause whose verb group starts at token `t`: the noun phrase right before
 * it, skipping adverbs ("are currently mulling") and a parenthesis between dashes
 * ("yields - average revenues per passenger - were expected").
 */
export function subjectBefore(a: Analysis, s: Sentence, t: number): Piece | null {
  const found = findSubjectBefore(a, s, t);
  if (!found && subjectMisses) subjectMisses.push(`no subject: ${whySubjectMissing(a, s, t)}`);
  return found;
}

/**
 * Where subjects not found are noted while the eval's `--why` trace runs (see `noteSubjectMisses`);
 * null otherwise, so that extraction neither pays for nor depends on it.
 */
let subjectMisses: string[] | null = null;

/** Runs `f` noting in `into` why each subject looked for was not found. */
export function noteSubjectMisses<T>(into: string[], f: () => T): T {
  subjectMisses = into;
  try {
    return f();
  } finally {
    subjectMisses = null;
  }
}

/**
 * What stands before a verb whose subject was not found, for the eval's `--why` tally: the
 * structures the subject reader may have failed on, the nearest one first.
 */
function whySubjectMissing(a: Analysis, s: Sentence, verbAt: number): string {
  let k = verbAt - 1;
  while (k > s.first && (a.tokens[k]!.pos === 'ADV' || a.tokens[k]!.pos === 'SPACE')) k--;
  if (k < s.first || k <= s.first && isPunct(a.tokens[k]!)) return 'clause opens with the verb';
  const prev = a.tokens[k]!;
  if (prev.pos === 'PRON' && /^(?:it|he|she|they|we|i|you)$/i.test(prev.text)) return 'pronoun after a noun (relative clause?)';
  if (/^[)\]]$/.test(prev.text)) return 'bracketed aside';
  if (/^[-–—]{1,2}$/.test(prev.text) && !isWordHyphen(a, k)) return 'dash aside';
  if (prev.text === ',') return 'comma before the verb';
  if (prev.pos === 'CCONJ') return 'coordination';
  const window = a.tokens.slice(Math.max(s.first, verbAt - 16), verbAt);
  const last = (re: RegExp): number => window.map((t) => re.test(t.text)).lastIndexOf(true);
  const rel = last(/^(?:who|which|that|whom|whose)$/i);
  const sub = last(/^(?:while|although|though|whereas|because|since|if|when)$/i);
  const wh = last(/^(?:how|what|why|where|whether)$/i);
  const inf = window.findIndex((t, i) => t.pos === 'VERB' && /^to$/i.test(window[i - 1]?.text ?? ''));
  const gerund = window.findIndex((t) => t.pos === 'VERB' && /ing$/i.test(t.text));
  const best = Math.max(rel, sub, wh);
  if (best >= 0 && best === rel) return 'relative clause';
  if (best >= 0 && best === sub) return 'subordinate clause';
  if (best >= 0 && best === wh) return 'indirect question';
  if (inf >= 0) return 'infinitive';
  if (gerund >= 0) return 'gerund';
  if (prev.pos === 'VERB' || prev.pos === 'AUX') return 'verb before the verb';
  return verbAt - s.first > MAX_SUBJECT_REACH ? 'long subject' : 'other';
}

const MAX_SUBJECT_REACH = 12;

/** Whether the words before the "and" at `k` are the object of a verb that takes no clause ("reached record levels last year"). */
function objectBefore(a: Analysis, s: Sentence, k: number): boolean {
  let j = k - 1;
  while (j > s.first && k - j <= 8 && /^(?:NOUN|PROPN|ADJ|DET|NUM|ADP|SPACE)$/.test(a.tokens[j]!.pos)) j--;
  const verb = a.tokens[j]!;
  // (A participle before its noun is an adjective: "the growing population and …".)
  const attributive = /ing$/i.test(verb.text) || /^(?:DET|PART|ADJ)$/.test(a.tokens[j - 1]?.pos ?? '');
  return j < k - 1 && verb.pos === 'VERB' && !attributive && !CLAUSE_TAKING.has(verb.lemma.toLowerCase());
}

/** Words that make a numeral approximate ("about 500", "over 2,000"): TimeML 1.2.1 `mod` APPROX, MORE_THAN, LESS_THAN. */
const APPROXIMATOR = /^(?:about|around|over|under|roughly|approximately|some)$/i;

/**
 * Whether token `k` opens a clause where a subject can stand: the sentence's first word past quote
 * marks or a colon, or right after "but" or the complementiser "that". (Not after a comma:
 * ", ensuring there would be …" is a supplementive clause, no subject; Quirk et al. 1985, §15.58.)
 */
export function opensSubjectClause(a: Analysis, s: Sentence, k: number): boolean {
  let j = k - 1;
  while (j >= s.first && (a.tokens[j]!.pos === 'SPACE' || /^[“"‘]$/.test(a.tokens[j]!.text))) j--;
  if (j < s.first) return true;
  return /^(?::|but|that)$/i.test(a.tokens[j]!.text);
}

/** The first token of the noun phrase whose head is `head`: back over determiners, adjectives, numbers and nouns before it. */
function nounPhraseStart(a: Analysis, s: Sentence, head: number): number {
  let k = head;
  while (k > s.first && /^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(a.tokens[k - 1]!.pos)) k--;
  return k;
}

function findSubjectBefore(a: Analysis, s: Sentence, t: number): Piece | null {
  const { tokens } = a;
  let end = t - 1;
  // Adverbs between subject and verb are skipped, "not" too when "not only" makes it no negation.
  while (end >= Math.max(s.first, t - 6) && (tokens[end]!.pos === 'ADV' || tokens[end]!.pos === 'SPACE' || (/^not$/i.test(tokens[end]!.text) && /^only$/i.test(tokens[end + 1]?.text ?? ''))) && !(/^n[o’']t$/i.test(tokens[end]!.text) && !/^only$/i.test(tokens[end + 1]?.text ?? ''))) end--;
  const picked: number[] = [];
  for (let k = end; k >= Math.max(s.first, t - MAX_REACH) && picked.length <= MAX_SUBJECT_TOKENS; k--) {
    const tok = tokens[k]!;
    if (tok.pos === 'SPACE') continue;
    // "told the newspaper it would …": a personal pronoun right before the verb is the whole subject.
    if (picked.length === 0 && tok.pos === 'PRON' && PERSONAL.test(tok.text)) {
      // "the things she wants to …": a pronoun right after a noun opens a relative clause.
      return k > s.first && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) && !REPORTING_LIKE.test(tokens[k - 1]!.text) ? null : { tokens: [k] };
    }
    if (isWordHyphen(a, k) || (k < end && isWordHyphen(a, k + 1)) || (k > s.first && isWordHyphen(a, k - 1))) {
      picked.unshift(k);
      continue;
    }
    if (DASH.test(tok.text)) {
      // Skip back over "- parenthesis -" when its opening dash is close; else the dash ends the subject.
      let open = -1;
      for (let j = k - 1; j >= Math.max(s.first, k - MAX_ASIDE_TOKENS); j--) if (DASH.test(tokens[j]!.text)) { open = j; break; }
      if (open < 0) break;
      k = open;
      continue;
    }
    // "off-loading American Express Financial Advisors (AEFA) would": an aside in brackets is left out.
    if (tok.text === ')') {
      let open = -1;
      for (let j = k - 1; j >= Math.max(s.first, k - MAX_ASIDE_TOKENS); j--) if (/^[()]$/.test(tokens[j]!.text)) { open = tokens[j]!.text === '(' ? j : -1; break; }
      if (open <= s.first) break;
      k = open;
      continue;
    }
    // Scare quotes around the subject ("“extraordinary circumstances” may not include") are left out.
    if (/^[“”"]$/.test(tok.text)) continue;
    // "Standard Life, which owns a 1% stake, may seek", "Gordon Sondland, the most anticipated
    // witness, is likely to": skip a relative clause or an apposition set off by commas.
    if (tok.text === ',' && picked.length === 0) {
      let open = -1;
      for (let j = k - 2; j >= Math.max(s.first + 1, k - MAX_ASIDE_TOKENS); j--) {
        if (tokens[j]!.text === ',' || DASH.test(tokens[j]!.text)) {
          // "Test versions of the new program, called IE 7, are": a participle clause after its
          // noun is a reduced relative (Quirk et al. 1985, §17.29), an aside like one with "which".
          // ("Net browser Opera 8.0, due for …": a name may end in a number.)
          const head = /^(?:NOUN|PROPN)$/.test(tokens[j - 1]!.pos) || (tokens[j - 1]!.pos === 'NUM' && tokens[j - 2]?.pos === 'PROPN');
          const participle = head && isParticiple(tokens[j + 1]!) && /(?:ed|en|wn|lt)$/i.test(tokens[j + 1]!.text);
          // An apposition is a noun phrase, with no finite verb: it may join nouns after its opening
          // word ("such as Xbox and PlayStation"; one opening with a name is the tail of a list: "Buick,
          // Cadillac and Chevrolet"), hold a participle after its noun ("the company controlled by …")
          // or open with one ("including the Video Relay Service"), both reduced relatives (Quirk et
          // al. 1985, §17.29).
          const apposition =
            head &&
            tokens.slice(j + 1, k).every((x) => /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|PART|ADV|SPACE)$/.test(x.pos) || /^['’]s$/.test(x.text) || (x.pos === 'VERB' && /^(?:NOUN|ADJ)$/.test(tokens[x.i + 1]?.pos ?? '')) ||
              (x.pos === 'CCONJ' && !/^(?:NOUN|PROPN)$/.test(tokens[j + 1]!.pos)) || (x.pos === 'VERB' && ((isParticiple(x) && /^(?:NOUN|PROPN)$/.test(tokens[x.i - 1]!.pos) && tokens[x.i + 1]?.pos === 'ADP') || (x.i === j + 1 && /ing$/i.test(x.text)))));
          // ("The strike, if it goes ahead, could …": an adverbial clause of condition or time set off by commas is an aside too.)
          const adverbial = head && /^(?:if|unless|once|when|whatever)$/i.test(tokens[j + 1]!.text);
          if (/^(?:which|who)$/i.test(tokens[j + 1]!.text) || apposition || participle || adverbial) open = j;
          // ("which owns X and combines the Paris, Amsterdam and Lisbon exchanges,": a comma between
          // the items of a list lies inside the aside; the comma that opens it is further back.)
          const listComma = open < 0 && tokens[j]!.text === ',' && /^(?:NOUN|PROPN)$/.test(tokens[j - 1]!.pos) && /^(?:NOUN|PROPN)$/.test(tokens[j + 1]!.pos) && [2, 3].some((d) => /^(?:and|or)$/i.test(tokens[j + d]?.text ?? ''));
          if (listComma) continue;
          break;
        }
      }
      if (open > 0) {
        k = open;
        continue;
      }
    }
    if (isPunct(tok) && tok.text !== "'s" && tok.text !== '’s') break;
    if (tok.pos === 'VERB' && lower(tokens[k - 2]) === 'what' && tokens[k - 1]!.pos === 'PRON') {
      // A free relative as subject: "what I announced yesterday will be sufficient".
      picked.unshift(k - 2, k - 1, k);
      break;
    }
    // "BA's estimated annual revenues": a participle used as an adjective stays in the subject.
    // ("he hoped more": after a personal pronoun the participle is a verb.)
    const owner = tokens[k - 1];
    const attributive = tok.pos === 'VERB' && /ed$/i.test(tok.text) && (/^(?:DET|PART)$/.test(owner?.pos ?? '') || (owner?.pos === 'PRON' && /^(?:his|her|its|their|our|my|your)$/i.test(owner.text))) && /^(?:ADJ|NOUN)$/.test(tokens[k + 1]?.pos ?? '');
    if (attributive) {
      picked.unshift(k);
      continue;
    }
    if (/^(?:which|who)$/i.test(tok.text)) return null; // a relative clause describes, it does not predict
    if (/^(?:how|what|why|where|whether)$/i.test(tok.text)) return null; // an indirect question
    // "Since then, an offer has been anticipated": "since" opening a time phrase is no clause.
    if (/^since$/i.test(tok.text) && /^then$/i.test(tokens[k + 1]?.text ?? '')) break;
    if (/^(?:while|although|though|whereas|because|since)$/i.test(tok.text)) return null; // background, not the news
    // "Shares rose 5% after the firm said": after a clause of its own, "after" opens the clause whose subject this is.
    // ("Talks after the election could …": with no verb before it, it is a preposition inside the subject.)
    if (/^(?:after|before|until|once)$/i.test(tok.text) && tokens.slice(s.first, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) break;
    // "efforts to slow global warming will …", "changing the policy could …": the noun phrase is
    // the object of a verb form, and the real subject lies further back.
    if (tok.pos === 'VERB' && picked.length > 0 && !CLAUSE_TAKING.has(tok.lemma.toLowerCase())) {
      if (lower(tokens[k - 1]) === 'to') {
        // "Plans to shed 7,000 jobs could …": an infinitive postmodifying a noun that opens its clause
        // (Quirk et al. 1985, §17.30) belongs to the subject, the noun being its head.
        const head = k - 2;
        if (head >= s.first && (tokens[head]!.pos === 'NOUN' || (tokens[head]!.pos === 'PROPN' && head === s.first)) && opensSubjectClause(a, s, nounPhraseStart(a, s, head))) {
          picked.unshift(k - 1, k);
          k--;
          continue;
        }
        return null;
      }
      // "changing the policy could …" is a gerund and its object; "shifting monsoon patterns" a participle as adjective.
      if (/ing$/i.test(tok.text)) {
        // "Selling the car unit may not prove …": an -ing clause opening its clause is the subject (Quirk et al. 1985, §15.10).
        // ("notifying staff on Friday and the process would …": a phrase joined by "and" is a clause of its own.)
        // (Before an auxiliary only: "Reflecting the growing need to …" with "need" misread as the verb is an adverbial clause.)
        if (/^(?:DET|PRON)$/.test(tokens[picked[0]!]!.pos) && tokens[t]?.pos === 'AUX' && opensSubjectClause(a, s, k) && !picked.some((j) => tokens[j]!.pos === 'CCONJ') && picked.some((j) => /^(?:NOUN|PROPN|PRON)$/.test(tokens[j]!.pos))) {
          picked.unshift(k);
          break;
        }
        if (/^(?:DET|PRON)$/.test(tokens[picked[0]!]!.pos)) return null;
        picked.unshift(k);
        continue;
      }
    }
    // "phones sold will", "the lessons learned in Delhi could": a past participle right after its
    // head noun, with no more than a prepositional phrase after it, is a reduced relative clause
    // postmodifying the subject (Quirk et al. 1985, §17.29), not the clause's own verb.
    if (isReducedRelative(a, k, picked)) {
      picked.unshift(k);
      continue;
    }
    // "Individuals who persistently break the law will face …": the noun phrase is the object of a
    // relative clause's verb; the subject is the antecedent before "who", too far to ask about.
    if (tok.pos === 'VERB' && picked.length > 0 && opensRelative(a, k)) return null;
    // "American Express Financial Advisors would": a capitalised "verb" inside a run of names is part
    // of the name the tagger misread; the subject's start cannot be told.
    if (isVerbTag(tok) && k > s.first && /^\p{Lu}/u.test(tok.text) && tokens[picked[0] ?? -1]?.pos === 'PROPN' && !opensQuote(a, k)) return null;
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'SCONJ' || tok.pos === 'INTJ') break;
    // "… by March and there are plans to …": an existential "there" is the whole subject.
    if (/^and$/i.test(tok.text) && /^there$/i.test(tokens[picked[0] ?? -1]?.text ?? '')) break;
    // "… reached record levels last year and the figures are likely to …": "and" after a verb's
    // object joins two clauses; the subject is the phrase after it. (Only a phrase with its own
    // determiner: "control virtual people and societies" joins two nouns.)
    if (/^and$/i.test(tok.text) && picked.length > 1 && tokens[picked[0]!]!.pos === 'DET' && objectBefore(a, s, k)) break;
    // "either Jacob Clark or Cole Kramer would start": the last of two names joined by "or" is not the subject.
    if (/^(?:or|nor)$/i.test(tok.text) && picked.length > 0 && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '')) return null;
    if (/^(?:that|but|or|so|if|unless|when)$/i.test(tok.text)) break;
    // "Finlay Calder fears civil war at the SRU could …": a verb of saying or belief after a name,
    // tagged as a plural noun, ends the subject (the clause it takes starts after it).
    if (picked.length > 0 && SAYS_OR_BELIEVES.test(tok.text) && tokens[k - 1]?.pos === 'PROPN') break;
    // "Union leaders fear nurses could …": the plain form after a plural subject, read as a noun, too.
    if (picked.length > 0 && SAY_OR_BELIEVE.test(tok.text) && (tokens[k - 1]?.pos === 'PROPN' || (tokens[k - 1]?.pos === 'NOUN' && /[^s]s$/i.test(tokens[k - 1]!.text)))) break;
    // "in the coming weeks the future of …": a determiner opened the subject; what precedes is another phrase.
    // ("the chip which combines a modem and …": after a relative pronoun that "noun" is the misread
    // verb of a relative clause, and the phrase after it its object, not the subject.)
    if (picked.length > 0 && tokens[picked[0]!]!.pos === 'DET' && /^(?:NOUN|PROPN|NUM|ADJ|PRON)$/.test(tok.pos)) {
      if (/^(?:which|who)$/i.test(lower(tokens[k - 1]))) return null;
      break;
    }
    // "… changed its name to MCI Inc. Former chief executive …": a company suffix ended a sentence wink did not split.
    if (picked.length > 0 && COMPANY_SUFFIX.test(tok.text) && /^\p{Lu}/u.test(tokens[picked[0]!]!.text)) break;
    picked.unshift(k);
  }
  // ("that argument" keeps its determiner; "that" the conjunction goes.)
  while (picked.length > 0 && SUBJECT_OPENERS.test(tokens[picked[0]!]!.text) && !(tokens[picked[0]!]!.pos === 'DET' && picked.length > 1)) picked.shift();
  while (picked.length > 0 && tokens[picked[0]!]!.pos === 'ADV') picked.shift();
  if (picked.length === 0 || picked.length > MAX_SUBJECT_TOKENS) return null;
  if (!picked.some((k) => /^(?:NOUN|PROPN|PRON|NUM)$/.test(tokens[k]!.pos))) return null;
  const first = tokens[picked[0]!]!;
  // "About 120,000 people": a word that makes the numeral approximate opens the noun phrase.
  const approximator = APPROXIMATOR.test(first.text) && tokens[picked[1] ?? -1]?.pos === 'NUM';
  if (!/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(first.pos) && !(first.pos === 'VERB' && /ing$/i.test(first.text)) && !approximator) return null;
  const last = tokens[picked[picked.length - 1]!]!;
  if (last.pos === 'ADP' || last.pos === 'DET' || last.pos === 'CCONJ') return null;
  return { tokens: picked };
}

export interface PredicateOptions {
  /** Stop at "or"/"and" when a new verb follows ("recall the notice ... or face a strike ballot"). */
  stopAtCoordinatedVerb?: boolean;
  /** Stop at a finite verb after a noun: the clause the predicate sat in has ended ("whether the trial takes place is expected"). */
  stopAtMatrixVerb?: boolean;
}

/** The predicate from token `from` to the end of its clause, filler adverbs and negation left out. */
export function predicateFrom(a: Analysis, s: Sentence, from: number, options: PredicateOptions = {}): { piece: Piece; stop: number } {
  const { tokens } = a;
  const picked: number[] = [];
  let k = from;
  for (; k <= Math.min(s.last, from + MAX_REACH) && picked.length < MAX_PREDICATE_TOKENS; k++) {
    const tok = tokens[k]!;
    if (tok.pos === 'SPACE' || /^[“”"]$/.test(tok.text)) continue;
    // "cancel the 'put' in exchange": single quote marks around a word inside the phrase are left out.
    if (/^[‘’']$/.test(tok.text) && picked.length > 0 && isQuotedWord(a, k)) continue;
    // "member states' combined incomes": the apostrophe of a plural owner stays.
    if (/^[’']$/.test(tok.text) && picked.length > 0 && tokens[k - 1]!.end === tok.start && /s$/i.test(tokens[k - 1]!.text) && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) && /^(?:NOUN|PROPN|ADJ|VERB)$/.test(tokens[k + 1]?.pos ?? '') && (tokens[k + 1]?.start ?? 0) > tok.end) {
      picked.push(k);
      continue;
    }
    const lower = tok.text.toLowerCase();
    // "… monitored carefully in case evacuation became necessary": "in case" opens another clause.
    if (picked.length > 0 && lower === 'in' && /^case$/i.test(tokens[k + 1]?.text ?? '')) break;
    // "if the judge rules that Grokster and Morpheus - the file-sharers at the centre - are …": a
    // parenthesis between dashes is left out and the clause read on.
    if (DASH.test(tok.text) && !isWordHyphen(a, k) && picked.length > 0) {
      let close = -1;
      for (let j = k + 1; j <= Math.min(s.last, k + 16); j++) if (DASH.test(tokens[j]!.text) && !isWordHyphen(a, j)) { close = j; break; }
      if (close > 0) {
        k = close;
        continue;
      }
    }
    // "make a 800m euro ($1bn) loss in 2004": an aside in brackets inside the phrase is left out and
    // the phrase read on; one that closes the clause ends it.
    if (tok.text === '(' && picked.length > 0) {
      let close = -1;
      for (let j = k + 1; j <= Math.min(s.last, k + MAX_ASIDE_TOKENS); j++) if (/^[()]$/.test(tokens[j]!.text)) { close = tokens[j]!.text === ')' ? j : -1; break; }
      const next = tokens[close + 1];
      if (close > 0 && close < s.last && next !== undefined && !isPunct(next)) {
        k = close;
        continue;
      }
    }
    // "agree to large, specific agricultural purchases": a comma between coordinate adjectives
    // (Quirk et al. 1985, §7.21) is inside the noun phrase.
    if (tok.text === ',' && tokens[picked[picked.length - 1] ?? -1]?.pos === 'ADJ' && tokens[k - 1]?.pos === 'ADJ' && tokens[k + 1]?.pos === 'ADJ' && /^(?:ADJ|NOUN)$/.test(tokens[k + 2]?.pos ?? '')) {
      picked.push(k);
      continue;
    }
    if (isPunct(tok) && lower !== "'s" && lower !== '’s' && lower !== '%' && !isWordHyphen(a, k)) break;
    // "according to …" names a source; it is not part of what is predicted.
    if (picked.length > 0 && lower === 'according' && lower === tok.text && tokens[k + 1]?.text === 'to') break;
    // "as many as 7,000 jobs", "as much as 200m euros": a comparison, not a clause. So is a degree "as" before a
    // predicative adjective whose standard is left unsaid ("would remain just as competitive"; not "as regulatory
    // bodies step up", a clause).
    const comparison =
      lower === 'as' &&
      ((/^(?:ADJ|ADV)$/.test(tokens[k + 1]?.pos ?? '') && lower_(tokens[k + 2]) === 'as') || (/^(?:ADJ|ADV)$/.test(tokens[k - 1]?.pos ?? '') && lower_(tokens[k - 2]) === 'as') || (tok.pos === 'ADV' && tokens[k + 1]?.pos === 'ADJ' && !/^(?:more|less|fewer|many|much|few)$/.test(lower_(tokens[k + 1])) && tokens[k + 2]?.pos !== 'NOUN'));
    // "portray herself as Mr Obama's successor": "as" before a noun phrase is a preposition, not a clause.
    const asPreposition = lower === 'as' && tok.pos === 'ADP' && !startsClause(a, s, k + 1);
    // ("may not prove so simple": "so" before an adjective or adverb is a degree adverb, Quirk et al. 1985, §7.89, not a conjunction.)
    const degree = lower === 'so' && tok.pos === 'ADV' && /^(?:ADJ|ADV)$/.test(tokens[k + 1]?.pos ?? '') && !/^(?:that|far)$/i.test(tokens[k + 1]!.text);
    if (picked.length > 0 && SUBORDINATORS.has(lower) && !comparison && !asPreposition && !degree && (tok.pos === 'SCONJ' || tok.pos === 'CCONJ' || tok.pos === 'ADV' || tok.pos === 'PRON' || tok.pos === 'ADP')) break;
    // "a midfielder whose season has been …": a relative clause describes; it is cut whole.
    if (picked.length > 0 && lower === 'whose') break;
    if (options.stopAtCoordinatedVerb && picked.length > 0 && lower === 'or' && tokens[k + 1]?.pos === 'VERB') break;
    // "spend up to £138m on Freeview before 2014 to ensure people can …": a purpose clause after a long, complete phrase is left out.
    if (picked.length >= 8 && lower === 'to' && PURPOSE_VERB.test(tokens[k + 1]?.text ?? '') && /^(?:NOUN|PROPN|NUM)$/.test(tokens[k - 1]?.pos ?? '')) break;
    // "… be used in a role and will be partnered by …": a second verb group with its own auxiliary.
    if (picked.length > 0 && tok.pos === 'CCONJ' && (tokens[k + 1]?.pos === 'AUX' || lower_(tokens[k + 1]) === 'that')) break;
    // "… would triumph and more people would see …", "… be retained and how they …": a second clause starts.
    if (picked.length > 0 && tok.pos === 'CCONJ' && startsClause(a, s, k + 1)) break;
    if (options.stopAtMatrixVerb && picked.length > 0 && tok.pos === 'AUX' && /^(?:is|are|was|were|has|have|had|will|would)$/.test(lower) && /^(?:NOUN|PROPN)$/.test(tokens[picked[picked.length - 1]!]!.pos)) break;
    // "almost certainly": an adverb that only grades a filler adverb goes with it.
    if (tok.pos === 'ADV' && /^(?:almost|very|most|quite)$/i.test(lower) && FILLER_ADVERBS.has(lower_(tokens[k + 1])) && tokens[k + 1]?.pos === 'ADV') continue;
    // Filler adverbs go, unless a preposition needs them ("between now and the convention").
    if (tok.pos === 'ADV' && FILLER_ADVERBS.has(lower) && !(picked.length > 0 && tokens[picked[picked.length - 1]!]!.pos === 'ADP')) continue;
    // "will likely occur", "may well be": a hedge inside the verb group (Hyland 2005) is what the question already asks.
    if (tok.pos === 'ADV' && ((lower === 'likely' && tokens[k + 1]?.pos === 'VERB') || (lower === 'well' && MODAL.test(lower_(tokens[k - 1])) && isVerbTag(tokens[k + 1])))) continue;
    if (picked.length === 0 && (lower === 'not' || lower === 'n’t' || lower === "n't")) continue;
    picked.push(k);
  }
  // "the Tories have, once again, missed …": a content clause cut at the aside after its
  // auxiliary has lost its verb.
  const auxCut = picked.length > 1 && tokens[k]?.text === ',' && tokens[picked[picked.length - 1]!]!.pos === 'AUX' && FINITE.test(tokens[picked[picked.length - 1]!]!.text) && /^(?:NOUN|PROPN|PRON)$/.test(tokens[picked[picked.length - 2]!]!.pos);
  if (auxCut) return { piece: { tokens: [] }, stop: k };
  // Cut off mid-phrase by the length limit: end at the last complete phrase instead.
  if (picked.length >= MAX_PREDICATE_TOKENS && k <= s.last && !isPunct(tokens[k]!)) {
    // Drop whole trailing phrases: cut before a preposition or conjunction that follows a noun.
    let cut = picked.length - 1;
    while (cut > 2 && !(/^(?:ADP|CCONJ|SCONJ)$/.test(tokens[picked[cut]!]!.pos) && /^(?:NOUN|PROPN|NUM)$/.test(tokens[picked[cut - 1]!]!.pos))) cut--;
    // "… drinks as part of an effort": a complex preposition ("as part of", "in front of", "as a
    // result of") cut before its object goes whole.
    const prepAt = (c: number): number => [2, 3].map((d) => c - d).find((j) => j > 2 && /^(?:ADP|SCONJ)$/.test(tokens[picked[j]!]!.pos) && picked.slice(j + 1, c).every((x) => /^(?:DET|NOUN)$/.test(tokens[x]!.pos))) ?? -1;
    if (cut > 2 && /^of$/i.test(tokens[picked[cut]!]!.text) && prepAt(cut) > 0) cut = prepAt(cut);
    picked.length = cut > 2 ? cut : 0;
    // "… in an attempt to force": a "to"-verb cut from its object says nothing.
    if (picked.length > 2 && tokens[picked[picked.length - 1]!]!.pos === 'VERB' && lower_(tokens[picked[picked.length - 2]!]) === 'to') picked.length -= 2;
  }
  // "… summit 11.- 12. July": a day number cut from its month is residue.
  const lastTok = tokens[picked[picked.length - 1] ?? -1];
  if (lastTok?.pos === 'NUM' && /^\d{1,2}$/.test(lastTok.text) && tokens[lastTok.i + 1]?.text === '.' && lastTok.i + 1 < s.last) picked.pop();
  // A particle that ends a phrasal verb stays ("lay off", "give up"), and so does a preposition a
  // relative clause strands at the sentence's end ("the grand finale he hoped for."); other
  // trailing function words go.
  while (picked.length > 0 && TRAILING_FUNCTION.has(tokens[picked[picked.length - 1]!]!.pos) && !isParticle(a, picked) && !isStranded(a, s, picked)) picked.pop();
  // "… to complain that Mr Trump's comments": a "that"-clause cut before its verb is dropped whole.
  const that = picked.findIndex((j) => /^that$/i.test(tokens[j]!.text) && tokens[j]!.pos !== 'DET');
  if (that > 0 && !picked.slice(that + 1).some((j) => tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX')) picked.length = that;
  while (picked.length > 0 && TRAILING_FUNCTION.has(tokens[picked[picked.length - 1]!]!.pos) && !isParticle(a, picked) && !isStranded(a, s, picked)) picked.pop();
  // "… agreed with the US in order": a fixed phrase cut from what it introduced.
  if (picked.length > 2 && /^order$/i.test(tokens[picked[picked.length - 1]!]!.text) && /^in$/i.test(tokens[picked[picked.length - 2]!]!.text)) picked.length -= 2;
  // "could be up for grabs and Jones, or maybe even Henson, could make …": a name after "and" cut
  // off by a comma is the subject of the next clause, not part of this one.
  const conj = picked.length - 2 >= 1 && tokens[k]?.text === ',' ? [2, 3].map((d) => picked.length - d).find((j) => j >= 1 && /^(?:and|or)$/i.test(tokens[picked[j]!]!.text) && picked.slice(j + 1).every((x) => tokens[x]!.pos === 'PROPN')) : undefined;
  if (conj !== undefined) picked.length = conj;
  // "stockpiles of chemical [and biological weapons]": a phrase that stops at "and" after a
  // premodifier (an adjective, or a noun of adjective form) with another adjective after the "and"
  // has cut a coordination of modifiers from the noun they share (Quirk et al. 1985, §13.64).
  if (coordinatedModifierCut(a, picked)) return { piece: { tokens: [] }, stop: k };
  // "told a French magazine: …", "tell Mr Thorpe that …": a verb of telling left with its
  // addressee and cut from what was told asks about the telling, not about what was told.
  // ("… were part of a wider trend and reminded MPs that …": a second verb so cut goes with its "and".)
  const lost = lostContentAt(a, picked);
  if (lost >= 2 && /^(?:and|or)$/i.test(tokens[picked[lost - 1]!]!.text)) picked.length = lost - 1;
  else if (lost >= 0) return { piece: { tokens: [] }, stop: k };
  // "consider removing [those who …]", "dampen [that foreign demand …]": a verb whose object was
  // trimmed away above has lost its complement; the phrase cannot stand.
  if (lostComplement(a, picked)) return { piece: { tokens: [] }, stop: k };
  return { piece: { tokens: picked }, stop: k };
}

const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|shall|should|must|do|does|did)$/i;
/** Adjective-forming suffixes (Quirk et al. 1985, App. I.37-42): "chemical", "electronic", "nuclear". */
const ADJECTIVE_SUFFIX = /(?:al|ic|ical|ar|ary|ous|ive|ful|less|ish|ible|able)$/i;

/** Whether the phrase stops at "and"/"or" after a premodifier, with an adjective opening the second conjunct. */
export function coordinatedModifierCut(a: Analysis, picked: readonly number[]): boolean {
  const last = a.tokens[picked[picked.length - 1] ?? -1];
  if (!last) return false;
  const conj = a.tokens[last.i + 1];
  const next = a.tokens[last.i + 2];
  if (!conj || !next || !/^(?:and|or)$/i.test(conj.text) || next.pos !== 'ADJ') return false;
  if (!/^(?:NOUN|PROPN|ADJ)$/.test(a.tokens[last.i + 3]?.pos ?? '')) return false;
  return last.pos === 'ADJ' || (last.pos === 'NOUN' && ADJECTIVE_SUFFIX.test(last.text) && last.text.toLowerCase() === last.lemma.toLowerCase());
}

/** Verbs of telling that take an addressee and then what is told (Quirk et al. 1985, §16.63: "tell", "inform", "assure", "remind", "notify"). */
const TELLING = new Set(['tell', 'inform', 'assure', 'remind', 'notify']);

/** Verbs that take a content clause ("believe the pair were …", "knew something was wrong"): the clause-taking ones and verbs of knowing. */
const CONTENT_TAKING = new Set([...CLAUSE_TAKING, 'know', 'realise', 'realize', 'reveal', 'admit', 'deny', 'feel', 'reckon', 'assume', 'imply', 'allege', 'announce', 'confirm', 'agree', 'accept', 'acknowledge', 'recall', 'conclude', 'find', 'prove', 'demonstrate', 'report']);

/**
 * Whether the verb at `verb`, followed by the tokens `after` and nothing more, has lost what it
 * takes: a verb of telling left with only its addressee ("told a French magazine: …", "tell Mr
 * Thorpe that …", "will people tell Karen"), or a verb that takes a content clause left with the
 * clause's subject, cut at the clause's verb ("believe the executive pair [were …]", "knew
 * instantly something [was wrong]", "suggest to China [that …]"). Either asks about the telling
 * or the believing, not about what was told or believed.
 */
export function contentCut(a: Analysis, verb: number, after: readonly number[]): boolean {
  const v = a.tokens[verb];
  if (!v || (v.pos !== 'VERB' && v.pos !== 'NOUN') || after.length === 0) return false;
  const lemma = v.lemma.toLowerCase();
  const nominal = (k: number): boolean => /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(a.tokens[k]!.pos) || /^['’]s$/.test(a.tokens[k]!.text);
  let n = after[after.length - 1]! + 1;
  while (a.tokens[n] && (a.tokens[n]!.pos === 'SPACE' || /^[“”"]$/.test(a.tokens[n]!.text))) n++;
  const next = a.tokens[n];
  if (TELLING.has(lemma) && v.pos === 'VERB') {
    if (!after.every(nominal)) return false;
    // "tell the truth", "told a story": the noun phrase is what was told, and the question stands.
    const addressee = after.some((k) => /^(?:PROPN|PRON)$/.test(a.tokens[k]!.pos)) || after.some((k) => a.tokens[k]!.pos === 'NOUN' && !/^(?:truth|story|stories|lies|lie|joke|jokes|tale|tales|difference|time)$/i.test(a.tokens[k]!.text));
    return addressee && (!next || /^(?::|that|whether|what|how|why|who|when|where|which|if|,|\.|!)$/i.test(next.text));
  }
  if (!CONTENT_TAKING.has(lemma) || v.pos !== 'VERB') return false;
  // ("suggest to China that …": the addressee of the saying may come first.)
  // (Not "agree to the demands that …": there the "to"-phrase is the object, not an addressee.)
  const rest = after.filter((k, i) => !(i === 0 && lower(a.tokens[k]) === 'to' && CLAUSE_TAKING.has(lemma)) && a.tokens[k]!.pos !== 'ADV');
  if (rest.length === 0 || !rest.every(nominal) || !next) return false;
  return next.text === ':' || (lower(next) === 'that' && next.pos === 'SCONJ') || (next.pos === 'AUX' && FINITE.test(next.text)) || (next.pos === 'VERB' && next.text.toLowerCase() !== next.lemma.toLowerCase() && !/ing$/i.test(next.text) && /^(?:NOUN|PROPN|PRON)$/.test(a.tokens[after[after.length - 1]!]!.pos));
}

/** Where in the phrase a verb stands that has lost what it takes (see contentCut), its object running to the phrase's end; -1 if none. */
function lostContentAt(a: Analysis, picked: readonly number[]): number {
  for (let i = picked.length - 2; i >= 0; i--) {
    const t = a.tokens[picked[i]!]!;
    if (t.pos === 'VERB') return contentCut(a, picked[i]!, picked.slice(i + 1)) ? i : -1;
  }
  return -1;
}

/** Whether the phrase ends in an active verb whose object (a noun phrase or a "that"-clause that follows it in the text) was left out. */
function lostComplement(a: Analysis, picked: number[]): boolean {
  const last = a.tokens[picked[picked.length - 1] ?? -1];
  if (!last || last.pos !== 'VERB' || picked.length < 1) return false;
  // "be disciplined", "been sold": a passive participle needs no object.
  if (/^(?:be|been|being|is|are|was|were|get|got)$/i.test(lower(a.tokens[last.i - 1]))) return false;
  const next = a.tokens[last.i + 1];
  if (!next || picked.includes(next.i)) return false;
  return /^(?:DET|NOUN|PROPN|NUM|ADJ)$/.test(next.pos) || /^(?:that|those|these|this)$/i.test(next.text);
}

/** Whether the last picked token is a preposition right after a verb that closes the sentence ("… he hoped for."). */
function isStranded(a: Analysis, s: Sentence, picked: number[]): boolean {
  const t = a.tokens[picked[picked.length - 1]!]!;
  const next = a.tokens[t.i + 1];
  // ("would be looked into and …", "be dealt with, and …": a passive prepositional verb keeps its preposition before a new clause too.)
  const passive = a.tokens[t.i - 2]?.lemma.toLowerCase() === 'be' && next !== undefined && (next.pos === 'CCONJ' || next.text === ',');
  return t.pos === 'ADP' && a.tokens[t.i - 1]?.pos === 'VERB' && (t.i >= s.last || (next !== undefined && /^[.!?;]$/.test(next.text)) || passive);
}

/** Whether the last picked token is a verb particle ("off" in "lay off", "up" in "give up") right after its verb or object. */
function isParticle(a: Analysis, picked: number[]): boolean {
  const t = a.tokens[picked[picked.length - 1]!]!;
  // ("will go through", "fell through": Quirk et al. 1985, §16.3, lists "through" among the adverb particles.)
  if (!/^(?:off|up|out|down|away|back|over|in|on|through)$/i.test(t.text)) return false;
  const before = a.tokens[t.i - 1];
  return before !== undefined && (before.pos === 'VERB' || ((before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON') && a.tokens[t.i - 2]?.pos === 'VERB') || (before.pos === 'NOUN' && picked.some((k) => a.tokens[k]!.pos === 'VERB')));
}

/** Whether a single quote mark at `k` opens or closes a quoted word ("the 'put'"), not a quotation or an apostrophe. */
function isQuotedWord(a: Analysis, k: number): boolean {
  const t = a.tokens[k]!;
  const prev = a.tokens[k - 1];
  const next = a.tokens[k + 1];
  const opens = t.text !== '’' && next !== undefined && next.start === t.end && prev !== undefined && prev.end < t.start;
  const closes = t.text !== '‘' && prev !== undefined && prev.end === t.start && !/s$/i.test(prev.text) && (next === undefined || next.start > t.end || isPunct(next));
  if (opens) return /^['’‘]$/.test(a.tokens[k + 2]?.text ?? '') || /^['’]$/.test(a.tokens[k + 3]?.text ?? '');
  if (closes) return /^['‘]$/.test(a.tokens[k - 2]?.text ?? '') || /^['‘]$/.test(a.tokens[k - 3]?.text ?? '');
  return false;
}

/** Whether a new clause opens at `k`: a wh-word, or a noun phrase followed by its own verb. */
function startsClause(a: Analysis, s: Sentence, k: number): boolean {
  const t = a.tokens[k];
  if (!t) return false;
  if (/^(?:how|why|whether|what|when|where|who)$/i.test(t.text)) return true;
  // "… be very high and he asked whether …": a pronoun in the nominative case is a subject, never an object.
  if (/^(?:he|she|they|we|i)$/i.test(t.text) && t.pos === 'PRON' && /^(?:VERB|AUX)$/.test(a.tokens[k + 1]?.pos ?? '')) return true;
  // "… later this month and a bundle including the player, accessories and a game is expected to cost …":
  // a determiner opens a long noun phrase whose own finite verb follows.
  if (t.pos === 'DET') {
    for (let j = k + 1; j <= Math.min(s.last, k + 16); j++) {
      const x = a.tokens[j]!;
      if (x.pos === 'AUX' && /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might)$/i.test(x.text)) return /^(?:NOUN|PROPN|NUM)$/.test(a.tokens[j - 1]!.pos);
      // "the House to impeach and the Senate to convict": a second object with its own "to"-verb.
      if (x.text === 'to' && a.tokens[j + 1]?.pos === 'VERB' && /^(?:NOUN|PROPN)$/.test(a.tokens[j - 1]!.pos)) return true;
      if (x.pos === 'VERB' && !/(?:ing|ed)$/i.test(x.text)) return false;
      if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|CCONJ|VERB|PART)$/.test(x.pos) && x.text !== ',') return false;
    }
  }
  let nominal = 0;
  for (let j = k; j <= Math.min(s.last, k + 6); j++) {
    const x = a.tokens[j]!;
    if (/^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(x.pos) || (x.pos === 'ADV' && nominal === 0)) {
      if (x.pos !== 'ADV') nominal++;
      continue;
    }
    return nominal > 0 && x.pos === 'AUX';
  }
  return false;
}

/** The text of a piece: tokens joined as written, one space where tokens were left out. */
export function pieceText(a: Analysis, piece: Piece): string {
  const { tokens } = a;
  let out = '';
  let prev = -2;
  for (const k of piece.tokens) {
    const tok = tokens[k]!;
    if (out !== '') out += k === prev + 1 ? a.text.slice(tokens[prev]!.end, tok.start).replace(/\s+/g, ' ') : ' ';
    out += tok.text;
    prev = k;
  }
  return out;
}

/** Lower-cases a leading common word ("The debate" → "the debate") but not names or "I". */
export function lowerFirst(a: Analysis, piece: Piece, text: string): string {
  const first = a.tokens[piece.tokens[0] ?? -1];
  if (!first || first.text === 'I' || /^\p{Lu}{2,}/u.test(first.text)) return text;
  if (!/^\p{Lu}/u.test(first.text)) return text;
  // "President Donald Trump": a capitalised title before a name keeps its capital ("The Commission",
  // "Many EU ministers" and "Former Scotland international Finlay Calder" do not).
  if (first.pos !== 'DET' && !QUANTIFIER_OR_FORMER.test(first.text) && a.tokens[first.i + 1]?.pos === 'PROPN' && piece.tokens[1] === first.i + 1) return text;
  // A word capitalised only because it opens the sentence (or the quotation) is read as written in lower case.
  if (first.pos === 'PROPN' && (!opensSentence(a, first) || a.tokens[first.i + 1]?.pos === 'PROPN' || (isCapitalisedMidSentence(a, first.text) && !occursLowercase(a, first.text)))) return text;
  // "WeWork", "McLaren", "eBay": a capital inside the word is a name's, wherever the word stands.
  if (/^\p{L}\p{Ll}+\p{Lu}/u.test(first.text)) return text;
  // "Nokia's N-Gage": a capitalised owner that is no everyday English word is a name.
  if (first.pos === 'PROPN' && /^['’]s$/.test(a.tokens[first.i + 1]?.text ?? '') && !EVERYDAY.has(first.text.toLowerCase())) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Quantifiers and "former"/"ex-", which open a noun phrase before a name but are never part of it. */
const QUANTIFIER_OR_FORMER = /^(?:many|most|some|several|few|both|all|other|former|ex|late)$/i;

/** Whether a token opens its sentence, quote marks and brackets before it left aside. */
function opensSentence(a: Analysis, t: Token): boolean {
  const s = a.sentences[t.sentence];
  if (!s) return false;
  for (let k = s.first; k < t.i; k++) if (!/^[“"‘'([]$/.test(a.tokens[k]!.text) && a.tokens[k]!.pos !== 'SPACE') return false;
  return true;
}

/** Everyday English words (WordNet 3.0 lemmas frequent in SemCor): what a capital at a sentence start does not make a name. */
const EVERYDAY = new Set(EVERYDAY_WORD_LIST.trim().split(/\s+/));

/** The base form of an "-ing" word the tagger read as a noun ("coming" → "come", "running" → "run"), when WordNet knows it. */
export function baseOfIng(word: string): string | null {
  const w = word.toLowerCase();
  if (!/ing$/.test(w) || w.length < 6) return null;
  const stem = w.slice(0, -3);
  const undoubled = /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : null;
  for (const c of [undoubled, `${stem}e`, stem]) if (c && EVERYDAY.has(c)) return c;
  return null;
}

function occursLowercase(a: Analysis, word: string): boolean {
  const low = word.toLowerCase();
  return low !== word && a.tokens.some((t) => t.text === low);
}

const midSentenceCaps = new WeakMap<Analysis, Set<string>>();

/** Whether `word` is written with a capital somewhere other than at a sentence start: a name. */
function isCapitalisedMidSentence(a: Analysis, word: string): boolean {
  let words = midSentenceCaps.get(a);
  if (!words) {
    words = new Set();
    for (const t of a.tokens) if (/^\p{Lu}/u.test(t.text) && a.sentences[t.sentence]?.first !== t.i && a.tokens[t.i - 1]?.pos !== 'PUNCT') words.add(t.text);
    midSentenceCaps.set(a, words);
  }
  return words.has(word);
}

const QUOTE_MARKS = /[“”"]|(?<![\p{L}\p{N}])[‘’']|[‘’'](?![\p{L}\p{N}])(?<!s[’'])/gu;

/** Words that cannot end a question's last phrase: determiners, "such", conjunctions, an article before a number or ordinal. */
const CUT_BEFORE_HEAD = /(?:\b(?:a|an|the|such|than|and|or|but|of|his|her|its|their|our|my|your|every|each|whose)|\b(?:a|an|the) (?:[\d.,]+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|further|fresh|new))$/i;

/** Final clean-up of a question: no quote marks or doubled spaces, a capital, one "?", ≤ 25 words. */
export function finishQuestion(raw: string): string | null {
  const text = raw.replace(QUOTE_MARKS, '').replace(/\s+([,;:?])/g, '$1').replace(/\s+/g, ' ').replace(/[\s,;:.?!]+$/, '').trim();
  if (text === '') return null;
  // "… to 294.3m. On top": a sentence boundary the splitter missed runs two sentences into one question.
  if (/\d[a-z%]+\. \p{Lu}|\b\p{Ll}{4,}\. \p{Lu}/u.test(text)) return null;
  const words = text.split(' ');
  if (words.length < 3 || words.length > 25) return null;
  // "… tolerate attacks such", "… a 0.2", "… do in a third": a phrase cut before its head noun.
  if (CUT_BEFORE_HEAD.test(text)) return null;
  // "What s going on": an "'s" cut from its word.
  if (/(?:^|\s)s(?:\s|$)/.test(text)) return null;
  // "How many fouls did he have He gets up …": a capitalised pronoun mid-question opens a sentence the splitter missed.
  if (/\p{Ll},? (?:He|She|They|We|It)\b/u.test(text)) return null;
  // "Will many as 27 million jobs be lost": "as many as" lost its first word.
  if (/^\S+ (?:many|much|few|little) as\b/i.test(text)) return null;
  // "Will Grammy producers announced the show be hosted …", "Will the PM insisted nothing derail …":
  // a modal needs a base verb; a past verb of saying with its object after it is a reporting
  // clause read into the subject. ("the plans announced by the minister" is a participle: no object follows.)
  if (/^(?:[Ww]ill|[Ww]ould|[Cc]ould|[Cc]an|[Ss]hould|[Mm]ight|[Mm]ay|[Mm]ust)(?: (?!(?:after|as|when|because|since|despite|than|what|that|who|which|be|been|being|is|are|was|were|has|have|had)\b)\S+){1,3} (?:said|announced|insisted|added|claimed|revealed|confirmed|warned|argued|stated|admitted|explained|noted|reported|suggested) (?:the|a|an|nothing|\p{Lu})/u.test(text)) return null;
  // "Will Niel Ransom write their obituary said Niel Ransom": a reporting clause after its quote ends the question.
  if (/\p{Ll} (?:said|says|added|warned|insisted|explained)(?: \p{Lu}\S*)+$/u.test(text)) return null;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}?`;
}

/** Content lemmas of a sentence (nouns, names, verbs), for telling two questions on one topic apart. */
export function contentLemmas(a: Analysis, s: Sentence, skip: (t: Token) => boolean = () => false): Set<string> {
  const out = new Set<string>();
  for (let k = s.first; k <= s.last; k++) {
    const tok = a.tokens[k]!;
    if (skip(tok)) continue;
    if ((tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.pos === 'VERB') && tok.text.length > 2 && !LIGHT_LEMMAS.has(tok.lemma.toLowerCase())) out.add(tok.lemma.toLowerCase());
  }
  return out;
}

const LIGHT_LEMMAS = new Set(['say', 'tell', 'add', 'be', 'have', 'do', 'make', 'take', 'get', 'go', 'mr', 'mrs', 'ms', 'year', 'time', 'people', 'way', 'thing', 'part', 'lord']);
