// Who "it", "they", "he" or "I" stands for, so that a question reads on its own in the brief.
import type { Actor, Claim } from '../../brief/model.js';
import { GIVEN_NAMES, HONORIFIC_GENDER } from '../lexicon/names.js';
import type { Analysis, Sentence } from '../nlp.js';
import { isPunct, lowerFirst, pieceText, type Piece } from './clause.js';

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
  if (subject.tokens.length !== 1) return { text: caseOf(ctx, text, lowerFirst(a, subject, text)), antecedent: null };
  const tok = a.tokens[subject.tokens[0]!]!;
  if (tok.pos !== 'PRON' && !THING_PRONOUN.test(tok.text)) return { text: caseOf(ctx, text, lowerFirst(a, subject, text)), antecedent: null };
  // Existential "there" ("there will be a giveaway") refers to nothing.
  if (/^there$/i.test(tok.text)) return { text: 'there', antecedent: null };
  if (FIRST_PERSON.test(tok.text)) {
    const speaker = speakerOf(ctx, s);
    if (/^(?:we|us)$/i.test(tok.text)) return speaker && speaker.type !== 'person' ? { text: speaker.name, antecedent: null } : null;
    // "I" is a person: when the claim's speaker is not one, the quote's "he said" names the last person mentioned.
    if (speaker?.type === 'person') return { text: speaker.name, antecedent: null };
    const person = /\b(?:he|she) (?:said|says|told|added)\b/i.test(a.text.slice(s.start, s.end)) ? lastPersonBefore(ctx, s.start) : null;
    return person ? { text: person, antecedent: null } : null;
  }
  if (PERSON_PRONOUN.test(tok.text)) {
    const gender = /^(?:he|him)$/i.test(tok.text) ? 'male' : 'female';
    // In reported speech "he"/"she" is most often its speaker ("she denied that she …"); in a quote it is someone else.
    const speaker = speakerOf(ctx, s, 'reported');
    if (speaker?.type === 'person' && genderOf(ctx, speaker) !== opposite(gender)) return { text: speaker.name, antecedent: null };
    const person = lastPersonBefore(ctx, tok.start, gender);
    return person ? { text: person, antecedent: null } : null;
  }
  if (/^(?:it|they|them)$/i.test(tok.text)) return antecedentOf(ctx, s, subject.tokens[0]!, /^(?:they|them)$/i.test(tok.text));
  return null;
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
  const speaker = speakerOf(ctx, s, 'reported');
  const name = speaker?.type === 'person' && genderOf(ctx, speaker) !== opposite(gender) ? speaker.name : lastPersonBefore(ctx, tok.start, gender);
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

/** The person mentioned last before `offset` whose gender does not contradict the pronoun's. */
function lastPersonBefore(ctx: ResolveContext, offset: number, gender?: Gender): string | null {
  let best: { at: number; name: string } | null = null;
  for (const actor of ctx.actors) {
    if (actor.type !== 'person') continue;
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
  const tryNp = (sentence: Sentence, limit: number): string | null => {
    const np = openingNounPhrase(a, sentence, limit);
    if (!np) return null;
    const head = a.tokens[np.tokens[np.tokens.length - 1]!]!;
    const isPlural = /[^s'’]s$/i.test(head.text) || np.tokens.some((k) => a.tokens[k]!.text.toLowerCase() === 'and');
    if (isPlural !== plural) return null;
    const from = a.tokens[np.tokens[0]!]!.start;
    const to = head.end;
    if (ctx.actors.some((x) => x.type === 'person' && x.mentions.some((m) => m.start < to && m.end > from))) return null;
    return caseOf(ctx, pieceText(a, np), lowerFirst(a, np, pieceText(a, np)));
  };
  const own = tryNp(s, at);
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
