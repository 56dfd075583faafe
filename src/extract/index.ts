// Article → Brief parts. Pure: the reference time and the article come in,
// nothing here reads files, the clock or the network.
import type { Article, Brief, DateEnd, DateItem, Message } from '../brief/model.js';
import { buildActorDrafts, finishActors, type ActorDraft } from './actors/index.js';
import { extractClaimDrafts, finishClaims } from './claims/index.js';
import { extractDates } from './dates/index.js';
import { type DateLocale, inferDateLocale } from './dates/locale.js';
import type { FoundDate } from './dates/types.js';
import { ENGLISH_SHARE, englishShare } from './language.js';
import { analyseText } from './nlp.js';
import { extractQuestions, rankQuestionDrafts, traceRefusals, type QuestionsInput } from './questions/index.js';
import { extractSummary } from './summary/index.js';

export type Extraction = Pick<Brief, 'summary' | 'actors' | 'claims' | 'questions' | 'dates' | 'messages'>;

/** A date read from the page header (e.g. "Posted 2 hours ago") rather than the body. */
export interface HeaderDate {
  text: string;
  value: string;
  event: string;
}

export interface ExtractOptions {
  /** ISO 8601 time that relative expressions resolve against. */
  referenceTime: string;
  /** Dates from the page header, shown on the timeline with origin "metadata". */
  headerDates?: HeaderDate[];
  /** How numeric dates are read; by default from the article's language tag or spelling. */
  locale?: DateLocale;
}

export function extractBrief(article: Article, options: ExtractOptions): Extraction {
  const { analysis, actors, claims, found, questionsInput } = readParts(article, options);
  const questions = extractQuestions(questionsInput);
  const messages: Message[] = [];
  const dates = toDateItems(found, options.headerDates ?? [], messages);
  const summary = extractSummary(analysis);
  // (Twenty words are enough to warn; the actors' filter waits for forty before it drops names.)
  const { words, share } = englishShare(analysis);
  if (words >= 20 && share < ENGLISH_SHARE) {
    messages.push({
      severity: 'warning',
      source: 'extract',
      ruleId: 'not-english',
      reason: `the text does not read as English (${Math.round(share * 100)}% of its words are common English function words; English runs at 16% or more): actors, claims, questions and dates are read by English grammar, so few or none are given`,
      position: null,
    });
  }
  if (summary.length === 0)
    messages.push({ severity: 'warning', source: 'extract', ruleId: 'no-summary', reason: 'no sentence fit for a bottom line was found', position: null });
  return { summary, actors, claims, questions, dates, messages };
}

/** The name of the rule that asked each of the brief's questions, in the brief's order: the eval's per-rule figures. */
export function traceQuestionRules(article: Article, options: ExtractOptions): string[] {
  return rankQuestionDrafts(readParts(article, options).questionsInput).map((d) => d.rule ?? 'unknown');
}

/** Sentences where a question cue fires but no question is phrased, with the first cause noted: the eval's `--why` tally. */
export function traceUnphrased(article: Article, options: ExtractOptions): { start: number; end: number; cause: string }[] {
  return traceRefusals(readParts(article, options).questionsInput).map(({ sentence, cause }) => ({ start: sentence.start, end: sentence.end, cause }));
}

/** What the questions stage reads (the sentences, actors, claims and dates): the eval's sentence figures. */
export function readQuestionsInput(article: Article, options: ExtractOptions): QuestionsInput {
  return readParts(article, options).questionsInput;
}

/** Actors, claims and dates: what the questions are read against. */
function readParts(article: Article, options: ExtractOptions) {
  const analysis = analyseText(article.text);
  const drafts = buildActorDrafts(analysis);
  const claimDrafts = extractClaimDrafts(analysis, drafts, { byline: article.byline });
  const speakers = new Map<ActorDraft, number>();
  for (const c of claimDrafts) if (c.speaker) speakers.set(c.speaker, (speakers.get(c.speaker) ?? 0) + 1);
  const { actors, idOf } = finishActors(analysis, drafts, speakers, { title: article.title });
  const claims = finishClaims(analysis, claimDrafts, idOf);
  const found = extractDates(analysis, { referenceTime: options.referenceTime, locale: options.locale ?? inferDateLocale(article) });
  const questionsInput: QuestionsInput = { analysis, dates: found, claims, actors, referenceTime: options.referenceTime };
  return { analysis, actors, claims, found, questionsInput };
}

function toDateEnd(d: FoundDate): DateEnd {
  return {
    text: d.text,
    value: d.value,
    ...(d.timeml && d.timeml.value !== d.value ? { timex: d.timeml.value } : {}),
    evidence: { start: d.start, end: d.end, quote: d.text },
  };
}

function toDateItems(found: FoundDate[], header: HeaderDate[], messages: Message[]): DateItem[] {
  const items: DateItem[] = [];
  for (const h of header)
    items.push({ id: '', text: h.text, kind: 'time', value: h.value, certainty: 'relative', event: h.event, origin: 'metadata', evidence: [] });
  for (const d of found) {
    // "now", "recently", "in the future" (PRESENT_REF, PAST_REF, FUTURE_REF) are kept, as every
    // temporal expression is; the view leaves them off the page.
    items.push({
      id: '',
      text: d.text,
      kind: d.kind,
      value: d.value,
      ...(d.timeml && d.timeml.value !== d.value ? { timex: d.timeml.value } : {}),
      certainty: d.certainty,
      event: d.event,
      origin: 'text',
      evidence: [{ start: d.start, end: d.end, quote: d.text }],
      ...(d.parts?.length === 2 ? { ends: d.parts.map(toDateEnd) } : {}),
    });
    if (d.certainty === 'inferred')
      messages.push({ severity: 'info', source: 'dates', ruleId: 'year-inferred', reason: `the year of "${d.text}" is not stated; ${d.value} is a guess`, position: { start: d.start, end: d.end } });
  }
  return items.map((d, i) => ({ ...d, id: `d${i + 1}` }));
}
