// Claims: who said what. Direct quotes and reported speech, attributed to an
// actor even when the speaker comes after the quote, is a pronoun, a
// description of someone already named, or an unnamed source.
import type { Claim, ClaimKind, Evidence } from '../../brief/model.js';
import type { ActorDraft } from '../actors/index.js';
import type { NameMention } from '../actors/mentions.js';
import type { Analysis, Sentence, Token } from '../nlp.js';
import { HEDGES, HEDGING_VERBS, NEEDS_PARTICLE, NOT_SPEECH_WITH, PASSIVE_AUX, PERSON_NOUNS, SOURCE_NOUNS, SPEECH_FORMS, SPEECH_LEMMAS } from './lexicon.js';
import { findQuotes, type QuoteSpan } from './quotes.js';
import { findSpeaker, isQuoted, type FoundSpeaker, type SpeakerContext, type SpeakerSide } from './speakers.js';

export { findQuotes } from './quotes.js';

export interface ClaimDraft {
  text: { start: number; end: number };
  evidence: { start: number; end: number }[];
  kind: ClaimKind;
  speaker: ActorDraft | null;
  /** A description of an unnamed source ("the prime minister's official spokesman") when `speaker` is null. */
  speakerText: string | null;
  /** The words that attribute it ("denied", "rule out", "according to"), or null. */
  cue: { start: number; end: number } | null;
  hedged: boolean;
}

/** Fewer words than this in quote marks are scare quotes or a phrase, not a statement. */
const MIN_QUOTE_WORDS = 4;

/** Is token `t` a verb that attributes speech or a stance (not passive: "was expected to")? */
function isSpeechVerb(tokens: Token[], t: number): boolean {
  const tok = tokens[t]!;
  if (tok.pos !== 'VERB' && tok.pos !== 'AUX' && tok.pos !== 'NOUN' && tok.pos !== 'PROPN') return false;
  const word = tok.text.toLowerCase();
  const lemma = tok.lemma.toLowerCase();
  const byForm = SPEECH_FORMS.has(word);
  if (!byForm && !(tok.pos === 'VERB' && SPEECH_LEMMAS.has(lemma))) return false;
  if (tok.pos === 'NOUN' && !/(?:ed|s)$/.test(word)) return false;
  const particles = NEEDS_PARTICLE.get(lemma);
  if (particles && !particles.has(tokens[t + 1]?.text.toLowerCase() ?? '')) return false;
  const particle = tokens[t + 1]?.text.toLowerCase() ?? '';
  if (NOT_SPEECH_WITH.get(lemma)?.has(particle) || NOT_SPEECH_WITH.get(word)?.has(particle)) return false;
  // Passive ("was expected to", "is said to") and adjectival ("the so-called") uses do not attribute.
  let k = t - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'SPACE' || tokens[k]!.text.toLowerCase() === 'not')) k--;
  const prev = tokens[k];
  if (prev && PASSIVE_AUX.has(prev.text.toLowerCase()) && /(?:ed|en|id|ld|wn|ght)$/.test(word)) return false;
  if (prev && (prev.pos === 'DET' || (prev.text === '-' && prev.end === tok.start))) return false;
  return true;
}

/** "does not rule out": the verb "rule" followed by "out". */
const isRuleOut = (tokens: Token[], t: number): boolean => tokens[t]!.lemma === 'rule' && tokens[t + 1]?.text.toLowerCase() === 'out';

function sentenceAt(analysis: Analysis, offset: number): Sentence | undefined {
  const ss = analysis.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  let best: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.start <= offset) {
      best = ss[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  const skip = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === ',' || c === ';' || c === ':' || c === '“' || c === '”' || c === '"';
  while (start < end && skip(text[start]!)) start++;
  while (end > start && skip(text[end - 1]!)) end--;
  // A quote that opens inside the span keeps its closing mark ('he was "willing to help"').
  const inside = text.slice(start, end);
  const straightOpen = (inside.match(/"/g)?.length ?? 0) % 2 === 1;
  const curlyOpen = (inside.match(/“/g)?.length ?? 0) > (inside.match(/”/g)?.length ?? 0);
  if ((straightOpen && text[end] === '"') || (curlyOpen && text[end] === '”')) end++;
  return { start, end };
}

function findClauseBreakBefore(tokens: Token[], sentence: Sentence, v: number): number | null {
  for (let t = v - 1; t >= sentence.first && v - t <= 8; t--) if (tokens[t]!.text === ',') return tokens[t]!.start;
  return null;
}

/**
 * The reported content: what follows "X said (that)", or what precedes
 * "..., said X" / "..., X said". A parenthetical ", he said," keeps the whole sentence.
 */
function reportedSpan(analysis: Analysis, sentence: Sentence, v: number, side: SpeakerSide): { start: number; end: number } {
  const { tokens, text } = analysis;
  let end = tokens[sentence.last]!.end;
  if (/^[.!?]$/.test(tokens[sentence.last]!.text)) end = tokens[sentence.last]!.start;
  const breakBefore = findClauseBreakBefore(tokens, sentence, v);
  let from = v + 1;
  while (from <= sentence.last && /^(?:that|,|:|out)$/i.test(tokens[from]!.text)) from++;
  if (from === sentence.last && /^[.!?…]$/.test(tokens[from]!.text)) from++;
  const afterVerb = tokens[v + 1];
  const parenthetical = breakBefore !== null && afterVerb?.text === ',' && v + 2 <= sentence.last;
  if (parenthetical) return trimSpan(text, sentence.start, end);
  // "..., Rasmussen said." / "..., warns the former minister": the content comes before the comma.
  if (breakBefore !== null && (from > sentence.last || side === 'after' || (side === 'anaphor' && tokens[v - 1]?.text === ','))) return trimSpan(text, sentence.start, breakBefore);
  return trimSpan(text, from <= sentence.last ? tokens[from]!.start : sentence.start, end);
}

export function extractClaimDrafts(analysis: Analysis, drafts: ActorDraft[]): ClaimDraft[] {
  const { tokens, text } = analysis;
  const mentionOwner = new Map<number, ActorDraft>();
  const mentionsBySentence = new Map<number, NameMention[]>();
  for (const d of drafts)
    for (const m of d.mentions) {
      mentionOwner.set(m.start, d);
      const list = mentionsBySentence.get(m.sentence) ?? [];
      list.push(m);
      mentionsBySentence.set(m.sentence, list);
    }
  const quotes = findQuotes(text);
  const ctx: SpeakerContext = { analysis, drafts, mentionOwner, mentionsBySentence, quoted: quotes.map((q) => ({ start: q.start, end: q.end })), lastSpeaker: null, lastSpeakerSentence: -10 };

  // Speech verbs outside quotes, per sentence.
  const verbsOf = (s: Sentence): number[] => {
    const out: number[] = [];
    for (let t = s.first; t <= s.last; t++) {
      if (isQuoted(ctx, tokens[t]!.start)) continue;
      if (isRuleOut(tokens, t)) out.push(t);
      else if (isSpeechVerb(tokens, t)) out.push(t);
    }
    return out;
  };
  const verbCache = new Map<number, number[]>();
  const verbs = (s: Sentence): number[] => {
    let v = verbCache.get(s.i);
    if (!v) verbCache.set(s.i, (v = verbsOf(s)));
    return v;
  };

  const claims: ClaimDraft[] = [];
  const usedVerbs = new Set<number>();
  /** The last claim's speaker and where it was: a quote with no attribution continues it. */
  let lastClaim: { paragraph: number; speaker: { actor: ActorDraft | null; description: string | null } } | null = null;
  const quotesByStart = new Map<number, QuoteSpan[]>();
  for (const q of quotes) {
    const s = sentenceAt(analysis, q.start);
    if (!s) continue;
    const list = quotesByStart.get(s.i) ?? [];
    list.push(q);
    quotesByStart.set(s.i, list);
  }

  const setLast = (found: { actor: ActorDraft | null; description: string | null }, s: Sentence): void => {
    lastClaim = { paragraph: s.paragraph, speaker: { actor: found.actor, description: found.description } };
    if (found.actor) {
      ctx.lastSpeaker = found.actor;
      ctx.lastSpeakerSentence = s.i;
    } else if (found.description && isPersonDescription(found.description)) ctx.lastDescribed = { description: found.description, sentence: s.i };
  };

  for (const sentence of analysis.sentences) {
    // Direct quotes that start in this sentence.
    for (const q of quotesByStart.get(sentence.i) ?? []) {
      const quoted = text.slice(q.start, q.end);
      if (wordCount(quoted) < MIN_QUOTE_WORDS) continue;
      let closing = sentenceAt(analysis, Math.max(q.start, q.end - 1)) ?? sentence;
      // '"... who gave that order?" said Marsh': the attribution can fall into the next sentence after "?" or "!".
      const nextSentence = analysis.sentences[closing.i + 1];
      if (nextSentence && nextSentence.paragraph === closing.paragraph && nextSentence.start >= q.outerEnd && nextSentence.start - q.outerEnd <= 2 && closing.end <= q.outerEnd && isSpeechVerb(tokens, nextSentence.first)) closing = nextSentence;
      const after = verbs(closing).find((v) => tokens[v]!.start >= q.outerEnd && v - firstTokenAt(tokens, closing, q.outerEnd) <= 6 && !quotes.some((o) => o !== q && o.outerStart >= q.outerEnd && o.outerStart < tokens[v]!.start));
      const before = [...verbs(sentence)].reverse().find((v) => tokens[v]!.end <= q.outerStart && !quotes.some((o) => o.outerStart > tokens[v]!.end && o.outerEnd <= q.outerStart && o.end - o.start > 40));
      const endsOpen = /[,?!—–-]\s*$/.test(quoted);
      // 'said Ash had friends there and that he was "willing to do anything"': a quote that opens
      // mid-clause, well after the verb, is part of the reported speech, which the verb reports.
      const embedded = before !== undefined && /[\p{L}\p{N}]\s*$/u.test(text.slice(sentence.start, q.outerStart)) && firstTokenAt(tokens, sentence, q.outerStart) - before > 4;
      const order = embedded ? [after] : endsOpen ? [after, before] : [before, after];
      let found: FoundSpeaker | null = null;
      let cueAt: number | null = null;
      for (const v of order) {
        if (v === undefined) continue;
        const s = v === after ? closing : sentence;
        found = findSpeaker(ctx, s, v) ?? participleSpeaker(ctx, s, v);
        if (found) {
          usedVerbs.add(v);
          cueAt = v;
          break;
        }
      }
      let who: { actor: ActorDraft | null; description: string | null } | null = found;
      // A quote with no attribution continues the last quoted speaker's words (same or next paragraph).
      const continues = lastClaim as { paragraph: number; speaker: { actor: ActorDraft | null; description: string | null } } | null;
      if (!who && before === undefined && after === undefined && continues && sentence.paragraph - continues.paragraph <= 1) who = continues.speaker;
      if (!who) continue;
      const from = Math.min(sentence.start, q.outerStart);
      const to = Math.max(closing.end, q.outerEnd);
      claims.push({
        text: trimSpan(text, q.start, q.end),
        evidence: [{ start: from, end: to }],
        kind: 'direct',
        speaker: who.actor,
        speakerText: who.actor ? null : who.description,
        cue: cueAt === null ? null : cueSpan(tokens, cueAt),
        hedged: HEDGES.test(quoted),
      });
      setLast(who, closing);
    }

    // Reported speech: the first speech verb not used by a quote that has a speaker; a closing
    // attribution ("..., Morrow testified.") governs the whole sentence, so it goes first.
    for (const v of attributionFirst(tokens, sentence, verbs(sentence))) {
      if (usedVerbs.has(v)) continue;
      // The verb introduces a quote that was taken as direct speech: nothing more to report.
      const verbEnd = tokens[v]!.end;
      if (quotes.some((q) => q.outerStart >= verbEnd && q.outerStart - verbEnd <= 3 && wordCount(text.slice(q.start, q.end)) >= MIN_QUOTE_WORDS)) continue;
      const found = findSpeaker(ctx, sentence, v);
      if (!found) continue;
      const span = reportedSpan(analysis, sentence, v, found.side);
      if (span.end - span.start < 12) continue;
      const content = text.slice(span.start, span.end);
      const lemma = tokens[v]!.lemma.toLowerCase();
      claims.push({
        text: span,
        evidence: [{ start: sentence.start, end: sentence.end }],
        kind: 'reported',
        speaker: found.actor,
        speakerText: found.actor ? null : found.description,
        cue: cueSpan(tokens, v),
        hedged: HEDGES.test(content) || HEDGING_VERBS.has(lemma) || tokens[v]!.text.toLowerCase() === 'out',
      });
      usedVerbs.add(v);
      setLast(found, sentence);
      break;
    }

    if (!claims.some((c) => c.evidence[0]!.start === sentence.start) && verbs(sentence).length === 0) {
      const according = accordingTo(analysis, ctx, sentence);
      if (according) claims.push(according);
    }
  }
  // A quote inside reported speech ('he was "willing to do anything"') is already in that claim.
  const reported = claims.filter((c) => c.kind === 'reported');
  const kept = claims.filter((c) => c.kind !== 'direct' || !reported.some((r) => r.text.start <= c.text.start && c.text.end <= r.text.end));
  return kept.sort((a, b) => a.text.start - b.text.start);
}

/** The speech verb at `v` with its particle and its negation ("called for", "does not rule out", "never denied"). */
function cueSpan(tokens: Token[], v: number): { start: number; end: number } {
  const next = tokens[v + 1];
  const particle = !!next && (NEEDS_PARTICLE.get(tokens[v]!.lemma.toLowerCase())?.has(next.text.toLowerCase()) || isRuleOut(tokens, v));
  let first = v;
  if (/^(?:not|n't|n’t|never)$/i.test(tokens[v - 1]?.text ?? '')) {
    first = v - 1;
    if (tokens[v - 2]?.pos === 'AUX' && tokens[v - 2]!.end <= tokens[v - 1]!.start) first = v - 2;
  }
  return { start: tokens[first]!.start, end: (particle ? next : tokens[v])!.end };
}

/** "the prime minister's official spokesman", "a Northwind spokesperson": one unnamed person, who can be "he" or "she" next. */
function isPersonDescription(description: string): boolean {
  const head = description.toLowerCase().split(/\s+/).at(-1) ?? '';
  return PERSON_NOUNS.has(head) && !head.endsWith('s');
}

const wordCount = (s: string): number => s.trim().split(/\s+/).length;

function firstTokenAt(tokens: Token[], s: Sentence, offset: number): number {
  for (let t = s.first; t <= s.last; t++) if (tokens[t]!.start >= offset) return t;
  return s.last;
}

/** The speech verbs of a sentence, with a sentence-final attribution (", NAME said.") moved to the front. */
function attributionFirst(tokens: Token[], sentence: Sentence, vs: number[]): number[] {
  const v = vs[vs.length - 1];
  if (v === undefined || vs.length < 2) return vs;
  let end = sentence.last;
  while (end > v && tokens[end]!.pos === 'PUNCT' && /^[.!?]$/.test(tokens[end]!.text)) end--;
  if (end !== v) return vs;
  // The subject between the comma and the verb is a short name or description.
  let k = v - 1;
  while (k >= sentence.first && v - k <= 6 && tokens[k]!.text !== ',' && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX') k--;
  if (k < sentence.first || tokens[k]!.text !== ',' || k === v - 1) return vs;
  return [v, ...vs.slice(0, -1)];
}

/** "..., adding: ..." / "..., saying ...": a participle shares the subject of the sentence's main speech verb. */
function participleSpeaker(ctx: SpeakerContext, sentence: Sentence, v: number): FoundSpeaker | null {
  const { tokens } = ctx.analysis;
  if (!/ing$/i.test(tokens[v]!.text)) return null;
  for (let k = sentence.first; k < v; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && !isQuoted(ctx, t.start) && !/ing$/i.test(t.text)) {
      const found = findSpeaker(ctx, sentence, k);
      if (found) return found;
    }
  }
  return null;
}

const ACCORDING = /\baccording to\b/i;

/** "According to X, ...": the source named after the phrase. */
function accordingTo(analysis: Analysis, ctx: SpeakerContext, sentence: Sentence): ClaimDraft | null {
  const { text } = analysis;
  const m = ACCORDING.exec(text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const at = sentence.start + m.index + m[0].length;
  const mention = (ctx.mentionsBySentence.get(sentence.i) ?? []).find((mm) => mm.start >= at && mm.start - at < 40);
  const speaker = mention ? (ctx.mentionOwner.get(mention.start) ?? null) : null;
  const source = speaker ? null : describedSource(analysis, sentence, at);
  if (!speaker && !source) return null;
  const sourceEnd = mention && speaker ? mention.end : source!.end;
  const span = m.index > 12 ? trimSpan(text, sentence.start, sentence.start + m.index) : trimSpan(text, sourceEnd, sentence.end);
  if (span.end - span.start < 12) return null;
  const hedged = HEDGES.test(text.slice(span.start, span.end));
  return { text: span, evidence: [{ start: sentence.start, end: sentence.end }], kind: 'reported', speaker, speakerText: source?.text ?? null, cue: { start: sentence.start + m.index, end: at }, hedged };
}

/** "according to two people familiar with the matter,": an unnamed source, up to the next comma, headed by a person or a document. */
function describedSource(analysis: Analysis, sentence: Sentence, at: number): { text: string; end: number } | null {
  const { tokens, text } = analysis;
  let first = sentence.first;
  while (first <= sentence.last && tokens[first]!.start < at) first++;
  let last = -1;
  let head: Token | null = null;
  for (let t = first; t <= sentence.last && t - first < 10; t++) {
    const tok = tokens[t]!;
    if (tok.pos === 'PUNCT' || tok.pos === 'VERB' || tok.pos === 'AUX') break;
    if (head === null && tok.pos === 'NOUN') head = tok;
    last = t;
  }
  if (last < 0 || !head || !(SOURCE_NOUNS.has(head.text.toLowerCase()) || PERSON_NOUNS.has(head.text.toLowerCase()))) return null;
  const description = text.slice(tokens[first]!.start, tokens[last]!.end).replace(/^(?:the|a|an)\s+/i, '');
  return { text: description, end: tokens[last]!.end };
}

export function finishClaims(analysis: Analysis, drafts: ClaimDraft[], idOf: Map<ActorDraft, string>): Claim[] {
  const ev = (s: { start: number; end: number }): Evidence => ({ start: s.start, end: s.end, quote: analysis.text.slice(s.start, s.end) });
  return drafts.map((c, i) => ({
    id: `c${i + 1}`,
    text: analysis.text.slice(c.text.start, c.text.end),
    kind: c.kind,
    speaker: c.speaker?.name ?? c.speakerText,
    speakerId: c.speaker ? (idOf.get(c.speaker) ?? null) : null,
    cue: c.cue ? analysis.text.slice(c.cue.start, c.cue.end) : null,
    hedged: c.hedged,
    evidence: c.evidence.map(ev),
  }));
}
