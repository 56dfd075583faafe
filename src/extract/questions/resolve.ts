// Who "it", "they", "he" or "I" stands for, so that a question reads on its own in the brief.
import type { Actor, Claim } from '../../brief/model.js';
import { GIVEN_NAMES, HONORIFIC_GENDER } from '../lexicon/names.js';
import type { Analysis, Sentence } from '../nlp.js';
import { PERSON_NOUN_LIST } from '../lexicon/person-nouns.js';
import { isPunct, lowerFirst, pieceText, subjectBefore, type Piece } from './clause.js';

export interface ResolveContext {
  analysis: Analysis;
  claims: Claim[];
  actors: Actor[];
}

export interface Resolved {
  text: string;
  /** The sentence the referent came from when it is not the question's own. */
  antecedent: Sentence | null;
}

const PERSON_PRONOUN = /^(?:he|she|him|her)$/i;
const FIRST_PERSON = /^(?:i|me|we|us)$/i;
const THING_PRONOUN = /^(?:it|they|them|this|that|these|those)$/i;

/** The subject as text, a pronoun replaced by what it refers to; null when it cannot be resolved. */
export function resolveSubject(ctx: ResolveContext, s: Sentence, subject: Piece): Resolved | null {
  const a = ctx.analysis;
  const text = pieceText(a, subject);
  const first = a.tokens[subject.tokens[0]!]!;
  if (subject.tokens.length > 1 && /^(?:his|her|its|their)$/i.test(first.text)) {
    // "his lawyers" → "Michael Jackson's lawyers"; "their ancestors" names no one the question can.
    const owner = ownerOf(ctx, s, first.i);
    return owner ? { text: `${owner} ${pieceText(a, { tokens: subject.tokens.slice(1) })}`, antecedent: null } : null;
  }
  // "she and fellow sprinter X will …": the pronoun that opens a coordinated subject is resolved
  // like a subject of its own ("Katerina Thanou and fellow sprinter X").
  if (subject.tokens.length > 2 && PERSON_PRONOUN.test(first.text) && /^(?:he|she)$/i.test(first.text) && /^(?:and|or)$/i.test(a.tokens[first.i + 1]?.text ?? '')) {
    const person = personReferent(ctx, s, first.i, /^he$/i.test(first.text) ? 'male' : 'female', 0);
    if (person) return { text: `${person.actor.name} ${pieceText(a, { tokens: subject.tokens.slice(1) })}`, antecedent: person.from };
  }
  if (subject.tokens.length !== 1) return { text: caseOf(ctx, text, lowerFirst(a, subject, text)), antecedent: null };
  const tok = a.tokens[subject.tokens[0]!]!;
  if (tok.pos !== 'PRON' && !THING_PRONOUN.test(tok.text)) return { text: caseOf(ctx, text, lowerFirst(a, subject, text)), antecedent: null };
  // Existential "there" ("there will be a giveaway") refers to nothing.
  if (/^there$/i.test(tok.text)) return { text: 'there', antecedent: null };
  if (FIRST_PERSON.test(tok.text)) {
    const speaker = speakerOf(ctx, s);
    if (/^(?:we|us)$/i.test(tok.text)) {
      if (speaker && speaker.type !== 'person') return { text: speaker.name, antecedent: null };
      // "We reckon …", said the ERAA's director: a spokesperson's "we" in a quote is the body their role names.
      const body = speaker && isQuoted(a, s, tok.i) ? bodyOf(ctx, speaker) : null;
      return body ? { text: body.name, antecedent: null } : null;
    }
    // "I" is a person: when the claim's speaker is not one, the quote's "he said" names the last person mentioned.
    if (speaker?.type === 'person') return { text: speaker.name, antecedent: null };
    const person = /\b(?:he|she) (?:said|says|told|added)\b/i.test(a.text.slice(s.start, s.end)) ? lastPersonBefore(ctx, s.start) : null;
    return person ? { text: person, antecedent: null } : null;
  }
  if (PERSON_PRONOUN.test(tok.text)) {
    const gender = /^(?:he|him)$/i.test(tok.text) ? 'male' : 'female';
    const person = personReferent(ctx, s, tok.i, gender, 0);
    if (person) return { text: person.actor.name, antecedent: person.from };
    // Grammar names no one: in reported speech its speaker, else the last person of that gender mentioned.
    const speaker = speakerOf(ctx, s, 'reported');
    if (speaker?.type === 'person' && genderOf(ctx, speaker) !== opposite(gender)) return { text: speaker.name, antecedent: null };
    const last = lastPersonBefore(ctx, tok.start, gender, quoteSpeaker(ctx, s, tok.i));
    return last ? { text: last, antecedent: null } : null;
  }
  if (/^(?:it|they|them)$/i.test(tok.text)) return antecedentOf(ctx, s, subject.tokens[0]!, /^(?:they|them)$/i.test(tok.text));
  return null;
}

/** The one organisation or group a person's role names ("ERAA director of air transport"), or null when it names none or several. */
function bodyOf(ctx: ResolveContext, person: Actor): Actor | null {
  const role = person.role;
  if (!role) return null;
  const named = ctx.actors.filter(
    (x) => (x.type === 'organization' || x.type === 'group') && [x.name, ...x.aliases].some((n) => n.length >= 2 && role.includes(n) && new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(role)),
  );
  return named.length === 1 ? named[0]! : null;
}

/** "Labour has said …": a phrase that opens with an actor's name keeps its capital. */
function caseOf(ctx: ResolveContext, written: string, lowered: string): string {
  if (written === lowered) return written;
  const opensWithName = ctx.actors.some((x) => [x.name, ...x.aliases].some((n) => written.startsWith(n) && !/^[\p{L}\p{N}]/u.test(written.slice(n.length))));
  return opensWithName ? written : lowered;
}

/** "his future" → "Mauricio Pochettino's": the person a possessive "his"/"her" at token `k` stands for, or null. */
export function ownerOf(ctx: ResolveContext, s: Sentence, k: number): string | null {
  const tok = ctx.analysis.tokens[k];
  if (!tok || !/^(?:his|her)$/i.test(tok.text)) return null;
  const gender: Gender = /^his$/i.test(tok.text) ? 'male' : 'female';
  const person = personReferent(ctx, s, k, gender, 0)?.actor.name;
  const speaker = speakerOf(ctx, s, 'reported');
  const name = person ?? (speaker?.type === 'person' && genderOf(ctx, speaker) !== opposite(gender) ? speaker.name : lastPersonBefore(ctx, tok.start, gender, quoteSpeaker(ctx, s, k)));
  return name ? `${name}'s` : null;
}

/** The speaker of the claim whose evidence holds sentence `s`, if it is a known actor. */
function speakerOf(ctx: ResolveContext, s: Sentence, kind?: Claim['kind']): Actor | null {
  for (const c of ctx.claims) {
    if (!c.speakerId || (kind && c.kind !== kind) || !c.evidence.some((e) => e.start < s.end && e.end > s.start)) continue;
    const actor = ctx.actors.find((x) => x.id === c.speakerId);
    if (actor) return actor;
  }
  return null;
}

const opposite = (g: Gender): Gender => (g === 'male' ? 'female' : 'male');
type Gender = 'male' | 'female';

/** The gender a person's given name or honorific signals ("Mrs Clinton", "Gordon Brown"), or null when none does. */
function genderOf(ctx: ResolveContext, actor: Actor): Gender | null {
  if (!genders.has(actor)) genders.set(actor, readGender(ctx, actor));
  return genders.get(actor) ?? null;
}

const genders = new WeakMap<Actor, Gender | null>();

function readGender(ctx: ResolveContext, actor: Actor): Gender | null {
  for (const name of [actor.name, ...actor.aliases]) {
    const first = name.split(/\s+/)[0]!.toLowerCase();
    const g = HONORIFIC_GENDER.get(first) ?? GIVEN_NAMES.get(first);
    if (g) return g;
  }
  for (const m of actor.mentions) {
    const before = /(\S+)\s+$/.exec(ctx.analysis.text.slice(Math.max(0, m.start - 12), m.start));
    const g = before ? HONORIFIC_GENDER.get(before[1]!.toLowerCase()) : undefined;
    if (g) return g;
  }
  return null;
}

/** How many pronouns back a chain of "he … he … he" is followed. */
const MAX_CHAIN = 4;

/**
 * Who "he"/"she" at token `at` is, by grammar: the subject of the nearest clause before it in the
 * sentence that is a person (a subject preference, as in centering theory: Grosz, Joshi and
 * Weinstein 1995); an earlier "he" is followed back along the chain. With no such clause, the
 * person who speaks in the sentence (in reported speech), else the speaker or the first person
 * subject of the previous sentence. The speaker of a quote is never its "he". A nearer person the
 * question cannot name ("the CSA chief"), or a nearer clause whose subject cannot be read, makes it
 * null: grammar names no one there.
 */
function personReferent(ctx: ResolveContext, s: Sentence, at: number, gender: Gender, depth: number): { actor: Actor; from: Sentence | null } | null {
  if (depth > MAX_CHAIN) return null;
  const a = ctx.analysis;
  const self = quoteSpeaker(ctx, s, at);
  const fits = (x: Actor | null): x is Actor => x?.type === 'person' && x !== self && genderOf(ctx, x) !== opposite(gender);
  for (const subject of clauseSubjectsBefore(a, s, at)) {
    if (!subject) return null;
    const found = personOf(ctx, s, subject, gender, depth);
    if (found !== undefined && found?.actor !== self) return found;
  }
  // In reported speech "he"/"she" with no person before it is its speaker ("she denied that she …").
  const speaker = speakerOf(ctx, s, 'reported');
  if (fits(speaker)) return { actor: speaker, from: null };
  // Else the previous sentence: its speaker (the subject of its reporting clause), else its first clause's subject that is a person.
  const prev = a.sentences[s.i - 1];
  if (!prev) return null;
  const prevSpeaker = speakerOf(ctx, prev);
  if (fits(prevSpeaker)) return { actor: prevSpeaker, from: prev };
  for (const subject of clauseSubjectsBefore(a, prev, prev.last + 1).reverse()) {
    if (!subject) continue;
    const found = personOf(ctx, prev, subject, gender, depth);
    if (found !== undefined && found?.actor !== self) return found && { actor: found.actor, from: found.from ?? prev };
  }
  return null;
}

/**
 * Who speaks the quote token `at` lies in, if any: they call themself "I", so a "he" inside the
 * quote is someone else. (A sentence with no quote mark that a direct claim covers goes on with a
 * quote opened before it.)
 */
function quoteSpeaker(ctx: ResolveContext, s: Sentence, at: number): Actor | null {
  const direct = speakerOf(ctx, s, 'direct');
  return direct && (isQuoted(ctx.analysis, s, at) || !/[“”"]/.test(ctx.analysis.text.slice(s.start, s.end))) ? direct : null;
}

/** Whether token `k` lies inside quotation marks: opened before it in the sentence, or closed after it in a quote that began earlier. */
export function isQuoted(a: Analysis, s: Sentence, k: number): boolean {
  let open = false;
  let seen = false;
  for (let j = s.first; j < k; j++) {
    const x = a.tokens[j]!.text;
    if (x !== '“' && x !== '”' && x !== '"') continue;
    open = x === '"' ? !open : x === '“';
    seen = true;
  }
  if (seen) return open;
  for (let j = k + 1; j <= s.last; j++) if (/^[”"]$/.test(a.tokens[j]!.text)) return true;
  return false;
}

/**
 * What a clause subject says of "he"/"she": the person it names, null when it is a person the
 * question cannot name, undefined when it is no person of that gender (look further back).
 */
function personOf(ctx: ResolveContext, s: Sentence, subject: Piece, gender: Gender, depth: number): { actor: Actor; from: Sentence | null } | null | undefined {
  const a = ctx.analysis;
  const head = a.tokens[subject.tokens[subject.tokens.length - 1]!]!;
  if (subject.tokens.length === 1 && PERSON_PRONOUN.test(head.text)) {
    if ((/^(?:he|him)$/i.test(head.text) ? 'male' : 'female') !== gender) return undefined;
    return personReferent(ctx, s, head.i, gender, depth + 1);
  }
  const from = a.tokens[subject.tokens[0]!]!.start;
  const actor = ctx.actors.find((x) => x.mentions.some((m) => m.start < head.end && m.end > from && m.end >= head.end));
  if (actor?.type === 'person') return genderOf(ctx, actor) === opposite(gender) ? undefined : { actor, from: null };
  if (actor) return undefined;
  return PERSON_NOUNS.has(head.lemma.toLowerCase()) ? null : undefined;
}

const PERSON_NOUNS = new Set(PERSON_NOUN_LIST.trim().split(/\s+/));

/**
 * The subjects of the finite clauses before token `at` in the sentence, nearest first (a bounded
 * look back). A clause whose subject cannot be read ends the list with null: what lies beyond it
 * is no longer the nearest. (A verb after "and" shares its subject with the verb before it.)
 */
function clauseSubjectsBefore(a: Analysis, s: Sentence, at: number): (Piece | null)[] {
  const out: (Piece | null)[] = [];
  for (let k = at - 1; k > Math.max(s.first, at - LOOK_BACK); k--) {
    const t = a.tokens[k]!;
    // The first verb of its group: "has since emerged" and "can not go" start at "has" and "can".
    let j = k - 1;
    while (j > s.first && (a.tokens[j]!.pos === 'ADV' || a.tokens[j]!.pos === 'PART') && /^(?:AUX|VERB|PART|ADV)$/.test(a.tokens[j - 1]!.pos)) j--;
    const prev = a.tokens[j]!;
    if ((t.pos !== 'AUX' && t.pos !== 'VERB') || prev.pos === 'AUX' || prev.pos === 'VERB' || prev.pos === 'PART' || /ing$/i.test(t.text)) continue;
    const subject = subjectBefore(a, s, k);
    if (!subject && prev.pos === 'CCONJ') continue;
    if (!subject) return [...out, null];
    if (!out.some((p) => p?.tokens[0] === subject.tokens[0])) out.push(subject);
  }
  return out;
}

const LOOK_BACK = 40;

/** The person mentioned last before `offset` whose gender does not contradict the pronoun's (other than `self`, who speaks the quote). */
function lastPersonBefore(ctx: ResolveContext, offset: number, gender?: Gender, self: Actor | null = null): string | null {
  let best: { at: number; name: string } | null = null;
  for (const actor of ctx.actors) {
    if (actor.type !== 'person' || actor === self) continue;
    if (gender && genderOf(ctx, actor) === opposite(gender)) continue;
    for (const m of actor.mentions) if (m.end <= offset && (!best || m.start > best.at)) best = { at: m.start, name: actor.name };
  }
  return best?.name ?? null;
}

/**
 * "it"/"they": the subject of an earlier clause in the same sentence, else the subject of the
 * previous sentence, when its number agrees and it is not a person.
 */
function antecedentOf(ctx: ResolveContext, s: Sentence, at: number, plural: boolean): Resolved | null {
  const a = ctx.analysis;
  const tryNp = (sentence: Sentence, limit: number): string | null => agreeing(openingNounPhrase(a, sentence, limit));
  const agreeing = (np: Piece | null): string | null => {
    if (!np) return null;
    const head = a.tokens[np.tokens[np.tokens.length - 1]!]!;
    const isPlural = /[^s'’]s$/i.test(head.text) || np.tokens.some((k) => a.tokens[k]!.text.toLowerCase() === 'and');
    if (isPlural !== plural) return null;
    const from = a.tokens[np.tokens[0]!]!.start;
    const to = head.end;
    if (ctx.actors.some((x) => x.type === 'person' && x.mentions.some((m) => m.start < to && m.end > from))) return null;
    return caseOf(ctx, pieceText(a, np), lowerFirst(a, np, pieceText(a, np)));
  };
  // The sentence's opening noun phrase, else the subject of the nearest clause before the pronoun
  // that is a noun phrase ("the government is in talks about what role it might take"); not for
  // "they", which so often means people never named ("things went wrong and they complain").
  let own = tryNp(s, at);
  for (const subject of own || plural || isDummy(a, s, at) ? [] : clauseSubjectsBefore(a, s, at)) {
    if (!subject) break;
    const head = a.tokens[subject.tokens[subject.tokens.length - 1]!]!;
    // "if the merger goes ahead, it will …": the subject of an adverbial clause is left to the condition the question keeps.
    if (/^(?:if|unless|when|whenever|while|although|though|because|as|since|once|until|before|after)$/i.test(a.tokens[subject.tokens[0]! - 1]?.text ?? '')) continue;
    if (head.pos !== 'NOUN' && head.pos !== 'PROPN') continue;
    own = agreeing(subject);
    break;
  }
  if (own) return { text: own, antecedent: null };
  const prev = ctx.analysis.sentences[s.i - 1];
  if (prev && prev.paragraph === s.paragraph) {
    const text = tryNp(prev, prev.last + 1);
    if (text) return { text, antecedent: prev };
  }
  // "This is a bill in deep trouble. … it may unravel further": the thing named by "this is a …".
  if (!plural) {
    for (const sentence of [s, prev]) {
      if (!sentence || sentence.paragraph !== s.paragraph) continue;
      // Read only the stretch just before "it": a run-on sentence must not be rescanned per pronoun.
      const end = sentence === s ? a.tokens[at]!.start : sentence.end;
      const m = PRESENTED.exec(a.text.slice(Math.max(sentence.start, end - 300), end));
      if (m?.[1] && !/ly$/i.test(m[1])) return { text: `the ${m[1].toLowerCase()}`, antecedent: sentence === s ? null : sentence };
    }
  }
  return null;
}

/** "it would be 'premature' to say …", "it seems likely that …": an "it" that stands for the clause after it refers back to nothing (Quirk et al. 1985, §18.33, extraposition). */
function isDummy(a: Analysis, s: Sentence, at: number): boolean {
  const tok = a.tokens[at]!;
  return EXTRAPOSED.test(a.text.slice(tok.start, Math.min(s.end, tok.start + 120)));
}

const EXTRAPOSED = /^it(?:\s*(?:['’]s|will|would|could|may|might|is|was|has|had|been|be|seems?|seemed|appears?|appeared|not|n['’]t|also|still|now))+\s+["“‘']?[\w-]+["”’']?\s+(?:to|that|whether|if|for)\b/i;

const PRESENTED = /\b(?:this|it) (?:is|was|'s|’s) (?:a|an|the) ([a-z]{3,})\b(?! of)/i;

/** The noun phrase a sentence opens with ("Airlines have attacked …" → "Airlines"), before token `limit`. */
function openingNounPhrase(a: Analysis, s: Sentence, limit: number): Piece | null {
  const picked: number[] = [];
  let k = s.first;
  while (k < limit && (isPunct(a.tokens[k]!) || a.tokens[k]!.pos === 'CCONJ' || a.tokens[k]!.pos === 'SPACE')) k++;
  for (; k < limit && picked.length < 8; k++) {
    const tok = a.tokens[k]!;
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tok.pos) && !(tok.pos === 'ADP' && tok.text === 'of')) break;
    picked.push(k);
  }
  if (picked.length === 0) return null;
  const head = a.tokens[picked[picked.length - 1]!]!;
  const next = a.tokens[k];
  if ((head.pos !== 'NOUN' && head.pos !== 'PROPN') || !next || (next.pos !== 'VERB' && next.pos !== 'AUX')) return null;
  return { tokens: picked };
}

/** A predicate that still says "me", "we" or "you" cannot stand on its own ("US", the country, can). */
// ("i'm", "I've": a contraction the tokenizer kept whole, perhaps lower-cased, is a first person too.)
export const hasUnresolvedPerson = (text: string): boolean => /\b(?:I|[Mm]e|[Ww]e|[Uu]s|[Yy]ou|[Mm]y|[Yy]our)\b|\b[Ii]['’](?:m|ve|d|ll)\b/.test(text);
