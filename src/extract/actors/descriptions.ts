// Roles that an article gives a person by a description standing away from the name: a lead that
// introduces someone before naming them ("The former finance chief of a cable firm has finished giving
// evidence. Peter Doolan admitted ..."), and a definite description that refers back to someone named
// before ("... by claiming the Leeds United manager is guilty", '"...," the Arsenal boss is quoted as saying').
//
// The passes follow the deterministic coreference sieves (Lee et al. 2013, "Deterministic coreference
// resolution based on entity-centric, precision-ranked rules"): a description is linked only under a
// strict compatibility check — a singular person noun as its head, the same gender, no role of the
// person's that names another office — and only when exactly one named person is a compatible
// antecedent in the nearest scope that has any. A wrong role is an invented fact, so two compatible
// persons, a description that a person in its own clause commands (Chomsky's Principle C), one inside
// a quotation, and one that names a relation or a functional participant who is usually someone
// unnamed ("the victim's mother", "the judge") resolve to no one.
import type { Evidence } from '../../brief/model.js';
import type { Analysis, Sentence, Token } from '../nlp.js';
import type { ActorDraft } from './index.js';
import type { NameMention } from './mentions.js';
import { HONORIFICS, PERSON_SENSES, SPORT_POSITIONS, TITLE_MODIFIERS, TITLE_WORDS, genderOfNoun } from './lexicon.js';
import { GENERIC_PERSONS, isHeadToken, isPlural } from './roles.js';

/** A description resolved to a person: the role it gives and the words of the article it comes from. */
export interface DescribedPerson {
  draft: ActorDraft;
  /** The description without its determiner: the role, verbatim from `evidence`. */
  role: string;
  /** The description as written (determiner included): the role's evidence in the clean text. */
  evidence: Evidence;
  /** The sentence the description stands in. */
  sentence: number;
  rule: 'introduced' | 'anaphor';
}

/**
 * Heads that name a relation to someone ("the mother", "the lawyer") or a participant an article seldom
 * names ("the judge", "the doctor", "the spokesman"): such a description is most often someone new, not
 * the person named before (Vieira & Poesio 2000: "larger situation" and associative uses).
 */
const UNNAMED_PARTICIPANTS = new Set(
  `father mother son daughter wife husband brother sister nephew niece cousin uncle aunt grandson granddaughter
  grandfather grandmother widow widower fiance fiancee fiancé fiancée partner girlfriend boyfriend stepson stepdaughter
  stepfather stepmother parent child friend neighbour neighbor colleague relative aide adviser advisor deputy assistant
  rival opponent challenger ally predecessor successor counterpart
  judge magistrate coroner jury juror doctor surgeon nurse paramedic officer policeman policewoman constable detective
  inspector sergeant spokesman spokeswoman spokesperson source official witness lawyer solicitor barrister attorney
  prosecutor counsel agent reporter correspondent journalist interviewer presenter host referee umpire official
  victim suspect attacker gunman driver passenger pilot customer patient student pupil teacher
  stranger owner landlord tenant buyer seller bidder winner newcomer founder`.split(/\s+/),
);

/**
 * Heads that name the same kind of post, so that a person whose role has one is compatible with a
 * description headed by another ("Chelsea manager X ... the Chelsea boss"). Two heads outside one class,
 * both in some class, are two posts: a person holding the one is no antecedent of the other.
 */
const POST_CLASSES: string[][] = [
  ['manager', 'boss', 'coach', 'gaffer', 'supremo', 'head', 'chief', 'leader', 'trainer'],
  ['chief', 'head', 'boss', 'executive', 'chairman', 'chairwoman', 'chair', 'director', 'president', 'leader', 'founder', 'owner', 'tycoon', 'magnate', 'businessman', 'businesswoman', 'billionaire', 'entrepreneur', 'governor'],
  ['minister', 'secretary', 'chancellor', 'premier', 'leader', 'president', 'politician', 'mp', 'senator', 'spokesman', 'spokeswoman'],
  ['captain', 'skipper', 'player', 'star', 'international'],
  ['striker', 'forward', 'attacker', 'frontman', 'player', 'star', 'international', 'veteran', 'winger'],
  ['midfielder', 'playmaker', 'player', 'star', 'international', 'veteran', 'winger'],
  ['defender', 'centre-back', 'centre-half', 'full-back', 'player', 'star', 'international', 'veteran'],
  ['keeper', 'goalkeeper', 'goalie', 'player', 'star', 'international', 'veteran'],
  ['fly-half', 'scrum-half', 'centre', 'wing', 'flanker', 'prop', 'hooker', 'lock', 'number', 'full-back', 'player', 'star', 'international', 'veteran', 'captain'],
  ['singer', 'star', 'musician', 'frontman', 'vocalist', 'rapper', 'artist', 'performer', 'songwriter'],
  ['actor', 'actress', 'star', 'performer', 'comedian', 'artist'],
  ['champion', 'seed', 'player', 'star', 'winner', 'number', 'holder', 'finalist', 'qualifier', 'veteran'],
  ['director', 'film-maker', 'filmmaker', 'producer', 'writer', 'author', 'novelist', 'creator', 'artist'],
];

const postClasses = (head: string): number[] => POST_CLASSES.flatMap((c, i) => (c.includes(head) ? [i] : []));

/** The head of a role as written: the word before its first complement ("chief executive of Acme": "executive"). */
function roleHead(role: string): string {
  const words = role.toLowerCase().split(/\s+/);
  const complement = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|with|to|from|on)$/.test(w));
  return (complement > 0 ? words[complement - 1]! : words[words.length - 1]!).replace(/[’']s$/, '');
}

/** Does a person's role name another post than a description headed by `head`? (A nationality, a relation or an unknown noun names none.) */
function rolesConflict(role: string, head: string): boolean {
  const other = roleHead(role);
  if (other === head) return false;
  const mine = postClasses(head);
  const theirs = postClasses(other);
  return mine.length > 0 && theirs.length > 0 && !mine.some((c) => theirs.includes(c));
}

interface Description {
  /** The determiner or the possessor's first token. */
  first: number;
  head: number;
  /** The last token of the description (the head, or the end of its complement). */
  last: number;
  indefinite: boolean;
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const isVerb = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
const SPEECH_VERBS = /^(?:said|says|added|adds|told|tells|explained|insisted|admitted|stated|declared|warned|argued|claimed|claims|is|was|continued|commented|revealed|conceded|reckoned|believes|believed)$/i;
/** Verbs of saying and believing whose clause may have a description as its subject (a part of the attribution verbs of speakers.ts). */
const SAYING = /^(?:claim|say|insist|suggest|argue|believe|think|warn|admit|allege|accuse|reveal|state|add|suspect)$/;
/** Subordinators that open an adverbial clause, and "but" joining a second clause (Quirk et al. 1985, §14.12). */
const CLAUSE_OPENERS = /^(?:after|as|when|while|before|because|since|until|although|though|once|whereas|but)$/i;
const COMPLEMENT_PREPS = new Set(['of', 'for', 'at', 'in', 'to']);
/** Words before a description that make it a predicate, not a reference ("is the new chairman", "named as the new coach"). */
const PREDICATING = /^(?:is|was|are|were|be|been|being|become|became|becomes|as|named|appointed|elected|made|remains|remained|remaining|becoming|like|than|new)$/i;

/** Whether each token stands inside a quotation opened by a double quotation mark (reset at each paragraph). */
function quotedTokens(analysis: Analysis): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  let paragraph = -1;
  for (const t of analysis.tokens) {
    const p = analysis.sentences[t.sentence]?.paragraph ?? 0;
    if (p !== paragraph) {
      paragraph = p;
      open = false;
    }
    // A straight mark opens a quotation where a space or the start stands before it and a word after it ('said: "We'),
    // and closes one where a word or a stop stands before it: a quotation that runs over several sentences reopens
    // each with a mark and closes only the last ('"We lost. "It hurts," he said'), so marks are not paired by counting.
    const before = analysis.text[t.start - 1];
    const after = analysis.text[t.end];
    const opening = t.text === '“' || (t.text === '"' && (before === undefined || /[\s([]/.test(before)) && after !== undefined && !/\s/.test(after)) || (t.text === '"' && !open && !(before !== undefined && /\S/.test(before)));
    if (opening) {
      open = true;
      inside.push(true);
      continue;
    }
    if (t.text === '”' || t.text === '"') {
      open = false;
      inside.push(true);
      continue;
    }
    inside.push(open);
  }
  return inside;
}

/**
 * A description that starts at token `at`: "the/a/an [modifiers] HEAD [of/for/at/in/to NP]", or a body's or
 * a place's possessive before the modifiers ("Milan's talismanic forward"), headed by a singular, lower-case
 * person noun. Null for anything else.
 */
function readDescription(analysis: Analysis, at: number, s: Sentence, persons: Set<number>, senses = false): Description | null {
  const { tokens } = analysis;
  const first = tokens[at]!;
  let from: number;
  let indefinite = false;
  if (/^(?:the)$/i.test(first.text)) from = at + 1;
  else if (/^(?:a|an)$/i.test(first.text)) {
    from = at + 1;
    indefinite = true;
  } else {
    // "Japan's", "England's": a capitalised name (no person's) and its possessive.
    let k = at;
    while (k <= s.last && k - at < 4 && /^\p{Lu}/u.test(tokens[k]!.text) && tokens[k]!.pos !== 'PUNCT') {
      if (persons.has(k)) return null;
      k++;
    }
    if (k === at || !/^[’']s$/.test(tokens[k]?.text ?? '')) return null;
    from = k + 1;
  }
  let head = -1;
  let ranked = -1;
  for (let t = from; t <= s.last && t - from <= 6; t++) {
    const tok = tokens[t]!;
    const glued = tok.text === '-' || (t > from && tokens[t - 1]!.text === '-' && tokens[t - 1]!.end === tok.start);
    if (!(tok.pos === 'NOUN' || tok.pos === 'ADJ' || tok.pos === 'PROPN' || tok.pos === 'NUM' || glued || (tok.pos === 'VERB' && /^\p{Ll}/u.test(tok.text) && isHeadToken(tok)))) break;
    // ("the victim's mother", "the club's captain": a possessive inside makes the description someone's relation.)
    if (/^[’']s$/.test(tokens[t + 1]?.text ?? '')) return null;
    // ("the British number two", "the world number one": a ranking's numeral completes the noun "number".)
    if (tok.pos === 'NUM' && t > from && lower(tokens[t - 1]) === 'number' && /^\p{Ll}/u.test(tokens[t - 1]!.text)) {
      head = t - 1;
      ranked = t;
      break;
    }
    // ("The Chancellor said", "the Prime Minister": an office may be written with capitals.)
    // ("The Scottish Executive" is a government: "Executive" is an office only after "Chief".)
    // (Only a post that several people hold in turn: "the Queen" is a person of her own.)
    const office = /^\p{Lu}\p{Ll}+$/u.test(tok.text) && TITLE_WORDS.has(lower(tok)) && !TITLE_MODIFIERS.has(lower(tok)) && postClasses(lower(tok)).length > 0;
    // ("commissioned by the executive", "The Scottish Executive": "executive" is an office only after "chief".)
    if (lower(tok) === 'executive' && lower(tokens[t - 1]) !== 'chief') {
      head = -1;
      continue;
    }
    // ("the top seed", "the Hollywood star": a noun whose person sense is not its usual one, narrowed by a modifier.)
    // (Read only for a quotation's speaker: "the controversial issue" is no one.)
    const sense = t > from && PERSON_SENSES.has(lower(tok)) && tok.pos === 'NOUN' && senses;
    head = (/^\p{Ll}/u.test(tok.text) || office) && (isHeadToken(tok) || office || sense) && !GENERIC_PERSONS.has(lower(tok)) && !isPlural(tok) ? t : -1;
  }
  if (head < 0) return null;
  // Only the last noun of the phrase heads it ("the striker's agent" was left above; "the player ratings" is no one).
  const after = tokens[(ranked > 0 ? ranked : head) + 1];
  if (after && (after.pos === 'NOUN' || after.pos === 'PROPN') && /^\p{Ll}/u.test(after.text)) return null;
  let last = ranked > 0 ? ranked : head;
  if (after && COMPLEMENT_PREPS.has(lower(after))) {
    let k = last + 2;
    if (/^(?:the|a|an)$/i.test(tokens[k]?.text ?? '')) k++;
    let end = -1;
    for (; k <= s.last && k - last <= 8; k++) {
      const tok = tokens[k]!;
      const capital = /^\p{Lu}/u.test(tok.text) && tok.pos !== 'PUNCT';
      if (tok.pos !== 'NOUN' && tok.pos !== 'PROPN' && tok.pos !== 'ADJ' && !capital && !(tok.text === '&' && end > 0) && !(/^(?:and|of)$/.test(tok.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && end > 0)) break;
      // A person's name in the complement ("the wife of John Smith") makes the description a relation to them.
      if (persons.has(k)) return null;
      end = k;
    }
    if (end > 0) last = end;
  }
  return { first: at, head, last, indefinite };
}

function describedGender(analysis: Analysis, d: Description): 'male' | 'female' | null {
  return genderOfNoun(analysis.tokens[d.head]!.text);
}

/** The mention opens its sentence as its subject: after a title or honorific only, and before a verb. */
function opensAsSubject(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const s = analysis.sentences[m.sentence]!;
  let start = m.titleFirst ?? m.first;
  while (start > s.first && (HONORIFICS.has(lower(tokens[start - 1]).replace(/\.$/, '')) || /^(?:professor|sir|dame|dr|lord|lady)$/i.test(tokens[start - 1]!.text))) start--;
  // ("But Peter Doolan said": a conjunction may open the sentence; not a focus adverb, "Only Peter Doolan has".)
  if (start === s.first + 1 && tokens[s.first]!.pos === 'CCONJ') start--;
  if (start !== s.first) return false;
  const next = tokens[m.last + 1];
  // ("Peter Doolan, 52, said", "Peter Doolan, who ..., said": a set-off phrase may follow the name.)
  return isVerb(next) || next?.text === ',';
}

function genderAgrees(d: ActorDraft, gender: 'male' | 'female' | null): boolean {
  return gender === null || d.gender === null || d.gender === gender;
}

function compatible(d: ActorDraft, head: string, gender: 'male' | 'female' | null): boolean {
  return d.type === 'person' && genderAgrees(d, gender) && !(d.role !== null && rolesConflict(d.role, head));
}

/** The role and its evidence: the description's words after its determiner, as written. */
function roleOf(analysis: Analysis, d: Description): { role: string; evidence: Evidence } | null {
  const { tokens, text } = analysis;
  const from = /^(?:the|a|an)$/i.test(tokens[d.first]!.text) ? d.first + 1 : d.first;
  let start = tokens[from]!.start;
  // ("the 28-year-old 800 metres runner": an age says nothing of a role.)
  const age = /^\d+-year-old\s+/i.exec(text.slice(start, tokens[d.last]!.end));
  if (age) start += age[0].length;
  const role = text.slice(start, tokens[d.last]!.end).replace(/\s+/g, ' ').trim();
  if (role === '') return null;
  const evidenceStart = tokens[d.first]!.start;
  const end = tokens[d.last]!.end;
  return { role, evidence: { start: evidenceStart, end, quote: text.slice(evidenceStart, end) } };
}

/**
 * A lead that describes someone, as the subject of the text's first sentence, before naming them as the
 * subject of the next sentence or the one after ("The new transport minister for Scotland says ... Fiona
 * Mactaggart said"). The person named is the first person the text names after the description, is named
 * there for the first time, and is alone in the subject.
 */
function readIntroduced(analysis: Analysis, drafts: ActorDraft[], persons: Set<number>, quoted: boolean[], owner: Map<NameMention, ActorDraft>): DescribedPerson[] {
  // The lead: the first sentence of the body, or, when that is a paragraph of its own (a title line, or a standfirst
  // that sums the story up), the first sentence of the next paragraph; no person is named before it.
  const first = analysis.sentences[0];
  if (!first) return [];
  const second = analysis.sentences[1];
  const leads = second && second.paragraph !== first.paragraph ? [first, second] : [first];
  const personBefore = (lead: Sentence): boolean => [...owner.keys()].some((m) => m.sentence < lead.i && owner.get(m)!.type === 'person');
  return leads.filter((lead) => !personBefore(lead)).flatMap((lead) => readIntroducedAt(analysis, drafts, persons, quoted, owner, lead)).slice(0, 1);
}

function readIntroducedAt(analysis: Analysis, drafts: ActorDraft[], persons: Set<number>, quoted: boolean[], owner: Map<NameMention, ActorDraft>, lead: Sentence): DescribedPerson[] {
  const { tokens } = analysis;
  let at = lead.first;
  if (tokens[at]!.pos === 'ADV' && tokens[at + 1]?.text === ',') at += 2;
  if (quoted[at]) return [];
  const d = readDescription(analysis, at, lead, persons);
  if (!d) return [];
  const head = lower(tokens[d.head]);
  if (/^spokes/.test(head)) return [];
  // The description is the sentence's subject: a verb follows it, or a relative clause that a verb ends.
  let k = d.last + 1;
  if (tokens[k]?.text === ',' && /^(?:who|whose)$/i.test(tokens[k + 1]?.text ?? '')) {
    while (k <= lead.last && tokens[k + 1]?.text !== ',' && k - d.last < 25) k++;
    k += 2;
  } else if (/^who$/i.test(tokens[k]?.text ?? '')) {
    return finishIntroduced(analysis, drafts, d, lead, owner);
  }
  while (tokens[k]?.pos === 'ADV' && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
  if (!isVerb(tokens[k])) return [];
  return finishIntroduced(analysis, drafts, d, lead, owner);
}

function finishIntroduced(analysis: Analysis, drafts: ActorDraft[], d: Description, lead: Sentence, owner: Map<NameMention, ActorDraft>): DescribedPerson[] {
  const { tokens } = analysis;
  // No person named in the description's own sentence before it, and the first person named after it
  // in the next two sentences.
  const mentions = [...owner.keys()].filter((m) => owner.get(m)!.type === 'person' && m.start >= tokens[d.last]!.end && m.sentence > lead.i && m.sentence <= lead.i + 2).sort((a, b) => a.start - b.start);
  const firstNamed = mentions[0];
  if (!firstNamed) return [];
  // The lead names no one else: a person it names may be the one the next sentence takes up.
  if ([...owner.keys()].some((m) => m.sentence === lead.i && owner.get(m)!.type === 'person')) return [];
  // The name opens its sentence itself ("But Nigel Williams said" answers someone; it introduces no one).
  if ((firstNamed.titleFirst ?? firstNamed.first) !== analysis.sentences[firstNamed.sentence]!.first && !/^(?:professor|sir|dame|dr|lord|lady|mr|mrs|ms|miss)$/i.test(tokens[analysis.sentences[firstNamed.sentence]!.first]!.text)) return [];
  const draft = owner.get(firstNamed)!;
  if (!opensAsSubject(analysis, firstNamed)) return [];
  // The person is named here for the first time (a title line may name them before).
  if (draft.mentions.some((m) => m.sentence >= lead.i && m.start < firstNamed.start)) return [];
  // Alone in the subject: "Mary Ellis and Tom Ford said" names two.
  const s = analysis.sentences[firstNamed.sentence]!;
  if (mentions.some((m) => m !== firstNamed && m.sentence === s.i && owner.get(m) !== draft && m.first <= firstNamed.last + 3)) return [];
  if (!compatible(draft, lower(tokens[d.head]), describedGender(analysis, d))) return [];
  const role = roleOf(analysis, d);
  if (!role) return [];
  void drafts;
  return [{ draft, ...role, sentence: lead.i, rule: 'introduced' }];
}

/**
 * A definite description that refers back: the subject of a sentence or of a clause, the speaker of a
 * quotation, or (for a head that names a post) any other slot. It takes the one compatible person named
 * in its own sentence before it (not the subject that commands it), or else in the two sentences before.
 */
function readAnaphors(analysis: Analysis, drafts: ActorDraft[], persons: Set<number>, quoted: boolean[], owner: Map<NameMention, ActorDraft>): DescribedPerson[] {
  const { tokens } = analysis;
  const found: DescribedPerson[] = [];
  const mentionsIn = new Map<number, NameMention[]>();
  for (const m of owner.keys()) if (owner.get(m)!.type === 'person') (mentionsIn.get(m.sentence) ?? mentionsIn.set(m.sentence, []).get(m.sentence)!).push(m);
  for (const s of analysis.sentences) {
    for (let at = s.first; at < s.last; at++) {
      if (lower(tokens[at]) !== 'the' || quoted[at]) continue;
      const d = readDescription(analysis, at, s, persons, true);
      if (!d) continue;
      const head = lower(tokens[d.head]);
      if (UNNAMED_PARTICIPANTS.has(head)) continue;
      const prev = tokens[at - 1];
      const next = tokens[d.last + 1];
      // A predicate or an apposition says who someone is; it refers to no one ("X is the new coach", "the coach, John Smith,").
      // ("as the minister prepares": "as" with a verb after the description opens a clause, and predicates nothing.)
      const asClause = lower(prev) === 'as' && (isVerb(next) || (next?.pos === 'ADV' && isVerb(tokens[d.last + 2])));
      if (prev && PREDICATING.test(prev.text) && !asClause) continue;
      if (next && ((/^\p{Lu}/u.test(next.text) && next.pos === 'PROPN') || (next.text === ',' && persons.has(d.last + 2)) || persons.has(d.last + 1))) continue;
      // A restrictive relative clause makes someone new ("the player who scored").
      if (/^(?:who|that|whom|whose)$/i.test(next?.text ?? '')) continue;
      // The slot: a speaker after a quotation ('," the Arsenal boss is quoted as saying', '"..." said the striker'),
      // a subject (opening the sentence, after a conjunction or a fronted phrase, or of a clause a verb governs),
      // or, for a post, any other.
      const closingQuote = /^["”]$/.test(tokens[at - 1]?.text ?? '') || (tokens[at - 1]?.text === ',' && /^["”]$/.test(tokens[at - 2]?.text ?? ''));
      const speakerSlot = (closingQuote && SPEECH_VERBS.test(next?.text ?? '')) || (!!prev && /^(?:said|says|added|adds|insisted|admitted|explained)$/i.test(prev.text) && quoted[at - 2] === true);
      // (A noun whose person sense is not its usual one, "the top seed", is read as a quotation's speaker only.)
      if (!speakerSlot && !isHeadToken(tokens[d.head]) && lower(tokens[d.head]) !== 'number') continue;
      const verbNext = isVerb(next) || (next?.pos === 'ADV' && isVerb(tokens[d.last + 2]));
      // The subject of the sentence: it opens it, perhaps after a conjunction ("But the chancellor said").
      const opening = at === s.first || (at === s.first + 1 && tokens[s.first]!.pos === 'CCONJ');
      const subjectSlot = opening && verbNext && !quoted[s.first];
      // The subject of a clause that a verb of saying governs, in a sentence that names someone before it
      // ("... by claiming the Leeds manager is guilty").
      const embedded = verbNext && !!prev && (/^(?:that)$/i.test(prev.text) || (prev.pos === 'VERB' && /^\p{Ll}/u.test(prev.text) && SAYING.test(prev.lemma)));
      // The subject of an adverbial clause joined to the sentence ("as the prime minister prepares", "after the
      // striker was sent off"; an adverb may stand after the subordinator): it may take up the main clause's subject,
      // which does not command an adjunct clause's subject the way it commands its own clause's objects.
      let opener = at - 1;
      while (opener > s.first && at - opener <= 3 && tokens[opener]!.pos === 'ADV' && /^\p{Ll}/u.test(tokens[opener]!.text)) opener--;
      const clauseSlot = verbNext && !subjectSlot && opener >= s.first && CLAUSE_OPENERS.test(tokens[opener]!.text) && !quoted[opener];
      if (!speakerSlot && !subjectSlot && !embedded && !clauseSlot) continue;
      const gender = describedGender(analysis, d);
      const descStart = tokens[at]!.start;
      // The candidates of the description's own sentence: persons named before it, outside a quotation, but not
      // the subject that opens the sentence, which commands the rest of it (Principle C).
      // The candidates of the description's own sentence: persons named before it, outside a quotation, but not
      // a subject, which commands the rest of its clause (Principle C); a quotation's speaker takes none of them
      // (they are in what it is said to have said). Else those of the two sentences before.
      const plainMention = (m: NameMention): boolean => !/^[’']s?$/.test(tokens[m.last + 1]?.text ?? '') && tokens[(m.titleFirst ?? m.first) - 1]?.pos !== 'ADP';
      const actsAsSubject = (m: NameMention): boolean => isVerb(tokens[m.last + 1]) || opensAsSubject(analysis, m) || (/^(?:said|says|added|told)$/i.test(tokens[(m.titleFirst ?? m.first) - 1]?.text ?? '') && !quoted[m.first]);
      const own = speakerSlot ? [] : (mentionsIn.get(s.i) ?? []).filter((m) => m.end <= descStart && !quoted[m.first] && (clauseSlot || !actsAsSubject(m)));
      if (embedded && !subjectSlot && !speakerSlot && (own.length === 0 || !(mentionsIn.get(s.i) ?? []).some((m) => m.end <= descStart && actsAsSubject(m)))) continue;
      // (A person named inside a quotation is someone its speaker talks of, no antecedent of a description outside it;
      // the sentences of a quotation, opened by its mark, are the speaker's turn and do not count toward the two.)
      const earlier = own.length > 0 ? [own] : sentencesBefore(analysis, s.i).map((i) => (mentionsIn.get(i) ?? []).filter((m) => !quoted[m.first]));
      const scope = earlier.flat();
      const candidates = [...new Set(scope.map((m) => owner.get(m)!))];
      const fitting = candidates.filter((c) => compatible(c, head, gender));
      // From the sentences before, the antecedent is a subject or a speaker there, not a possessor, a preposition's
      // object or an item of a list (centering: the backward-looking center is the subject; Grosz, Joshi & Weinstein 1995);
      // of several persons that fit, the subject of the nearest sentence that has one among them, when it is one person.
      // (An item of a coordinated subject is one of several: "Tom and Ann met" makes neither the subject alone.)
      const subjectIn = (ms: NameMention[]): ActorDraft[] => [...new Set(ms.filter((m) => plainMention(m) && actsAsSubject(m) && !coordinated(analysis, m)).map((m) => owner.get(m)!))].filter((c) => fitting.includes(c));
      // (A playing position is held by several players at once: "Tom passed to Sam. The striker shot wide" may be either.)
      const shared = SPORT_POSITIONS.includes(head) && !/^(?:captain|skipper)$/.test(head);
      let draft: ActorDraft | undefined;
      if (own.length > 0) {
        draft = fitting.length === 1 ? fitting[0] : undefined;
        // ("X handed over because of Y's range, but the fly-half had missed": after "but" the subject is the first clause's.)
        if (clauseSlot && fitting.length > 1 && lower(tokens[opener]) === 'but') {
          const opens = own.filter((m) => opensAsSubject(analysis, m) && !coordinated(analysis, m)).map((m) => owner.get(m)!);
          draft = opens.length === 1 && fitting.includes(opens[0]!) ? opens[0] : undefined;
        }
        // ("John met the prime minister before the minister flew": a person noun between them is the nearer antecedent.)
        const lastOwn = Math.max(...own.map((m) => m.last));
        if (clauseSlot && tokens.slice(lastOwn + 1, at).some((k) => /^\p{Ll}/u.test(k.text) && isHeadToken(k) && !isPlural(k) && !GENERIC_PERSONS.has(lower(k)))) draft = undefined;
      } else if (fitting.length === 1) draft = subjectIn(scope).length === 1 ? fitting[0] : undefined;
      else if (fitting.length > 1 && !shared) {
        const nearest = earlier.map(subjectIn).find((subjects) => subjects.length > 0);
        draft = nearest?.length === 1 ? nearest[0] : undefined;
      }
      if (!draft) continue;
      const role = roleOf(analysis, d);
      if (!role) continue;
      // Someone else in the article holds that post ("Home Secretary David Blunkett ... the home secretary"): a person
      // whose role has the description's head and every word before it ("United boss" is no "Arsenal boss").
      if (postClasses(head).length > 0 && drafts.some((x) => x !== draft && x.type === 'person' && x.role !== null && roleHead(x.role) === head && holdsPost(x.role, role.role))) continue;
      // One introduced unnamed with the same head before ("A striker ... The striker") is the referent.
      if (introducedUnnamed(analysis, s, at, head)) continue;
      // Named again later in the description's own sentence: the description is someone else ("the coach said Smith ...").
      if (draft.mentions.some((m) => m.sentence === s.i && m.start > tokens[d.last]!.end)) continue;
      found.push({ draft, ...role, sentence: s.i, rule: 'anaphor' });
    }
  }
  return found;
}

/**
 * The two sentences before sentence `i`, nearest first, with the sentences of a quotation between them (opened
 * by its mark), which do not count toward the two.
 */
function sentencesBefore(analysis: Analysis, i: number): number[] {
  const found: number[] = [];
  for (let k = i - 1, counted = 0; k >= 0 && counted < 2 && i - k <= 6; k--) {
    found.push(k);
    if (!/^["“]$/.test(analysis.tokens[analysis.sentences[k]!.first]!.text)) counted++;
  }
  return found;
}

/** A name joined to another by "and", "or" or a list's comma ("Tom Ford and Ann Lee", "Ann Lee, Tom Ford and ..."). */
function coordinated(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  let start = m.titleFirst ?? m.first;
  while (HONORIFICS.has(lower(tokens[start - 1]).replace(/\.$/, ''))) start--;
  const before = tokens[start - 1];
  const after = tokens[m.last + 1];
  const sentenceFirst = analysis.sentences[m.sentence]!.first;
  return (start > sentenceFirst && /^(?:and|or|&)$/i.test(before?.text ?? '')) || /^(?:and|or|&)$/i.test(after?.text ?? '') || (after?.text === ',' && tokens[m.last + 2]?.pos === 'PROPN' && /^(?:and|or|,)$/i.test(tokens[m.last + 4]?.text ?? ''));
}

/** Does a role hold the post a description names: every word of the description in it ("the home secretary", "Home Secretary")? */
function holdsPost(role: string, described: string): boolean {
  const roleWords = role.toLowerCase().split(/[\s-]+/);
  const words = described.toLowerCase().replace(/^(?:former|ex-)\s*/, '').split(/[\s-]+/);
  if (!words.every((w) => roleWords.includes(w))) return false;
  // ("Tory shadow chancellor" or "deputy prime minister" is another office than "the chancellor" or "the prime minister".)
  const before = roleWords[roleWords.indexOf(words[0]!) - 1];
  return !(before && ANOTHER_OFFICE.has(before) && !words.includes(before));
}

/** Words before a title that make it another office ("shadow chancellor", "deputy leader", "vice-president"). */
const ANOTHER_OFFICE = new Set(['shadow', 'deputy', 'vice', 'assistant', 'former', 'ex', 'acting', 'interim', 'junior']);

/** An indefinite phrase with the same head in the description's sentence before it or in the three before. */
function introducedUnnamed(analysis: Analysis, s: Sentence, at: number, head: string): boolean {
  const { tokens } = analysis;
  const from = analysis.sentences[Math.max(0, s.i - 3)]!.first;
  for (let k = from; k < at; k++) {
    if (!/^(?:a|an|another)$/i.test(tokens[k]!.text)) continue;
    for (let j = k + 1; j < at && j - k <= 6; j++) if (lower(tokens[j]) === head) return true;
  }
  return false;
}

/**
 * The descriptions of the article that resolve to one person each, in text order; a person is given the
 * first. Read for persons with no role from any other reading.
 */
export function resolveDescriptions(analysis: Analysis, drafts: ActorDraft[]): DescribedPerson[] {
  const owner = new Map<NameMention, ActorDraft>();
  for (const d of drafts) for (const m of d.mentions) owner.set(m, d);
  const persons = new Set<number>();
  for (const d of drafts) if (d.type === 'person') for (const m of d.mentions) for (let k = m.titleFirst ?? m.first; k <= m.last; k++) persons.add(k);
  const quoted = quotedTokens(analysis);
  return [...readIntroduced(analysis, drafts, persons, quoted, owner), ...readAnaphors(analysis, drafts, persons, quoted, owner)].sort((a, b) => a.evidence.start - b.evidence.start);
}

const resolvedOf = new WeakMap<Analysis, DescribedPerson[]>();

/**
 * The person a description written over [start, end) resolves to, or null: for a speaker given as a
 * description ('," the Arsenal boss is quoted as saying'). Resolved once per analysis, after the roles.
 */
export function describedPersonAt(analysis: Analysis, drafts: ActorDraft[], start: number, end: number): ActorDraft | null {
  let resolved = resolvedOf.get(analysis);
  if (!resolved) resolvedOf.set(analysis, (resolved = resolveDescriptions(analysis, drafts)));
  // The phrase may leave out the determiner the description starts with.
  const hit = resolved.find((r) => r.evidence.end === end && r.evidence.start <= start && start - r.evidence.start <= 4);
  return hit?.draft ?? null;
}

/** Gives each person with no role the role of the first description resolved to them, with its evidence. */
export function readDescriptionRoles(analysis: Analysis, drafts: ActorDraft[]): DescribedPerson[] {
  const resolved = resolveDescriptions(analysis, drafts);
  for (const r of resolved) {
    if (r.draft.role !== null) continue;
    r.draft.role = r.role;
    r.draft.roleEvidence = r.evidence;
  }
  return resolved;
}
