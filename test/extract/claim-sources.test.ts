// Sources that are no named person: a body named another way than its actor's name, and a group
// postmodified by a participle ("the women questioned by the firm said"). The passages are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extractBrief } from '../../src/extract/index.js';
import { article } from './excerpt.js';

const REF = { referenceTime: '2024-03-01T12:00:00Z' };

function claimsOf(text: string): { speaker: string | null; speakerId: string | null; cue: string | null; text: string }[] {
  return extractBrief(article(text), REF).claims.map((c) => ({ speaker: c.speaker, speakerId: c.speakerId, cue: c.cue, text: c.text }));
}

describe('a body speaks by the name the article gives it there', () => {
  it('takes the form of the mention nearest the cue, the actor still linked by id', () => {
    const text =
      'Harbour plan attacked\n\nThe Harbour Development Agency (HDA) published its plan on Monday.\n\nThe HDA said the new quay would open in June.\n\nThe Conservatives said the plan would cost too much. The Tories also said they would vote against it.';
    const brief = extractBrief(article(text), REF);
    const [hda, conservatives, tories] = brief.claims;
    expect(hda).toMatchObject({ speaker: 'HDA', text: 'the new quay would open in June' });
    expect(brief.actors.find((a) => a.id === hda!.speakerId)?.name).toBe('Harbour Development Agency');
    expect(conservatives).toMatchObject({ speaker: 'Conservatives' });
    expect(tories).toMatchObject({ speaker: 'Tories' });
    expect(tories!.speakerId).toBe(conservatives!.speakerId);
  });

  it('takes no form from the words a body is quoted saying', () => {
    const text = 'Calls row\n\nLabour phoned voters on Monday.\n\n"We ask everyone whether they are happy to be phoned by the Labour Party again," the party said.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Labour', text: 'We ask everyone whether they are happy to be phoned by the Labour Party again' }]);
  });

  it('keeps the name where the mention only modifies a noun, is an adjective of nationality, or is a person', () => {
    const text =
      'Harbour plan attacked\n\nThe Conservatives debated the plan on Monday.\n\nA Tory spokesman said the plan was flawed.\n\nMaria Lopez is the harbour master. Ms Lopez said the quay would open in June.';
    expect(claimsOf(text)).toMatchObject([
      { speaker: 'Conservative Party', cue: 'said', text: 'the plan was flawed' },
      { speaker: 'Maria Lopez', cue: 'said', text: 'the quay would open in June' },
    ]);
  });
});

describe('a country named by its adjective of nationality keeps its name', () => {
  it('gives no claim to "British" for a country the article calls "Britain"', () => {
    const text = 'Hopes high\n\nBritain sent a team of ten to Tokyo.\n\nBritish hopes rest on the young sprinter from Leeds.';
    expect(claimsOf(text).map((c) => c.speaker)).not.toContain('British');
  });
});

describe('a participle after the subject\'s noun, before its verb of saying (Quirk et al. 1985, §17.30)', () => {
  it('reads the saying verb after the participle, with or without its by-phrase', () => {
    const text =
      'Survey shows fears\n\nThe survey was published on Monday.\n\nThe doctors interviewed said waiting lists would grow. Shop owners questioned by the council said rents were too high. Nearly 60% of the bosses polled said costs would rise.';
    expect(claimsOf(text)).toMatchObject([
      { speaker: 'doctors', cue: 'said', text: 'waiting lists would grow' },
      { speaker: 'Shop owners questioned by the council', cue: 'said', text: 'rents were too high' },
      { speaker: 'Nearly 60% of the bosses', cue: 'said', text: 'costs would rise' },
    ]);
  });

  it('leaves a participle that is the verb of its clause alone', () => {
    const text = 'Talks go on\n\nThe talks resumed on Monday.\n\nThe union questioned whether the offer was fair. Ministers said by phone that the talks would go on.';
    expect(claimsOf(text)).toMatchObject([
      { speaker: 'union', cue: 'questioned' },
      { speaker: 'Ministers', cue: 'said', text: 'the talks would go on' },
    ]);
  });
});
