// Scores a brief's claims against PolNeAR attributions (../shared/eval/README.md, section 7,
// "Measured: newsbrief extract on dev"). Pure: a record and a brief in, counts out.
//
// - The brief's article.text is aligned onto the record's text on non-whitespace characters
//   (align-text.ts); claim evidence is read through that alignment.
// - A gold attribution is *recalled* when the evidence of one predicted claim covers at least 30 %
//   of its content's characters (the content's `parts` when present; whitespace not counted).
// - A predicted claim is *correct* when its evidence overlaps the content of some gold attribution
//   (of the gold subset being scored).
// - *Source accuracy* is over recalled attributions with a gold source, judged on the claim that
//   covers most of the content: right when a predicted speaker name (claim.speaker, and the name
//   and aliases of the actor claim.speakerId points to) shares a word with the gold source, or,
//   for a gold source that is a pronoun or a description, with the nearest named gold source
//   before it. Words that name no one do not count: titles, honorifics, party words, pronouns,
//   articles and other function words; a predicted name equal to the whole gold source does
//   ("Democrats"). The gold source is cut before an apposition ("Erin Murphy, a former Clinton
//   aide" → "Erin Murphy"), or to the apposition when that is the name ("A lawyer for the
//   outlets, David Schulz," → "David Schulz"). A source is *named* when its last word is
//   capitalised and not such a word ("Mr. McGinley" is named, "The Indiana governor" is not).
//   "Name only" counts the first rule alone.
import { z } from 'zod';
import type { Brief } from '../../src/brief/model.js';
import { alignText, isTextChar, mapSpan } from './align-text.js';

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const QUOTE_KINDS = ['direct', 'mixed', 'indirect'] as const;
export const CUE_CLASSES = ['speech', 'internal', 'other'] as const;

const AttributionSchema = z.object({
  id: z.string(),
  source: SpanSchema.nullable(),
  cue: SpanSchema.nullable(),
  content: SpanSchema.extend({ parts: z.array(SpanSchema).optional() }),
  // (One train attribution has no cue, hence no cue class.)
  derived: z.object({ quote: z.enum(QUOTE_KINDS), cue_class: z.enum(CUE_CLASSES).nullable() }),
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const PolnearRecordSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  published: z.string(),
  title: z.string(),
  text: z.string(),
  attributions: z.array(AttributionSchema),
});
export type PolnearRecord = z.infer<typeof PolnearRecordSchema>;

/** What the scorer reads from a brief. `title` may be null in later product versions; it is not read. */
export type PolnearExtraction = { article: Pick<Brief['article'], 'text'> } & Pick<Brief, 'claims' | 'actors'>;

export interface Ratio {
  num: number;
  den: number;
}

/** The gold subsets scored: every attribution, speech cues only, everything but internal states. */
export const SUBSETS = {
  all: (_a: Attribution) => true,
  speech: (a: Attribution) => a.derived.cue_class === 'speech',
  speechOther: (a: Attribution) => a.derived.cue_class !== 'internal',
} as const;
export type Subset = keyof typeof SUBSETS;

export interface SubsetCounts {
  /** Recalled gold attributions / gold attributions. */
  recall: Ratio;
  /** Predicted claims on some gold content / predicted claims. */
  precision: Ratio;
  /** Recalled attributions with a gold source whose source is right / such attributions. */
  source: Ratio;
  /** The same, by shared words with the gold source itself only. */
  sourceNameOnly: Ratio;
}

export interface PolnearCounts {
  subsets: Record<Subset, SubsetCounts>;
  /** Recall of all attributions by derived.quote and by derived.cue_class; without a gold source. */
  byQuote: Record<(typeof QUOTE_KINDS)[number], Ratio>;
  byCue: Record<(typeof CUE_CLASSES)[number], Ratio>;
  noSource: Ratio;
  /** Source accuracy (all attributions) for named gold sources, and for pronoun/description ones. */
  sourceNamed: Ratio;
  sourceDescribed: Ratio;
  /** Described-source attributions judged right only through the nearest named source. */
  viaNearestNamed: number;
}

const zero = (): Ratio => ({ num: 0, den: 0 });
const emptySubset = (): SubsetCounts => ({ recall: zero(), precision: zero(), source: zero(), sourceNameOnly: zero() });

export function emptyPolnearCounts(): PolnearCounts {
  return {
    subsets: { all: emptySubset(), speech: emptySubset(), speechOther: emptySubset() },
    byQuote: { direct: zero(), mixed: zero(), indirect: zero() },
    byCue: { speech: zero(), internal: zero(), other: zero() },
    noSource: zero(),
    sourceNamed: zero(),
    sourceDescribed: zero(),
    viaNearestNamed: 0,
  };
}

const add = (a: Ratio, b: Ratio): Ratio => ({ num: a.num + b.num, den: a.den + b.den });

export function addPolnearCounts(a: PolnearCounts, b: PolnearCounts): PolnearCounts {
  const sub = (x: SubsetCounts, y: SubsetCounts): SubsetCounts => ({
    recall: add(x.recall, y.recall),
    precision: add(x.precision, y.precision),
    source: add(x.source, y.source),
    sourceNameOnly: add(x.sourceNameOnly, y.sourceNameOnly),
  });
  return {
    subsets: { all: sub(a.subsets.all, b.subsets.all), speech: sub(a.subsets.speech, b.subsets.speech), speechOther: sub(a.subsets.speechOther, b.subsets.speechOther) },
    byQuote: { direct: add(a.byQuote.direct, b.byQuote.direct), mixed: add(a.byQuote.mixed, b.byQuote.mixed), indirect: add(a.byQuote.indirect, b.byQuote.indirect) },
    byCue: { speech: add(a.byCue.speech, b.byCue.speech), internal: add(a.byCue.internal, b.byCue.internal), other: add(a.byCue.other, b.byCue.other) },
    noSource: add(a.noSource, b.noSource),
    sourceNamed: add(a.sourceNamed, b.sourceNamed),
    sourceDescribed: add(a.sourceDescribed, b.sourceDescribed),
    viaNearestNamed: a.viaNearestNamed + b.viaNearestNamed,
  };
}

// ---------------------------------------------------------------------------------------------
// Source names

/**
 * Words that name no one. Titles and honorifics as written before US names (AP Stylebook's
 * abbreviations: Gov., Sen., Rep., Lt., Gen., ...), party words, personal/relative/demonstrative
 * pronouns, articles and the function words inside titles ("Secretary of State").
 */
const NOT_NAMES = new Set(
  [
    'a an the of and or for at in on to by with from as',
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs',
    'who whom whose which that this these those one someone somebody anyone everyone himself herself itself themselves myself ourselves',
    'mr mrs ms miss mx dr sir dame lord lady rev reverend jr sr hon',
    'president presidential vice sen senator senators rep reps representative congressman congresswoman gov governor lt mayor',
    'secretary attorney general gen adm col sgt capt judge justice chief speaker leader chairman chairwoman chair minister prime former',
    'nominee candidate spokesman spokeswoman spokesperson ambassador director',
    'democrat democrats democratic dem dems republican republicans gop party libertarian',
  ]
    .join(' ')
    .split(' '),
);

const APPOSITION = /,|\(|\)|\s[-\u2013\u2014\u2015]+\s|\s--|--\s/;

/**
 * The name part of a source: up to its apposition (the first comma, parenthesis or spaced dash),
 * unless that part is a description and an apposition after it is a name ("A lawyer for the news
 * outlets, David Schulz," → "David Schulz"; "Erin Murphy, a former Clinton aide" → "Erin Murphy").
 */
export function cutApposition(source: string): string {
  const parts = source
    .split(APPOSITION)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const first = parts[0] ?? source.trim();
  // ("The Podesta Group's CEO, Kimberley Fritts", "the director of the Federal Bureau of Investigation,
  // James B. Comey": a phrase opened by an article and a common noun, or headed after a possessive, is a
  // description though its last word is capitalised.)
  const description = /^(?:the|a|an)\s+\p{Ll}/iu.test(first) || /['\u2019]s\s+\S/u.test(first);
  if (endsInName(first) && !description) return first;
  // (A name and nothing else, of two words at least: "Ames, Iowa" and "conducted with Shaw Research" are none.)
  const personName = (part: string): boolean => {
    const words = tokensOf(part);
    return endsInName(part) && words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
  };
  return parts.slice(1).find(personName) ?? first;
}

/** Word tokens of a name, possessive 's dropped ("Trump's" → "Trump"). */
function tokensOf(name: string): string[] {
  return [...name.matchAll(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu)].map((m) => m[0].replace(/['\u2019]s$/iu, ''));
}

/** The words of a name that can identify someone, lower-cased. */
export function nameWords(name: string): Set<string> {
  return new Set(tokensOf(name).map((w) => w.toLowerCase()).filter((w) => !NOT_NAMES.has(w)));
}

function endsInName(part: string): boolean {
  const words = tokensOf(part);
  const head = words[words.length - 1];
  return head !== undefined && /^\p{Lu}/u.test(head) && !NOT_NAMES.has(head.toLowerCase());
}

/** A named source: its last word (before any apposition) is capitalised and names someone. */
export function isNamedSource(source: string): boolean {
  return endsInName(cutApposition(source));
}

/** A source as written, for comparing whole: lower case, no leading article, single spaces. */
const plainName = (name: string): string => name.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();

/**
 * Does a predicted name share a word that names someone with the gold source, or equal it whole?
 * (A source made only of words that name no one by themselves, "Democrats", "Republicans", is
 * matched by the same words.)
 */
function sharesWord(predicted: readonly string[], gold: string): boolean {
  const cut = cutApposition(gold);
  const words = nameWords(cut);
  return predicted.some((p) => [...nameWords(p)].some((w) => words.has(w)) || (plainName(p) !== '' && plainName(p) === plainName(cut)));
}

// ---------------------------------------------------------------------------------------------
// Scoring

/** Non-whitespace offsets of an attribution's content (its parts when it has them). */
function contentChars(text: string, a: Attribution): number[] {
  const out: number[] = [];
  for (const p of a.content.parts ?? [a.content]) for (let i = p.start; i < p.end; i++) if (isTextChar(text[i]!)) out.push(i);
  return out;
}

/** The text from a little before an attribution's source or cue to the start of its content, for reading errors. */
function contextOf(text: string, a: Attribution): string {
  const marks = [a.source, a.cue].filter((s): s is NonNullable<typeof s> => s !== null);
  const from = Math.max(0, Math.min(...marks.map((s) => s.start), a.content.start) - 160);
  const to = Math.min(text.length, Math.max(...marks.map((s) => s.end)) + 40);
  return text.slice(from, to).replace(/\s+/g, ' ');
}

/** How one gold attribution was judged, for the diagnostic classes (polnear-classes.ts). */
export interface JudgedAttribution {
  attribution: Attribution;
  recalled: boolean;
  right: boolean;
  /** The speaker names of the claim covering most of the content ([] when none covers any). */
  names: string[];
  /** That claim's cue, or null. */
  cue: string | null;
}

export interface PolnearMisses {
  missed: string[];
  wrongSources: string[];
  offContent: string[];
}

/** Scores one article's brief. */
export function scorePolnear(record: PolnearRecord, brief: PolnearExtraction): { counts: PolnearCounts; misses: PolnearMisses; judged: JudgedAttribution[] } {
  const text = record.text;
  const counts = emptyPolnearCounts();
  const misses: PolnearMisses = { missed: [], wrongSources: [], offContent: [] };
  const alignment = alignText(text, brief.article.text);

  // Each claim's evidence as a mask over the record's text.
  const claims = brief.claims.map((claim) => {
    const mask = new Uint8Array(text.length);
    for (const e of claim.evidence) {
      const span = mapSpan(alignment, e.start, e.end);
      if (span !== null) mask.fill(1, span.start, span.end);
    }
    const actor = claim.speakerId === null ? undefined : brief.actors.find((a) => a.id === claim.speakerId);
    const names = [claim.speaker, actor?.name, ...(actor?.aliases ?? [])].filter((n): n is string => typeof n === 'string' && n !== '');
    return { claim, mask, names };
  });

  const named = record.attributions.filter((a) => a.source !== null && isNamedSource(a.source.text)).map((a) => a.source!);
  const nearestNamedBefore = (at: number): string | null => {
    let best: { start: number; text: string } | null = null;
    for (const s of named) if (s.start < at && (best === null || s.start > best.start)) best = s;
    return best?.text ?? null;
  };

  interface Judged {
    recalled: boolean;
    sourced: boolean;
    right: boolean;
    rightNameOnly: boolean;
  }
  const judged = new Map<Attribution, Judged>();
  const details: JudgedAttribution[] = [];
  for (const a of record.attributions) {
    const chars = contentChars(text, a);
    let best: (typeof claims)[number] | null = null;
    let bestCovered = 0;
    for (const c of claims) {
      let covered = 0;
      for (const i of chars) covered += c.mask[i]!;
      if (covered > bestCovered) {
        best = c;
        bestCovered = covered;
      }
    }
    const recalled = chars.length > 0 && bestCovered >= 0.3 * chars.length;
    const j: Judged = { recalled, sourced: recalled && a.source !== null, right: false, rightNameOnly: false };
    if (j.sourced && best !== null) {
      const source = a.source!.text;
      j.rightNameOnly = sharesWord(best.names, source);
      j.right = j.rightNameOnly;
      if (!j.right && !isNamedSource(source)) {
        const nearest = nearestNamedBefore(a.source!.start);
        j.right = nearest !== null && sharesWord(best.names, nearest);
      }
      if (!j.right) {
        const said = best.names.length === 0 ? '(no speaker)' : best.names.join(' / ');
        misses.wrongSources.push(`${a.id} [${a.derived.cue_class}] "${source}" ← ${said} [cue ${best.claim.cue ?? '—'} for ${a.cue?.text ?? '—'}] «${contextOf(text, a)}»`);
      }
    }
    if (!recalled) misses.missed.push(`${a.id} [${a.derived.cue_class}, ${a.derived.quote}] ${a.source ? `"${a.source.text}" ` : ''}${a.cue ? `[${a.cue.text}] ` : ''}${a.content.text.slice(0, 100)}`);
    judged.set(a, j);
    details.push({ attribution: a, recalled, right: j.right, names: best?.names ?? [], cue: best?.claim.cue ?? null });
  }

  for (const [name, inSubset] of Object.entries(SUBSETS) as [Subset, (a: Attribution) => boolean][]) {
    const sub = counts.subsets[name];
    const gold = record.attributions.filter(inSubset);
    const goldMask = new Uint8Array(text.length);
    for (const a of gold) for (const i of contentChars(text, a)) goldMask[i] = 1;
    for (const a of gold) {
      const j = judged.get(a)!;
      sub.recall.den++;
      if (j.recalled) sub.recall.num++;
      if (j.sourced) {
        sub.source.den++;
        sub.sourceNameOnly.den++;
        if (j.right) sub.source.num++;
        if (j.rightNameOnly) sub.sourceNameOnly.num++;
      }
    }
    for (const c of claims) {
      sub.precision.den++;
      let on = false;
      for (let i = 0; i < text.length && !on; i++) on = c.mask[i] === 1 && goldMask[i] === 1;
      if (on) sub.precision.num++;
      else if (name === 'all') misses.offContent.push(`${c.claim.id} ${c.claim.speaker ?? '(no speaker)'}: ${c.claim.text.slice(0, 100)}`);
    }
  }

  for (const a of record.attributions) {
    const j = judged.get(a)!;
    const hit = { num: j.recalled ? 1 : 0, den: 1 };
    counts.byQuote[a.derived.quote] = add(counts.byQuote[a.derived.quote], hit);
    if (a.derived.cue_class !== null) counts.byCue[a.derived.cue_class] = add(counts.byCue[a.derived.cue_class], hit);
    if (a.source === null) counts.noSource = add(counts.noSource, hit);
    else if (j.sourced) {
      const isNamed = isNamedSource(a.source.text);
      const key = isNamed ? 'sourceNamed' : 'sourceDescribed';
      counts[key] = add(counts[key], { num: j.right ? 1 : 0, den: 1 });
      if (!isNamed && j.right && !j.rightNameOnly) counts.viaNearestNamed++;
    }
  }
  return { counts, misses, judged: details };
}

/** The counts of an article the product refused: every gold attribution missed, no claims. */
export function scoreRefused(record: PolnearRecord): PolnearCounts {
  return scorePolnear(record, { article: { text: '' }, claims: [], actors: [] }).counts;
}
