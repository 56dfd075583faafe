// Attribution patterns of unseen news text: participle and infinitive cues, several attributions
// in one sentence, colon-framed, dash-signed and interrupted quotes, organisations, polls and
// documents as sources, transcripts and teasers. The passages are written for these tests.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/extract/claims/quotes.js';
import { extractBrief } from '../../src/extract/index.js';
import { article } from './excerpt.js';

const REF = { referenceTime: '2024-03-01T12:00:00Z' };

function claimsOf(text: string, byline: string | null = null): { speaker: string | null; kind: string; cue: string | null; text: string; evidence: string }[] {
  return extractBrief({ ...article(text), byline }, REF).claims.map((c) => ({ speaker: c.speaker, kind: c.kind, cue: c.cue, text: c.text, evidence: c.evidence[0]!.quote }));
}

describe('cues that lean on the main clause', () => {
  it('a participle after a comma reports the subject of the main clause, and its content follows it', () => {
    const text = 'Harbour minister Tom Reed defended the budget on Monday, saying it would protect jobs in the port.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Tom Reed', cue: 'saying', text: 'it would protect jobs in the port' }]);
  });

  it('"adding that" goes on with the speaker of the speech verb before it', () => {
    const text = 'Opposition leader Mary Jones attacked the plan, adding that it would hurt families across the region.';
    expect(claimsOf(text).map((c) => [c.speaker, c.cue])).toContainEqual(['Mary Jones', 'adding']);
  });

  it('an infinitive ("shifted his account to say") shares the subject, but "is expected to deny" is nobody\'s statement', () => {
    const text = 'Another diplomat, former envoy Kurt Vollmer, shifted his account to say the two men did discuss the contract.\n\nThe directors are expected to deny any wrongdoing at the hearing.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Kurt Vollmer', cue: 'say', text: 'the two men did discuss the contract' }]);
  });

  it('hoping or planning to do something is an intention, not a claim', () => {
    const text = 'Finance ministers are meeting in Lisbon, with the council presidency hoping to strike a deal by June.';
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('the hearer of a verb of telling', () => {
  it('is left out of the content, also when two hearers are joined ("told friends and family that")', () => {
    const text = 'The minister has told friends and family that the visit was a great success.';
    expect(claimsOf(text)).toMatchObject([{ cue: 'told', text: 'the visit was a great success' }]);
  });

  it('may be a long noun phrase when it closes the sentence ("…, the minister told the BBC\'s World Business Report programme.")', () => {
    const text = 'Prices will rise again next year, the minister told the BBC\'s World Business Report programme.';
    expect(claimsOf(text)).toMatchObject([{ cue: 'told', text: 'Prices will rise again next year' }]);
  });
});

describe('several attributions in one sentence', () => {
  it('gives each speaker their own clause, as content and as evidence', () => {
    const text = 'Mayor Tom Reed said the budget was fair, while councillor Mary Jones insisted it would hurt the poor.';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.speaker, c.text])).toEqual([
      ['Tom Reed', 'the budget was fair'],
      ['Mary Jones', 'it would hurt the poor'],
    ]);
    expect(claims[0]!.evidence).not.toContain('Jones');
    expect(claims[1]!.evidence).not.toContain('Reed');
  });

  it('keeps a nested attribution inside the outer one ("X said Y had claimed ...")', () => {
    const text = 'Peter Brown said Tom Reed had claimed that the budget was fair.';
    expect(claimsOf(text).map((c) => [c.speaker, c.cue])).toEqual([['Peter Brown', 'said']]);
  });

  it('a quote that its own verb introduces keeps its speaker inside another\'s report', () => {
    const text = 'Tom Reed was arrested in April.\n\nDuring the call, he insulted the staff and said, "somebody ought to close this office for good," the prosecutor\'s office said.';
    const quote = claimsOf(text).find((c) => c.kind === 'direct');
    expect(quote).toMatchObject({ speaker: 'Tom Reed', cue: 'said' });
    expect(quote!.evidence).not.toContain('prosecutor');
  });
});

describe('quotes', () => {
  it('reads two apostrophes as a quote mark and attributes a quote after a long apposition', () => {
    const text = "''This isn't tax reform,'' said Doug Holden, an economist who served as director of the budget office. ''There is nothing new here at all.''";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(["This isn't tax reform,", 'There is nothing new here at all.']);
    expect(claimsOf(text).map((c) => [c.speaker, c.kind])).toEqual([
      ['Doug Holden', 'direct'],
      ['Doug Holden', 'direct'],
    ]);
  });

  it('attributes both halves of an interrupted quote, and a short whole utterance', () => {
    const text = 'Mary Jones faced the council.\n\n"We will not back down," she said, "and we will win this vote."\n\n"No," she said.';
    expect(claimsOf(text).map((c) => [c.speaker, c.text])).toEqual([
      ['Mary Jones', 'We will not back down'],
      ['Mary Jones', 'and we will win this vote.'],
      ['Mary Jones', 'No'],
    ]);
  });

  it('takes a quote framed by a name and a colon, and a vox-pop quote signed with a dash', () => {
    const text = 'Jordan Peters: "We need a better deal for the workers of this city."\n\n“It was a great night for the city and for all of us.” ― Peter Brown';
    expect(claimsOf(text).map((c) => [c.speaker, c.cue])).toEqual([
      ['Jordan Peters', ':'],
      ['Peter Brown', '―'],
    ]);
  });

  it('ends an unclosed quote before the attribution of the next ("... He added: "...")', () => {
    const text = 'Mr Mubara said: "I have lost three years of my life, because of who I am. He added: "They wanted to break me but they made me stronger."';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['I have lost three years of my life, because of who I am.', 'They wanted to break me but they made me stronger.']);
  });

  it('does not carry a quoted phrase inside narration over to the last speaker', () => {
    const text = 'Mayor Tom Reed said the budget was fair.\n\nAnn Marsh, a councillor, called the proposal "a disgrace to the nation".';
    expect(claimsOf(text).map((c) => [c.speaker, c.cue])).toEqual([
      ['Tom Reed', 'said'],
      ['Ann Marsh', 'called'],
    ]);
  });
});

describe('sources that are not people', () => {
  it('an office, a company, a poll (for the firm that ran it) and figures are sources', () => {
    const text =
      "The minister's office said the figures were correct.\n\nHarbourline Ltd announced on Monday that it would cut 500 jobs.\n\nA poll by Ipsos found that most voters opposed the plan.\n\nThe data show that unemployment has risen for three months.";
    expect(claimsOf(text).map((c) => [c.speaker, c.cue])).toEqual([
      ["minister's office", 'said'],
      ['Harbourline Ltd', 'announced'],
      ['Ipsos', 'found'],
      ['data', 'show'],
    ]);
  });

  it('"according to X" names the source wherever it stands, up to its comma', () => {
    const text = 'Prices will rise again next year, according to the central bank.\n\nAccording to police, officers saw the driver leave the car with a bag.';
    expect(claimsOf(text).map((c) => [c.speaker, c.text])).toEqual([
      ['central bank', 'Prices will rise again next year'],
      ['police', 'officers saw the driver leave the car with a bag'],
    ]);
  });

  it('"called X a Y" and "called for" are claims; "called the police" is not', () => {
    const text = 'Mary Jones called the contempt vote a political stunt.\n\nThe union called for a moratorium on new schools.\n\nA neighbour called the police shortly after midnight.';
    expect(claimsOf(text).map((c) => [c.speaker, c.cue])).toEqual([
      ['Mary Jones', 'called'],
      ['union', 'called for'],
    ]);
  });
});

describe('pronouns and the people of the story', () => {
  it('"he" opening a sentence is the subject of the sentence before, not the last speaker', () => {
    const text =
      'The home secretary, Tom Reed, said he would not open an inquiry.\n\nPeter Brown, who spent three years in the camp, was one of four men released in January. He said he was questioned by a British officer.';
    expect(claimsOf(text).map((c) => [c.speaker, c.text])).toEqual([
      ['Tom Reed', 'he would not open an inquiry'],
      ['Peter Brown', 'he was questioned by a British officer'],
    ]);
  });

  it('never resolves a pronoun to the author of the piece', () => {
    const text = 'Jane Doe reported from Ohio.\n\nThe mayor met protesters on Monday.\n\n"We will listen to every one of you," she said.';
    expect(claimsOf(text, 'Jane Doe')).toEqual([]);
  });
});

describe('transcripts and page furniture', () => {
  it('takes each turn of a transcript as a direct claim of its speaker, and a teaser as none', () => {
    const text =
      'Chris Walden interviewed Mike Pennant on Sunday.\n\nWALDEN: Let us start with the news about the debate tonight.\n\nPENNANT: Well, look, the voters will decide this for themselves.\n\nWATCH: Pennant says he will win the debate tonight.';
    expect(claimsOf(text).map((c) => [c.speaker, c.kind])).toEqual([
      ['Chris Walden', 'direct'],
      ['Mike Pennant', 'direct'],
    ]);
  });

  it('a line without closing punctuation that is its own paragraph (a link, a headline) gives no claim', () => {
    const text = 'The council met on Monday.\n\nAirline went into records after crash, engineer says';
    expect(claimsOf(text)).toEqual([]);
  });
});
