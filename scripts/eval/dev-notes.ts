// The development notes (`eval/dev-notes/*.json`): articles outside the gold briefs, annotated for
// two fields — every named person with the role the article gives them, and the uncertainties an
// open-questions section should cover — and, in later batches, a third: every attributed claim with
// its speaker; by annotators who did not see the product's output. They widen what roles and questions are developed on (the gold tune half has
// 35 articles); nothing here is a report figure. Scored as GOLD.md scores those fields, through
// the product (`newsbrief extract --published`), with `--set devnotes`.
import { readdir, readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Brief } from '../../src/brief/model.js';
import {
  addCounts,
  emptyCounts,
  indexGoldActors,
  matchActor,
  scoreBrief,
  type BriefCounts,
  type GoldBrief,
  type Ratio,
} from './brief-score.js';
import { readPageMetadata } from './page-metadata.js';
import { formatRuleExamples, formatRuleTally, showQuestion, formatWhyTally, tallyRules, tallyUnphrased, type RuleExamples, type RuleTally, type Unphrased, type WhyTally } from './question-rules.js';
import { fmtRatio, listLines } from './table.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEV_NOTES_DIR = path.join(repoRoot, 'eval', 'dev-notes');

export const DevNoteSchema = z.object({
  id: z.string(),
  input: z.string(),
  format: z.enum(['text', 'html']),
  fields: z.array(z.enum(['persons', 'uncertainties', 'claims'])),
  persons: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()),
      key: z.boolean(),
      role: z.string(),
      role_anchor: z.string(),
    }),
  ),
  uncertainties: z.array(z.object({ anchor: z.string(), about: z.string() })),
  /** Every attributed statement (GOLD.md's claims): a person speaker by the name given in `persons`. */
  claims: z.array(z.object({ speaker: z.string(), anchor: z.string(), kind: z.enum(['direct', 'reported']) })).optional(),
});
export type DevNote = z.infer<typeof DevNoteSchema>;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface NoteCounts {
  brief: BriefCounts;
  personRecall: Ratio;
  personPrecision: Ratio;
  /** The claim figures of the notes that annotate claims (the others say nothing of them). */
  claims: Pick<BriefCounts, 'claimRecall' | 'claimSpeaker' | 'claimPrecision'>;
}

const CLAIM_FIGURES = ['claimRecall', 'claimSpeaker', 'claimPrecision'] as const;
const noClaims = (): NoteCounts['claims'] => ({ claimRecall: { num: 0, den: 0 }, claimSpeaker: { num: 0, den: 0 }, claimPrecision: { num: 0, den: 0 } });

/** BBC articles carry no date; a scraped page's own metadata gives its publication date. */
export async function referenceTimeOf(note: DevNote, sharedDir: string): Promise<string> {
  const scraped = /^eval\/scraped-text\/([0-9a-f]+)\.txt$/.exec(note.input);
  if (scraped !== null) {
    try {
      const html = gunzipSync(await readFile(path.join(sharedDir, 'eval', 'html', 'pages', `${scraped[1]}.html.gz`))).toString('utf8');
      const date = readPageMetadata(html).published?.date;
      if (date !== undefined) return `${date}T12:00:00Z`;
    } catch {
      // No page beside the text: the crawl's date below.
    }
    return '2019-11-20T12:00:00Z';
  }
  return '2005-01-01T00:00:00Z';
}

/** The note as a gold brief holding only the annotated fields (persons as person actors). */
function asGold(note: DevNote, published: string): GoldBrief {
  return {
    id: note.id,
    input: note.input,
    format: note.format,
    published,
    title: null,
    actors: note.persons.map((p) => ({ name: p.name, aliases: p.aliases, type: 'person' as const, key: p.key, role: p.role })),
    claims: note.claims ?? [],
    dates: [],
    uncertainties: note.uncertainties,
  };
}

function scoreNote(note: DevNote, gold: GoldBrief, brief: Brief): { counts: NoteCounts; lines: string[]; questionsGrounded: boolean[] } {
  const { counts, misses, questionsGrounded } = scoreBrief(gold, brief);
  const golds = indexGoldActors(gold.actors);
  const personRecall: Ratio = { num: 0, den: golds.length };
  const found = new Set<(typeof golds)[number]>();
  const personPrecision: Ratio = { num: 0, den: 0 };
  const falsePersons: string[] = [];
  for (const a of brief.actors) {
    const matched = matchActor(a, golds);
    for (const g of matched) found.add(g);
    if (a.type !== 'person') continue;
    personPrecision.den++;
    if (matched.length > 0) personPrecision.num++;
    else falsePersons.push(a.name);
  }
  personRecall.num = found.size;
  const lines: string[] = [];
  const list = (label: string, xs: readonly string[]): void => void lines.push(...listLines(label, xs));
  list('missed persons', golds.filter((g) => !found.has(g)).map((g) => g.actor.name));
  list('actors typed person that are no annotated person', falsePersons);
  list('key persons filed under also mentioned', misses.keyNotShownAsKey);
  list('persons shown as key, not key in the notes', misses.keyNotKey);
  list('wrong roles', misses.wrongRoles);
  list('uncertainties no question covers', misses.missedUncertainties);
  list('ungrounded questions', misses.ungroundedQuestions);
  // (Without annotated claims, the notes say nothing of the brief's claims.)
  const claimed = note.fields.includes('claims');
  if (claimed) {
    list('claims no claim covers', misses.missedClaims);
    list('wrong speakers', misses.wrongSpeakers.map((w) => `${w.anchor}: ${w.predicted ?? '(none)'} (notes: ${w.gold})`));
    list('claims with a speaker that hold no annotated claim', misses.unmatchedClaims);
  }
  list('anchors not in the clean text', misses.anchorsNotInText);
  const claims = noClaims();
  if (claimed) for (const k of CLAIM_FIGURES) claims[k] = counts[k];
  return { counts: { brief: counts, personRecall, personPrecision, claims }, lines, questionsGrounded };
}

export async function readDevNotes(err: (line: string) => void, dir = DEV_NOTES_DIR): Promise<DevNote[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const notes: DevNote[] = [];
  for (const f of files) {
    const parsed = DevNoteSchema.safeParse(JSON.parse(await readFile(path.join(dir, f), 'utf8')));
    if (parsed.success) notes.push(parsed.data);
    else err(`eval: ${path.join(dir, f)}: invalid note: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return notes;
}

export async function runDevNotes(
  options: {
    sharedDir: string;
    verbose: boolean;
    /** When given, per-rule question figures are printed. */
    traceQuestionRules?: (article: Brief['article'], options: { referenceTime: string }) => string[];
    /** When given, cue sentences left without a question are tallied by cause. */
    traceUnphrased?: (article: Brief['article'], options: { referenceTime: string }) => Unphrased[];
  },
  extractFile: (file: string, options: { published?: string }) => Promise<Brief>,
  io: Io,
): Promise<void> {
  const notes = await readDevNotes(io.err);
  io.out('');
  if (notes.length === 0) {
    io.out('Development notes: none in eval/dev-notes/');
    return;
  }
  let pooled: NoteCounts = { brief: emptyCounts(), personRecall: { num: 0, den: 0 }, personPrecision: { num: 0, den: 0 }, claims: noClaims() };
  let withClaims = 0;
  const details: string[] = [];
  const failed: string[] = [];
  const rules: RuleTally = new Map();
  const examples: RuleExamples = new Map();
  const why: WhyTally = new Map();
  const whyLines: string[] = [];
  for (const note of notes) {
    const published = await referenceTimeOf(note, options.sharedDir);
    let brief: Brief;
    try {
      brief = await extractFile(path.join(options.sharedDir, note.input), { published });
    } catch (error) {
      failed.push(`${note.id}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const { counts, lines, questionsGrounded } = scoreNote(note, asGold(note, published), brief);
    if (options.traceQuestionRules)
      tallyRules(rules, options.traceQuestionRules(brief.article, { referenceTime: brief.referenceTime }), questionsGrounded, { map: examples, id: note.id, texts: brief.questions.map(showQuestion) });
    if (options.traceUnphrased)
      tallyUnphrased(why, options.traceUnphrased(brief.article, { referenceTime: brief.referenceTime }), brief.article.text, note.uncertainties.map((u) => u.anchor), { out: whyLines, id: note.id });
    pooled = {
      brief: addCounts(pooled.brief, counts.brief),
      personRecall: { num: pooled.personRecall.num + counts.personRecall.num, den: pooled.personRecall.den + counts.personRecall.den },
      personPrecision: { num: pooled.personPrecision.num + counts.personPrecision.num, den: pooled.personPrecision.den + counts.personPrecision.den },
      claims: addCounts(pooled.claims, counts.claims),
    };
    if (note.fields.includes('claims')) withClaims++;
    if (lines.length > 0) details.push('', `## ${note.id}`, ...lines);
  }
  const b = pooled.brief;
  io.out(
    `Development notes through the product (${notes.length - failed.length} of ${notes.length} articles; persons and uncertainties${withClaims > 0 ? `, and claims in ${withClaims}` : ' only'}, annotated without seeing the output; development data, not a report figure)`,
  );
  io.out('| figure | value | target (gold briefs) |');
  io.out('|---|---|---|');
  io.out(`| person recall (every named person) | ${fmtRatio(pooled.personRecall)} | |`);
  io.out(`| key-person recall | ${fmtRatio(b.keyActorRecall)} | ≥ 0.95 |`);
  io.out(`| person precision (actors typed person) | ${fmtRatio(pooled.personPrecision)} | |`);
  io.out(`| key persons the brief shows as key | ${fmtRatio(b.keyFlagRecall)} | |`);
  io.out(`| persons shown as key that the notes call key | ${fmtRatio(b.keyFlagPrecision)} | |`);
  io.out(`| role accuracy (matched persons with a role) | ${fmtRatio(b.actorRole)} | ≥ 0.75 |`);
  io.out(`| question grounded precision | ${fmtRatio(b.questionPrecision)} | ≥ 0.80 |`);
  io.out(`| question recall (uncertainties covered) | ${fmtRatio(b.questionRecall)} | ≥ 0.55 |`);
  io.out(`| grounded precision of the first three questions | ${fmtRatio(b.questionTop3Precision)} | |`);
  if (withClaims > 0) {
    io.out(`| claim recall (${withClaims} notes with claims) | ${fmtRatio(pooled.claims.claimRecall)} | ≥ 0.85 |`);
    io.out(`| speaker accuracy (recalled claims) | ${fmtRatio(pooled.claims.claimSpeaker)} | ≥ 0.92 |`);
    io.out(`| claim precision (claims with a speaker) | ${fmtRatio(pooled.claims.claimPrecision)} | ≥ 0.90 |`);
  }
  io.out(`| evidence-invariant violations | ${b.evidenceViolations.num} of ${b.evidenceViolations.den} | = 0 |`);
  for (const f of failed) io.out(`FAILED ${f}`);
  if (options.traceQuestionRules) {
    io.out('');
    for (const line of formatRuleTally(`Questions by rule, development notes (${notes.length - failed.length} articles)`, rules, notes.length - failed.length)) io.out(line);
    if (options.verbose) for (const line of formatRuleExamples(examples)) io.out(line);
  }
  if (options.traceUnphrased) {
    io.out('');
    for (const line of formatWhyTally('Cue sentences without a question, by cause, development notes', why)) io.out(line);
    if (options.verbose) for (const line of whyLines) io.out(line);
  }
  if (options.verbose) for (const line of details) io.out(line);
}
