// Writes the generated word lists of src/extract/lexicon/ from two published sources:
//  - WordNet 3.0 (Princeton; Debian package `wordnet-base`, files in /usr/share/wordnet): the
//    nouns whose most frequent sense lies in the lexicographer file noun.person ("striker",
//    "guitarist", "spokesman"), kept only where SemCor counts them more often as nouns than as
//    verbs, adjectives or adverbs ("have", "white" and "national" are not person nouns in use).
//    Also the nouns whose most frequent sense is a made thing or a work (hyponyms of WordNet's
//    instrumentality, commodity and creation in noun.artifact; of written communication, musical
//    composition and broadcast in noun.communication; of social event in noun.event): "handset",
//    "supercomputer", "treaty", "ballad", "tournament". And the nouns whose most frequent sense is
//    a kind of organisation (hyponyms of organization.n.01): "charity", "carmaker", "association".
//    And the nouns with a sense in noun.communication, noun.cognition or noun.feeling: what can be
//    said, thought or felt ("call", "view", "desire"), which "repeated" can take as a message.
//  - compromise 14 (MIT; a dev dependency): its lexicon's given names, cities, regions, sports
//    teams and organisations.
// Regenerate with `npx tsx scripts/lexicon/write-lexicons.ts` and review the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const WORDNET = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
const OUT = path.resolve('src/extract/lexicon');
const modules = path.resolve('node_modules');

/** SemCor tag counts per lemma and part of speech, from cntlist.rev ("lemma%1:...": noun). */
function readCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  const pos: Record<string, string> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };
  for (const line of readFileSync(path.join(WORDNET, 'cntlist.rev'), 'latin1').split('\n')) {
    const [key, , count] = line.split(' ');
    if (!key || !count) continue;
    const [lemma, rest] = key.split('%') as [string, string];
    const k = `${lemma}/${pos[rest.split(':')[0]!]}`;
    counts.set(k, (counts.get(k) ?? 0) + Number(count));
  }
  return counts;
}

/** Lexicographer file of each noun synset, by offset. */
function readNounFiles(): Map<string, number> {
  const files = new Map<string, number>();
  for (const line of readFileSync(path.join(WORDNET, 'data.noun'), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const [offset, file] = line.split(' ');
    files.set(offset!, Number(file));
  }
  return files;
}

const NOUN_PERSON = 18;

function readPersonNouns(lowerForms: Set<string>): string[] {
  const counts = readCounts();
  const files = readNounFiles();
  const out: string[] = [];
  for (const { lemma, synsets } of readNounIndex(lowerForms)) {
    if (files.get(synsets[0]!) !== NOUN_PERSON || !mostlyNoun(counts, lemma)) continue;
    out.push(lemma);
  }
  return out.sort();
}

/**
 * The entries of WordNet's noun index whose lemma is a plain lower-case word written so in some
 * synset (WordNet's index lower-cases every lemma; "judith" is a person noun only as "Judith"),
 * with their synsets, most frequent first.
 */
function* readNounIndex(lowerForms: Set<string>): Generator<{ lemma: string; synsets: string[] }> {
  for (const line of readFileSync(path.join(WORDNET, 'index.noun'), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const parts = line.split(' ');
    const lemma = parts[0]!;
    if (!/^[a-z][a-z-]+$/.test(lemma) || !lowerForms.has(lemma)) continue;
    const pointers = Number(parts[3]);
    yield { lemma, synsets: parts.slice(4 + pointers + 2, 4 + pointers + 2 + Number(parts[2])) };
  }
}

/** SemCor sees the lemma as a noun at least as often as in any other part of speech. */
function mostlyNoun(counts: Map<string, number>, lemma: string): boolean {
  const other = Math.max(counts.get(`${lemma}/v`) ?? 0, counts.get(`${lemma}/a`) ?? 0, counts.get(`${lemma}/r`) ?? 0);
  return other <= (counts.get(`${lemma}/n`) ?? 0);
}

/**
 * Nouns with a noun.person sense that the list above leaves out, because another sense comes first
 * ("star", "substitute") or SemCor sees them more in another part of speech ("hopeful"). Where the
 * grammar has settled that the word heads a noun phrase naming someone ("R&B star Alicia Keys",
 * "presidential hopeful Deval Patrick"), the person sense is the one meant.
 */
function readPersonSenseNouns(lowerForms: Set<string>, primary: Set<string>): string[] {
  const files = readNounFiles();
  // A sense that is an instance ("bush": George Bush, "berlin": Irving Berlin) is a name, not a kind of person.
  const instances = new Set<string>();
  for (const line of readFileSync(path.join(WORDNET, 'data.noun'), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const parts = line.split('|')[0]!.trim().split(' ');
    const count = parseInt(parts[3]!, 16);
    const rest = parts.slice(4 + 2 * count);
    if (Array.from({ length: Number(rest[0]) }, (_, i) => rest[1 + 4 * i]).includes('@i')) instances.add(parts[0]!);
  }
  const out: string[] = [];
  for (const line of readFileSync(path.join(WORDNET, 'index.noun'), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const parts = line.split(' ');
    const lemma = parts[0]!;
    if (!/^[a-z][a-z-]+$/.test(lemma) || !lowerForms.has(lemma) || primary.has(lemma)) continue;
    const senses = Number(parts[2]);
    const pointers = Number(parts[3]);
    const synsets = parts.slice(4 + pointers + 2, 4 + pointers + 2 + senses);
    if (synsets.some((s) => files.get(s) === NOUN_PERSON && !instances.has(s))) out.push(lemma);
  }
  return out.sort();
}

/** The synsets each noun synset is a kind or an instance of, by offset. */
function readHypernyms(): Map<string, string[]> {
  const up = new Map<string, string[]>();
  for (const line of readFileSync(path.join(WORDNET, 'data.noun'), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const parts = line.split('|')[0]!.trim().split(' ');
    const count = parseInt(parts[3]!, 16);
    const rest = parts.slice(4 + 2 * count);
    const ups: string[] = [];
    for (let i = 0; i < Number(rest[0]); i++) if (rest[1 + 4 * i] === '@' || rest[1 + 4 * i] === '@i') ups.push(rest[2 + 4 * i]!);
    up.set(parts[0]!, ups);
  }
  return up;
}

/** The synset and every synset it is a kind or an instance of, by offset. */
function ancestorsOf(up: Map<string, string[]>, offset: string): Set<string> {
  const seen = new Set<string>([offset]);
  const stack = [offset];
  while (stack.length > 0) {
    for (const u of up.get(stack.pop()!) ?? []) {
      if (seen.has(u)) continue;
      seen.add(u);
      stack.push(u);
    }
  }
  return seen;
}

/**
 * WordNet 3.0 synsets (by offset) whose hyponyms are made things or works: instrumentality (devices,
 * vehicles, equipment), commodity (goods), creation (art, products, publications), written communication
 * (documents, software), musical composition, broadcast (two senses) and social event (contests,
 * shows).
 */
const THING_ROOTS = new Set(['03575240', '03076708', '03129123', '06349220', '07037465', '06254007', '06619428', '07288639']);
/** Structures and facilities name places; the press and broadcasting ("newspaper", "radio") name outlets, which are bodies. */
const NOT_THING_ROOTS = new Set(['04341686', '03315023', '06263369', '06276697']);

/** Nouns whose most frequent sense is a kind of made thing or work, used more as nouns than otherwise, and never of a person. */
function readThingNouns(lowerForms: Set<string>): string[] {
  const counts = readCounts();
  const files = readNounFiles();
  const up = readHypernyms();
  const out: string[] = [];
  for (const { lemma, synsets } of readNounIndex(lowerForms)) {
    // ("entrant", "chair", "pilot": a noun that may name a person is no evidence of a thing.)
    if (synsets.some((o) => files.get(o) === NOUN_PERSON)) continue;
    const kinds = ancestorsOf(up, synsets[0]!);
    if ([...NOT_THING_ROOTS].some((r) => kinds.has(r)) || ![...THING_ROOTS].some((r) => kinds.has(r))) continue;
    if (!mostlyNoun(counts, lemma)) continue;
    out.push(lemma);
  }
  return out.sort();
}

/** WordNet 3.0 press.n.02 and broadcasting.n.02 (two senses): news outlets, bodies rather than things. */
const OUTLET_ROOTS = ['06263369', '06276697'];
/** WordNet 3.0 structure.n.01 and facility.n.01: buildings, venues, grounds ("arena", "hotel", "cinema", "plant"). */
const STRUCTURE_ROOTS = ['04341686', '03315023'];
/** WordNet 3.0 instrumentality.n.03 and commodity.n.01: devices, vehicles, equipment and goods ("sedan", "watch", "console"). */
const OBJECT_ROOTS = ['03575240', '03076708'];

/**
 * Nouns whose most frequent sense is a kind of one of `roots`, used more as nouns than otherwise, never of a person,
 * and no organisation or news outlet ("bank", "newspaper"). What a capitalised name before them, or at their head, names is a place
 * or an object, not a person: "the Bridgestone Arena", "Pontiac Grand Prix sedans".
 */
function readNounsUnder(lowerForms: Set<string>, roots: readonly string[]): string[] {
  const counts = readCounts();
  const files = readNounFiles();
  const up = readHypernyms();
  const out: string[] = [];
  for (const { lemma, synsets } of readNounIndex(lowerForms)) {
    if (synsets.some((o) => files.get(o) === NOUN_PERSON) || !mostlyNoun(counts, lemma)) continue;
    const kinds = ancestorsOf(up, synsets[0]!);
    // (The press and broadcasting, "newspaper", "radio", name outlets, which are bodies.)
    if (kinds.has(ORGANIZATION_ROOT) || [...OUTLET_ROOTS].some((r) => kinds.has(r)) || !roots.some((r) => kinds.has(r))) continue;
    out.push(lemma);
  }
  return out.sort();
}

/** WordNet 3.0 organization.n.01 ("a group of people who work together"), by offset. */
const ORGANIZATION_ROOT = '08008335';

/** Nouns whose most frequent sense is a kind of organisation, used more as nouns than otherwise, and never of a person. */
function readOrganizationNouns(lowerForms: Set<string>): string[] {
  const counts = readCounts();
  const files = readNounFiles();
  const up = readHypernyms();
  const isOrganization = (offset: string): boolean => ancestorsOf(up, offset).has(ORGANIZATION_ROOT);
  // A plural of another noun ("men", "troops", "authorities") names people as often as a body.
  const nouns = new Set([...readNounIndex(lowerForms)].map((e) => e.lemma));
  const irregular = new Set(readFileSync(path.join(WORDNET, 'noun.exc'), 'latin1').split('\n').map((line) => line.split(' ')[0]!));
  const plural = (w: string): boolean => irregular.has(w) || (/s$/.test(w) && [w.slice(0, -1), w.replace(/es$/, ''), w.replace(/ies$/, 'y')].some((s) => s !== w && nouns.has(s)));
  const out: string[] = [];
  for (const { lemma, synsets } of readNounIndex(lowerForms)) {
    if (synsets.some((o) => files.get(o) === NOUN_PERSON) || !isOrganization(synsets[0]!) || !mostlyNoun(counts, lemma) || plural(lemma)) continue;
    out.push(lemma);
  }
  return out.sort();
}

/** WordNet's lexicographer files of what can be said, thought or felt. */
const NOUN_COGNITION = 9;
const NOUN_COMMUNICATION = 10;
const NOUN_FEELING = 12;

/** Nouns with any sense in noun.communication, noun.cognition or noun.feeling ("call", "pledge", "view", "desire"). */
function readMessageNouns(lowerForms: Set<string>): string[] {
  const files = readNounFiles();
  const out: string[] = [];
  for (const { lemma, synsets } of readNounIndex(lowerForms)) {
    if (synsets.some((o) => [NOUN_COGNITION, NOUN_COMMUNICATION, NOUN_FEELING].includes(files.get(o)!))) out.push(lemma);
  }
  return out.sort();
}

/** Every lemma SemCor has seen, in any part of speech: a common word, not only a name. */
function readCommonWords(): Set<string> {
  const words = new Set<string>();
  for (const key of readCounts().keys()) words.add(key.split('/')[0]!);
  return words;
}

/**
 * Lemmas SemCor tags at least three times that WordNet also writes in lower case: the everyday
 * words of English ("fair", "trial", "advertisement"), without the proper names WordNet lists
 * lower-cased in its index ("manchester").
 */
/** Word forms WordNet writes in lower case in some synset: common words, not only names. */
function readLowerForms(): Set<string> {
  const lowerForms = new Set<string>();
  for (const file of ['data.noun', 'data.verb', 'data.adj', 'data.adv']) {
    for (const line of readFileSync(path.join(WORDNET, file), 'latin1').split('\n')) {
      if (line.startsWith(' ') || line === '') continue;
      const parts = line.split(' ');
      const count = parseInt(parts[3]!, 16);
      for (let i = 0; i < count; i++) {
        const form = parts[4 + 2 * i]!.replace(/\(.*\)$/, '');
        if (/^[a-z][a-z-]+$/.test(form)) lowerForms.add(form);
      }
    }
  }
  return lowerForms;
}

function readEverydayWords(lowerForms: Set<string>): string[] {
  const totals = new Map<string, number>();
  for (const [key, n] of readCounts()) {
    const lemma = key.split('/')[0]!;
    totals.set(lemma, (totals.get(lemma) ?? 0) + n);
  }
  return [...totals].filter(([w, n]) => n >= 3 && lowerForms.has(w)).map(([w]) => w).sort();
}

/**
 * Capitalised words for a member of a people, faith or movement ("Muslim", "Scot", "Londoner":
 * noun.person synsets that are kinds, not instances, of something) and capitalised adjectives
 * ("Jewish", "Catholic"): they describe people, they name no actor.
 */
function readMemberWords(lowerForms: Set<string>): string[] {
  const out = new Set<string>();
  const add = (form: string): void => {
    const word = form.replace(/\(.*\)$/, '');
    if (/^[A-Z][a-z]+$/.test(word) && !lowerForms.has(word.toLowerCase())) out.add(word.toLowerCase());
  };
  for (const line of readFileSync(path.join(WORDNET, 'data.noun'), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const parts = line.split('|')[0]!.trim().split(' ');
    if (Number(parts[1]) !== NOUN_PERSON) continue;
    const count = parseInt(parts[3]!, 16);
    const rest = parts.slice(4 + 2 * count);
    const pointers = Array.from({ length: Number(rest[0]) }, (_, i) => rest[1 + 4 * i]);
    if (pointers.includes('@i') || !pointers.includes('@')) continue;
    for (let i = 0; i < count; i++) add(parts[4 + 2 * i]!);
  }
  for (const line of readFileSync(path.join(WORDNET, 'data.adj'), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const parts = line.split(' ');
    const count = parseInt(parts[3]!, 16);
    for (let i = 0; i < count; i++) add(parts[4 + 2 * i]!);
  }
  return [...out].sort();
}

async function readCompromise(): Promise<Record<string, string[]>> {
  const data = (await import(pathToFileURL(path.join(modules, 'compromise/src/2-two/preTagger/model/lexicon/_data.js')).href)).default as Record<string, string>;
  const { unpack } = (await import(pathToFileURL(path.join(modules, 'efrt/src/index.js')).href)) as { unpack: (s: string) => Record<string, unknown> };
  const out: Record<string, string[]> = {};
  for (const [tag, packed] of Object.entries(data)) out[tag] = Object.keys(unpack(packed)).sort();
  return out;
}

/** A list as a string literal of at most ~110 characters a line, split on load. */
function literal(words: string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length + w.length + 1 > 110) {
      lines.push(line.trim());
      line = '';
    }
    line += ` ${w}`;
  }
  if (line.trim()) lines.push(line.trim());
  return `\`\n${lines.join('\n')}\``;
}

async function main(): Promise<void> {
  const lowerForms = readLowerForms();
  const people = readPersonNouns(lowerForms);
  const personSense = readPersonSenseNouns(lowerForms, new Set(people));
  const common = readCommonWords();
  const lex = await readCompromise();
  const single = (ws: string[] = []): string[] => ws.filter((w) => /^[a-z][a-z'-]+$/.test(w));
  const phrase = (ws: string[] = []): string[] => ws.filter((w) => /^[a-z0-9][a-z0-9 .&'/-]+$/.test(w)).map((w) => w.replace(/ /g, '_'));
  // A given name that is also a common word ("will", "mark", "grace") or a place or team ("Chelsea",
  // "Sydney") says nothing on its own.
  const elsewhere = new Set(['City', 'Region', 'Country', 'Place', 'Person|Place', 'SportsTeam', 'Organization'].flatMap((t) => lex[t] ?? []));
  const given = (ws: string[] = []): string[] => single(ws).filter((w) => !common.has(w) && !elsewhere.has(w));
  writeFileSync(
    path.join(OUT, 'person-nouns.ts'),
    `// Generated by scripts/lexicon/write-lexicons.ts from WordNet 3.0: nouns whose most frequent sense\n// is a kind of person (noun.person), used more as nouns than otherwise. Do not edit by hand.\n// WordNet 3.0 Copyright 2006 by Princeton University; distributed under the WordNet licence\n// (https://wordnet.princeton.edu/license-and-commercial-use), which asks that this notice be kept.\n\n` +
      `/** ${people.length} nouns that name a kind of person: occupations, offices, relations, roles. */\n` +
      `export const PERSON_NOUN_LIST = ${literal(people)};\n\n` +
      `/** ${personSense.length} nouns with a person sense that is not their usual one ("star", "hopeful"): a person only where the grammar says so. */\n` +
      `export const PERSON_SENSE_LIST = ${literal(personSense)};\n`,
  );
  const things = readThingNouns(lowerForms);
  writeFileSync(
    path.join(OUT, 'thing-nouns.ts'),
    `// Generated by scripts/lexicon/write-lexicons.ts from WordNet 3.0: nouns whose most frequent sense\n// is a made thing or a work (devices, vehicles, goods, documents, works of art, music, shows) and none a\n// person. Do not edit by hand.\n// WordNet 3.0 Copyright 2006 by Princeton University; distributed under the WordNet licence\n// (https://wordnet.princeton.edu/license-and-commercial-use), which asks that this notice be kept.\n\n` +
      `/** ${things.length} nouns that name a kind of made thing or work: "handset", "treaty", "ballad", "tournament". */\n` +
      `export const THING_NOUN_LIST = ${literal(things)};\n`,
  );
  const organizations = readOrganizationNouns(lowerForms);
  writeFileSync(
    path.join(OUT, 'organization-nouns.ts'),
    `// Generated by scripts/lexicon/write-lexicons.ts from WordNet 3.0: nouns whose most frequent sense\n// is a kind of organisation (organization.n.01) and none a person. Do not edit by hand.\n// WordNet 3.0 Copyright 2006 by Princeton University; distributed under the WordNet licence\n// (https://wordnet.princeton.edu/license-and-commercial-use), which asks that this notice be kept.\n\n` +
      `/** ${organizations.length} nouns that name a kind of organisation: "charity", "carmaker", "association". */\n` +
      `export const ORGANIZATION_NOUN_LIST = ${literal(organizations)};\n`,
  );
  const structures = readNounsUnder(lowerForms, STRUCTURE_ROOTS);
  const objects = readNounsUnder(lowerForms, OBJECT_ROOTS);
  writeFileSync(
    path.join(OUT, 'object-nouns.ts'),
    `// Generated by scripts/lexicon/write-lexicons.ts from WordNet 3.0: nouns whose most frequent sense is a\n// structure or facility, or a device or good, and none a person, an organisation or a news outlet. Do not edit by hand.\n// WordNet 3.0 Copyright 2006 by Princeton University; distributed under the WordNet licence\n// (https://wordnet.princeton.edu/license-and-commercial-use), which asks that this notice be kept.\n\n` +
      `/** ${structures.length} nouns for a building, a venue or a ground (structure.n.01, facility.n.01): "arena", "hotel", "cinema". */\n` +
      `export const STRUCTURE_NOUN_LIST = ${literal(structures)};\n\n` +
      `/** ${objects.length} nouns for a device, a vehicle or a good (instrumentality.n.03, commodity.n.01): "sedan", "watch", "console". */\n` +
      `export const OBJECT_NOUN_LIST = ${literal(objects)};\n`,
  );
  const messages = readMessageNouns(lowerForms);
  writeFileSync(
    path.join(OUT, 'message-nouns.ts'),
    `// Generated by scripts/lexicon/write-lexicons.ts from WordNet 3.0: nouns with a sense in noun.communication,\n// noun.cognition or noun.feeling. Do not edit by hand.\n// WordNet 3.0 Copyright 2006 by Princeton University; distributed under the WordNet licence\n// (https://wordnet.princeton.edu/license-and-commercial-use), which asks that this notice be kept.\n\n` +
      `/** ${messages.length} nouns for what can be said, thought or felt: "call", "pledge", "view", "desire". */\n` +
      `export const MESSAGE_NOUN_LIST = ${literal(messages)};\n`,
  );
  const everyday = readEverydayWords(lowerForms);
  const places = new Set(['City', 'Region', 'Country', 'Place', 'Person|Place'].flatMap((t) => lex[t] ?? []));
  const names = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person|Noun', 'Person|Verb', 'Person|Adj', 'Person'].flatMap((t) => lex[t] ?? []));
  const members = readMemberWords(lowerForms).filter((w) => !places.has(w) && !names.has(w));
  writeFileSync(
    path.join(OUT, 'everyday-words.ts'),
    `// Generated by scripts/lexicon/write-lexicons.ts from WordNet 3.0 and its SemCor counts. Do not edit by hand.\n// WordNet 3.0 Copyright 2006 by Princeton University; distributed under the WordNet licence\n// (https://wordnet.princeton.edu/license-and-commercial-use), which asks that this notice be kept.\n\n` +
      `/** ${everyday.length} lemmas of everyday English: tagged at least three times in SemCor, written in lower case in WordNet. */\n` +
      `export const EVERYDAY_WORD_LIST = ${literal(everyday)};\n\n` +
      `/** Capitalised words for members of peoples, faiths and movements, and capitalised adjectives ("Muslim", "Jewish"). */\n` +
      `export const MEMBER_WORD_LIST = ${literal(members)};\n`,
  );
  writeFileSync(
    path.join(OUT, 'gazetteer.ts'),
    `// Generated by scripts/lexicon/write-lexicons.ts from the lexicon of compromise 14 (MIT).\n// Multi-word entries are joined with "_". Do not edit by hand.\n\n` +
      `/** Given names that usually signal a man (names that are also common English words left out). */\n` +
      `export const MALE_NAME_LIST = ${literal(given(lex.MaleName))};\n\n` +
      `/** Given names that usually signal a woman. */\n` +
      `export const FEMALE_NAME_LIST = ${literal(given(lex.FemaleName))};\n\n` +
      `/** Given names that are also everyday words ("Hunter", "Mark", "Grace"): a name only beside a surname. */\n` +
      `export const AMBIGUOUS_NAME_LIST = ${literal(single(['MaleName', 'FemaleName', 'FirstName', 'Person|Noun', 'Person|Verb', 'Person|Adj'].flatMap((t) => lex[t] ?? [])).filter((w) => common.has(w) && !elsewhere.has(w)).sort().filter((w, i, all) => all[i - 1] !== w))};\n\n` +
      `/** Given names of either sex. */\n` +
      `export const GIVEN_NAME_LIST = ${literal(given(lex.FirstName))};\n\n` +
      `/** Cities. */\n` +
      `export const CITY_LIST = ${literal(phrase(lex.City))};\n\n` +
      `/** States, provinces and regions. */\n` +
      `export const REGION_LIST = ${literal(phrase(lex.Region))};\n\n` +
      `/** Countries and territories. */\n` +
      `export const COUNTRY_LIST = ${literal(phrase(lex.Country))};\n\n` +
      `/** Sports teams. */\n` +
      `export const SPORTS_TEAM_LIST = ${literal(phrase(lex.SportsTeam))};\n\n` +
      `/** Companies, bands, broadcasters and other organisations. */\n` +
      `export const ORGANIZATION_LIST = ${literal(phrase(lex.Organization))};\n`,
  );
}

await main();
