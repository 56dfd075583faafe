import { describe, expect, it } from 'vitest';
import type { Actor, Article, Claim, DateItem, Evidence, Question } from '../../src/brief/model.js';
import {
  canonicalDateValue,
  findAnchor,
  indexGoldActors,
  matchActor,
  normaliseName,
  scoreBrief,
  tokenF1,
  type GoldActor,
  type GoldBrief,
  type ScoredBrief,
} from '../../scripts/eval/brief-score.js';
import { ACTOR_TYPES, scoreMeantime, type MeantimeRecord } from '../../scripts/eval/meantime-score.js';

// ---------------------------------------------------------------------------------------------
// Hand-made fixtures

function article(text: string, title = 'A title'): Article {
  return { title, byline: null, outlet: null, publishedAt: null, updatedAt: null, url: null, language: 'en', text, provenance: {} };
}

/** Evidence for the n-th occurrence of `quote` in `text`. */
function ev(text: string, quote: string, nth = 0): Evidence {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture: "${quote}" not in text`);
  return { start: at, end: at + quote.length, quote };
}

function actor(id: number, name: string, type: Actor['type'], mentions: Evidence[], extra: Partial<Actor> = {}): Actor {
  return { id: `a${id}`, name, type, role: null, aliases: [], key: true, salience: 1, mentions, ...extra };
}

function claim(id: number, speaker: string | null, evidence: Evidence[]): Claim {
  return { id: `c${id}`, text: evidence[0]?.quote ?? '', kind: 'reported', speaker, speakerId: null, cue: null, hedged: false, evidence };
}

function date(id: number, value: string, kind: DateItem['kind'] = 'date'): DateItem {
  return { id: `d${id}`, text: value, kind, value, certainty: 'stated', event: null, origin: 'metadata', evidence: [] };
}

function question(id: number, evidence: Evidence[]): Question {
  return { id: `q${id}`, text: 'What next?', basis: 'hedged-prediction', evidence };
}

function brief(text: string, parts: Partial<Omit<ScoredBrief, 'article'>> = {}, title?: string): ScoredBrief {
  return { article: article(text, title), summary: [], actors: [], claims: [], questions: [], dates: [], ...parts };
}

function gold(parts: Partial<GoldBrief>): GoldBrief {
  return {
    id: 't',
    input: 'x.txt',
    format: 'text',
    published: '2005-02-04T12:00:00Z',
    title: 'A title',
    actors: [],
    claims: [],
    dates: [],
    uncertainties: [],
    ...parts,
  };
}

const person = (name: string, aliases: string[] = [], role = '', key = true): GoldActor => ({ name, aliases, type: 'person', key, role });

// ---------------------------------------------------------------------------------------------

describe('normaliseName', () => {
  it('folds case, accents, punctuation and a leading "the"', () => {
    expect(normaliseName('The Élysée  Palace')).toBe('elysee palace');
    expect(normaliseName('U.S.')).toBe(normaliseName('US'));
    expect(normaliseName('secretary-general')).toBe('secretary general');
    expect(normaliseName('Theresa May')).toBe('theresa may');
  });

  it('does not equate different names', () => {
    expect(normaliseName('Blair')).not.toBe(normaliseName('Blaire'));
  });
});

describe('actor matching', () => {
  const golds = indexGoldActors([
    person('Rod Eddington', ['Mr Eddington'], 'BA chief executive'),
    person('Joe Biden'),
    person('Hunter Biden', [], '', false),
    { name: 'British Airways', aliases: ['BA'], type: 'organization', key: true, role: '' },
  ]);
  const names = (n: string): string[] => matchActor({ name: n, aliases: [] }, golds).map((g) => g.actor.name);

  it('matches by name or alias after folding', () => {
    expect(names('the british airways')).toEqual(['British Airways']);
    expect(names('B.A.')).toEqual(['British Airways']);
  });

  it('matches a person by a unique surname, with a title or initial', () => {
    expect(names('Eddington')).toEqual(['Rod Eddington']);
    expect(names('Sir Rod Eddington')).toEqual(['Rod Eddington']);
    expect(names('R. Eddington')).toEqual(['Rod Eddington']);
  });

  it('rejects a conflicting given name and a surname two gold persons share', () => {
    expect(names('Robert Eddington')).toEqual([]);
    expect(names('Biden')).toEqual([]);
    expect(names('Mr Biden')).toEqual([]);
    expect(names('Joe Biden')).toEqual(['Joe Biden']);
  });

  it('does not apply the surname rule to organisations', () => {
    const orgs = indexGoldActors([{ name: 'Royal Bank of Scotland', aliases: [], type: 'organization', key: true, role: '' }]);
    expect(matchActor({ name: 'Scotland', aliases: [] }, orgs)).toEqual([]);
  });

  it('scores key recall, precision, type and role over a brief', () => {
    const text = 'Mr Eddington, BA chief executive, spoke. Paris was quiet. Joe Biden too.';
    const g = gold({
      actors: [
        person('Rod Eddington', ['Mr Eddington'], 'BA chief executive'),
        person('Joe Biden', [], 'former vice president'),
        { name: 'British Airways', aliases: ['BA'], type: 'organization', key: true, role: '' },
        { name: 'Paris', aliases: [], type: 'place', key: false, role: '' },
      ],
    });
    const b = brief(text, {
      actors: [
        actor(1, 'Eddington', 'person', [ev(text, 'Mr Eddington')], { role: 'chief executive of BA' }),
        actor(2, 'Paris', 'organization', [ev(text, 'Paris')]),
        actor(3, 'Joe Biden', 'person', [ev(text, 'Joe Biden')]),
        actor(4, 'Quiet', 'other', [ev(text, 'quiet')]),
      ],
    });
    const { counts, misses } = scoreBrief(g, b);
    expect(counts.keyActorRecall).toEqual({ num: 2, den: 3 });
    expect(misses.missedKeyActors).toEqual(['British Airways']);
    expect(counts.actorPrecision).toEqual({ num: 3, den: 4 });
    expect(misses.falsePositiveActors).toEqual(['Quiet']);
    expect(counts.actorType).toEqual({ num: 2, den: 3 });
    // Eddington's role matches by token F1 ("chief executive of BA" vs "BA chief executive");
    // Biden has no predicted role.
    expect(counts.actorRole).toEqual({ num: 1, den: 2 });
  });
});

describe('tokenF1', () => {
  it('is 0.5 or more only for a real overlap', () => {
    expect(tokenF1('NATO secretary general', 'former NATO secretary-general')).toBeGreaterThanOrEqual(0.5);
    expect(tokenF1('president', 'former NATO secretary-general')).toBeLessThan(0.5);
  });
});

describe('claims', () => {
  // Curly quotes and a double space in the text; the gold anchor has straight quotes.
  const text = 'Rasmussen said “some countries  will act individually” in July. Others disagreed.';
  const g = gold({
    actors: [person('Anders Fogh Rasmussen', ['Rasmussen'])],
    claims: [{ speaker: 'Anders Fogh Rasmussen', anchor: '"some countries will act individually"', kind: 'direct' }],
  });

  it('finds an anchor with curly quotes and folded whitespace', () => {
    const spans = findAnchor(text, '"some countries will act individually"');
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('“some countries  will act individually”');
  });

  it('recalls a claim whose evidence contains the anchor, and checks the speaker', () => {
    const b = brief(text, { claims: [claim(1, 'Mr Rasmussen', [ev(text, 'Rasmussen said “some countries  will act individually” in July.')])] });
    const { counts } = scoreBrief(g, b);
    expect(counts.claimRecall).toEqual({ num: 1, den: 1 });
    expect(counts.claimSpeaker).toEqual({ num: 1, den: 1 });
    expect(counts.claimPrecision).toEqual({ num: 1, den: 1 });
  });

  it('misses a claim whose evidence stops inside the anchor', () => {
    const b = brief(text, { claims: [claim(1, 'Rasmussen', [ev(text, 'Rasmussen said “some countries')])] });
    const { counts, misses } = scoreBrief(g, b);
    expect(counts.claimRecall).toEqual({ num: 0, den: 1 });
    expect(misses.missedClaims).toHaveLength(1);
    expect(counts.claimPrecision).toEqual({ num: 0, den: 1 });
  });

  it('counts a wrong speaker and leaves unattributed claims out of precision', () => {
    const b = brief(text, {
      claims: [
        claim(1, 'Others', [ev(text, '“some countries  will act individually”')]),
        claim(2, null, [ev(text, 'Others disagreed.')]),
      ],
    });
    const { counts, misses } = scoreBrief(g, b);
    expect(counts.claimRecall).toEqual({ num: 1, den: 1 });
    expect(counts.claimSpeaker).toEqual({ num: 0, den: 1 });
    expect(misses.wrongSpeakers[0]?.predicted).toBe('Others');
    expect(counts.claimPrecision).toEqual({ num: 1, den: 1 });
  });

  it('counts an anchor missing from the clean text as missed and reports it', () => {
    const g2 = gold({ claims: [{ speaker: 'officials', anchor: 'words that ingest dropped', kind: 'reported' }] });
    const { counts, misses } = scoreBrief(g2, brief(text, { claims: [claim(1, 'officials', [ev(text, 'Others disagreed.')])] }));
    expect(counts.claimRecall).toEqual({ num: 0, den: 1 });
    expect(misses.anchorsNotInText).toEqual(['claim: words that ingest dropped']);
  });
});

describe('dates', () => {
  it('treats a quarter as its month interval', () => {
    expect(canonicalDateValue('2004-Q4')).toBe('2004-10/2004-12');
    expect(canonicalDateValue('2004-Q4')).toBe(canonicalDateValue('2004-10/2004-12'));
    expect(canonicalDateValue('2004-Q1/2004-Q2')).toBe('2004-01/2004-06');
    expect(canonicalDateValue('2004-Q3')).not.toBe(canonicalDateValue('2004-10/2004-12'));
  });

  it('scores values, counting only predicted calendar dates (kind date or time, no *_REF)', () => {
    const g = gold({
      dates: [
        { text: 'the fourth quarter', value: '2004-10/2004-12', about: '' },
        { text: 'July', value: '2023-07', about: '' },
      ],
    });
    const b = brief('x', { dates: [date(1, '2004-Q4'), date(2, 'P3Y', 'duration'), date(3, '2023-08'), date(4, 'PRESENT_REF')] });
    const { counts } = scoreBrief(g, b);
    expect(counts.dateRecall).toEqual({ num: 1, den: 2 });
    expect(counts.datePrecision).toEqual({ num: 1, den: 2 });
  });
});

describe('questions', () => {
  const text = 'Poland might send troops. The summit is in July. Nobody knows what comes next.';
  const g = gold({
    uncertainties: [
      { anchor: 'might send troops', about: '' },
      { anchor: 'Nobody knows what comes next', about: '' },
    ],
  });

  it('grounds questions by overlap with an uncertainty anchor', () => {
    const b = brief(text, {
      questions: [question(1, [ev(text, 'Poland might')]), question(2, [ev(text, 'The summit is in July.')])],
    });
    const { counts } = scoreBrief(g, b);
    expect(counts.questionPrecision).toEqual({ num: 1, den: 2 });
    expect(counts.questionRecall).toEqual({ num: 1, den: 2 });
  });

  it('counts only the first three questions, in the brief\'s order, for the first-three precision', () => {
    const grounded = ev(text, 'Poland might');
    const not = ev(text, 'The summit is in July.');
    const b = brief(text, { questions: [question(1, [not]), question(2, [grounded]), question(3, [not]), question(4, [grounded])] });
    expect(scoreBrief(g, b).counts.questionTop3Precision).toEqual({ num: 1, den: 3 });
  });
});

describe('title and evidence invariant', () => {
  it('compares titles after folding', () => {
    const g = gold({ title: "High fuel prices hit BA's profits" });
    expect(scoreBrief(g, brief('x', {}, 'High Fuel Prices Hit BA’s Profits')).counts.title).toEqual({ num: 1, den: 1 });
    expect(scoreBrief(g, brief('x', {}, 'High fuel prices hit BA')).counts.title).toEqual({ num: 0, den: 1 });
  });

  it('counts every evidence object whose quote is not the text slice or is out of bounds', () => {
    const text = 'Blair spoke in London.';
    const b = brief(text, {
      summary: [{ text: 'Blair spoke.', evidence: [ev(text, 'Blair spoke in London.')] }],
      actors: [
        actor(1, 'Blair', 'person', [ev(text, 'Blair'), { start: 1, end: 6, quote: 'Blair' }]),
        actor(2, 'London', 'place', [{ start: 15, end: 40, quote: 'London.' }]),
      ],
      claims: [claim(1, 'Blair', [{ start: 0, end: 5, quote: 'Blair' }])],
    });
    const { counts, misses } = scoreBrief(gold({}), b);
    expect(counts.evidenceViolations).toEqual({ num: 2, den: 5 });
    expect(misses.evidenceViolations).toHaveLength(2);
  });
});

describe('MEANTIME scoring', () => {
  //            0         1         2         3         4         5         6         7
  //            0123456789012345678901234567890123456789012345678901234567890123456789012345
  const text = 'Airbus chief executive Noel Forgeard said sales rose. Later, Forgeard met Boeing.';
  const annotatedEnd = 53; // the first sentence only
  const record: MeantimeRecord = {
    id: '1',
    subcorpus: 'corpus_airbus',
    title: 't',
    url: 'u',
    published: '2006-01-01',
    text,
    annotated_end: annotatedEnd,
    entities: [
      {
        name: 'Noel Forgeard',
        type: 'PER',
        external_ref: null,
        mentions: [
          { start: 0, end: 36, text: 'Airbus chief executive Noel Forgeard', syntactic_type: 'NAM' },
          { start: 23, end: 36, text: 'Noel Forgeard', syntactic_type: 'NAM' },
        ],
      },
      { name: 'Airbus', type: 'ORG', external_ref: null, mentions: [{ start: 0, end: 6, text: 'Airbus', syntactic_type: 'PRE.NAM' }] },
      { name: 'sales', type: 'FIN', external_ref: null, mentions: [{ start: 42, end: 47, text: 'sales', syntactic_type: 'NOM' }] },
    ],
    timexes: [],
    speech: [
      {
        cue: { start: 37, end: 41, text: 'said' },
        speaker: 'Noel Forgeard',
        speaker_mention: { start: 0, end: 36, text: 'Airbus chief executive Noel Forgeard' },
      },
    ],
    unlinked_mentions: [],
  };
  const options = { types: ACTOR_TYPES };

  it('credits an entity only to a mention covering the head of its core name', () => {
    const airbusOnly = scoreMeantime(record, { actors: [actor(1, 'Airbus', 'organization', [ev(text, 'Airbus')])], claims: [] }, options);
    expect(airbusOnly.counts.entityRecall).toEqual({ num: 1, den: 2 });
    expect(airbusOnly.misses.missedEntities[0]).toContain('Noel Forgeard');
    const both = scoreMeantime(
      record,
      { actors: [actor(1, 'Airbus', 'organization', [ev(text, 'Airbus')]), actor(2, 'Forgeard', 'person', [ev(text, 'Forgeard')])], claims: [] },
      options,
    );
    expect(both.counts.entityRecall).toEqual({ num: 2, den: 2 });
    expect(both.counts.entityType).toEqual({ num: 2, den: 2 });
  });

  it('judges precision only for actors mentioned before annotated_end', () => {
    const { counts, misses } = scoreMeantime(
      record,
      {
        actors: [
          actor(1, 'Airbus chief', 'organization', [ev(text, 'Airbus chief')]),
          actor(2, 'Sales Rose', 'other', [ev(text, 'sales rose')]),
          actor(3, 'Boeing', 'organization', [ev(text, 'Boeing')]),
        ],
        claims: [],
      },
      options,
    );
    // "Airbus chief" covers Airbus's head; "Sales Rose" hits no name; Boeing is after annotated_end.
    expect(counts.entityPrecision).toEqual({ num: 1, den: 2 });
    expect(misses.falsePositiveActors).toEqual(['Sales Rose']);
  });

  it('neither credits nor blames a name nested in a gold name without its head', () => {
    const { counts } = scoreMeantime(record, { actors: [actor(1, 'Noel', 'person', [ev(text, 'Noel')])], claims: [] }, options);
    expect(counts.entityRecall).toEqual({ num: 0, den: 2 });
    expect(counts.entityPrecision).toEqual({ num: 0, den: 0 });
    expect(counts.ignoredActors).toEqual({ num: 1, den: 1 });
  });

  it('scores speaker coverage and accuracy on speech cues', () => {
    const sentence = ev(text, 'Airbus chief executive Noel Forgeard said sales rose.');
    const right = scoreMeantime(record, { actors: [], claims: [claim(1, 'Mr Forgeard', [sentence])] }, options);
    expect(right.counts.speakerCoverage).toEqual({ num: 1, den: 1 });
    expect(right.counts.speakerAccuracy).toEqual({ num: 1, den: 1 });
    const wrong = scoreMeantime(record, { actors: [], claims: [claim(1, 'Airbus', [sentence])] }, options);
    expect(wrong.counts.speakerAccuracy).toEqual({ num: 0, den: 1 });
    const outside = scoreMeantime(record, { actors: [], claims: [claim(1, 'Noel Forgeard', [ev(text, 'sales rose.')])] }, options);
    expect(outside.counts.speakerCoverage).toEqual({ num: 0, den: 1 });
  });
});
