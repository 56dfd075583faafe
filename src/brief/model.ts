// The Brief model: the one contract between stages and for every consumer of
// brief.json. The zod schemas below are the single source of the TypeScript
// types and of the published JSON Schema (schema/brief.schema.json).
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

/** A span of `article.text`: `quote === article.text.slice(start, end)`, always. */
export const EvidenceSchema = z
  .object({
    start: z.number().int().nonnegative().describe('UTF-16 offset into article.text (inclusive)'),
    end: z.number().int().nonnegative().describe('UTF-16 offset into article.text (exclusive)'),
    quote: z.string().describe('article.text.slice(start, end), verbatim'),
  })
  .strict();
export type Evidence = z.infer<typeof EvidenceSchema>;

export const SeveritySchema = z.enum(['info', 'warning', 'fatal']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A content problem or uncertainty, positioned where it applies (unified/vfile style). */
export const MessageSchema = z
  .object({
    severity: SeveritySchema,
    source: z.string().describe('the stage that raised it: ingest, extract, dates, render, ...'),
    ruleId: z.string().describe('a stable kebab-case identifier of the rule'),
    reason: z.string(),
    position: z
      .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
      .strict()
      .nullable()
      .describe('offsets into article.text, or null when the message is about the whole input'),
    items: z.array(z.string()).optional().describe('ids of the brief items the message is about'),
  })
  .strict();
export type Message = z.infer<typeof MessageSchema>;

export const SourceFormatSchema = z.enum(['text', 'html', 'markdown', 'json', 'feed']);
export type SourceFormat = z.infer<typeof SourceFormatSchema>;

const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'ISO 8601 date-time');

/** Where a metadata field came from, and the raw text it was read from. */
export const ProvenanceSchema = z
  .object({
    from: z.string().describe('e.g. "text:headline", "text:byline-line", "text:posted-line", "option:--published", "file:mtime"'),
    raw: z.string().nullable().describe('the raw input text the value was read from, when there is one'),
  })
  .strict();
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const ArticleSchema = z
  .object({
    title: z
      .string()
      .nullable()
      .describe('the headline as the article prints it; null when it has none (a text that starts with its lead sentence): a reader shows a heading made from the lead instead'),
    byline: z.string().nullable(),
    outlet: z.string().nullable(),
    publishedAt: isoDateTime.nullable().describe('when the article was published, as stated by it or resolved from its page'),
    updatedAt: isoDateTime.nullable(),
    url: z.string().nullable(),
    language: z.string().nullable().describe('BCP 47 code, e.g. "en", when known'),
    text: z.string().describe('the clean body text that every evidence offset refers to'),
    provenance: z.record(z.string(), ProvenanceSchema).describe('where each metadata field came from'),
  })
  .strict();
export type Article = z.infer<typeof ArticleSchema>;

export const SummarySentenceSchema = z
  .object({ text: z.string(), evidence: z.array(EvidenceSchema).min(1) })
  .strict();
export type SummarySentence = z.infer<typeof SummarySentenceSchema>;

export const ActorTypeSchema = z.enum(['person', 'organization', 'country', 'place', 'group', 'other']);
export type ActorType = z.infer<typeof ActorTypeSchema>;

export const ActorSchema = z
  .object({
    id: z.string().regex(/^a\d+$/),
    name: z.string(),
    type: ActorTypeSchema,
    role: z.string().nullable(),
    aliases: z.array(z.string()),
    key: z.boolean().describe('a reader of the brief must know this actor'),
    salience: z.number().min(0).max(1),
    mentions: z.array(EvidenceSchema).min(1),
  })
  .strict();
export type Actor = z.infer<typeof ActorSchema>;

export const ClaimKindSchema = z.enum(['direct', 'reported', 'assertion']);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

export const ClaimSchema = z
  .object({
    id: z.string().regex(/^c\d+$/),
    text: z.string().describe('the claim: the quote for direct speech, else the reported content'),
    kind: ClaimKindSchema,
    speaker: z.string().nullable().describe("an actor's name, or a short description of an unnamed source"),
    speakerId: z.string().nullable(),
    cue: z.string().nullable().describe('the words that attribute the claim, as written ("said", "denied", "urged", "according to"); null for a quote that continues an earlier one'),
    hedged: z.boolean(),
    evidence: z.array(EvidenceSchema).min(1),
  })
  .strict();
export type Claim = z.infer<typeof ClaimSchema>;

export const QuestionBasisSchema = z.enum([
  'hedged-prediction',
  'conditional',
  'pending-decision',
  'upcoming-event',
  'explicit-question',
  'single-source',
  'disputed',
  'inferred-date',
  'stated-unknown',
]);
export type QuestionBasis = z.infer<typeof QuestionBasisSchema>;

export const QuestionSchema = z
  .object({
    id: z.string().regex(/^q\d+$/),
    text: z.string().regex(/\?$/, 'a question ends with "?"'),
    basis: QuestionBasisSchema,
    evidence: z.array(EvidenceSchema).min(1),
  })
  .strict();
export type Question = z.infer<typeof QuestionSchema>;

export const DateKindSchema = z.enum(['date', 'time', 'duration', 'set']);
export type DateKind = z.infer<typeof DateKindSchema>;

export const CertaintySchema = z.enum(['stated', 'inferred', 'relative']);
export type Certainty = z.infer<typeof CertaintySchema>;

export const DateEndSchema = z
  .object({
    text: z.string(),
    value: z.string(),
    timex: z.string().optional(),
    evidence: EvidenceSchema,
  })
  .strict();
export type DateEnd = z.infer<typeof DateEndSchema>;

export const DateItemSchema = z
  .object({
    id: z.string().regex(/^d\d+$/),
    text: z.string().describe('the expression as written'),
    kind: DateKindSchema,
    value: z.string().describe('ISO 8601 / TIMEX3 value: 2023-07-11, 2023-07, 2024, 2004-Q3, 2005-W04, 2023-06-07T10:00, 2009/2014, P3Y, PRESENT_REF'),
    timex: z
      .string()
      .optional()
      .describe('the TIMEX3 (TimeML) value where it is written otherwise than value: a season 2005-SU, a half 2004-H2, a part of day 2005-03-01TEV, a weekend 2005-W09-WE, the end of a range'),
    certainty: CertaintySchema.describe('stated: fully written out; relative: resolved against the reference time; inferred: part of it (usually the year) was guessed'),
    event: z.string().nullable().describe('what happens at that time, from the same sentence'),
    origin: z.enum(['text', 'metadata']).describe('metadata: read from the page header (e.g. the posted line), not the body'),
    evidence: z.array(EvidenceSchema).describe('empty only for origin "metadata"'),
    ends: z
      .array(DateEndSchema)
      .length(2)
      .optional()
      .describe('a range ("from 2009 to 2014", "Aug. 26 and Oct. 20"): its two ends as written, each with its own value and span'),
  })
  .strict();
export type DateItem = z.infer<typeof DateItemSchema>;

export const BriefSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z
      .object({
        path: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        format: SourceFormatSchema,
      })
      .strict(),
    referenceTime: isoDateTime.describe('what relative dates were resolved against'),
    article: ArticleSchema,
    summary: z.array(SummarySentenceSchema).max(3).describe('the bottom line, 1-3 sentences'),
    actors: z.array(ActorSchema),
    claims: z.array(ClaimSchema),
    questions: z.array(QuestionSchema),
    dates: z.array(DateItemSchema),
    messages: z.array(MessageSchema),
  })
  .strict();
export type Brief = z.infer<typeof BriefSchema>;
