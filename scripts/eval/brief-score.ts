// Scores a generated brief against a hand-annotated gold brief, as GOLD.md's "Scoring" section
// defines it. Pure: no files, no clock. Every figure is kept as a ratio of counts so that the
// runner can pool them over articles (micro-average) instead of averaging per-article ratios.
import { z } from 'zod';
import type { Actor, Brief, Claim, Evidence } from '../../src/brief/model.js';

// ---------------------------------------------------------------------------------------------
// Gold format

const ActorTypeValues = ['person', 'organization', 'country', 'place', 'group', 'other'] as const;

export const GoldBriefSchema = z.object({
  id: z.string(),
  input: z.string(),
  format: z.enum(['text', 'html']),
  published: z.string(),
  title: z.string().nullable().describe("null for an article without a headline"),
  actors: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()),
      type: z.enum(ActorTypeValues),
      key: z.boolean(),
      role: z.string(),
    }),
  ),
  claims: z.array(z.object({ speaker: z.string(), anchor: z.string(), kind: z.enum(['direct', 'reported']) })),
  dates: z.array(z.object({ text: z.string(), value: z.string(), about: z.string() })),
  uncertainties: z.array(z.object({ anchor: z.string(), about: z.string() })),
});
export type GoldBrief = z.infer<typeof GoldBriefSchema>;
export type GoldActor = GoldBrief['actors'][number];

/** The parts of a brief the scorer reads; a full `Brief` fits, and so does the baseline's. */
export type ScoredBrief = Pick<Brief, 'article' | 'summary' | 'actors' | 'claims' | 'questions' | 'dates'>;

// ---------------------------------------------------------------------------------------------
// Names

/**
 * GOLD.md: "Names are compared case-insensitively after folding accents, punctuation and a
 * leading 'the'". Dots and apostrophes are deleted (U.S. = US, O'Neill = ONeill) because they sit
 * inside words; every other punctuation or symbol becomes a space (secretary-general = secretary
 * general), then whitespace is collapsed and one leading "the" dropped.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'’‘`´]/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

function tokens(s: string): string[] {
  const n = normaliseName(s);
  return n === '' ? [] : n.split(' ');
}

/** Token F1 between two strings (multiset overlap of normalised tokens). */
export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

// Titles and honorifics stripped before taking a surname ("Mr Eddington", "Lord Butler",
// "Lt. Col. Alexander Vindman"), and generational suffixes after it ("Carlineo Jr.").
const HONORIFICS = new Set(
  (
    'mr mrs ms miss mx dr sir dame lord lady baron baroness prof professor rev reverend father ' +
    'president vice prime minister secretary chancellor senator sen rep representative congressman ' +
    'congresswoman gov governor mayor judge justice ambassador gen general lt col colonel capt ' +
    'captain maj major sgt sergeant adm admiral cmdr commander chief king queen prince princess pope'
  ).split(' '),
);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The tokens of a person's name without leading titles and trailing suffixes. */
function personTokens(form: string): string[] {
  const t = tokens(form);
  let first = 0;
  while (first < t.length - 1 && HONORIFICS.has(t[first]!)) first++;
  let last = t.length - 1;
  while (last > first && SUFFIXES.has(t[last]!)) last--;
  return t.slice(first, last + 1);
}

/** A gold actor prepared for matching. */
export interface GoldActorIndex {
  actor: GoldActor;
  /** Normalised name and aliases. */
  forms: Set<string>;
  /** For persons whose surname no other gold person shares: that surname; else null. */
  surname: string | null;
  /** Normalised tokens of the name and aliases other than the surname (given names). */
  givenTokens: Set<string>;
}

/** Indexes the gold actors: normalised forms, and the surnames that are unique among persons. */
export function indexGoldActors(actors: readonly GoldActor[]): GoldActorIndex[] {
  const surnameOf = (a: GoldActor): string | null => (a.type === 'person' ? (personTokens(a.name).at(-1) ?? null) : null);
  const surnameCount = new Map<string, number>();
  for (const a of actors) {
    const s = surnameOf(a);
    if (s !== null) surnameCount.set(s, (surnameCount.get(s) ?? 0) + 1);
  }
  return actors.map((actor) => {
    const forms = new Set([actor.name, ...actor.aliases].map(normaliseName).filter((f) => f !== ''));
    const s = surnameOf(actor);
    const surname = s !== null && surnameCount.get(s) === 1 ? s : null;
    const givenTokens = new Set<string>();
    for (const f of [actor.name, ...actor.aliases]) for (const t of personTokens(f)) if (t !== surname) givenTokens.add(t);
    return { actor, forms, surname, givenTokens };
  });
}

export type ActorMatchKind = 'exact' | 'surname';

/**
 * Does one name form match a gold actor? "predicted name or alias equals a gold name or alias;
 * for persons a unique surname match also counts". Our reading of the surname rule: the gold
 * actor is a person whose surname (last token of the name, titles and Jr./Sr. removed) no other
 * gold person has; the predicted form, with titles and suffixes removed, ends in that surname;
 * and any other tokens it has (given names) occur in the gold name or aliases, or are initials
 * of them. So "Eddington", "Mr Eddington" and "R. Eddington" match gold "Rod Eddington", while
 * "Robert Eddington" does not, and "Biden" matches neither Joe nor Hunter Biden.
 */
export function matchNameForm(form: string, gold: GoldActorIndex): ActorMatchKind | null {
  const n = normaliseName(form);
  if (n === '') return null;
  if (gold.forms.has(n)) return 'exact';
  if (gold.surname === null) return null;
  const t = personTokens(form);
  if (t.at(-1) !== gold.surname) return null;
  const given = t.slice(0, -1);
  const initials = new Set([...gold.givenTokens].map((g) => g[0]));
  const fits = given.every((g) => gold.givenTokens.has(g) || (g.length === 1 && initials.has(g)));
  return fits ? 'surname' : null;
}

/** The gold actors that a predicted actor (its name or any alias) matches, exact matches first. */
export function matchActor(pred: Pick<Actor, 'name' | 'aliases'>, golds: readonly GoldActorIndex[]): GoldActorIndex[] {
  const exact: GoldActorIndex[] = [];
  const surname: GoldActorIndex[] = [];
  for (const g of golds) {
    const kinds = [pred.name, ...pred.aliases].map((f) => matchNameForm(f, g));
    if (kinds.includes('exact')) exact.push(g);
    else if (kinds.includes('surname')) surname.push(g);
  }
  return [...exact, ...surname];
}

// ---------------------------------------------------------------------------------------------
// Spans and anchors

export interface Span {
  start: number;
  end: number;
}

const DOUBLE_QUOTES = /[“”„‟″〝〞＂]/;
const SINGLE_QUOTES = /[‘’‚‛′`]/;

/**
 * Folds whitespace runs to one space and curly quotes to straight ones, keeping for each folded
 * character the offset of the original character it came from.
 */
export function foldForSearch(s: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      if (folded.endsWith(' ')) continue;
      folded += ' ';
    } else if (DOUBLE_QUOTES.test(c)) folded += '"';
    else if (SINGLE_QUOTES.test(c)) folded += "'";
    else folded += c;
    offsets.push(i);
  }
  return { folded, offsets };
}

/** Every occurrence of `anchor` in `text`, as offsets into `text` (whitespace and quotes folded). */
export function findAnchor(text: string, anchor: string): Span[] {
  return findFolded(foldForSearch(text), anchor);
}

function findFolded(hay: { folded: string; offsets: number[] }, anchor: string): Span[] {
  const needle = foldForSearch(anchor.trim()).folded;
  if (needle === '') return [];
  const spans: Span[] = [];
  for (let i = hay.folded.indexOf(needle); i >= 0; i = hay.folded.indexOf(needle, i + 1)) {
    spans.push({ start: hay.offsets[i]!, end: hay.offsets[i + needle.length - 1]! + 1 });
  }
  return spans;
}

/** Is this evidence true to the text: in bounds and `quote === text.slice(start, end)`? */
export function isValidEvidence(e: Evidence, text: string): boolean {
  return (
    Number.isInteger(e.start) &&
    Number.isInteger(e.end) &&
    e.start >= 0 &&
    e.start <= e.end &&
    e.end <= text.length &&
    e.quote === text.slice(e.start, e.end)
  );
}

/**
 * Does one evidence span contain an anchor occurrence? By offsets when the evidence is valid; when
 * it is not (an invariant violation, counted separately), by a folded substring test on its quote,
 * so a broken offset does not also cost recall.
 */
function evidenceContains(e: Evidence, text: string, anchorSpans: readonly Span[], anchor: string): boolean {
  if (isValidEvidence(e, text)) return anchorSpans.some((a) => e.start <= a.start && a.end <= e.end);
  return findFolded(foldForSearch(e.quote), anchor).length > 0;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

// ---------------------------------------------------------------------------------------------
// Dates

/** GOLD.md: "`2004-Q4` or its month interval `2004-10/2004-12` score as equal". */
export function canonicalDateValue(value: string): string {
  const quarter = (side: string, end: boolean): string => {
    const m = /^(\d{4})-Q([1-4])$/i.exec(side);
    if (m === null) return side;
    const q = Number(m[2]);
    const month = end ? 3 * q : 3 * q - 2;
    return `${m[1]}-${String(month).padStart(2, '0')}`;
  };
  const v = value.trim();
  const parts = v.split('/');
  if (parts.length === 1) {
    if (/^\d{4}-Q[1-4]$/i.test(v)) return `${quarter(v, false)}/${quarter(v, true)}`;
    return v;
  }
  if (parts.length === 2) return `${quarter(parts[0]!, false)}/${quarter(parts[1]!, true)}`;
  return v;
}

// ---------------------------------------------------------------------------------------------
// Scoring

export interface Ratio {
  num: number;
  den: number;
}

export interface BriefCounts {
  /** Key gold actors matched / key gold actors. */
  keyActorRecall: Ratio;
  /** Predicted actors matching any gold actor / predicted actors. */
  actorPrecision: Ratio;
  /** Matched key gold actors whose best predicted actor the brief shows as key / matched key gold actors. */
  keyFlagRecall: Ratio;
  /** Predicted key actors that match a key gold actor / predicted key actors that match any gold actor. */
  keyFlagPrecision: Ratio;
  /** Matched gold actors whose best predicted actor has the gold type / matched gold actors. */
  actorType: Ratio;
  /** Matched gold persons with a non-empty gold role whose predicted role has token F1 >= 0.5. */
  actorRole: Ratio;
  /** Gold claims whose anchor lies inside some predicted claim's evidence / gold claims. */
  claimRecall: Ratio;
  /** Recalled gold claims with the right speaker / recalled gold claims. */
  claimSpeaker: Ratio;
  /** Recalled with the right speaker / all gold claims. */
  claimRightSpeaker: Ratio;
  /** Predicted claims with a speaker whose evidence contains some gold anchor / such claims. */
  claimPrecision: Ratio;
  /** Predicted questions whose evidence overlaps an uncertainty anchor / predicted questions. */
  questionPrecision: Ratio;
  /** Uncertainty anchors overlapped by some predicted question's evidence / uncertainties. */
  questionRecall: Ratio;
  /** Of each brief's first three questions (what a one-page brief surely keeps), those grounded / such questions. */
  questionTop3Precision: Ratio;
  /** Gold dates whose value some predicted calendar date (kind date|time, not *_REF) has / gold dates. */
  dateRecall: Ratio;
  /** Predicted calendar dates (kind date|time, not *_REF) whose value some gold date has / such dates. */
  datePrecision: Ratio;
  /** Articles whose title equals the gold title (normalised) / articles with a headline. */
  title: Ratio;
  /** Headline-less articles (gold title null) whose brief says they have no headline / such articles. */
  noHeadline: Ratio;
  /** HTML articles whose publishedAt is the gold publication instant / HTML articles (text ones are given it). */
  publishedHtml: Ratio;
  /** Evidence objects that break `quote === text.slice(start, end)` / all evidence objects. */
  evidenceViolations: Ratio;
}

export interface WrongSpeaker {
  anchor: string;
  gold: string;
  predicted: string | null;
}

/** What went wrong in one article, for tuning (printed by `--verbose`). */
export interface BriefMisses {
  missedKeyActors: string[];
  /** Key gold actors the brief has but files under "also mentioned". */
  keyNotShownAsKey: string[];
  /** Actors the brief shows as key that gold does not call key. */
  keyNotKey: string[];
  falsePositiveActors: string[];
  wrongTypes: string[];
  wrongRoles: string[];
  missedClaims: string[];
  wrongSpeakers: WrongSpeaker[];
  unmatchedClaims: string[];
  missedDates: string[];
  falseDates: string[];
  missedUncertainties: string[];
  ungroundedQuestions: string[];
  /** Gold anchors (claims and uncertainties) not found in the clean text: ingest dropped text. */
  anchorsNotInText: string[];
  evidenceViolations: string[];
}

export interface BriefScore {
  counts: BriefCounts;
  misses: BriefMisses;
  /** Whether each of the brief's questions, in order, overlaps an uncertainty anchor (for per-rule figures). */
  questionsGrounded: boolean[];
}

const ratio = (num: number, den: number): Ratio => ({ num, den });

export function emptyCounts(): BriefCounts {
  const zero = (): Ratio => ratio(0, 0);
  return {
    keyActorRecall: zero(),
    actorPrecision: zero(),
    keyFlagRecall: zero(),
    keyFlagPrecision: zero(),
    actorType: zero(),
    actorRole: zero(),
    claimRecall: zero(),
    claimSpeaker: zero(),
    claimRightSpeaker: zero(),
    claimPrecision: zero(),
    questionPrecision: zero(),
    questionRecall: zero(),
    questionTop3Precision: zero(),
    dateRecall: zero(),
    datePrecision: zero(),
    title: zero(),
    noHeadline: zero(),
    publishedHtml: zero(),
    evidenceViolations: zero(),
  };
}

/** Pools counts over articles: the micro-average. Works for any record of ratios. */
export function addCounts<K extends string>(a: Record<K, Ratio>, b: Record<K, Ratio>): Record<K, Ratio> {
  const out = { ...a };
  for (const k of Object.keys(a) as K[]) out[k] = ratio(a[k].num + b[k].num, a[k].den + b[k].den);
  return out;
}

/** num / den, or null when there is nothing to measure. */
export function rate(r: Ratio): number | null {
  return r.den === 0 ? null : r.num / r.den;
}

export function f1(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Every Evidence object in the brief, labelled with where it sits. */
export function listEvidence(brief: ScoredBrief): { where: string; evidence: Evidence }[] {
  const out: { where: string; evidence: Evidence }[] = [];
  brief.summary.forEach((s, i) => s.evidence.forEach((e) => out.push({ where: `summary[${i}]`, evidence: e })));
  for (const a of brief.actors) for (const e of a.mentions) out.push({ where: `actor ${a.id}`, evidence: e });
  for (const c of brief.claims) for (const e of c.evidence) out.push({ where: `claim ${c.id}`, evidence: e });
  for (const q of brief.questions) for (const e of q.evidence) out.push({ where: `question ${q.id}`, evidence: e });
  for (const d of brief.dates) for (const e of d.evidence) out.push({ where: `date ${d.id}`, evidence: e });
  return out;
}

/**
 * Does a predicted speaker name the gold speaker? When the gold speaker is a gold actor, the
 * predicted speaker string (or the name of the actor its `speakerId` points to) must match that
 * actor by name/alias or by the unique-surname rule. When it is a description of an unnamed source
 * ("officials"), GOLD.md says nothing more, so we accept normalised equality or token F1 >= 0.5.
 */
export function speakerMatches(
  claim: Pick<Claim, 'speaker' | 'speakerId'>,
  goldSpeaker: string,
  golds: readonly GoldActorIndex[],
  predActors: readonly Pick<Actor, 'id' | 'name'>[],
): boolean {
  const forms: string[] = [];
  if (claim.speaker !== null) forms.push(claim.speaker);
  const byId = claim.speakerId === null ? undefined : predActors.find((a) => a.id === claim.speakerId);
  if (byId !== undefined) forms.push(byId.name);
  if (forms.length === 0) return false;
  const g = normaliseName(goldSpeaker);
  const actor = golds.find((x) => normaliseName(x.actor.name) === g) ?? golds.find((x) => x.forms.has(g));
  if (actor !== undefined) return forms.some((f) => matchNameForm(f, actor) !== null);
  return forms.some((f) => normaliseName(f) === g || tokenF1(f, goldSpeaker) >= 0.5);
}

/**
 * The predicted dates that claim a calendar point: kind date or time, minus TimeML's reference
 * values (PRESENT_REF, PAST_REF, FUTURE_REF), which say "no calendar value" as a duration would;
 * GOLD.md's dates are only expressions that resolve to a calendar point or interval.
 */
const isCalendarDate = (d: { kind: string; value: string }): boolean =>
  (d.kind === 'date' || d.kind === 'time') && !/_REF$/.test(d.value.trim());

/** Scores one brief against its gold brief. Gold anchors are searched in `brief.article.text`. */
export function scoreBrief(gold: GoldBrief, brief: ScoredBrief): BriefScore {
  const text = brief.article.text;
  const hay = foldForSearch(text);
  const golds = indexGoldActors(gold.actors);
  const c = emptyCounts();
  const m: BriefMisses = {
    missedKeyActors: [],
    keyNotShownAsKey: [],
    keyNotKey: [],
    falsePositiveActors: [],
    wrongTypes: [],
    wrongRoles: [],
    missedClaims: [],
    wrongSpeakers: [],
    unmatchedClaims: [],
    missedDates: [],
    falseDates: [],
    missedUncertainties: [],
    ungroundedQuestions: [],
    anchorsNotInText: [],
    evidenceViolations: [],
  };

  // Actors. For type and role, each matched gold actor is judged on its best predicted actor:
  // an exact name/alias match before a surname match, then the first in brief order.
  const best = new Map<GoldActorIndex, { actor: Actor; kind: ActorMatchKind }>();
  for (const p of brief.actors) {
    const matched = matchActor(p, golds);
    c.actorPrecision.den++;
    if (matched.length > 0) c.actorPrecision.num++;
    else m.falsePositiveActors.push(p.name);
    for (const g of matched) {
      const kind: ActorMatchKind = [p.name, ...p.aliases].some((f) => matchNameForm(f, g) === 'exact') ? 'exact' : 'surname';
      const prev = best.get(g);
      if (prev === undefined || (prev.kind === 'surname' && kind === 'exact')) best.set(g, { actor: p, kind });
    }
  }
  for (const p of brief.actors) {
    if (!p.key) continue;
    const matched = matchActor(p, golds);
    if (matched.length === 0) continue;
    c.keyFlagPrecision.den++;
    if (matched.some((g) => g.actor.key)) c.keyFlagPrecision.num++;
    else m.keyNotKey.push(p.name);
  }
  for (const g of golds) {
    const hit = best.get(g);
    if (g.actor.key) {
      c.keyActorRecall.den++;
      if (hit !== undefined) c.keyActorRecall.num++;
      else m.missedKeyActors.push(g.actor.name);
      if (hit !== undefined) {
        c.keyFlagRecall.den++;
        if (hit.actor.key) c.keyFlagRecall.num++;
        else m.keyNotShownAsKey.push(g.actor.name);
      }
    }
    if (hit === undefined) continue;
    c.actorType.den++;
    if (hit.actor.type === g.actor.type) c.actorType.num++;
    else m.wrongTypes.push(`${g.actor.name}: ${hit.actor.type} (gold ${g.actor.type})`);
    if (g.actor.type === 'person' && g.actor.role.trim() !== '') {
      c.actorRole.den++;
      const predicted = hit.actor.role ?? '';
      if (tokenF1(predicted, g.actor.role) >= 0.5) c.actorRole.num++;
      else m.wrongRoles.push(`${g.actor.name}: "${predicted}" (gold "${g.actor.role}")`);
    }
  }

  // Claims.
  const anchorSpans = gold.claims.map((gc) => findFolded(hay, gc.anchor));
  gold.claims.forEach((gc, i) => {
    const spans = anchorSpans[i]!;
    c.claimRecall.den++;
    c.claimRightSpeaker.den++;
    if (spans.length === 0) {
      // GOLD.md: an anchor the clean text does not hold counts as missed.
      m.anchorsNotInText.push(`claim: ${gc.anchor}`);
      m.missedClaims.push(gc.anchor);
      return;
    }
    const containing = brief.claims.filter((pc) => pc.evidence.some((e) => evidenceContains(e, text, spans, gc.anchor)));
    if (containing.length === 0) {
      m.missedClaims.push(gc.anchor);
      return;
    }
    c.claimRecall.num++;
    c.claimSpeaker.den++;
    // The claim judged for the speaker: one with a speaker if any, then the tightest evidence.
    const judged = [...containing].sort(
      (a, b) => Number(a.speaker === null) - Number(b.speaker === null) || evidenceLength(a) - evidenceLength(b),
    )[0]!;
    if (speakerMatches(judged, gc.speaker, golds, brief.actors)) {
      c.claimSpeaker.num++;
      c.claimRightSpeaker.num++;
    } else m.wrongSpeakers.push({ anchor: gc.anchor, gold: gc.speaker, predicted: judged.speaker });
  });
  for (const pc of brief.claims) {
    if (pc.speaker === null) continue;
    c.claimPrecision.den++;
    const hit = gold.claims.some((gc, i) => pc.evidence.some((e) => evidenceContains(e, text, anchorSpans[i]!, gc.anchor)));
    if (hit) c.claimPrecision.num++;
    else m.unmatchedClaims.push(`${pc.speaker}: ${pc.evidence[0]?.quote ?? pc.text}`);
  }

  // Dates.
  const predicted = brief.dates.filter(isCalendarDate);
  const predictedValues = new Set(predicted.map((d) => canonicalDateValue(d.value)));
  const goldValues = new Set(gold.dates.map((d) => canonicalDateValue(d.value)));
  for (const gd of gold.dates) {
    c.dateRecall.den++;
    if (predictedValues.has(canonicalDateValue(gd.value))) c.dateRecall.num++;
    else m.missedDates.push(`${gd.text} = ${gd.value}`);
  }
  for (const pd of predicted) {
    c.datePrecision.den++;
    if (goldValues.has(canonicalDateValue(pd.value))) c.datePrecision.num++;
    else m.falseDates.push(`${pd.text} = ${pd.value}`);
  }

  // Questions: a question and an uncertainty meet when the question's evidence overlaps the
  // anchor's position; that one relation serves both grounded precision and recall.
  const uncertaintySpans = gold.uncertainties.map((u) => {
    const spans = findFolded(hay, u.anchor);
    if (spans.length === 0) m.anchorsNotInText.push(`uncertainty: ${u.anchor}`);
    return spans;
  });
  const touches = (q: (typeof brief.questions)[number], spans: readonly Span[]): boolean =>
    q.evidence.some((e) => isValidEvidence(e, text) && spans.some((s) => overlaps(e, s)));
  const questionsGrounded = brief.questions.map((q) => uncertaintySpans.some((spans) => touches(q, spans)));
  brief.questions.forEach((q, i) => {
    c.questionPrecision.den++;
    if (questionsGrounded[i]) c.questionPrecision.num++;
    else m.ungroundedQuestions.push(q.text);
    if (i < 3) {
      c.questionTop3Precision.den++;
      if (questionsGrounded[i]) c.questionTop3Precision.num++;
    }
  });
  gold.uncertainties.forEach((u, i) => {
    c.questionRecall.den++;
    if (brief.questions.some((q) => touches(q, uncertaintySpans[i]!))) c.questionRecall.num++;
    else m.missedUncertainties.push(u.anchor);
  });

  // Title and the evidence invariant.
  // GOLD.md: an article without a headline is left out of title accuracy; whether the brief
  // says it has none (title null) is its own figure.
  const title = brief.article.title as string | null;
  if (gold.title === null) c.noHeadline = ratio(title === null ? 1 : 0, 1);
  else c.title = ratio(title !== null && normaliseName(title) === normaliseName(gold.title) ? 1 : 0, 1);
  if (gold.format === 'html') {
    const stated = brief.article.publishedAt ? Date.parse(brief.article.publishedAt) : NaN;
    c.publishedHtml = ratio(stated === Date.parse(gold.published) ? 1 : 0, 1);
  }
  for (const { where, evidence } of listEvidence(brief)) {
    c.evidenceViolations.den++;
    if (!isValidEvidence(evidence, text)) {
      c.evidenceViolations.num++;
      m.evidenceViolations.push(`${where} [${evidence.start}, ${evidence.end}) ${JSON.stringify(evidence.quote.slice(0, 40))}`);
    }
  }

  return { counts: c, misses: m, questionsGrounded };
}

function evidenceLength(claim: Claim): number {
  return claim.evidence.reduce((n, e) => n + Math.max(0, e.end - e.start), 0);
}
