// Brief → the view model every template renders. Deterministic: the same
// brief gives the same view, and every item keeps its brief id.
import { headingOf } from '../brief/heading.js';
import type { Actor, Brief, Claim, DateItem, Question } from '../brief/model.js';
import { formatDateValue, formatTimestamp, valueStartMs } from './format.js';

export interface ActorView {
  id: string;
  name: string;
  type: Actor['type'];
  role: string | null;
  aliases: string[];
  key: boolean;
}

/** Attributions that add nothing to "who said it". */
const NEUTRAL_CUE = /^(?:said|says|say|saying|told|tells|tell|telling|added|adds|add|adding|according to|stated|states|explained|explains|noted|notes|wrote|writes)$/i;

export interface ClaimView {
  id: string;
  text: string;
  kind: Claim['kind'];
  direct: boolean;
  speaker: string;
  /** The attributing words when they say more than "said" ("denied", "does not rule out"), else null. */
  cue: string | null;
  hedged: boolean;
  source: string;
}

export interface QuestionView {
  id: string;
  text: string;
  basis: string;
  source: string;
}

export interface DateView {
  id: string;
  text: string;
  label: string;
  /** The label where it says more than the words of the article ("Friday" → "4 December 2026"), else null. */
  note: string | null;
  value: string;
  event: string | null;
  inferred: boolean;
  upcoming: boolean;
  fromHeader: boolean;
  /** The other date items of the timeline with the same value, shown in this entry (each keeps its id). */
  more: MoreDateView[];
  /** The distinct words this entry's items write the date with ("31 December", "Friday"). */
  texts: string[];
}

/** A further mention of a timeline entry's date: what happens then, unless an earlier item of the entry says the same. */
export interface MoreDateView {
  id: string;
  event: string | null;
}

export interface TimelineMark {
  id: string;
  x: number;
  label: string;
  upcoming: boolean;
  inferred: boolean;
  /** Alternate labels above and below the axis so neighbours do not collide. */
  above: boolean;
  labelY: number;
  /** How the label hangs on its mark: centred, or pulled inwards where it would leave the strip. */
  anchor: 'middle' | 'start' | 'end';
  /** Where the label is anchored (the mark's x unless pulled inwards). */
  labelX: number;
  tickY1: number;
  tickY2: number;
}

export interface BriefView {
  title: string;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
  updated: string | null;
  reference: string | null;
  /** The input file's base name: a brief is sent to other people, so never a local path. */
  sourceName: string;
  sourceDigest: string;
  summary: { text: string }[];
  keyActors: ActorView[];
  otherActors: ActorView[];
  claims: ClaimView[];
  questions: QuestionView[];
  timeline: DateView[];
  /** The timeline's heading: says when the dates were read against the file's time, the article's date being unknown. */
  timelineHeading: string;
  timelineNote: string | null;
  /** Said under the title when the page looks like a teaser or a paywall. */
  bodyNote: string | null;
  otherTimes: DateView[];
  strip: { width: number; height: number; axisY: number; marks: TimelineMark[]; now: { x: number } | null } | null;
  /** Item ids in the order the one-page PDF drops them when space runs out. */
  dropOrder: string[];
  counts: { actors: number; claims: number; questions: number; dates: number };
}

const BASIS_LABELS: Record<Question['basis'], string> = {
  'hedged-prediction': 'hedged prediction',
  conditional: 'conditional',
  'pending-decision': 'pending decision',
  'upcoming-event': 'upcoming event',
  'explicit-question': 'asked in the article',
  'single-source': 'single source',
  disputed: 'disputed',
  'inferred-date': 'date guessed',
  'stated-unknown': 'stated unknown',
};

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Does a label say more than the words it labels? Not when each of its words is among them ("years" for "several years"). */
function saysMore(label: string, text: string): boolean {
  const words = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  return !(label.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => words.has(w));
}

function toDateView(d: DateItem, referenceMs: number | null): DateView {
  const start = valueStartMs(d.value);
  const label = formatDateValue(d.value);
  return {
    id: d.id,
    text: d.text,
    label,
    note: saysMore(label, d.text) ? label : null,
    value: d.value,
    event: d.event,
    inferred: d.certainty === 'inferred',
    // (The page's own times, "Updated 15:24", are facts about the page, never an upcoming event.)
    upcoming: d.origin !== 'metadata' && start !== null && referenceMs !== null && start > referenceMs,
    fromHeader: d.origin === 'metadata',
    more: [],
    texts: [d.text],
  };
}

const sameWords = (a: string, b: string): boolean => a.replace(/\W+/g, ' ').trim().toLowerCase() === b.replace(/\W+/g, ' ').trim().toLowerCase();

/**
 * One timeline entry per date: an article that says "Friday" three times, or "31 December" and
 * then "Friday" for the same day, lists that day once with each thing that happens then. `extra`
 * are dates with no event of their own; one whose value has an entry joins it.
 */
function groupTimeline(dates: DateItem[], extra: DateItem[], referenceMs: number | null): { entries: DateView[]; joined: DateItem[] } {
  const byValue = new Map<string, DateView>();
  const entries: DateView[] = [];
  const join = (entry: DateView, d: DateItem): void => {
    const events = [entry.event, ...entry.more.map((m) => m.event)];
    const repeated = d.event === null || events.some((e) => e !== null && sameWords(e, d.event!));
    entry.more.push({ id: d.id, event: repeated ? null : d.event });
    if (!entry.texts.some((t) => sameWords(t, d.text))) entry.texts.push(d.text);
    // A date is a guess only when no mention states it.
    if (d.certainty !== 'inferred') entry.inferred = false;
  };
  for (const d of dates) {
    const entry = byValue.get(d.value);
    if (entry) join(entry, d);
    else {
      const view = toDateView(d, referenceMs);
      byValue.set(d.value, view);
      entries.push(view);
    }
  }
  const joined = extra.filter((d) => byValue.has(d.value));
  for (const d of joined) join(byValue.get(d.value)!, d);
  return { entries, joined };
}

const speakerOf = (c: Claim, actorName: ReadonlyMap<string, string>): string => c.speaker ?? (c.speakerId ? (actorName.get(c.speakerId) ?? 'unattributed') : 'unattributed');

const wordSet = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The claims less those that repeat an earlier one: the same speaker and nearly the same words
 * (a page's standfirst that the story's first paragraph says again, "has finalized a deal …" and
 * "finalized a deal …"). Each stays in brief.json with its own evidence; the brief shows it once.
 */
function distinctClaims(claims: Claim[], actorName: ReadonlyMap<string, string>): Claim[] {
  const kept: { speaker: string; words: Set<string> }[] = [];
  return claims.filter((c) => {
    // (One actor named two ways, "the Tories" and "the Conservatives", is one speaker.)
    const speaker = c.speakerId ?? speakerOf(c, actorName);
    const words = wordSet(c.text);
    const repeats = kept.some((k) => {
      if (k.speaker !== speaker) return false;
      let shared = 0;
      for (const w of words) if (k.words.has(w)) shared++;
      return shared / (words.size + k.words.size - shared) >= NEAR_SAME;
    });
    if (!repeats) kept.push({ speaker, words });
    return !repeats;
  });
}

/** Word overlap (Jaccard) from which two claims of one speaker say the same. */
const NEAR_SAME = 0.8;

const STRIP_WIDTH = 640;
const STRIP_PAD = 48;
/** A generous width per character of the 10px label font (most glyphs are narrower). */
const LABEL_CHAR_WIDTH = 5.8;

/**
 * The timeline strip. Marks are spaced evenly in time order (not to scale, so
 * close dates stay readable) and labels alternate above and below the axis.
 */
function buildStrip(dates: DateView[], referenceMs: number | null): BriefView['strip'] {
  const points = dates.map((d) => ({ d, ms: valueStartMs(d.value) })).filter((p): p is { d: DateView; ms: number } => p.ms !== null);
  if (points.length === 0) return null;
  points.sort((a, b) => a.ms - b.ms);
  const height = 64;
  const axisY = height / 2;
  const step = points.length === 1 ? 0 : (STRIP_WIDTH - 2 * STRIP_PAD) / (points.length - 1);
  const xAt = (i: number): number => Math.round((points.length === 1 ? STRIP_WIDTH / 2 : STRIP_PAD + i * step) * 10) / 10;
  const marks = points.map((p, i) => {
    const above = i % 2 === 0;
    const x = xAt(i);
    // A long label at either end of the strip would be cut off by the page: it hangs inwards.
    const half = (p.d.label.length * LABEL_CHAR_WIDTH) / 2;
    const anchor: TimelineMark['anchor'] = x - half < 0 ? 'start' : x + half > STRIP_WIDTH ? 'end' : 'middle';
    const labelX = anchor === 'start' ? Math.max(0, x - 6) : anchor === 'end' ? Math.min(STRIP_WIDTH, x + 6) : x;
    return {
      id: p.d.id,
      x,
      label: p.d.label,
      anchor,
      labelX,
      upcoming: p.d.upcoming,
      inferred: p.d.inferred,
      above,
      labelY: above ? axisY - 14 : axisY + 22,
      tickY1: above ? axisY - 8 : axisY,
      tickY2: above ? axisY : axisY + 8,
    };
  });
  let now: { x: number } | null = null;
  if (referenceMs !== null) {
    // The reference time sits between the last mark before it and the first after it.
    const before = points.filter((p) => p.ms <= referenceMs).length;
    if (before === 0) now = { x: Math.max(8, xAt(0) - step / 2 || STRIP_PAD / 2) };
    else if (before === points.length) now = { x: Math.min(STRIP_WIDTH - 8, xAt(points.length - 1) + (step / 2 || STRIP_PAD / 2)) };
    else now = { x: Math.round(((xAt(before - 1) + xAt(before)) / 2) * 10) / 10 };
  }
  return { width: STRIP_WIDTH, height, axisY, marks, now };
}

/**
 * The dates a page keeps first: those nearest the article's own time, what a reader acts on (a
 * history piece would otherwise keep its five oldest). Without a known article time, time order.
 */
function rankDates(dates: DateItem[], referenceMs: number | null): DateItem[] {
  if (referenceMs === null) return dates;
  const distance = (d: DateItem): number => Math.abs(valueStartMs(d.value)! - referenceMs);
  return [...dates].sort((a, b) => distance(a) - distance(b));
}

/** Lower-priority items first; the order is part of the documented one-page contract. */
function buildDropOrder(brief: Brief, keyActors: Actor[], otherActors: Actor[], timeline: DateItem[], otherTimes: DateItem[]): string[] {
  const tail = <T extends { id: string }>(items: T[], keep: number): string[] => items.slice(keep).map((i) => i.id).reverse();
  return [
    ...otherTimes.map((d) => d.id).reverse(), // 1. durations and recurring times
    ...otherActors.map((a) => a.id).reverse(), // 2. passing mentions, least salient first
    ...tail(brief.claims, 6), // 3. claims beyond the sixth
    ...tail(timeline, 5), // 4. dates beyond the fifth
    ...tail(brief.questions, 4), // 5. questions beyond the fourth
    ...tail(keyActors, 5), // 6. key actors beyond the fifth
    ...tail(brief.claims.slice(0, 6), 3), // 7. claims beyond the third
    ...tail(brief.questions.slice(0, 4), 2), // 8. questions beyond the second
    ...tail(timeline.slice(0, 5), 3), // 9. dates beyond the third
    ...tail(keyActors.slice(0, 5), 3), // 10. key actors beyond the third
    ...tail(brief.claims.slice(0, 3), 1), // 11. all but the first claim, question, date and actor
    ...tail(brief.questions.slice(0, 2), 1),
    ...tail(timeline.slice(0, 3), 1),
    ...tail(keyActors.slice(0, 3), 1),
  ];
}

function fileTimeNote(brief: Brief): string {
  return `article date unknown: relative dates read from the file's date, ${formatDateValue(brief.referenceTime.slice(0, 10))}`;
}

export function buildView(brief: Brief): BriefView {
  // Read against the file's time only, "upcoming" would mean "after the file was saved": not shown.
  const fileTime = brief.messages.some((m) => m.ruleId === 'reference-from-mtime');
  const referenceMs = fileTime ? null : valueStartMs(brief.referenceTime.slice(0, 16));
  const actorName = new Map(brief.actors.map((a) => [a.id, a.name]));
  const keyActors = brief.actors.filter((a) => a.key);
  const otherActors = brief.actors.filter((a) => !a.key);
  // The timeline holds what has a calendar position and says what happens then; durations, sets,
  // vague references ("now") and dates no event was found for are listed apart.
  const onCalendar = (d: DateItem): boolean => (d.kind === 'date' || d.kind === 'time') && valueStartMs(d.value) !== null && !!d.event;
  const timelineDates = brief.dates.filter(onCalendar).sort((a, b) => valueStartMs(a.value)! - valueStartMs(b.value)!);
  // "Now", "recently", "in the future" (PRESENT_REF, PAST_REF, FUTURE_REF) are in brief.json, but
  // pin nothing a reader can act on.
  const unplaced = brief.dates.filter((d) => !onCalendar(d) && !/_REF$/.test(d.value));
  const { entries: timeline, joined } = groupTimeline(timelineDates, unplaced, referenceMs);
  const otherTimes = unplaced.filter((d) => !joined.includes(d));
  const actorView = (a: Actor): ActorView => ({ id: a.id, name: a.name, type: a.type, role: a.role, aliases: a.aliases, key: a.key });
  return {
    title: headingOf(brief.article),
    outlet: brief.article.outlet,
    byline: brief.article.byline,
    url: brief.article.url,
    published: formatTimestamp(brief.article.publishedAt, brief.article.provenance['publishedAt']?.raw ?? undefined),
    updated: formatTimestamp(brief.article.updatedAt, brief.article.provenance['updatedAt']?.raw ?? undefined),
    reference: formatTimestamp(brief.referenceTime, brief.referenceTime === brief.article.publishedAt ? brief.article.provenance['publishedAt']?.raw ?? undefined : undefined),
    sourceName: brief.source.path.split(/[\\/]/).pop() ?? '',
    sourceDigest: brief.source.sha256.slice(0, 12),
    summary: brief.summary.map((s) => ({ text: oneLine(s.text) })),
    keyActors: keyActors.map(actorView),
    otherActors: otherActors.map(actorView),
    claims: distinctClaims(brief.claims, actorName).map((c) => ({
      id: c.id,
      text: oneLine(c.text),
      kind: c.kind,
      direct: c.kind === 'direct',
      speaker: speakerOf(c, actorName),
      cue: c.cue !== null && !NEUTRAL_CUE.test(c.cue) ? c.cue : null,
      hedged: c.hedged,
      source: oneLine(c.evidence.map((e) => e.quote).join(' … ')),
    })),
    questions: brief.questions.map((q) => ({ id: q.id, text: oneLine(q.text), basis: BASIS_LABELS[q.basis], source: oneLine(q.evidence.map((e) => e.quote).join(' … ')) })),
    timeline,
    timelineHeading: fileTime ? `Timeline (${fileTimeNote(brief)})` : 'Timeline',
    timelineNote: fileTime ? fileTimeNote(brief) : null,
    bodyNote: brief.messages.find((m) => m.ruleId === 'teaser-or-paywall' || m.ruleId === 'not-english')?.reason ?? null,
    otherTimes: otherTimes.map((d) => toDateView(d, referenceMs)),
    strip: buildStrip(timeline, referenceMs),
    // A date that only repeats an entry's day goes with the durations, first.
    dropOrder: buildDropOrder(brief, keyActors, otherActors, rankDates(timelineDates, referenceMs), [...joined, ...otherTimes]),
    counts: { actors: brief.actors.length, claims: brief.claims.length, questions: brief.questions.length, dates: brief.dates.length },
  };
}

/**
 * The view without the items of `ids`, as the one-page PDF and a trimmed email
 * show it once they are left out: every element of theirs goes (strip marks
 * too), and what is not an item (the counts, the strip's axis) stays as it was.
 */
export function viewWithout(view: BriefView, ids: ReadonlySet<string>): BriefView {
  const keep = <T extends { id: string }>(items: T[]): T[] => items.filter((i) => !ids.has(i.id));
  return {
    ...view,
    keyActors: keep(view.keyActors),
    otherActors: keep(view.otherActors),
    claims: keep(view.claims),
    questions: keep(view.questions),
    timeline: keep(view.timeline).map((d) => ({ ...d, more: d.more.filter((m) => !ids.has(m.id)) })),
    otherTimes: keep(view.otherTimes),
    strip: view.strip && { ...view.strip, marks: keep(view.strip.marks) },
    dropOrder: view.dropOrder.filter((id) => !ids.has(id)),
  };
}
