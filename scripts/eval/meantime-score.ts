// Scores actors and claim speakers against MEANTIME (shared/eval/README.md, section 1). Pure.
//
// Gold exists only for text.slice(0, annotated_end) (headline, dateline and the first four body
// sentences), so everything is judged inside that part: a name found after annotated_end is
// neither right nor wrong.
//
// Entities. MEANTIME annotates every mention of an entity (names, descriptions, pronouns); an
// actor extractor is only expected to find entities that are *named* in the annotated part. So:
// - a mention is *name-like* when its syntactic_type is NAM or PRE.NAM, or when the type is empty
//   (829 mentions in the source, including names such as "GM") and the text looks like a name:
//   every word capitalised or a number (and one capitalised), bar function words (of, and, the,
//   ...), and not a pronoun;
// - an entity's *core* mentions are its name-like mentions that hold no other name-like mention of
//   the same entity ("Noel Forgeard", not "Airbus chief executive Noel Forgeard"), so that a long
//   NAM apposition cannot credit an entity to whoever is named inside it;
// - a predicted mention *hits* a core mention when its span covers the core mention's head (the
//   last word): "Ryanair" hits "Ryanair", "Lee Hsien Loong" hits "Mr. Lee Hsien Loong";
// - a gold entity is *found* when some predicted actor has a mention that hits one of its core
//   mentions, or a predicted name or alias equals (normalised) the text of one of its name-like
//   mentions. Recall is over in-scope entities with at least one name-like mention;
// - a predicted actor counts for precision only if it has a mention that starts before
//   annotated_end. It is right if it finds an in-scope entity (mentions before annotated_end
//   only); it is *ignored* (neither right nor wrong) if instead it finds an out-of-scope entity or
//   a name-like unlinked mention (which the gold has no type for), or if a mention of it overlaps
//   a gold name without covering its head ("US" in the LOC mention "the US Government", "Dow
//   Jones" in "Dow Jones Industrial Average": the gold does not annotate such nested names, so it
//   cannot call them right or wrong); otherwise it is a false positive.
// The scope is the actor types PER/ORG/LOC by default (PRO = products, FIN = stock indices and
// deals, MIX are not actors of a brief); the runner reports all types as well.
//
// Speakers. For each speech cue with a speaker and inside the annotated part, the predicted claim
// whose evidence contains the cue's span is judged (one with a speaker first, then the tightest);
// coverage is the share of cues inside some predicted claim; accuracy is, over covered cues, the
// share whose predicted speaker equals (normalised) one of the speaker entity's mention texts or
// its label, or matches a person by the unique-surname rule of the gold briefs.
import { z } from 'zod';
import type { Actor, Brief, Claim } from '../../src/brief/model.js';
import { indexGoldActors, matchNameForm, normaliseName, type GoldActor, type Ratio, type Span } from './brief-score.js';

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const MentionSchema = SpanSchema.extend({ syntactic_type: z.string() });

export const EntityTypeValues = ['PER', 'ORG', 'LOC', 'PRO', 'FIN', 'MIX'] as const;
export type EntityType = (typeof EntityTypeValues)[number];

export const MeantimeRecordSchema = z.object({
  id: z.string(),
  subcorpus: z.string(),
  title: z.string(),
  url: z.string(),
  published: z.string(),
  text: z.string(),
  annotated_end: z.number().int(),
  entities: z.array(
    z.object({
      name: z.string(),
      type: z.enum(EntityTypeValues),
      external_ref: z.string().nullable(),
      mentions: z.array(MentionSchema),
    }),
  ),
  timexes: z.array(SpanSchema.extend({ type: z.string(), value: z.string() })),
  speech: z.array(
    z.object({ cue: SpanSchema, speaker: z.string().nullable(), speaker_mention: SpanSchema.nullable() }),
  ),
  unlinked_mentions: z.array(MentionSchema),
});
export type MeantimeRecord = z.infer<typeof MeantimeRecordSchema>;
type Entity = MeantimeRecord['entities'][number];
type Mention = z.infer<typeof MentionSchema>;

/** What the MEANTIME scorer reads from a brief. */
export type MeantimeExtraction = Pick<Brief, 'actors' | 'claims'>;

export const ACTOR_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC'];

export interface MeantimeOptions {
  /** Entity types in scope for recall and precision. */
  types: readonly EntityType[];
}

export interface MeantimeCounts {
  /** In-scope entities with a name-like mention that were found / such entities. */
  entityRecall: Ratio;
  /** Predicted actors (with a mention before annotated_end, not ignored) that are right. */
  entityPrecision: Ratio;
  /** Found PER/ORG/LOC entities whose actor type agrees (PER person, ORG organization|group, LOC country|place). */
  entityType: Ratio;
  /** Predicted actors neither right nor wrong (out-of-scope or untyped gold names), as num/den of all judged. */
  ignoredActors: Ratio;
  /** Speech cues with a speaker that lie inside some predicted claim's evidence / such cues. */
  speakerCoverage: Ratio;
  /** Covered cues whose predicted speaker is the gold speaker / covered cues. */
  speakerAccuracy: Ratio;
}

export interface MeantimeMisses {
  missedEntities: string[];
  falsePositiveActors: string[];
  ignoredActors: string[];
  wrongTypes: string[];
  uncoveredCues: string[];
  wrongSpeakers: string[];
}

export function emptyMeantimeCounts(): MeantimeCounts {
  const zero = (): Ratio => ({ num: 0, den: 0 });
  return {
    entityRecall: zero(),
    entityPrecision: zero(),
    entityType: zero(),
    ignoredActors: zero(),
    speakerCoverage: zero(),
    speakerAccuracy: zero(),
  };
}

const PRONOUNS = new Set(
  'i me my we us our ours it its he him his she her hers they them their theirs this that these those which who whom whose what where there here all'.split(' '),
);
const FUNCTION_WORDS = new Set('the of and for de du la le von van der & a an on in at to'.split(' '));

/** NAM / PRE.NAM, or an untyped mention whose words are all capitalised (or numbers). */
export function isNameLike(m: Pick<Mention, 'text' | 'syntactic_type'>): boolean {
  if (m.syntactic_type === 'NAM' || m.syntactic_type === 'PRE.NAM') return true;
  if (m.syntactic_type !== '') return false;
  const words = m.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || (words.length === 1 && PRONOUNS.has(normaliseName(words[0]!)))) return false;
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  return (
    content.every((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w)) &&
    content.some((w) => /^[^\p{L}\p{N}]*\p{Lu}/u.test(w))
  );
}

/** The span of a mention's last word: the head of an English noun phrase or name. */
function headOf(m: Span & { text: string }): Span | null {
  let head: Span | null = null;
  for (const w of m.text.matchAll(/[\p{L}\p{N}]+/gu)) {
    // "FTSE 100": the head is the last word with a letter in it.
    if (/\p{L}/u.test(w[0]) || head === null) head = { start: m.start + w.index, end: m.start + w.index + w[0].length };
  }
  return head;
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Name-like mentions of a group of mentions that hold no other of them strictly inside. */
function coreMentions(mentions: readonly Mention[]): Mention[] {
  const named = mentions.filter(isNameLike);
  return named.filter(
    (m) => !named.some((o) => contains(m, o) && (o.start !== m.start || o.end !== m.end)),
  );
}

interface Target {
  label: string;
  type: EntityType | null;
  /** All name-like mentions before annotated_end (for name equality). */
  named: Mention[];
  /** Core mentions before annotated_end (for span hits). */
  core: Mention[];
}

/** Does a predicted actor find this target (by a mention hitting a core mention, or by name)? */
function finds(actor: Pick<Actor, 'name' | 'aliases' | 'mentions'>, target: Target, annotatedEnd: number): boolean {
  for (const e of actor.mentions) {
    if (e.start >= annotatedEnd) continue;
    for (const m of target.core) {
      const head = headOf(m);
      if (head !== null && contains(e, head)) return true;
    }
  }
  const names = new Set([actor.name, ...actor.aliases].map(normaliseName));
  return target.named.some((m) => names.has(normaliseName(m.text)));
}

/** Does any predicted mention overlap a name-like mention of the target without covering its head? */
function touches(actor: Pick<Actor, 'mentions'>, target: Target, annotatedEnd: number): boolean {
  return actor.mentions.some((e) => e.start < annotatedEnd && target.named.some((m) => e.start < m.end && m.start < e.end));
}

function actorTypeAgrees(entity: EntityType, actor: Actor['type']): boolean {
  if (entity === 'PER') return actor === 'person';
  if (entity === 'ORG') return actor === 'organization' || actor === 'group';
  if (entity === 'LOC') return actor === 'country' || actor === 'place';
  return false;
}

/** The predicted claim judged for a cue: one with a speaker first, then the tightest evidence. */
function claimAt(claims: readonly Claim[], cue: Span): Claim | null {
  const containing = claims.filter((c) => c.evidence.some((e) => contains(e, cue)));
  const size = (c: Claim): number => c.evidence.reduce((n, e) => n + (e.end - e.start), 0);
  containing.sort((a, b) => Number(a.speaker === null) - Number(b.speaker === null) || size(a) - size(b));
  return containing[0] ?? null;
}

/** Scores one MEANTIME document. The extraction must have been made on `record.text`. */
export function scoreMeantime(
  record: MeantimeRecord,
  extraction: MeantimeExtraction,
  options: MeantimeOptions,
): { counts: MeantimeCounts; misses: MeantimeMisses } {
  const end = record.annotated_end;
  const c = emptyMeantimeCounts();
  const misses: MeantimeMisses = {
    missedEntities: [],
    falsePositiveActors: [],
    ignoredActors: [],
    wrongTypes: [],
    uncoveredCues: [],
    wrongSpeakers: [],
  };
  const inPart = (m: Mention): boolean => m.start < end;

  const targets: Target[] = record.entities.map((e: Entity) => {
    const mentions = e.mentions.filter(inPart);
    return { label: e.name, type: e.type, named: mentions.filter(isNameLike), core: coreMentions(mentions) };
  });
  const unlinked: Target[] = record.unlinked_mentions
    .filter((m) => inPart(m) && isNameLike(m))
    .map((m) => ({ label: m.text, type: null, named: [m], core: [m] }));
  const inScope = (t: Target): boolean => t.type !== null && options.types.includes(t.type);

  for (const t of targets) {
    if (!inScope(t) || t.named.length === 0) continue;
    c.entityRecall.den++;
    const finder = extraction.actors.find((a) => finds(a, t, end));
    if (finder === undefined) {
      misses.missedEntities.push(`${t.label} (${t.type}: ${t.named[0]!.text})`);
      continue;
    }
    c.entityRecall.num++;
    if (t.type === 'PER' || t.type === 'ORG' || t.type === 'LOC') {
      c.entityType.den++;
      if (actorTypeAgrees(t.type, finder.type)) c.entityType.num++;
      else misses.wrongTypes.push(`${finder.name}: ${finder.type} (gold ${t.type})`);
    }
  }

  for (const a of extraction.actors) {
    if (!a.mentions.some((e) => e.start < end)) continue;
    c.ignoredActors.den++;
    if (targets.some((t) => inScope(t) && finds(a, t, end))) {
      c.entityPrecision.den++;
      c.entityPrecision.num++;
    } else if ([...targets, ...unlinked].some((t) => finds(a, t, end) || touches(a, t, end))) {
      c.ignoredActors.num++;
      misses.ignoredActors.push(a.name);
    } else {
      c.entityPrecision.den++;
      misses.falsePositiveActors.push(a.name);
    }
  }

  // Speakers: the gold speaker entity as a gold-brief actor, so the same name rules apply.
  const persons = record.entities.filter((e) => e.type === 'PER');
  const asGold = (e: Entity): GoldActor => {
    const core = coreMentions(e.mentions)[0];
    return {
      name: core?.text ?? e.name,
      aliases: [e.name, ...e.mentions.map((m) => m.text)],
      type: e.type === 'PER' ? 'person' : 'other',
      key: true,
      role: '',
    };
  };
  const personIndex = indexGoldActors(persons.map(asGold));
  for (const s of record.speech) {
    if (s.speaker === null || s.cue.start >= end) continue;
    c.speakerCoverage.den++;
    const claim = claimAt(extraction.claims, s.cue);
    if (claim === null) {
      misses.uncoveredCues.push(`${s.cue.text}@${s.cue.start} (${s.speaker})`);
      continue;
    }
    c.speakerCoverage.num++;
    c.speakerAccuracy.den++;
    const entity = record.entities.find((e) => e.name === s.speaker);
    const forms: string[] = [];
    if (claim.speaker !== null) forms.push(claim.speaker);
    const byId = claim.speakerId === null ? undefined : extraction.actors.find((a) => a.id === claim.speakerId);
    if (byId !== undefined) forms.push(byId.name);
    let right: boolean;
    if (entity === undefined) {
      // One cue (article 113227) has an unlinked Arg0: compare with its text.
      const gold = new Set([s.speaker, s.speaker_mention?.text ?? ''].map(normaliseName));
      right = forms.some((f) => gold.has(normaliseName(f)));
    } else {
      const index =
        entity.type === 'PER' ? personIndex[persons.indexOf(entity)]! : indexGoldActors([asGold(entity)])[0]!;
      right = forms.some((f) => matchNameForm(f, index) !== null);
    }
    if (right) c.speakerAccuracy.num++;
    else misses.wrongSpeakers.push(`${s.cue.text}@${s.cue.start}: ${claim.speaker ?? '(none)'} (gold ${s.speaker})`);
  }

  return { counts: c, misses };
}
