// The naive baseline the eval compares against: the NLP libraries used as-is, glued into a
// Brief-shaped object. compromise finds people, organisations, places, quotations and sentences;
// chrono-node finds dates; there are no questions (neither library has any notion of one). The
// only glue beyond the libraries is what the model demands: offsets that are true to the text.
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import type { Actor, ActorType, Article, Brief, Claim, DateItem, Evidence } from '../../src/brief/model.js';
import { normaliseName } from './brief-score.js';

export type BaselineBrief = Pick<Brief, 'article' | 'summary' | 'actors' | 'claims' | 'questions' | 'dates' | 'messages'>;

export interface BaselineOptions {
  /** ISO 8601 date-time that chrono resolves relative dates against. */
  referenceTime: string;
}

/** The shape of one match in compromise's `.json({ offset: true })` (typed `any` upstream). */
interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  offset?: { start: number; length: number };
}
interface CompromiseMatch {
  text: string;
  terms: CompromiseTerm[];
}

/** Any compromise view: all we call on it is `.json()`. */
interface View {
  json: (options: { offset: boolean }) => unknown;
}

/** Character span of a compromise match, checked against the text; null when it cannot be placed. */
function matchSpan(text: string, match: CompromiseMatch, withPunctuation: boolean): { start: number; end: number } | null {
  const terms = match.terms.filter((t) => t.text !== '' && t.offset !== undefined);
  const first = terms[0];
  const last = terms.at(-1);
  if (first === undefined || last === undefined) return null;
  let start = first.offset!.start;
  let end = last.offset!.start + last.text.length;
  if (text.slice(start, start + first.text.length) !== first.text || text.slice(last.offset!.start, end) !== last.text) return null;
  if (withPunctuation) {
    // Sentences and quotations: take the opening quote before and the closing punctuation after.
    const pre = /\S*$/.exec(first.pre)?.[0] ?? '';
    if (text.slice(start - pre.length, start) === pre) start -= pre.length;
    const post = /^\S*/.exec(last.post)?.[0] ?? '';
    if (text.slice(end, end + post.length) === post) end += post.length;
  }
  return { start, end };
}

function evidence(text: string, start: number, end: number): Evidence {
  return { start, end, quote: text.slice(start, end) };
}

function spansOf(text: string, view: View, withPunctuation: boolean): { start: number; end: number }[] {
  const matches = view.json({ offset: true }) as CompromiseMatch[];
  const spans: { start: number; end: number }[] = [];
  for (const m of matches) {
    const span = matchSpan(text, m, withPunctuation);
    if (span !== null) spans.push(span);
  }
  return spans;
}

/** A name as written, without a trailing possessive ("Blair's" is Blair). */
function trimName(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const quote = text.slice(span.start, span.end);
  const possessive = /['’]s?$/.exec(quote);
  return possessive === null ? span : { start: span.start, end: span.end - possessive[0].length };
}

const SPEECH = /\b(said|says|told|according to|warned|believes)\b/i;

/** Formats chrono's start component by its certainty flags: YYYY-MM-DD, YYYY-MM or YYYY. */
function chronoValue(c: chrono.ParsedComponents): string {
  const y = String(c.get('year') ?? 0).padStart(4, '0');
  const mo = String(c.get('month') ?? 1).padStart(2, '0');
  const d = String(c.get('day') ?? 1).padStart(2, '0');
  if (c.isCertain('day')) return `${y}-${mo}-${d}`;
  if (c.isCertain('month')) return `${y}-${mo}`;
  if (c.isCertain('year')) return y;
  // Nothing certain (a bare weekday): chrono's resolved day, as it would be used as-is.
  return `${y}-${mo}-${d}`;
}

export function extractBaseline(article: Article, options: BaselineOptions): BaselineBrief {
  const text = article.text;
  const doc = nlp(text);

  // Actors: each distinct normalised text once, typed by the list it came from (first list wins).
  const actors: Actor[] = [];
  const byKey = new Map<string, Actor>();
  const personSpans: { start: number; end: number; actor: Actor }[] = [];
  const lists: [View, ActorType][] = [
    [doc.people(), 'person'],
    [doc.organizations(), 'organization'],
    [doc.places(), 'place'],
  ];
  for (const [view, type] of lists) {
    for (const raw of spansOf(text, view, false)) {
      const span = trimName(text, raw);
      const name = text.slice(span.start, span.end);
      const key = normaliseName(name);
      if (key === '') continue;
      let actor = byKey.get(key);
      if (actor === undefined) {
        actor = { id: `a${actors.length + 1}`, name, type, role: null, aliases: [], key: true, salience: 0, mentions: [] };
        byKey.set(key, actor);
        actors.push(actor);
      }
      if (!actor.mentions.some((e) => e.start === span.start)) actor.mentions.push(evidence(text, span.start, span.end));
      if (type === 'person') personSpans.push({ ...span, actor });
    }
  }
  const most = Math.max(1, ...actors.map((a) => a.mentions.length));
  for (const a of actors) a.salience = a.mentions.length / most;

  const sentences = spansOf(text, doc.sentences(), true);
  const nearestPerson = (sentence: { start: number; end: number }, at: number, outside?: { start: number; end: number }): Actor | null => {
    let best: { d: number; actor: Actor } | null = null;
    for (const p of personSpans) {
      if (p.start < sentence.start || p.end > sentence.end) continue;
      if (outside !== undefined && p.start < outside.end && outside.start < p.end) continue;
      const d = Math.min(Math.abs(p.start - at), Math.abs(p.end - at));
      if (best === null || d < best.d) best = { d, actor: p.actor };
    }
    return best?.actor ?? null;
  };

  // Claims: compromise's quotations, then every sentence with a speech verb.
  const claims: Claim[] = [];
  const addClaim = (kind: Claim['kind'], span: { start: number; end: number }, speaker: Actor | null): void => {
    claims.push({
      id: `c${claims.length + 1}`,
      text: text.slice(span.start, span.end),
      kind,
      speaker: speaker?.name ?? null,
      speakerId: speaker?.id ?? null,
      cue: null,
      hedged: false,
      evidence: [evidence(text, span.start, span.end)],
    });
  };
  for (const q of spansOf(text, doc.quotations(), true)) {
    const sentence = sentences.find((s) => s.start <= q.start && q.start < s.end) ?? q;
    addClaim('direct', q, nearestPerson(sentence, q.end, q));
  }
  for (const s of sentences) {
    const verb = SPEECH.exec(text.slice(s.start, s.end));
    if (verb === null) continue;
    addClaim('reported', s, nearestPerson(s, s.start + verb.index));
  }

  // Dates: chrono as-is.
  const dates: DateItem[] = [];
  for (const r of chrono.parse(text, new Date(options.referenceTime))) {
    if (text.slice(r.index, r.index + r.text.length) !== r.text) continue;
    dates.push({
      id: `d${dates.length + 1}`,
      text: r.text,
      kind: 'date',
      value: chronoValue(r.start),
      certainty: r.start.isCertain('year') ? 'stated' : 'relative',
      event: null,
      origin: 'text',
      evidence: [evidence(text, r.index, r.index + r.text.length)],
    });
  }

  const first = sentences[0];
  return {
    article,
    summary: first === undefined ? [] : [{ text: text.slice(first.start, first.end), evidence: [evidence(text, first.start, first.end)] }],
    actors,
    claims,
    questions: [],
    dates,
    messages: [],
  };
}
