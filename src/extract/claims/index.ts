// Claims: who said what. Direct quotes and reported speech, attributed to an
// actor even when the speaker comes after the quote, is a pronoun, or is a
// description of someone already named.
import type { Claim, ClaimKind, Evidence } from '../../brief/model.js';
import type { ActorDraft } from '../actors/index.js';
import type { NameMention } from '../actors/mentions.js';
import type { Analysis, Sentence, Token } from '../nlp.js';

/** Lemmas of verbs that attribute speech or a position to a source. */
const SPEECH_LEMMAS = new Set(
  `say tell warn believe claim argue add state announce insist note explain suggest predict admit deny accuse urge
  acknowledge confirm reveal report write estimate think fear expect stress emphasise emphasize maintain
  contend allege assert declare describe promise pledge vow concede caution recall reply respond complain`.split(/\s+/),
);
const SPEECH_FORMS = new Set(['said', 'says', 'told', 'warns', 'warned', 'believes', 'believed', 'added', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'stated', 'noted', 'explained', 'suggested', 'predicted', 'admitted', 'denied', 'urged', 'confirmed', 'revealed', 'reported', 'wrote', 'estimated', 'thinks', 'feared', 'fears', 'announced', 'stressed', 'maintained', 'accused', 'described', 'promised', 'pledged', 'vowed', 'conceded', 'cautioned', 'replied', 'complained']);

const HEDGES = /\b(?:might|may|could|would|likely|unlikely|possibly|possible|perhaps|probably|maybe|appears?|seems?|suggests?|expected to|not rule out|does not rule out|doesn't rule out|would not rule out|wouldn't rule out|potentially|reportedly|allegedly|if)\b/i;

const PERSONAL_PRONOUNS = new Set(['he', 'she']);
/** Nouns that describe a person already named ("the former statesman", "the minister"). */
const TITLE_NOUNS = /^(?:statesman|stateswoman|minister|president|chief|leader|secretary|adviser|advisor|spokesman|spokeswoman|spokesperson|official|executive|chairman|chairwoman|director|boss|head|politician|diplomat|ambassador|general|economist|analyst|lawyer|senator|governor|mayor|premier|chancellor|statesman-turned-adviser)$/i;

export interface ClaimDraft {
  text: { start: number; end: number };
  evidence: { start: number; end: number }[];
  kind: ClaimKind;
  speaker: ActorDraft | null;
  hedged: boolean;
}

interface QuoteSpan {
  /** Offsets of the quoted words, without the quote marks. */
  start: number;
  end: number;
  /** Offsets including the marks. */
  outerStart: number;
  outerEnd: number;
}

/** Pairs curly quotes, and straight double quotes alternately within a paragraph. */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const re = /“([^“”]{1,3000}?)”|"([^"\n]{1,3000}?)"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const inner = m[1] ?? m[2] ?? '';
    if (inner.trim() === '') continue;
    spans.push({ start: m.index + 1, end: m.index + 1 + inner.length, outerStart: m.index, outerEnd: m.index + m[0].length });
  }
  return spans;
}

function isSpeechToken(t: Token): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'NOUN') return false;
  const lower = t.text.toLowerCase();
  return SPEECH_FORMS.has(lower) || (t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma.toLowerCase()));
}

interface Context {
  analysis: Analysis;
  drafts: ActorDraft[];
  /** Mention start offset → its actor. */
  mentionOwner: Map<number, ActorDraft>;
  mentionsBySentence: Map<number, NameMention[]>;
}

type SpeakerSide = 'before' | 'after' | 'anaphor';

/** The actor that speaks through the verb at token `v` of `sentence`, and where it stands. */
function findSpeaker(ctx: Context, sentence: Sentence, v: number, lastSpeaker: ActorDraft | null): { actor: ActorDraft; side: SpeakerSide } | null {
  const { tokens } = ctx.analysis;
  const mentions = ctx.mentionsBySentence.get(sentence.i) ?? [];
  const anaphor = (): ActorDraft | null => lastSpeaker ?? lastPersonBefore(ctx, sentence.start);
  // "he said": the pronoun right before the verb is the subject.
  const subject = tokens[v - 1];
  if (subject && PERSONAL_PRONOUNS.has(subject.text.toLowerCase())) {
    const actor = anaphor();
    return actor ? { actor, side: 'anaphor' } : null;
  }
  // "X said" — nearest actor mention before the verb, within the same clause.
  const before = mentions.filter((m) => m.last < v && !insideQuote(ctx.analysis.text, sentence, m.start)).sort((a, b) => b.last - a.last);
  for (const m of before) {
    // A name inside a prepositional phrase ("adviser to President X") is not the subject.
    const lead = tokens[(m.titleFirst ?? m.first) - 1];
    if (lead && lead.pos === 'ADP' && lead.i >= sentence.first) continue;
    const between = tokens.slice(m.last + 1, v);
    if (between.some((t) => t.text === ';' || t.text === '“' || t.text === '”' || t.text === '"' || t.text === ',')) break;
    const owner = ctx.mentionOwner.get(m.start);
    if (owner && owner.type !== 'place' && between.length <= 12) return { actor: owner, side: 'before' };
  }
  // "..., said Rasmussen" / "believes former Secretary-General ... Anders Rasmussen".
  const after = mentions.filter((m) => m.first > v && m.first - v <= 14).sort((a, b) => a.first - b.first);
  for (const m of after) {
    const owner = ctx.mentionOwner.get(m.start);
    if (owner && (owner.type === 'person' || owner.type === 'organization')) {
      const between = tokens.slice(v + 1, m.first);
      if (!between.some((t) => t.pos === 'VERB' || t.text === ',' || t.text === '“')) return { actor: owner, side: 'after' };
    }
  }
  // "warns the former Danish prime minister": a description of someone already named.
  const next = tokens[v + 1];
  if (next && /^(?:the|former|current|a)$/i.test(next.text)) {
    const actor = anaphor();
    return actor ? { actor, side: 'after' } : null;
  }
  // "The former statesman ... does not rule out": a described subject at the clause start.
  let clauseStart = sentence.first;
  for (let t = v - 1; t > sentence.first; t--) if (/^[:;]$/.test(tokens[t]!.text)) {
    clauseStart = t + 1;
    break;
  }
  const clauseFirst = tokens[clauseStart];
  if (clauseFirst && /^(?:the|this|that)$/i.test(clauseFirst.text) && tokens.slice(clauseStart, v).some((t) => TITLE_NOUNS.test(t.text))) {
    const actor = anaphor();
    return actor ? { actor, side: 'before' } : null;
  }
  return null;
}

function insideQuote(text: string, sentence: Sentence, offset: number): boolean {
  const before = text.slice(sentence.start, offset);
  const opens = (before.match(/“/g) ?? []).length;
  const closes = (before.match(/”/g) ?? []).length;
  return opens > closes;
}

function lastPersonBefore(ctx: Context, offset: number): ActorDraft | null {
  let best: { at: number; d: ActorDraft } | null = null;
  for (const d of ctx.drafts) {
    if (d.type !== 'person') continue;
    for (const m of d.mentions) if (m.start < offset && (!best || m.start > best.at)) best = { at: m.start, d };
  }
  return best?.d ?? null;
}

/**
 * The reported content: what follows "X said (that)", or what precedes
 * "..., said X" / "..., X said". A parenthetical ", he said," keeps the whole sentence.
 */
function reportedSpan(ctx: Context, sentence: Sentence, v: number, side: SpeakerSide): { start: number; end: number } {
  const { tokens, text } = ctx.analysis;
  let end = tokens[sentence.last]!.end;
  if (/^[.!?]$/.test(tokens[sentence.last]!.text)) end = tokens[sentence.last]!.start;
  const breakBefore = findClauseBreakBefore(tokens, sentence, v);
  let from = v + 1;
  while (from <= sentence.last && /^(?:that|,|:)$/i.test(tokens[from]!.text)) from++;
  if (from === sentence.last && /^[.!?…]$/.test(tokens[from]!.text)) from++;
  // Skip the inverted subject: "said the former minister, ..." has no content after it.
  const afterVerb = tokens[v + 1];
  const parenthetical = breakBefore !== null && afterVerb?.text === ',' && v + 2 <= sentence.last;
  if (parenthetical) return trimSpan(text, sentence.start, end);
  if ((side === 'after' || side === 'anaphor' || from > sentence.last) && breakBefore !== null) return trimSpan(text, sentence.start, breakBefore);
  return trimSpan(text, from <= sentence.last ? tokens[from]!.start : sentence.start, end);
}

function findClauseBreakBefore(tokens: Token[], sentence: Sentence, v: number): number | null {
  for (let t = v - 1; t >= sentence.first && v - t <= 8; t--) {
    if (tokens[t]!.text === ',') return tokens[t]!.start;
  }
  return null;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,;:“”"]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:“”"]/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function extractClaimDrafts(analysis: Analysis, drafts: ActorDraft[]): ClaimDraft[] {
  const mentionOwner = new Map<number, ActorDraft>();
  const mentionsBySentence = new Map<number, NameMention[]>();
  for (const d of drafts)
    for (const m of d.mentions) {
      mentionOwner.set(m.start, d);
      const list = mentionsBySentence.get(m.sentence) ?? [];
      list.push(m);
      mentionsBySentence.set(m.sentence, list);
    }
  const ctx: Context = { analysis, drafts, mentionOwner, mentionsBySentence };
  const { tokens, text } = analysis;
  const quotes = findQuotes(text);
  const claims: ClaimDraft[] = [];
  const usedQuotes = new Set<QuoteSpan>();
  let lastSpeaker: ActorDraft | null = null;

  for (const sentence of analysis.sentences) {
    const inSentence = quotes.filter((q) => q.start < sentence.end && q.end > sentence.start);
    let verb = -1;
    for (let t = sentence.first; t <= sentence.last; t++) {
      const tok = tokens[t]!;
      const ruleOut = tok.lemma === 'rule' && tokens[t + 1]?.text.toLowerCase() === 'out';
      if ((isSpeechToken(tok) || ruleOut) && !inSentence.some((q) => tok.start >= q.start && tok.end <= q.end)) {
        verb = ruleOut ? t + 1 : t;
        break;
      }
    }
    const according = /\baccording to\b/i.exec(text.slice(sentence.start, sentence.end));
    let speaker: ActorDraft | null = null;
    let side: SpeakerSide = 'before';
    if (verb >= 0) {
      const found = findSpeaker(ctx, sentence, verb, lastSpeaker);
      speaker = found?.actor ?? null;
      side = found?.side ?? 'before';
    } else if (according) {
      const at = sentence.start + according.index + according[0].length;
      const m = (mentionsBySentence.get(sentence.i) ?? []).find((mm) => mm.start >= at && mm.start - at < 40);
      speaker = m ? (mentionOwner.get(m.start) ?? null) : null;
    }

    const sentenceSpan = { start: sentence.start, end: sentence.end };
    if (inSentence.length > 0) {
      // Quotes in a sentence with no attribution continue the last speaker's words.
      const continuing = verb < 0 && !according;
      const who: ActorDraft | null = speaker ?? (continuing ? lastSpeaker : null);
      for (const q of inSentence) {
        if (usedQuotes.has(q)) continue;
        usedQuotes.add(q);
        // Scare quotes ("collective defence") are not statements.
        const words = text.slice(q.start, q.end).trim().split(/\s+/).length;
        if (words < 4 && (continuing || speaker === null)) continue;
        if (!who) continue;
        const span = { start: q.start, end: q.end };
        const evidence = q.end > sentence.end || q.start < sentence.start ? [{ start: Math.min(q.outerStart, sentence.start), end: Math.max(q.outerEnd, sentence.end) }] : [sentenceSpan];
        claims.push({ text: trimSpan(text, span.start, span.end), evidence, kind: 'direct', speaker: who, hedged: HEDGES.test(text.slice(q.start, q.end)) });
      }
      if (who) lastSpeaker = who;
      continue;
    }
    if (speaker && (verb >= 0 || according)) {
      const span = verb >= 0 ? reportedSpan(ctx, sentence, verb, side) : trimSpan(text, sentence.start, sentence.start + (according?.index ?? 0));
      if (span.end - span.start < 12) continue;
      const content = text.slice(span.start, span.end);
      claims.push({ text: span, evidence: [sentenceSpan], kind: 'reported', speaker, hedged: HEDGES.test(content) || /\bbelieves?\b/i.test(text.slice(sentence.start, sentence.end)) });
      lastSpeaker = speaker;
    }
  }
  return claims;
}

export function finishClaims(analysis: Analysis, drafts: ClaimDraft[], idOf: Map<ActorDraft, string>): Claim[] {
  const ev = (s: { start: number; end: number }): Evidence => ({ start: s.start, end: s.end, quote: analysis.text.slice(s.start, s.end) });
  return drafts.map((c, i) => ({
    id: `c${i + 1}`,
    text: analysis.text.slice(c.text.start, c.text.end),
    kind: c.kind,
    speaker: c.speaker?.name ?? null,
    speakerId: c.speaker ? (idOf.get(c.speaker) ?? null) : null,
    hedged: c.hedged,
    evidence: c.evidence.map(ev),
  }));
}
