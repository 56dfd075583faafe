// The visible text of whole pages, written for these tests: menus, consent walls, share bars
// and captions around a made-up story. Each case changes one part of the page's header.
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/brief/time.js';
import { isFurnitureLine } from '../../src/ingest/page-text.js';
import { parseScrapedText } from '../../src/ingest/scraped-text.js';

const reference = parseInstant('2026-03-01T12:00:00Z')!;

const MENU = ['Home', 'News', 'Local', 'Sport', 'Weather', 'Opinion', 'Business', 'Culture', 'Travel', 'Subscribe', 'Sign in'];

const STORY = [
  'The harbour board of Eastport voted on Tuesday to close the old ferry pier for repairs, a decision that will send commuters to a temporary landing two streets away until the end of the summer.',
  'Board chair Maria Olsen said the pier had been inspected twice this year and that the engineers found corrosion in more of the supporting piles than they had expected.',
  'Commuters who spoke to the board before the vote asked for a shuttle bus between the temporary landing and the train station, and the board agreed to fund one for the first month.',
  'The repairs are expected to cost about four million dollars, most of it from a state grant awarded last year for coastal infrastructure.',
];

const FOOTER = ['More from Local', 'Council delays vote on parking fees', 'School choir wins regional prize', 'New bakery opens on Front Street', 'Contact us', 'Privacy policy', 'Terms of use', '© 2026 Eastport Daily'];

/** A page: menu, header lines, the story as paragraphs between blank lines, related links, footer. */
function page(header: readonly string[], story: readonly string[] = STORY): string {
  return [...MENU, ...header, '', story.join('\n\n'), '', ...FOOTER].join('\n');
}

describe('whole page text: headline and date', () => {
  it('takes the headline above the byline and date line, and leaves both out of the body', () => {
    const parsed = parseScrapedText(page(['Harbour board closes old ferry pier for repairs', 'By Jonas Berg', 'Published March 3, 2025 at 9:15 AM EST', 'Share', 'Tweet']), { reference });
    expect(parsed.title).toBe('Harbour board closes old ferry pier for repairs');
    expect(parsed.publishedAt).toBe('2025-03-03T09:15:00-05:00');
    expect(parsed.body.startsWith('The harbour board of Eastport')).toBe(true);
    expect(parsed.body).not.toContain('Council delays vote');
  });

  it('reads the date from a meta line under the headline that also names the author, the comments and the categories', () => {
    const parsed = parseScrapedText(page(['Harbour board closes old ferry pier for repairs', 'Jonas Berg 27/09/2025 Comment! Local, Transport, Harbour news', 'Reading time: 2 minutes']), { reference });
    expect(parsed.title).toBe('Harbour board closes old ferry pier for repairs');
    expect(parsed.publishedAt?.slice(0, 10)).toBe('2025-09-27');
  });

  it('does not take a date from a caption under the headline', () => {
    const parsed = parseScrapedText(
      page(['Harbour board closes old ferry pier for repairs', 'Commuters wait at the old ferry pier in Eastport, Tuesday, March 4, 2025, before the board met to vote on its closure.']),
      { reference },
    );
    expect(parsed.publishedAt).toBeNull();
  });

  it('takes the headline over a standfirst of two sentences that lacks its full stop', () => {
    const parsed = parseScrapedText(
      page(['Harbour board closes old ferry pier for repairs', 'Local', 'Corrosion was worse than the engineers expected. Commuters will use a temporary landing until the end of the summer', 'Mon 3 Mar 2025 09.15 GMT']),
      { reference },
    );
    expect(parsed.title).toBe('Harbour board closes old ferry pier for repairs');
  });

  it('compares a headline with the article without the function words of other languages', () => {
    const story = [
      'Der Hafenrat von Ostdorf hat am Dienstag beschlossen, die alte Fähranlegestelle zur Reparatur zu schließen. Pendler müssen bis zum Ende des Sommers eine provisorische Anlegestelle nutzen.',
      'Die Vorsitzende Maria Olsen sagte, die Anlegestelle sei in diesem Jahr zweimal geprüft worden, und die Ingenieure hätten mehr Korrosion an den Pfählen gefunden als erwartet.',
      'Die Reparatur soll rund vier Millionen Euro kosten; der größte Teil stammt aus einem Zuschuss des Landes für die Küsteninfrastruktur.',
    ];
    const parsed = parseScrapedText(page(['Zurück zur Übersicht', 'Von Jonas Berg am 25. September 2025', 'Alte Fähranlegestelle in Ostdorf wird monatelang gesperrt'], story), { reference });
    expect(parsed.title).toBe('Alte Fähranlegestelle in Ostdorf wird monatelang gesperrt');
  });

  it('reads the header that opens the article run: the headline above the byline, not a pull quote shown twice, and keeps the byline out of the body', () => {
    const quote = '"The pier will not survive another winter without new piles."';
    const text = page([], [
      quote,
      '— An engineer, in a report to the harbour board in January 2025',
      'Will the old ferry pier survive another winter?',
      'By Jonas Berg on Monday, March 3rd, 2025 at 9:15 a.m.',
      ...STORY,
    ]).replace('More from Local', `Quote of the week\n${quote}\nMore from Local`);
    const parsed = parseScrapedText(text, { reference });
    expect(parsed.title).toBe('Will the old ferry pier survive another winter?');
    expect(parsed.publishedAt?.slice(0, 10)).toBe('2025-03-03');
    expect(parsed.body).not.toContain('By Jonas Berg');
    expect(parsed.body).not.toContain('Will the old ferry pier');
    expect(parsed.body).toContain('The harbour board of Eastport voted');
  });
});

describe('whole page text saved without blank lines', () => {
  it('still finds the article: its paragraphs, not the menu or the links after it', () => {
    // The story with short sub-headings between its paragraphs, as many pages set them.
    const story = [STORY[0]!, 'What the engineers found', STORY[1]!, 'Who pays', STORY[2]!, 'The shuttle', STORY[3]!];
    const flat = [...MENU, 'Ferry pier closes for repairs', 'By Jonas Berg', 'March 3, 2025 9:15 AM EST', ...story, ...FOOTER].join('\n');
    const parsed = parseScrapedText(flat, { reference });
    const body = parsed.body;
    for (const p of STORY) expect(body).toContain(p);
    expect(body).not.toContain('School choir wins regional prize');
    expect(body).not.toContain('Weather');
  });
});

describe('whole page text: what lies between the header and the article', () => {
  const BRANDS = ['Choose a ferry line', 'Arrow', 'Baltic', 'Coastal', 'Delta', 'Eastern', 'Fjord', 'Gull', 'Harbour', 'Island', 'Jetty', 'Kestrel', 'Lighthouse', 'Marina', 'Northern', 'Ocean', 'Pelican', 'Quay', 'Riverside', 'Seaway', 'Tern', 'Union', 'Viking', 'Wave', 'Yacht', 'Zephyr'];
  const TEASERS = [
    'More stories like this one',
    'Local',
    'Old ferry pier reopens after winter storm damage',
    'January 12, 2023',
    'Local',
    'Harbour board approves new ticket prices',
    'May 3, 2022',
    'Transport',
    'Commuters ask for a later ferry on weekdays',
    'October 19, 2021',
  ];

  it('takes the headline over its standfirst when both sit above the byline without a full stop', () => {
    const parsed = parseScrapedText(page(['Harbour News', 'Vote at the harbour board: Eastport says goodbye to its landing for a season', 'Ferry pier closes for repairs', 'By Jonas Berg', 'March 3, 2025 9:15 AM EST']), { reference });
    expect(parsed.title).toBe('Vote at the harbour board: Eastport says goodbye to its landing for a season');
  });

  it('keeps the headline under a list of teaser headlines, and not a quote\'s signature', () => {
    const teasers = ['Council delays vote on parking fees', 'School choir wins regional prize', 'New bakery opens on Front Street', 'Harbour board members visit the old pier'];
    const parsed = parseScrapedText(page([...teasers, 'Harbour board closes old ferry pier for repairs', 'By Jonas Berg', 'March 3, 2025']), { reference });
    expect(parsed.title).toBe('Harbour board closes old ferry pier for repairs');
    const quoted = parseScrapedText(page(['"The pier is older than the town hall."', '— Harbour board chair Maria Olsen on the ferry pier', 'Harbour board closes old ferry pier for repairs', 'By Jonas Berg', 'March 3, 2025']), { reference });
    expect(quoted.title).toBe('Harbour board closes old ferry pier for repairs');
  });

  it('reads the header above a long menu and a list of dated teasers, not a teaser and its date', () => {
    const header = ['Harbour board closes old ferry pier for repairs', 'By Jonas Berg', 'March 3, 2025 9:15 AM EST'];
    const parsed = parseScrapedText([...MENU, ...header, ...BRANDS, ...TEASERS, '', STORY.join('\n\n'), '', ...FOOTER].join('\n'), { reference });
    expect(parsed.title).toBe('Harbour board closes old ferry pier for repairs');
    expect(parsed.publishedAt).toBe('2025-03-03T09:15:00-05:00');
  });
});

describe('whole page text: the article body', () => {
  it('keeps an article that goes on under short subheadings, each a paragraph of its own', () => {
    const story = [
      'The harbour board of Eastport published its plan for the summer on Tuesday, with the works on the old ferry pier set out week by week for the commuters who use it.',
      'Week one',
      'Divers inspect the piles',
      'Two teams of divers will inspect every pile under the pier and mark the ones that need replacing before the cranes arrive.',
      'Week two',
      'Cranes arrive',
      'The cranes will be brought in by barge and set up on the north side, away from the temporary landing.',
      'Week three',
      'New piles',
      'The first new piles go in, starting at the seaward end of the pier.',
      'Week four',
      'Decking',
      'Workers will replace the decking once the piles have settled, and the pier is expected to reopen at the end of the month.',
    ];
    const parsed = parseScrapedText(page(['Harbour board sets out its summer plan for the ferry pier', 'By Jonas Berg', 'March 3, 2025'], story), { reference });
    expect(parsed.body).toContain('Two teams of divers');
    expect(parsed.body).toContain('The first new piles go in');
    expect(parsed.body).toContain('Workers will replace the decking');
    expect(parsed.body).not.toContain('Council delays vote');
  });

  it('keeps every item of a list article, one paragraph per item, and leaves out each item\'s price line and shop link', () => {
    const items = ['Harbour Kayak', 'Pier Lantern', 'Tide Clock', 'Ferry Bell', 'Dock Bench'].map((name, k) => [
      '',
      `Photo: Eastport Daily`,
      `${name} for $${20 + k}`,
      'See it now: Harbour Shop',
      '',
      `The ${name.toLowerCase()} is number ${k + 1} on our list this year, and readers who wrote to us about it said it was built to last through a wet winter on the waterfront, which is more than most things sold along Front Street can claim, and it costs less than it did last year.`,
    ]);
    const text = [...MENU, 'Five gifts for the harbour', 'By Jonas Berg', 'March 3, 2025', '', STORY[0], '', STORY[1], ...items.flat(), '', ...FOOTER].join('\n');
    const parsed = parseScrapedText(text, { reference });
    for (const name of ['harbour kayak', 'pier lantern', 'tide clock', 'ferry bell', 'dock bench']) expect(parsed.body).toContain(`The ${name} is number`);
    expect(parsed.body).not.toContain('See it now');
    expect(parsed.body).not.toContain('Council delays vote');
  });

  it('keeps the list that the last sentence of the article introduces with a colon', () => {
    const text = page(['Harbour board closes old ferry pier for repairs', 'By Jonas Berg', 'March 3, 2025'], [...STORY, 'The temporary landing will be served at these times:']).replace(
      '\n\nMore from Local',
      '\nWeekdays -- 6:10, 7:40 and 9:15 in the morning\nWeekdays -- 5:05 and 6:30 in the evening\nSaturdays -- 8:00 and 12:00\nSundays and Home Games -- no service\n\nMore from Local',
    );
    const parsed = parseScrapedText(text, { reference });
    expect(parsed.body).toContain('Saturdays -- 8:00 and 12:00');
    expect(parsed.body).toContain('Sundays and Home Games -- no service');
    expect(parsed.body).not.toContain('More from Local');
  });

  it('leaves out photo credits, captions, consent and copyright lines inside the article run', () => {
    const story = [
      STORY[0]!,
      STORY[1]!,
      'Image copyright Eastport Daily',
      'Image caption The old ferry pier has served the town since 1962',
      STORY[2]!,
      STORY[3]!,
      'Copyright 2025 Eastport Daily. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    ];
    const parsed = parseScrapedText(page(['Harbour board closes old ferry pier for repairs', 'By Jonas Berg', 'March 3, 2025'], story), { reference });
    expect(parsed.body).toContain('Commuters who spoke to the board');
    expect(parsed.body).not.toContain('Image caption');
    expect(parsed.body).not.toContain('Image copyright');
    expect(parsed.body).not.toContain('All rights reserved');
  });

  it.each([
    'Commuters wait at the old ferry pier in Eastport, Maine. (AP Photo/Ann Lee, File)',
    'Commuters wait at the old ferry pier in Eastport on Tuesday, March 4, 2025. (Ann Lee/Reuters)',
    'Commuters wait at the old ferry pier in Eastport on Tuesday.Ann Lee / AP file',
  ])('leaves out a caption that ends with its photo credit: %s', (caption) => {
    const story = [STORY[0]!, caption, ...STORY.slice(1)];
    const parsed = parseScrapedText(page(['Harbour board closes old ferry pier for repairs', 'By Jonas Berg', 'March 3, 2025'], story), { reference });
    expect(parsed.body).toContain('Board chair Maria Olsen said');
    expect(parsed.body).not.toContain('Commuters wait');
  });

  it('keeps a sentence with a slash in parentheses', () => {
    const story = [STORY[0]!, 'The board published the inspection report on its website (see the minutes/agenda for Tuesday).', ...STORY.slice(1)];
    const parsed = parseScrapedText(page(['Harbour board closes old ferry pier for repairs', 'By Jonas Berg', 'March 3, 2025'], story), { reference });
    expect(parsed.body).toContain('see the minutes/agenda');
  });

  it('keeps a table of the article, its rows written with tabs between the cells', () => {
    const table = ['Week\tWork\tLanding\tShuttle', '1\tDivers inspect piles\tOld pier\tNo', '2\tCranes arrive\tTemporary\tYes', '3\tNew piles\tTemporary\tYes', '4\tDecking\tTemporary\tYes'];
    const text = page(['Harbour board sets out its summer plan for the ferry pier', 'By Jonas Berg', 'March 3, 2025'], [STORY[0]!, 'The plan, week by week:']).replace(
      '\n\nMore from Local',
      `\n\n${table.join('\n')}\n\nMore from Local`,
    );
    const parsed = parseScrapedText(text, { reference });
    expect(parsed.body).toContain('3\tNew piles\tTemporary\tYes');
    expect(parsed.body).toContain('4\tDecking');
    expect(parsed.body).not.toContain('Council delays vote');
  });
});

describe('whole page text: page furniture inside the article run', () => {
  const header = ['Harbour board closes old ferry pier for repairs', 'By Jonas Berg', 'March 3, 2025'];
  const parse = (story: readonly string[]): string => parseScrapedText(page(header, story), { reference }).body;

  it('leaves out a sign-up box at the end of the article, and everything of the box under it', () => {
    const body = parse([
      ...STORY,
      'Get the latest harbour news in your inbox. Sign up for the Eastport Daily newsletter.',
      'No spam, we promise. You can unsubscribe at any time and we will never share your details.',
      'Eastport Daily is part of Coastal Media Group, a publisher of regional newspapers. Visit our corporate site.',
    ]);
    expect(body).toContain('most of it from a state grant');
    expect(body).not.toContain('Sign up for');
    expect(body).not.toContain('No spam');
    expect(body).not.toContain('Coastal Media Group');
  });

  it('leaves out a call to action between paragraphs and keeps the paragraphs after it', () => {
    const body = parse([STORY[0]!, STORY[1]!, 'Follow the Eastport Daily on Twitter and Facebook for updates.', STORY[2]!, STORY[3]!]);
    expect(body).not.toContain('Follow the Eastport Daily');
    expect(body).toContain('Commuters who spoke to the board');
    expect(body).toContain('most of it from a state grant');
  });

  it('keeps a sentence of the story that quotes someone asking readers to follow a link', () => {
    const quoted = '"Follow the signs to the temporary landing on our website," the harbour master said on Tuesday.';
    expect(parse([STORY[0]!, quoted, ...STORY.slice(1)])).toContain(quoted);
  });

  it('leaves out headlines packed one per line between paragraphs, a list the article does not introduce', () => {
    const text = page(header, [STORY[0]!, STORY[1]!]).replace(
      '\n\nMore from Local',
      `\n\nCouncil delays vote on parking fees\nSchool choir wins regional prize\nNew bakery opens on Front Street\n\n${STORY[2]}\n\n${STORY[3]}\n\nMore from Local`,
    );
    const body = parseScrapedText(text, { reference }).body;
    expect(body).not.toContain('School choir');
    expect(body).toContain('most of it from a state grant');
  });

  it('leaves out a link to another page named by the site\'s domain', () => {
    const body = parse([STORY[0]!, STORY[1]!, 'On EastportDaily.com: Ferry fares to rise in the spring', STORY[2]!, STORY[3]!]);
    expect(body).not.toContain('Ferry fares to rise');
    expect(body).toContain('Commuters who spoke to the board');
  });

  it('leaves out an author box under the article: a name the article does not use, over a paragraph about that person', () => {
    const body = parse([...STORY, 'About Jonas Berg', 'Jonas Berg covers the harbour, the ferries and the town council for the Eastport Daily.']);
    expect(body).toContain('most of it from a state grant');
    expect(body).not.toContain('covers the harbour');
  });

  it('leaves out a caption with its credit packed under it', () => {
    const text = page(header, [STORY[0]!, STORY[1]!]).replace(
      '\n\nMore from Local',
      `\n\nCommuters wait for the ferry at the temporary landing on Tuesday morning.\nAnn Lee, Eastport Daily\n\n${STORY[2]}\n\n${STORY[3]}\n\nMore from Local`,
    );
    const body = parseScrapedText(text, { reference }).body;
    expect(body).not.toContain('Commuters wait for the ferry');
    expect(body).not.toContain('Ann Lee');
    expect(body).toContain('Commuters who spoke to the board');
  });

  it('leaves out a caption that ends with an agency credit written without parentheses', () => {
    const body = parse([STORY[0]!, 'Commuters wait at the old ferry pier in Eastport on Tuesday, March 3, 2025, before the vote. REUTERS/Ann Lee', ...STORY.slice(1)]);
    expect(body).not.toContain('Commuters wait');
    expect(body).toContain('Board chair Maria Olsen');
  });
});

describe('isFurnitureLine: captions by their credit, in English and French', () => {
  it.each([
    'A puffin at dawn on the north cliff. Photo: Island Trust',
    'Arnaud Montebourg, ministre du Redressement productif Crédits photo : Jean-Christophe Marmara/Le Figaro',
    'Le port au petit matin Crédit photo: Jean Dupont',
  ])('%s', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it('a headline that names a photo is not furniture', () => {
    expect(isFurnitureLine('Why this photo of a puffin went round the world')).toBe(false);
  });
});
