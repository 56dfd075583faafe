// Actors: people, organisations, countries, places and groups, each once,
// with aliases, a role where the text gives one, and salience.
import type { Actor, ActorType, Evidence } from '../../brief/model.js';
import {
  DOCUMENT_WORDS,
  GIVEN_NAMES,
  GROUP_PLURALS,
  HONORIFIC_GENDER,
  AMBIGUOUS_GIVEN_NAMES,
  COUNTRY_NAMES,
  KNOWN_ORG_NAMES,
  KNOWN_ORGS,
  ORG_FIRST_WORDS,
  ORG_WORDS,
  PLACE_PHRASES,
  PLACE_WORDS,
  PLACES,
  REGION_ADJECTIVES,
} from '../lexicon/names.js';
import type { Analysis, Token } from '../nlp.js';
import { isEnglish } from '../language.js';
import { SPEECH_LEMMAS } from '../claims/lexicon.js';
import { CLUB_ROLES, COUNTRY_FORMS, SPORT_POSITIONS, EVERYDAY_WORDS, FIRM_NOUNS, FIRM_NOUNS_FOR_ONE_WORD, HONORIFICS, KNOWN_PLACES, MEMBER_WORDS, ORG_HEADS, OBJECT_NOUNS, PERSON_KINDS, PERSON_SENSES, STRUCTURE_NOUNS, THING_INITIALISMS, THING_NOUNS, TITLE_WORDS, UK_COUNTIES } from './lexicon.js';
import { type NameMention, NUMBER_WORDS, PEERAGE, WORK_NOUNS, afterOpening, findNameMentions, isEveryday } from './mentions.js';
import { readDescriptionRoles } from './descriptions.js';
import { completeBareTitles, dropOthersFromRoles, GENERIC_PERSONS, isHeadToken, isPlural, readAppointedRoles, readCopulaRoles, readDescribedRoles, giveFirstRole, readIntroducedRoles, readListCopulaRoles, readListedExampleRoles, readNationalityRoles, readOriginRoles, readPassiveAgentRoles, readPositionRoles, readPossessedRoles, readPredicateRoles, readReplacedRoles, readRole, readSlotApposition, readSlotRole, readTableRoles } from './roles.js';

/** An actor while it is being built; `mentions` keep the token positions claims need. */
export interface ActorDraft {
  name: string;
  type: ActorType;
  role: string | null;
  aliases: Set<string>;
  mentions: NameMention[];
  /** From honorifics and given names, for "he"/"she"; null when unknown. */
  gender: 'male' | 'female' | null;
  /** Where a role read from a description standing away from the name comes from (descriptions.ts). */
  roleEvidence?: Evidence;
}

/** Keys already made: the draft matchers normalise every draft's name again for each mention. */
const normalised = new Map<string, string>();
/** Names kept before the map is emptied (it serves one article's few hundred names at a time). */
const MAX_NORMALISED = 10_000;

function normalise(name: string): string {
  let key = normalised.get(name);
  if (key === undefined) {
    if (normalised.size >= MAX_NORMALISED) normalised.clear();
    normalised.set(name, (key = normaliseName(name)));
  }
  return key;
}

const normaliseName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The words of British and European football club names (United, City, Rovers, ...; Real, Sporting,
 * ...), as the leagues' club lists show them; with a place they name a club.
 */
const CLUB_LAST = new Set(['city', 'villa', 'argyle', 'orient', 'rangers', 'celtic', 'thistle', 'county', 'town']);
const CLUB_LAST_ALWAYS = new Set(['united', 'utd', 'rovers', 'athletic', 'wanderers', 'albion', 'hotspur', 'academical', 'fc', 'afc']);
const CLUB_FIRST = new Set(['inter', 'athletic', 'racing', 'ac', 'as']);
const CLUB_FIRST_ALWAYS = new Set(['real', 'sporting', 'dynamo', 'dinamo', 'olympique', 'atletico', 'borussia', 'fc', 'afc']);
/** Words that, in front of a place's name, leave it a place ("North Yorkshire", "Greater London"). */
const PLACE_QUALIFIERS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'inner', 'outer', 'upper', 'lower', 'new', 'old', 'port', 'mount', 'lake', 'st', 'saint', 'san', 'santa', 'los', 'las', 'la', 'el', 'fort']);
/** A role whose head does not describe firms as often as people ("handset maker Ericsson"). */
const rolesPerson = (role: string, name = ''): boolean => {
  // The head stands before any complement: "provider of automobile data" is headed by "provider".
  const words = role.split(/\s+/);
  const complement = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|with|to)$/i.test(w));
  const head = (complement > 0 ? words[complement - 1]! : words[words.length - 1]!).toLowerCase();
  return !FIRM_NOUNS.has(head) && !(FIRM_NOUNS_FOR_ONE_WORD.has(head) && !/\s/.test(name.trim()));
};

const UK_COUNTY_SET = new Set(UK_COUNTIES);

const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]{1,7}$/u;
const LOCATIVE = new Set(['in', 'near', 'outside', 'across', 'around', 'throughout', 'to', 'from', 'at']);

interface Typed {
  mention: NameMention;
  role: string | null;
  name: string;
  /** Type the name alone gives, or null when it needs the evidence of all mentions. */
  type: ActorType | null;
  adjective: boolean;
  /** Honorific in front ("Mr", "Mrs"), and the gender it signals. */
  honorificGender: 'male' | 'female' | null;
}

/** What the name's own words say about its type; null when they say nothing. */
function typeByName(text: string): { type: ActorType | null; name: string; adjective: boolean; byGivenName?: true } {
  const lower = text.toLowerCase();
  const country = COUNTRY_FORMS.get(lower);
  if (country) return { type: 'country', name: country.name, adjective: country.adjective };
  const known = KNOWN_ORGS.get(lower);
  if (known) return { type: 'organization', name: known, adjective: false };
  if (KNOWN_ORG_NAMES.has(lower)) return { type: 'organization', name: text, adjective: false };
  if (REGION_ADJECTIVES.has(lower)) return { type: 'place', name: text, adjective: true };
  const words = lower.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (PLACES.has(lower) || PLACE_PHRASES.has(lower) || KNOWN_PLACES.has(lower)) return { type: 'place', name: text, adjective: false };
  if (COUNTRY_NAMES.has(lower)) return { type: 'country', name: text, adjective: false };
  // "Six Nations", "Five Nations" (a number first): a competition, unless a body's word names a body.
  if (words.length > 1 && NUMBER_WORDS.has(words[0]!) && !words.some((w) => ORG_WORDS.has(w))) return { type: 'other', name: text, adjective: false };
  // "Manchester United", "Leicester City", "Real Madrid": a place with a club's word is a club.
  const isPlace = (w: string | undefined): boolean => !!w && (PLACES.has(w) || KNOWN_PLACES.has(w));
  const clubLast = CLUB_LAST_ALWAYS.has(head) || (CLUB_LAST.has(head) && isPlace(words[words.length - 2]));
  const clubFirst = CLUB_FIRST_ALWAYS.has(words[0]!) || (CLUB_FIRST.has(words[0]!) && isPlace(words[1]));
  if (words.length > 1 && (clubLast || clubFirst)) return { type: 'organization', name: text, adjective: false };
  // "Virginia Democrats": a party's plural head makes an organisation, whatever the first word.
  if (words.length > 1 && GROUP_PLURALS.test(head)) return { type: 'organization', name: text, adjective: false };
  // "Bryce Canyon National Park": a longer name ending in a place word is a place, whatever its first word.
  if (words.length > 2 && PLACE_WORDS.has(head) && !words.some((w) => ORG_WORDS.has(w))) return { type: 'place', name: text, adjective: false };
  // "Dardanelles Straits", "Cayman Islands": a place word in the plural.
  if (words.length > 1 && head.endsWith('s') && PLACE_WORDS.has(head.slice(0, -1))) return { type: 'place', name: text, adjective: false };
  // ("Santa Barbara", "San Diego": a place's first word may also be a given name.)
  if (words.length > 1 && GIVEN_NAMES.has(words[0]!) && !PLACE_QUALIFIERS.has(words[0]!) && !words.some((w) => ORG_WORDS.has(w))) return { type: 'person', name: text, adjective: false, byGivenName: true };
  // "StreamCast Networks": an organisation word in the plural too.
  if (words.some((w) => ORG_WORDS.has(w) || (w.length > 4 && w.endsWith('s') && ORG_WORDS.has(w.slice(0, -1)))) || (words.length > 1 && ORG_FIRST_WORDS.has(words[0]!)))
    return { type: 'organization', name: text, adjective: false };
  // "R. Gil Kerlikowske", "J. Edgar Hoover", "P.J. Crowley": initials with their full stops before
  // written-out names are a person's, not an acronym ("U.S. Steel", "U.K. Athletics" are a country's).
  const raw = text.split(/\s+/);
  const lead = raw[0]!.toLowerCase();
  if (raw.length > 1 && raw.length <= 4 && /^(?:\p{Lu}\.){1,3}$/u.test(raw[0]!) && !COUNTRY_FORMS.has(lead) && !COUNTRY_FORMS.has(lead.replace(/\./g, '')) && !KNOWN_ORGS.has(lead.replace(/\./g, '')) && raw.slice(1).every((w) => /^\p{Lu}(?:\p{Ll}+|\.)$/u.test(w)) && /^\p{Lu}\p{Ll}+$/u.test(raw[raw.length - 1]!))
    return { type: 'person', name: text, adjective: false };
  // ("Sander M. Levin", "Harry S. Truman": a middle initial between two written-out names is a person's,
  // even when the first is also an everyday word; it is no acronym.)
  if (raw.length === 3 && /^\p{Lu}\.$/u.test(raw[1]!) && /^\p{Lu}\p{Ll}+$/u.test(raw[0]!) && /^\p{Lu}\p{Ll}+$/u.test(raw[2]!) && !COUNTRY_FORMS.has(lead) && !KNOWN_ORGS.has(lead) && !KNOWN_ORG_NAMES.has(lead))
    return { type: 'person', name: text, adjective: false };
  // "D Peel", "O Barkley" (a team sheet's style): one initial before a written-out word that is no everyday word and
  // names no country or place is a person's given name and surname. ("X Factor", "S Africa" are not.)
  if (raw.length === 2 && /^\p{Lu}$/u.test(raw[0]!) && /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(raw[1]!) && !isEveryday(words[1]!) && !COUNTRY_FORMS.has(words[1]!) && !PLACES.has(words[1]!) && !KNOWN_PLACES.has(words[1]!) && !KNOWN_ORGS.has(lower) && !KNOWN_ORG_NAMES.has(lower))
    return { type: 'person', name: text, adjective: false };
  // "D dal Maso", "CA del Fava": initials before a surname that opens with a lower-case particle are a person's.
  if (raw.length === 3 && /^\p{Lu}{1,2}$/u.test(raw[0]!) && /^(?:de|du|von|van|der|den|da|di|dal|del|della|dos|das)$/.test(raw[1]!) && /^\p{Lu}\p{Ll}+$/u.test(raw[2]!)) return { type: 'person', name: text, adjective: false };
  // ("JK Rowling", "GK Chesterton": two initials before a surname are a person's, and say nothing here.)
  const initials = words.length === 2 && /^\p{Lu}{2}$/u.test(text.split(/\s+/)[0]!) && !KNOWN_ORGS.has(words[0]!) && !KNOWN_ORG_NAMES.has(words[0]!) && /^\p{Lu}\p{Ll}+$/u.test(text.split(/\s+/)[1]!);
  if (!initials && (ACRONYM.test(text) || (words.length > 1 && text.split(/\s+/).some((w) => ACRONYM.test(w) && !COUNTRY_FORMS.has(w.toLowerCase()))))) return { type: 'organization', name: text, adjective: false };
  // "the Democrats", "the Greens": a party's members named together are a group.
  if (words.length === 1 && GROUP_PLURALS.test(head) && /s$/.test(head)) return { type: 'group', name: text, adjective: false };
  if (words.length > 1 && NUMBER_WORDS.has(head)) return { type: 'group', name: text, adjective: false };
  if (words.length > 1 && /^famil(?:y|ies)$/.test(head)) return { type: 'group', name: text, adjective: false };
  // "Bay of Biscay", "Greater London", "North Yorkshire" are places; "Sue Essex" and "Bob Wellington" are people.
  if (words.length > 1 && (PLACE_WORDS.has(head) || ((KNOWN_PLACES.has(head) || PLACES.has(head)) && words.slice(0, -1).every((w) => PLACE_QUALIFIERS.has(w)))))
    return { type: 'place', name: text, adjective: false };
  return { type: null, name: text, adjective: false };
}

/** "Scot", "Briton": a word whose plural is a people's name ("Scots", "Britons") but which is no country's form itself. */
function isDemonymSingular(word: string): boolean {
  if (COUNTRY_FORMS.has(word) || !/^\p{L}+$/u.test(word)) return false;
  const plural = COUNTRY_FORMS.get(`${word}s`);
  return !!plural && !plural.adjective && plural.name.toLowerCase() !== `${word}s`;
}

/**
 * A word for members of a people, faith or movement, or for a doctrine: in the lexicon, its plural
 * ("Christians"), or formed with the suffixes English uses for followers and doctrines ("Baathist",
 * "Blairite", "Thatcherism"; Quirk et al. 1985, App. I.35). Short words and Nordic surnames in
 * "-qvist" ("White", "Lindqvist") are left as names.
 */
function isMemberWord(word: string): boolean {
  if (MEMBER_WORDS.has(word) || (word.endsWith('s') && MEMBER_WORDS.has(word.slice(0, -1)))) return true;
  if (GIVEN_NAMES.has(word) || word.length < 7 || /[qk]vist$/.test(word)) return false;
  return /(?:ists?|ites?|isms?)$/.test(word);
}

/**
 * "Robin and Barry Gibb": a lone given name coordinated with a given name and a surname shares the
 * surname (the name it stands for, or null).
 */
function sharedSurname(analysis: Analysis, m: NameMention, startingAt: Map<number, NameMention>): string | null {
  const { tokens } = analysis;
  if (m.first !== m.last || m.honorific || !GIVEN_NAMES.has(m.text.toLowerCase()) || tokens[m.last + 1]?.text !== 'and') return null;
  const next = startingAt.get(m.last + 2);
  if (!next || next.last !== next.first + 1 || next.honorific || !GIVEN_NAMES.has(tokens[next.first]!.text.toLowerCase())) return null;
  const surname = tokens[next.last]!.text;
  return /^\p{Lu}\p{Ll}/u.test(surname) && !GIVEN_NAMES.has(surname.toLowerCase()) ? `${m.text} ${surname}` : null;
}

/** Heads of documents and events that are also common English surnames ("Jude Law", "Doris Day"). */
const SURNAME_HEADS = new Set(['law', 'day']);
const CALENDAR_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Named documents, laws and events ("Prevention of Terrorism Bill", "New Year") are not actors. */
function isDocument(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  const last = words[words.length - 1]!;
  // A given name before such a head makes a person's name ("Jude Law"; not "May Day"), in the plural too ("Simon Laws").
  if (words.length === 2 && (SURNAME_HEADS.has(last) || SURNAME_HEADS.has(last.replace(/s$/, ''))) && GIVEN_NAMES.has(words[0]!) && !CALENDAR_WORDS.test(words[0]!)) return false;
  // ("bad Bills", "the Acts": in the plural too.)
  return (DOCUMENT_WORDS.has(last) || (/s$/.test(last) && DOCUMENT_WORDS.has(last.slice(0, -1)))) && !ORG_WORDS.has(words[0]!);
}

/** Rulers' styles the title list leaves out, which open a ruler's "X of Y" ("Sultan of Brunei", "Emir of Qatar"). */
const RULERS = new Set(['sultan', 'emir', 'amir', 'sheikh', 'shah', 'tsar', 'czar', 'khan', 'maharaja', 'rajah', 'caliph', 'imam']);

/** Currency units named after a country in front (ISO 4217's currency names, singular and plural). */
const CURRENCY_NOUNS = new Set(['dollar', 'dollars', 'pound', 'pounds', 'euro', 'euros', 'peso', 'pesos', 'yen', 'yuan', 'rouble', 'roubles', 'ruble', 'rubles', 'franc', 'francs', 'rupee', 'rupees', 'real', 'reais', 'rand', 'krona', 'kronor', 'krone', 'kroner', 'lira', 'won', 'shekel', 'shekels', 'dinar', 'dinars', 'riyal', 'riyals', 'ringgit', 'baht', 'zloty', 'forint', 'cent', 'cents']);

/** Product names with model numbers ("Airbus A380", "737-800") are not actors. */
const PRODUCT_CODE = /(?:^|\s)(?:\p{L}{0,3}\d{2,}[\p{L}\d-]*)$/u;

function honorificOf(analysis: Analysis, m: NameMention): 'male' | 'female' | null {
  for (let t = Math.max(0, m.first - 2); t < m.first; t++) {
    const g = HONORIFIC_GENDER.get(analysis.tokens[t]!.text.toLowerCase());
    if (g) return g;
  }
  return null;
}

/** Groups mentions into actors: same name, country forms, surnames of a known person, acronyms. */
export function buildActorDrafts(analysis: Analysis): ActorDraft[] {
  // ("the PC division", "a DVD player": an initialism for a kind of thing is no actor.)
  // ("Referee: R Styles": a person noun labelling what follows the colon is a role, not a name.)
  const label = (m: NameMention): boolean => {
    const next = analysis.tokens[m.last + 2]?.text ?? '';
    return m.first === m.last && !m.honorific && analysis.tokens[m.last + 1]?.text === ':' && PERSON_KINDS.has(m.text.toLowerCase()) && (/^\p{Lu}\.?$/u.test(next) || GIVEN_NAMES.has(next.toLowerCase()));
  };
  // ("US dollars", "Hong Kong dollars": a country's name before its currency names the money, not the country.)
  const currency = (m: NameMention): boolean => COUNTRY_FORMS.has(m.text.toLowerCase()) && CURRENCY_NOUNS.has(analysis.tokens[m.last + 1]?.text.toLowerCase() ?? '');
  // ("Mr Laws", "Ms Day": a document's head after an honorific is a surname.)
  const mentions = findNameMentions(analysis).filter((m) => (m.honorific || isHonorific(analysis.tokens[m.first - 1]) || !isDocument(m.text)) && !PRODUCT_CODE.test(m.text) && !THING_INITIALISMS.has(m.text.toLowerCase()) && !label(m) && !currency(m));
  const drafts: ActorDraft[] = [];
  const byKey = new Map<string, ActorDraft>();
  const byJoined = new Map<string, ActorDraft>();

  const startingAt = new Map(mentions.map((m) => [m.first, m]));
  const typed: Typed[] = mentions.map((m) => {
    const role = readRole(analysis, m);
    const text = m.text.replace(/[’']s$/, '');
    const byName = typeByName(sharedSurname(analysis, m, startingAt) ?? text);
    const honorificGender = honorificOf(analysis, m);
    let type = byName.type;
    // "Baroness Scotland", "Mr Jordan": a gendered honorific makes the name a person's, whatever place it also names.
    if ((type === 'country' || type === 'place') && m.honorific && honorificGender !== null) type = 'person';
    // "Arsenal striker Thierry Henry", "the Chelsea manager", "former Westlife singer": a name that
    // modifies a person noun names the body the person belongs to (a city's name is its club's).
    // ("Edinburgh architect", "victims of the Indian Ocean tidal wave": a town's people, not a club's.)
    if (type === 'place' && namesBody(analysis, m, true) && !civic(analysis, m)) type = 'organization';
    // "the Thai island of Koh Phi Phi", "the town of Hanau": the complement of a noun for a place is one.
    // ("Addison, a village southwest of Ithaca": a lone given name in apposition to a place noun is the place's.)
    if ((type === null || type === 'organization') && placeComplement(analysis, m)) type = 'place';
    else if ((type === null || type === 'organization' || (type === 'person' && m.first === m.last && !m.honorific && m.titleFirst === null)) && locatedByPlaceNoun(analysis, m)) type = 'place';
    // "the MP for Grantham and Stamford": what a legislator sits for is a constituency, a place.
    if (type !== 'country' && constituency(analysis, m)) type = 'place';
    // "chief economist at Gimme Credit", "captain of Chelsea": the complement of a title is the body the person serves.
    if (type === null && (m.employer || complementOfTitle(analysis, m) || afterBodyNoun(analysis, m))) type = 'organization';
    // ("the rock band Franz Ferdinand": a given name inside says less than the noun in front.)
    else if (type === 'person' && byName.byGivenName && afterBodyNoun(analysis, m, FIRM_ONLY_NOUNS)) type = 'organization';
    if (type === null && FIRM_NAME.test(text)) type = 'organization';
    // "broadcasting watchdog Ofcom", "its maker, Eli Lilly", "rock band Franz Ferdinand": a title whose noun names
    // only a body makes the name a body's, over what a given name in it suggests.
    // (Only a noun never used of a person overrules a given name: "film maker", "parliamentary watchdog" and "comedy duo" are people too.)
    if (role && !m.honorific && (type === null ? namesBodyOnly(role, BODY_ONLY_NOUNS) : type === 'person' && byName.byGivenName && namesBodyOnly(role, FIRM_ONLY_NOUNS))) type = 'organization';
    // "Pop star Usher", "UK rapper Kano", "Sideways star Thomas Hayden Church": a name right after a title made of a
    // modifier and a noun for a kind of person is that person's, whatever its words name elsewhere (a city, a church);
    // a body's word overrules the title only where no given name opens the name, and a body the gazetteers know keeps its type.
    const given = GIVEN_NAMES.has(text.split(/\s+/)[0]!.toLowerCase()) && !AMBIGUOUS_GIVEN_NAMES.has(text.split(/\s+/)[0]!.toLowerCase());
    const known = KNOWN_ORGS.has(text.toLowerCase()) || KNOWN_ORG_NAMES.has(text.toLowerCase());
    if ((type === null || type === 'place' || (type === 'organization' && given && !known)) && !m.honorific && m.titleFirst === null && titledAsPerson(analysis, m, text, given, type)) type = 'person';
    // ("our fellow Christians": a person noun before a word for members of a faith says nothing of a name.)
    const memberWord = m.first === m.last && isMemberWord(text.toLowerCase());
    if (type === null && (m.honorific || (role && rolesPerson(role, text) && !memberWord))) type = 'person';
    // "the twins, Peter and Paul", "his father Marco": a lone common given name is a person ("Oscar-nominated" is not),
    // unless it names a body ("Chelsea captain John Terry").
    if (type === null && !m.compound && m.first === m.last && GIVEN_NAMES.has(text.toLowerCase())) type = namesBody(analysis, m) ? 'organization' : 'person';
    // "Jewish groups", "a Muslim": a lone adjective, or a word for a member of a people or faith, names no actor.
    // ("the first Scot to": the singular of a people's plural, "Scots", is one of them.)
    const describing = analysis.tokens[m.first]!.pos === 'ADJ' || memberWord || isDemonymSingular(text.toLowerCase());
    if (type === null && m.first === m.last && describing && !m.honorific) return { mention: m, role, name: byName.name, type, adjective: true, honorificGender };
    // "Oscar-nominated": a modifier joins an actor that exists, or names one only when the name is known.
    const adjective = byName.adjective || (m.compound && byName.type === null);
    return { mention: m, role, name: byName.name, type, adjective, honorificGender };
  });

  // Longer names first, so that "Rasmussen" can find "Anders Rasmussen".
  const length = new Map(typed.map((t) => [t, t.name.split(' ').length]));
  const order = [...typed].sort((a, b) => length.get(b)! - length.get(a)! || a.mention.start - b.mention.start);
  const typeOf = new Map<ActorDraft, ActorType | null>();
  // ("member, Funke Adedoyin": a role that is no evidence of a person, "member", is still the person's once other evidence types the name.)
  const pending = new Map<ActorDraft, string>();
  const index = new DraftIndex();
  for (const item of order) {
    if (item.adjective) continue;
    const key = normalise(item.name);
    if (key === '') continue;
    // "NorthWind" and "North Wind": one name written with and without a space.
    const joined = key.replace(/ /g, '');
    // A surname two namesakes share is resolved at each mention, never by the mention before it.
    // ("Wales" after "East Wales" and "World Cup Wales": a country's or a body's name is no surname.)
    const shared = !key.includes(' ') && (item.type === null || item.type === 'person') && index.withSurname(key).filter((d) => typeOf.get(d) === 'person' || typeOf.get(d) === null).length > 1;
    let draft = (shared ? undefined : byKey.get(key)) ?? (joined.length >= 6 ? byJoined.get(joined) : undefined) ?? findBySurname(analysis, index, typeOf, key, item) ?? findByCompoundSurname(index, typeOf, key, item) ?? findByGivenName(index, typeOf, key, item, /^(?:Sir|Dame)$/.test(analysis.tokens[item.mention.first - 1]?.text ?? '')) ?? findByShortGivenName(index, typeOf, key, item) ?? findByAcronym(index, item.name) ?? findByOrgStem(index, typeOf, key, item) ?? findByOrgTail(drafts, typeOf, key, item);
    if (!draft) {
      draft = { name: item.name, type: 'other', role: null, aliases: new Set(), mentions: [], gender: null };
      drafts.push(draft);
      index.add(draft, key);
      typeOf.set(draft, item.type);
    }
    if (!shared || !byKey.has(key)) byKey.set(key, draft);
    if (!byJoined.has(joined)) byJoined.set(joined, draft);
    draft.mentions.push(item.mention);
    if (item.mention.text !== draft.name) draft.aliases.add(item.mention.text.replace(/[’']s$/, ''));
    if (typeOf.get(draft) === null && item.type !== null) typeOf.set(draft, item.type);
    // ("a senior broadcaster with CBS": a firm noun is a person's role when the name is a person's.)
    // ("insurance broker Marsh & McLennan": a name joined by "&" is a firm's, whatever noun precedes it.)
    if (item.role && draft.role === null && (typeOf.get(draft) === 'person' || (typeOf.get(draft) === null && !FIRM_NAME.test(item.name) && rolesPerson(item.role, item.name)))) {
      draft.role = item.role;
      typeOf.set(draft, 'person');
    } else if (item.role && draft.role === null && typeOf.get(draft) === null && !pending.has(draft)) pending.set(draft, item.role);
    if (item.honorificGender) {
      draft.gender ??= item.honorificGender;
      if (typeOf.get(draft) === null) typeOf.set(draft, 'person');
    }
  }
  // Adjectives ("Ukrainian troops") join an actor that exists but never create one.
  for (const item of typed) {
    if (!item.adjective) continue;
    const draft = byKey.get(normalise(item.name));
    if (draft) draft.mentions.push(item.mention);
  }
  mergeAcronymLed(drafts, typeOf);
  dropNameDerivatives(drafts, typeOf);
  const typedAt = new Map<number, ActorType>();
  for (const d of drafts) d.mentions.sort((a, b) => a.start - b.start);
  // Names typed by their words first, so that a list can lend their type to its other names.
  const byEvidence = drafts.filter((d) => typeOf.get(d) == null);
  for (const d of drafts) {
    const known = typeOf.get(d);
    if (known == null) continue;
    d.type = known;
    for (const m of d.mentions) typedAt.set(m.end, known).set(m.start, known);
  }
  for (const d of byEvidence) {
    d.type = inferType(analysis, d, typedAt);
    for (const m of d.mentions) typedAt.set(m.end, d.type).set(m.start, d.type);
  }
  // "arrested in Zambia", "a Gibraltar-based firm", "his Zambian passport": a country only ever named as where
  // something is or happens is a location, not a state that acts (GOLD.md's "plain location").
  for (const d of drafts) if (d.type === 'country' && onlyLocates(analysis, d)) d.type = 'place';
  // "England coach Andy Robinson", "their defeat to Ireland", "had beaten France": a country's side in a
  // match is a team; once one is, the others met in the same report ("against Italy", "defeats by Wales")
  // are teams too.
  const sides = drafts.filter((d) => d.type === 'country' && d.mentions.some((m) => namesSide(analysis, m)));
  for (const d of sides) d.type = 'organization';
  if (sides.length > 0) for (const d of drafts) if (d.type === 'country' && d.mentions.some((m) => metAsSide(analysis, m))) d.type = 'organization';
  // "the 737 Max jet", "an Alexa device": a lone given name read as a person's, but only ever written as the modifier of
  // a common noun, names a thing. (A full name does not: "the Michael Winterbottom film" is the director's.)
  // ("the Clinton administration" names its leader.)
  for (const d of drafts) if (d.type === 'person' && !d.name.includes(' ') && d.role === null && d.gender === null && d.mentions.every((m) => !m.honorific && m.titleFirst === null && modifiesThing(analysis, m) && !leadsGovernment(analysis, m))) d.type = 'other';
  // "Pontiac Grand Prix sedans", "the Beverly Hilton hotel", "a Franck Muller watch": a name of several words read as a
  // person's but only ever written as the modifier of a common noun for a device, a good or a building, and nowhere as a
  // person's (no title, role, quote, "his" or "who"), names the make or the place. (A noun for a work or an event is
  // left alone: "the Michael Winterbottom film" is the director's, "the Stephen Lawrence inquiry" the victim's.)
  for (const d of drafts) {
    if (d.type !== 'person' || !d.name.includes(' ') || d.role !== null || !d.mentions.every((m) => showsNoPerson(analysis, m, true))) continue;
    const kinds = new Set(d.mentions.map((m) => premodifiedKind(analysis, m)));
    if (kinds.size === 1 && !kinds.has(null)) d.type = [...kinds][0]!;
  }
  // "Sunday's Oscar ceremony", "Oscar voters", "won the Oscar for", "never won an Oscar", "his first ever Oscar": a lone
  // given name written only before a common noun it modifies or as the head of a phrase opened by an article or a
  // possessive determiner (never alone as a subject or an object, nor with a title) names a thing: a personal name
  // takes neither. (What was read as its role, "his first Oscar, for Ray", then belongs to no person.)
  for (const d of drafts) {
    if (d.type !== 'person' || d.name.includes(' ') || !GIVEN_NAMES.has(d.name.toLowerCase())) continue;
    if (!d.mentions.every((m) => !m.honorific && m.titleFirst === null && (m.compound || modifiesNoun(analysis, m) || headsArticledPhrase(analysis, m) || possessedThing(analysis, m))) || !d.mentions.some((m) => !m.compound)) continue;
    if (d.role !== null && !d.mentions.some((m) => possessedThing(analysis, m))) continue;
    d.type = 'other';
    d.role = null;
  }
  // "Chelsea's Premiership lead ... beat Chelsea", "Manchester United and Chelsea": a lone given name that nothing in the
  // article shows as a person's, and that one mention shows as a body's (a side beaten, a club's member, a list of
  // bodies, "a Chelsea side"), is the body's everywhere; a mention that says nothing ("catching Chelsea") does not make it a person.
  // (Listed with bodies only, it is one though a "he" follows: the pronoun is the clause's subject's, "He managed
  // Porto, Chelsea and Inter. He ...".)
  for (const d of drafts) {
    if (!bareGivenName(d)) continue;
    const bodyMention = d.mentions.every((m) => showsNoPerson(analysis, m, true)) && d.mentions.some((m) => namesBody(analysis, m) || namesSide(analysis, m) || possessesResult(analysis, m) || modifiesSide(analysis, m));
    const bodyList = d.mentions.every((m) => showsNoPerson(analysis, m, false)) && listedWith(analysis, d, typedAt, 'organization') && !listedWith(analysis, d, typedAt, 'person');
    if (bodyMention || bodyList) d.type = 'organization';
  }
  // "Chelsea are top", "Franz Ferdinand were second": a name that agrees with a plural verb as its subject names a side, a
  // band or a firm (as British English writes them), not one person nor a place.
  for (const d of drafts) if ((d.type === 'person' || d.type === 'place') && d.role === null && d.mentions.every((m) => !m.honorific && m.titleFirst === null) && d.mentions.some((m) => takesPluralVerb(analysis, m))) d.type = 'organization';
  // "the Scissor Sisters went to number one", "the Libertines": a name that ends in a plural noun and takes a lower-case
  // "the" as the whole of its phrase names a band, a side or a firm; a person's name takes no article.
  for (const d of drafts) if (d.type === 'person' && d.role === null && d.mentions.every((m) => !m.honorific && m.titleFirst === null) && d.mentions.some((m) => namedWithTheAsPlural(analysis, m))) d.type = 'organization';
  // "the Marshall Plan used by the United States", "critically acclaimed The Motorcycle Diaries": a name written with an
  // article as the whole of its phrase somewhere, and nowhere as a person's, names a thing: a personal name takes none.
  for (const d of drafts) if (d.type === 'person' && d.name.includes(' ') && d.role === null && d.mentions.every((m) => showsNoPerson(analysis, m, true)) && d.mentions.some((m) => articled(analysis, m))) d.type = 'other';
  // "films such as My Beautiful Laundrette, Billy Elliot and About A Boy": a name listed as a work is one, though its
  // words read as a person's or a body's, unless a title, an honorific or a role says it is someone's.
  for (const d of drafts) if ((d.type === 'person' || d.type === 'organization') && d.role === null && d.mentions.every((m) => !m.honorific && m.titleFirst === null) && d.mentions.some((m) => listedAsWork(analysis, m))) d.type = 'other';
  // "her role in Elizabeth", "Vera Drake star Imelda Staunton", "Joey, starring Matt LeBlanc": a name that the article
  // uses as a work's title somewhere, and nowhere as a person's (no title, no role, no quote it gives, no "his" or
  // "who" that refers back to it), is the work, though its words read as a given name and a surname.
  for (const d of drafts) if (d.type === 'person' && d.role === null && d.mentions.every((m) => showsNoPerson(analysis, m, false)) && d.mentions.some((m) => usedAsWork(analysis, m))) d.type = 'other';
  // "Deutsche Boerse held its third meeting", "Shanda said that it may", "Laura Ashley, which is due to", "shares in
  // Southcorp": a name that the article uses as a body somewhere, and nowhere as a person's, is the body, though its
  // words read as a given name and a surname.
  for (const d of drafts) if (d.type === 'person' && d.role === null && d.mentions.every((m) => showsNoPerson(analysis, m, true)) && d.mentions.some((m) => usedAsBody(analysis, m))) d.type = 'organization';
  // "the championships in Adelaide ... Adelaide victory": a lone given name only ever written where a place stands (after
  // "in", "near", "outside", …, or as the modifier of a common noun), once at least after such a preposition, names the
  // place; a person is not "in" someone.
  for (const d of drafts) if (bareGivenName(d) && d.mentions.every((m) => showsNoPerson(analysis, m, true) && (placedIn(analysis, m) || modifiesThing(analysis, m))) && d.mentions.some((m) => placedIn(analysis, m))) d.type = 'place';
  // "the AWD version", "a USB-C port", "the European WLTP test": an initialism no gazetteer knows, only ever
  // written as the modifier of a common noun, names a kind of thing (as THING_INITIALISMS do), not a body.
  // So does one counted with "a"/"an" as the head of its phrase ("an IQ of 140"): a name takes no indefinite article.
  for (const d of drafts) if (d.type === 'organization' && d.role === null && isInitialismName(d.name) && d.mentions.every((m) => !m.honorific && m.titleFirst === null && (modifiesThing(analysis, m) || countedThing(analysis, m)))) d.mentions = [];
  // "won an Oscar", "a Bafta for best actress": a one-word name counted with "a"/"an" as the head of its phrase is a
  // common noun for a thing (an award, a car), wherever else it is written with a capital.
  // So is a name of several words ("a Golden Globe", "an Academy Award", "a Grand Slam in Paris") where no mention shows
  // a person or a speaker.
  for (const d of drafts) if (d.role === null && d.mentions.every((m) => !m.honorific && m.titleFirst === null && (!d.name.includes(' ') || showsNoPerson(analysis, m, false))) && d.mentions.some((m) => m.text === d.name && countsName(analysis, m))) d.mentions = [];
  // "at this year's Oscars", "the Baftas", "Oscars night": a lone given name that the text also writes in the plural, with
  // an article or a possessive in front or as the modifier of a common noun, is a common noun for a thing (an award,
  // an event), wherever else it is written alone; a person's given name is not counted so. (Not where a mention shows a
  // person: a title, a quote given, a "his" or a "who"; a "she" later in the sentence may be someone else's.)
  for (const d of drafts) if (d.type === 'person' && !d.name.includes(' ') && GIVEN_NAMES.has(d.name.toLowerCase()) && d.mentions.every((m) => showsNoPerson(analysis, m, false)) && writtenAsPlural(analysis, d.name)) d.mentions = [];
  typePlaceLists(analysis, drafts);
  for (const d of drafts) if (d.type === 'person' && d.gender === null) d.gender = GIVEN_NAMES.get(d.name.split(/\s+/)[0]!.toLowerCase()) ?? null;
  for (const [d, role] of pending) if (d.type === 'person' && d.role === null) d.role = role;
  // A title whose noun names a person only beside a person's name ("seventh seed Feliciano Lopez", "rap star X"),
  // read again once the name is known to be a person's, given name in the lexicon or not. A title next to the
  // name comes before what later sentences say, as in the first reading.
  giveFirstRole(drafts, (m) => readSlotRole(analysis, m));
  // So is an apposition after the name ("Sprem, the Croatian 13th seed,"), once the surname is known to be a person's.
  giveFirstRole(drafts, (m) => readSlotApposition(analysis, m));
  // A lead that introduces someone ("A PR expert has told ... Ann Kite told") is read before a later
  // description that may be someone unnamed ("The judge is studying ...").
  readIntroducedRoles(analysis, drafts);
  // A table's column of positions or offices says each listed person's.
  readTableRoles(analysis, drafts);
  readDescribedRoles(analysis, drafts);
  completeBareTitles(analysis, drafts);
  readCopulaRoles(analysis, drafts);
  readListCopulaRoles(analysis, drafts);
  readAppointedRoles(analysis, drafts);
  readPositionRoles(analysis, drafts);
  readReplacedRoles(analysis, drafts);
  // Last, as the weakest evidence: descriptions outside the subject's and the speaker's slot.
  readDescribedRoles(analysis, drafts, true);
  readListedExampleRoles(analysis, drafts);
  readPassiveAgentRoles(analysis, drafts);
  mergeOrgHeads(drafts);
  // A role is a person's; what an apposition says of a company is not one.
  for (const d of drafts) if (d.type !== 'person') d.role = null;
  dropOthersFromRoles(drafts);
  // "its star X", "her coach X": the possessor a determiner stands for completes the role.
  readPossessedRoles(analysis, drafts);
  // A description standing away from the name: a lead that introduces someone named in the next sentence,
  // or a definite description that can refer to one person only (descriptions.ts).
  readDescriptionRoles(analysis, drafts);
  // (After the check above: "Croatian" is the adjective of an actor's name, and a nationality all the same.)
  readNationalityRoles(analysis, drafts);
  // "Nicolas Sarkozy of France said": where a person is from, named after "of" or "from".
  readOriginRoles(analysis, drafts);
  // Weakest of all: what a person with no title does ("Pawlikowski won the best screenplay statuette").
  readPredicateRoles(analysis, drafts);
  return drafts.filter((d) => d.mentions.length > 0);
}

/**
 * "AWD", "USB-C", "European WLTP": capitals (a letter or figure after a hyphen), perhaps after a region's or
 * a country's adjective, that no gazetteer knows as a body or a country.
 */
function isInitialismName(name: string): boolean {
  const words = name.split(/\s+/);
  const code = words[words.length - 1]!;
  const lead = words.slice(0, -1).map((w) => w.toLowerCase());
  if (!/^\p{Lu}{2,5}(?:-\p{Lu}{1,2}|-?\d)?$/u.test(code) || lead.some((w) => !COUNTRY_FORMS.get(w)?.adjective && !REGION_ADJECTIVES.has(w))) return false;
  const lower = name.toLowerCase();
  return ![lower, code.toLowerCase()].some((w) => KNOWN_ORGS.has(w) || KNOWN_ORG_NAMES.has(w) || COUNTRY_FORMS.has(w) || COUNTRY_NAMES.has(w));
}

/** Nouns for a name, whose apposition gives the name itself ("its previous name WorldCom", "full name Inner Mongolia Yili"). */
const NAME_NOUNS = new Set(['name', 'nickname', 'alias', 'title', 'pseudonym', 'codename']);

/**
 * The name follows a title that a modifier and a singular lower-case noun for a kind of person make, with no
 * determiner in front ("Pop star Usher", "Chart-topping R&B star Usher", "US rapper The Game"): a premodified
 * noun in apposition to a name describes the person named. The modifier is a common word, a country's form or
 * an initialism for a kind of thing ("R&B"), as any word may be before a given name: after a name the noun may be
 * a verb, "Chelsea host Birmingham", "Milan beat Juventus". (A determiner may open a relative clause, "the striker
 * Arsenal signed"; a noun for a firm or a body, "software giant", "rock band", describes no person.)
 */
function titledAsPerson(analysis: Analysis, m: NameMention, name: string, given: boolean, type: ActorType | null): boolean {
  const { tokens } = analysis;
  // ("real life Hollywood actress Sandra Dee": a name before a lower-case noun modifies it.)
  const after = tokens[m.last + 1];
  if (after && /^\p{Ll}/u.test(after.text) && after.pos === 'NOUN' && after.start === m.end + 1) return false;
  // ("rapper The Game": the capitalised article of a name written with it.)
  const at = tokens[m.first - 1]?.text === 'The' ? m.first - 2 : m.first - 1;
  const noun = tokens[at];
  const sentenceFirst = analysis.sentences[m.sentence]!.first;
  if (!noun || at - 1 < sentenceFirst || !/^\p{Ll}[\p{Ll}-]*$/u.test(noun.text) || noun.end + 1 !== tokens[at + 1]!.start) return false;
  // ("Sideways star Thomas Hayden Church": the tagger may read the noun as a verb.)
  if (noun.pos !== 'NOUN' && !(noun.pos === 'VERB' && !/(?:ed|ing|s)$/.test(noun.text))) return false;
  const word = noun.text.toLowerCase();
  // (A name the gazetteers type takes a noun whose usual sense is a person's, unless a given name opens it; "previous name WorldCom" gives the name itself.)
  if (isPlural(noun) || !(PERSON_KINDS.has(word) || (PERSON_SENSES.has(word) && (type === null || given))) || NAME_NOUNS.has(word) || GENERIC_PERSONS.has(word) || ORG_HEADS.has(word) || BODY_NOUNS.has(word) || ORG_WORDS.has(word) || !rolesPerson(word, name)) return false;
  const modifier = tokens[at - 1]!;
  const form = modifier.text.toLowerCase();
  const opensSentence = at - 1 === sentenceFirst || afterOpening(tokens, at - 1);
  const common = /^\p{Ll}/u.test(modifier.text) ? ['ADJ', 'NOUN', 'NUM', 'PROPN'].includes(modifier.pos) && !isPlural(modifier) && !GENERIC_PERSONS.has(form) : opensSentence && isEveryday(form);
  const country = COUNTRY_FORMS.has(form) && !/\p{Ll}s$/u.test(modifier.text);
  if (!common && !country && !THING_INITIALISMS.has(form) && !(given && !isPlural(modifier))) return false;
  // Back over the other modifiers to what opens the phrase.
  let t = at - 2;
  while (t >= sentenceFirst && at - t <= 5) {
    const tok = tokens[t]!;
    const hyphen = tok.text === '-' && tokens[t - 1]?.end === tok.start && tokens[t + 1]!.start === tok.end;
    const glued = tokens[t + 1]!.text === '-' && tokens[t + 1]!.start === tok.end;
    if (DETERMINERS.has(tok.text.toLowerCase()) || /^[’']s$/.test(tok.text)) return false;
    if (!hyphen && !glued && !['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tok.pos)) break;
    t--;
  }
  return true;
}

/** Words that open a noun phrase: the articles, demonstratives and possessive determiners. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** The name stands between a determiner (or a possessive, or a figure) and the common noun it modifies: "the [Vasco da Gama] club". */
function modifiesThing(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const next = tokens[m.last + 1];
  const before = tokens[m.first - 1];
  if (!next || !before || next.start !== m.end + 1 || !/^\p{Ll}+$/u.test(next.text) || next.pos !== 'NOUN' || PERSON_KINDS.has(next.text) || PERSON_KINDS.has(next.lemma)) return false;
  return DETERMINERS.has(before.text.toLowerCase()) || /^[’']s$/.test(before.text) || before.pos === 'NUM';
}

/** Particles that stand lower-case inside a person's name ("Luigi del Neri", "David dal Maso", "Ruud van Nistelrooy"). */
const SURNAME_PARTICLE_WORDS = new Set(['de', 'del', 'della', 'dal', 'da', 'di', 'du', 'dos', 'das', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ten', 'ter']);

/**
 * The mention right before a lower-case common noun that names no kind of person: "Oscar voters", "the Oscar ceremony".
 * (Not a particle inside a name, a capitalised word after it: "Luigi del Neri", "David dal Maso"; nor one of names
 * joined by a slash: "the Bush/Kerry contest".)
 */
function modifiesNoun(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const next = tokens[m.last + 1];
  if (!next || next.start !== m.end + 1 || !/^\p{Ll}+$/u.test(next.text) || next.pos !== 'NOUN' || PERSON_KINDS.has(next.text) || PERSON_KINDS.has(next.lemma) || LEADERS_GOVERNMENTS.test(next.text)) return false;
  // (A capitalised word after the noun matters only after a particle's short word: "Oscar hopefuls The Aviator" is a modifier.)
  return !(SURNAME_PARTICLE_WORDS.has(next.text) && /^\p{Lu}/u.test(tokens[m.last + 2]?.text ?? '')) && tokens[m.first - 1]?.text !== '/';
}

/** The mention after a lower-case "the" as the whole of its phrase: "won the Oscar for best actor". */
function headsArticledPhrase(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const next = tokens[m.last + 1];
  return /^(?:the|a|an)$/.test(tokens[m.first - 1]?.text ?? '') && !(next && (next.pos === 'NOUN' || next.pos === 'PROPN' || /^[’']s$/.test(next.text)));
}

/** The mention heads a phrase opened by a possessive determiner, perhaps past ordinals and adjectives: "his first ever Oscar". */
function possessedThing(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const next = tokens[m.last + 1];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || /^[’']s$/.test(next.text))) return false;
  for (let t = m.first - 1; t >= m.first - 4 && t >= 0; t--) {
    const tok = tokens[t]!;
    if (/^(?:his|her|their|its|my|your|our)$/.test(tok.text)) return true;
    if (!/^\p{Ll}/u.test(tok.text) || !(tok.pos === 'ADJ' || tok.pos === 'ADV' || tok.pos === 'NUM')) return false;
  }
  return false;
}

/**
 * The mention right after an article, perhaps in quotation marks, as the whole of its phrase: "the Marshall Plan used
 * by", or after a capitalised "The" inside a sentence, a title's own article ("acclaimed The Motorcycle Diaries").
 * (Not with an adjective between: "the late Ray Charles".)
 */
function articled(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const next = tokens[m.last + 1];
  // What follows closes the phrase: a stop, a preposition, a conjunction, an auxiliary, a participle ("the Marshall Plan
  // used by"); not a word it modifies, whatever the tagger calls it ("a Josh Lewsey try", "a Frank Lampard foul").
  if (next && next.sentence === tokens[m.first]!.sentence && !/^[.,;:!?)"”]$/.test(next.text) && !['ADP', 'AUX', 'CCONJ', 'SCONJ'].includes(next.pos) && !(next.pos === 'VERB' && /ed$/.test(next.text))) return false;
  const quoted = /^["“]$/.test(tokens[m.first - 1]?.text ?? '');
  const at = quoted ? m.first - 2 : m.first - 1;
  const article = tokens[at];
  if (!article || article.sentence !== tokens[m.first]!.sentence) return false;
  // ("if Chelsea had a Ruud van Nistelrooy": "a" before a person's name makes someone like them; in quotation marks it
  // makes a thing named after them, 'a "Marshall Plan" for Africa'.)
  if (article.text === 'the' || (quoted && /^(?:a|an)$/.test(article.text))) return true;
  return article.text === 'The' && at > analysis.sentences[article.sentence]!.first && !afterOpening(tokens, at);
}

/** Two words or more whose last is a noun for a made thing or a work ("Magic Keyboard", "Energy Charter Treaty"), opened by no given name. */
function headedByThing(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  // ("D Bell", "J. Cannon": an initial opens a person's name.)
  if (words.length < 2 || GIVEN_NAMES.has(words[0]!) || AMBIGUOUS_GIVEN_NAMES.has(words[0]!) || /^\p{L}\.?$/u.test(words[0]!)) return false;
  // (Only the singular: "Timely Publications", "Deluxe Films" are firms.)
  return THING_NOUNS.has(words[words.length - 1]!);
}

/** Two words or more whose last is a noun for a building or a ground ("Mohegan Sun Arena"), opened by no given name or initial. */
function headedByStructure(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2 || GIVEN_NAMES.has(words[0]!) || AMBIGUOUS_GIVEN_NAMES.has(words[0]!) || /^\p{L}\.?$/u.test(words[0]!)) return false;
  // ("Upper House", "Opera House": a word that opens bodies' names, "House of Commons", names a body at the end too.)
  const head = words[words.length - 1]!;
  return STRUCTURE_NOUNS.has(head) && !ORG_FIRST_WORDS.has(head);
}

/**
 * What the mention names when it stands right before the lower-case common noun that heads its phrase, if that noun is
 * one for a building ('place': "the Beverly Hilton hotel") or for a device or a good ('other': "Pontiac Grand Prix
 * sedans", "a Fender Stratocaster guitar"); null before any other word, or before a noun that modifies another ("the
 * Deutsche Welle radio station": the outlet's).
 */
function premodifiedKind(analysis: Analysis, m: NameMention): 'place' | 'other' | null {
  const { tokens } = analysis;
  const noun = tokens[m.last + 1];
  const after = tokens[m.last + 2];
  if (!noun || noun.start !== m.end + 1 || !/^\p{Ll}+$/u.test(noun.text) || noun.pos !== 'NOUN' || PERSON_KINDS.has(noun.text) || PERSON_KINDS.has(noun.lemma)) return null;
  if (after && after.start === noun.end + 1 && after.pos === 'NOUN' && /^\p{Ll}+$/u.test(after.text)) return null;
  const lemma = noun.lemma.toLowerCase();
  if (STRUCTURE_NOUNS.has(lemma) || STRUCTURE_NOUNS.has(noun.text)) return 'place';
  if (OBJECT_NOUNS.has(lemma) || OBJECT_NOUNS.has(noun.text)) return 'other';
  return null;
}

/** Prepositions of place that take a building or a ground: "at the Nou Camp", "outside the Golden Temple". */
const AT_PLACE = /^(?:at|in|inside|outside|near|from|into|to|opposite|behind)$/i;

/** The mention follows a preposition of place, perhaps with "the" between: "at the Plaza Hotel". */
function placedAt(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  let t = (m.titleFirst ?? m.first) - 1;
  if (/^the$/i.test(tokens[t]?.text ?? '')) t--;
  return AT_PLACE.test(tokens[t]?.text ?? '') && tokens[t]!.sentence === tokens[m.first]!.sentence;
}

/** Words that open a list of examples after a plural noun: "films such as", "hits like", "whose albums include". */
const EXAMPLES = /^(?:as|like|including|include|includes|included)$/i;

/**
 * The mention is an item of a list of works or made things: after "films such as", "blockbuster films like",
 * "whose films include" ("Billy Elliot", "Michael Collins" there are films, whatever their words say).
 */
function listedAsWork(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  let t = m.first - 1;
  // Back over the list's earlier items: capitalised words, their glue, commas and "and".
  // ("films including 1989's Shirley Valentine": a year's possessive dates an item.)
  while (t > 0 && m.first - t < 30 && tokens[t]!.sentence === tokens[m.first]!.sentence && (/^\p{Lu}/u.test(tokens[t]!.text) || /^(?:,|and|or|of|the|a|[’']s|:)$/i.test(tokens[t]!.text) || (/^\d{4}$/.test(tokens[t]!.text) && /^[’']s$/.test(tokens[t + 1]?.text ?? '')))) t--;
  const cue = tokens[t];
  if (!cue || !EXAMPLES.test(cue.text)) return false;
  let noun = tokens[t - 1];
  if (/^as$/i.test(cue.text)) {
    if (!/^such$/i.test(noun?.text ?? '')) return false;
    noun = tokens[t - 2];
  }
  if (!noun || !/^\p{Ll}+$/u.test(noun.text) || !isPlural(noun)) return false;
  const lemma = noun.lemma.toLowerCase();
  return WORK_NOUNS.has(lemma) || THING_NOUNS.has(lemma);
}

/**
 * No sign in the mention that it names a person: no honorific or title, no quote it gives, no "his"/"himself" after its
 * verb, no "who" after it, and (with `pronounAfter`) no he/she in its sentence after it or opening the next.
 */
function showsNoPerson(analysis: Analysis, m: NameMention, pronounAfter: boolean): boolean {
  return !m.honorific && m.titleFirst === null && !attributesQuote(analysis.tokens, m) && !takesPersonalPronoun(analysis, m) && !relativeAfter(analysis.tokens, m, 'who') && !(pronounAfter && pronounFollows(analysis, m));
}

/** Words for acting in a work, whose "in" takes the work: "her role in Elizabeth", "starred in Ray". */
const PERFORMANCE = new Set(['role', 'roles', 'part', 'cameo', 'appearance', 'performance', 'portrayal', 'star', 'stars', 'starred', 'starring', 'co-star', 'co-stars', 'co-starred', 'appear', 'appears', 'appeared', 'appearing']);
/** People credited with making or playing in a work, named after it: "Vera Drake star Imelda Staunton", "Harry Potter author JK Rowling". */
const WORK_CREDITS = new Set(['star', 'co-star', 'director', 'producer', 'screenwriter', 'author', 'creator']);

/**
 * The mention is used as a work's title: the complement of "in" after a word for acting ("his role in Ray",
 * "starred in Vera Drake"; not after "play", which a match takes); the complement of "for" after "nominated"
 * ("nominated for Vera Drake"); the modifier of a credit before a name ("Ray star Jamie Foxx"); the subject of "starring" ("Joey, starring Matt LeBlanc"); or a name in apposition to a
 * phrase headed by a work noun ("Vera Drake - Leigh's 1950s drama"). A person's name is none of these.
 */
function usedAsWork(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const sentence = tokens[m.first]!.sentence;
  const next = tokens[m.last + 1];
  // (The name must end its phrase: "a role in Bush's campaign", "in Chelsea colours" name no work.)
  // ("Mike Nichols' Closer": a possessive's lone mark after an "s".)
  const ends = !next || next.sentence !== sentence || !(/^[’']s?$/.test(next.text) || (/^\p{Ll}/u.test(next.text) && next.pos === 'NOUN'));
  let t = m.first - 1;
  if (/^the$/i.test(tokens[t]?.text ?? '')) t--;
  const prep = tokens[t]?.sentence === sentence ? tokens[t]!.text.toLowerCase() : '';
  if (ends && prep === 'in') {
    // Back over the object of the performance word ("portrayal of soul singer Ray Charles in Ray"), within its clause.
    for (let k = t - 1; k >= 0 && t - k <= 8 && tokens[k]!.sentence === sentence && !/^[,;:"“”()]$/.test(tokens[k]!.text); k--) {
      if (PERFORMANCE.has(tokens[k]!.text.toLowerCase())) return true;
    }
  }
  // (Not "a nomination for", "best actor for": a nominee, a prize's winner, is a person.)
  if (ends && prep === 'for' && /^nominated$/i.test(tokens[t - 1]?.text ?? '')) return true;
  if (!next || next.sentence !== sentence) return false;
  const after = tokens[m.last + 2];
  if (WORK_CREDITS.has(next.text) && next.start === m.end + 1 && !!after && /^\p{Lu}/u.test(after.text) && after.pos === 'PROPN') return true;
  const starring = next.text === ',' ? m.last + 2 : m.last + 1;
  if (tokens[starring]?.text === 'starring' && tokens[starring + 1]?.text !== 'in') return true;
  // ("Vera Drake - Leigh's 1950s drama about …", "Fergus Crane, a novel about …".)
  if (!/^(?:,|-|–|—)$/.test(next.text)) return false;
  let k = m.last + 2;
  const det = tokens[k];
  if (det && /^\p{Lu}/u.test(det.text) && /^[’']s$/.test(tokens[k + 1]?.text ?? '')) k += 2;
  else if (det && /^(?:a|an|the|his|her|their)$/i.test(det.text)) k++;
  else return false;
  for (const end = k + 3; k <= end && tokens[k]?.sentence === sentence; k++) {
    const tok = tokens[k]!;
    if (!/^[\p{Ll}\d]/u.test(tok.text)) return false;
    const following = tokens[k + 1];
    // (The noun ends the apposition: "Antoine Fuqua, the film was …" is a new clause's subject.)
    if (WORK_NOUNS.has(tok.text)) return !following || !(['NOUN', 'VERB', 'AUX'].includes(following.pos) && /^\p{Ll}/u.test(following.text));
  }
  return false;
}

/** The mention follows "a"/"an" and heads its phrase: no noun follows it ("an IQ of 140", "fitted with a GPU"). */
function countedThing(analysis: Analysis, m: NameMention): boolean {
  const next = analysis.tokens[m.last + 1];
  return /^an?$/i.test(analysis.tokens[m.first - 1]?.text ?? '') && !(next && (next.pos === 'NOUN' || next.pos === 'PROPN' || /^[’']s$/.test(next.text)));
}

/**
 * "won an Oscar for", "a Bafta.": a lower-case "a"/"an", then the name alone, then what ends its noun phrase: a
 * stop, a comma, a preposition, an auxiliary. (A quotation, a bracket, a hyphen, "or" and a name, or a relative pronoun
 * after it leave the name a modifier or a body's: "a Labour 'dirty tricks' campaign", "a Linux or Mac version",
 * "a UKIP whose leadership".)
 */
function countsName(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const next = tokens[m.last + 1];
  if (m.compound || !/^an?$/.test(tokens[m.first - 1]?.text ?? '') || !next) return false;
  if (/^[.,;:!?]$/.test(next.text)) return true;
  // (Not before a verb: the tagger reads nouns as verbs there, "an England recall", "an ESPN look".)
  return next.pos === 'ADP' || next.pos === 'AUX';
}

/**
 * The name with a plural "-s" as a word of its own after "the" or a possessive ("the Oscars", "this year's Oscars"), or
 * before a lower-case common noun it modifies ("Oscars night").
 */
function writtenAsPlural(analysis: Analysis, name: string): boolean {
  const { tokens } = analysis;
  const plural = `${name}s`;
  return tokens.some((t, i) => {
    if (t.text !== plural) return false;
    const before = tokens[i - 1];
    const next = tokens[i + 1];
    if (before && (before.text === 'the' || (/^[’']s$/.test(before.text) && before.start === tokens[i - 2]?.end))) return true;
    return !!next && next.start === t.end + 1 && /^\p{Ll}+$/u.test(next.text) && next.pos === 'NOUN' && !PERSON_KINDS.has(next.text) && !PERSON_KINDS.has(next.lemma);
  });
}

/** Nouns for a settlement or a piece of land, whose "of"-complement names one ("the city of Delft"). */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'area', 'hamlet', 'island', 'islands', 'province', 'region', 'district', 'county', 'state', 'port', 'suburb', 'resort', 'borough', 'municipality', 'kingdom', 'emirate', 'republic', 'capital', 'enclave', 'territory', 'outskirts', 'centre', 'center', 'streets']);

/** "the island of Koh Phi Phi", "the streets of Kabul": a name after "of" that completes a lower-case noun for a place. */
function placeComplement(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  if (m.titleFirst !== null || m.honorific || !/^of$/i.test(tokens[m.first - 1]?.text ?? '')) return false;
  const noun = tokens[m.first - 2];
  return !!noun && /^\p{Ll}/u.test(noun.text) && PLACE_NOUNS.has(noun.text.toLowerCase()) && /^(?:the|a|an)$|\p{L}/iu.test(tokens[m.first - 3]?.text ?? '');
}

/**
 * The mention is the subject of "are", "were" or "have" right after it, alone: not in a list ("Ant and Dec are"),
 * nor after a modal or "did", where "have" is no plural ("could Chelsea have won"), nor inside a longer subject.
 */
function takesPluralVerb(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const next = tokens[m.last + 1];
  const before = tokens[(m.titleFirst ?? m.first) - 1];
  if (!next || !/^(?:are|were|have|[’']re)$/.test(next.text) || next.sentence !== tokens[m.last]!.sentence) return false;
  // The name opens the subject: at the sentence's start, after an opening mark, "the", or a word that opens a clause;
  // not the object of a preposition inside it ("traders in Asia have") nor a list's last item.
  if (!before || before.sentence !== next.sentence || /^(?:["“‘'(:;—–]|the)$/i.test(before.text)) return true;
  if (before.text === ',') return !/^\p{Lu}/u.test(tokens[(m.titleFirst ?? m.first) - 2]?.text ?? '');
  return (before.pos === 'SCONJ' || /^(?:but|that|while|when|because|after|before|since|until|if)$/i.test(before.text)) && !/^as$/i.test(before.text);
}

/** "the Scissor Sisters went": a lower-case "the", the name ending in a plural noun, and no noun or name after it. */
function namedWithTheAsPlural(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const next = tokens[m.last + 1];
  // (The tagger leaves a capitalised word unlemmatised: a plural is read from its ending, "-s" after no "s", "u" or "i".)
  return tokens[m.first - 1]?.text === 'the' && /\p{Ll}[^sui’']s$/u.test(tokens[m.last]!.text) && !(next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.start === m.end));
}

/** Nouns for a government named after its leader ("the Attlee government", "the Bush administration"). */
const LEADERS_GOVERNMENTS = /^(?:administration|government|regime|presidency|premiership|cabinet|era)$/;

/** "the Clinton administration": "the", the name, then a noun for a government that heads its phrase. */
function leadsGovernment(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const next = tokens[m.last + 1];
  if (m.first !== m.last || !next || !LEADERS_GOVERNMENTS.test(next.text) || !/^the$/i.test(tokens[m.first - 1]?.text ?? '')) return false;
  return tokens[m.last + 2]?.pos !== 'NOUN';
}

/**
 * The mention is a subject whose verb group ("has recorded", "topped") is followed by "his", "himself" or "herself",
 * which refer back to it: a person ("Apple has updated its" would be a body; "her" may be an object).
 */
function takesPersonalPronoun(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const before = tokens[(m.titleFirst ?? m.first) - 1];
  if (before && before.sentence === tokens[m.first]!.sentence && (before.pos === 'ADP' || /^(?:and|or|&|,)$/i.test(before.text))) return false;
  let t = m.last + 1;
  if (/^[’']s$/.test(tokens[t]?.text ?? '') && tokens[t + 1]?.pos === 'VERB') t++;
  let verbs = 0;
  while (tokens[t] && (tokens[t]!.pos === 'AUX' || tokens[t]!.pos === 'VERB' || (tokens[t]!.pos === 'ADV' && verbs > 0)) && tokens[t]!.sentence === tokens[m.last]!.sentence) {
    if (tokens[t]!.pos === 'VERB') verbs++;
    t++;
  }
  return verbs > 0 && /^(?:his|himself|herself)$/i.test(tokens[t]?.text ?? '');
}

/**
 * The mention is used as a body's name: a subject whose verb group is followed by "its" ("Deutsche Boerse held its
 * third meeting", as "his" follows a person's), or whose speech verb reports what "it" does ("Shanda said that it may
 * boost its stake"); a clause's subject that "which" refers back to ("Laura Ashley, which is due to issue"); what
 * shares or a stake are held in ("shares in Southcorp", "Krispy Kreme shares").
 */
function usedAsBody(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const sentence = tokens[m.first]!.sentence;
  const before = tokens[m.first - 1];
  const next = tokens[m.last + 1];
  if (before?.sentence === sentence && /^in$/i.test(before.text) && HOLDINGS.test(tokens[m.first - 2]?.text ?? '')) return true;
  if (next?.sentence === sentence && /^(?:shares|stock)$/.test(next.text)) return true;
  // The rest hold of a subject only: at the sentence's start or after an opening mark.
  if (m.first !== analysis.sentences[sentence]!.first && !afterOpening(tokens, m.first)) return false;
  if (relativeAfter(tokens, m, 'which')) return true;
  let t = m.last + 1;
  let verbs = 0;
  while (tokens[t] && tokens[t]!.sentence === sentence && (tokens[t]!.pos === 'AUX' || tokens[t]!.pos === 'VERB' || (tokens[t]!.pos === 'ADV' && verbs > 0))) {
    if (tokens[t]!.pos === 'VERB') verbs++;
    t++;
  }
  if (verbs > 0 && /^(?:its|itself)$/i.test(tokens[t]?.text ?? '')) return true;
  // (A verb of saying, not of thinking: "Bill Thompson thinks it's about time" says nothing of what "it" is.)
  if (!isSpeechAt(tokens[t - 1]) || !/^(?:say|add|announce|confirm)$/.test(tokens[t - 1]!.lemma.toLowerCase()) || verbs !== 1) return false;
  if (/^that$/i.test(tokens[t]?.text ?? '')) t++;
  return /^it$/i.test(tokens[t]?.text ?? '') && (tokens[t + 1]?.pos === 'AUX' || tokens[t + 1]?.pos === 'VERB');
}

/**
 * "he", "she" or their forms after the mention, in its sentence or opening the next: said of a person. Not once a
 * person named with an honorific stands between ("Laura Ashley thanked Ms Mohd-Saaid for her services"): the
 * pronoun's nearer antecedent is that person (Lappin & Leass 1994, recency).
 */
function pronounFollows(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const sentence = tokens[m.first]!.sentence;
  const personal = (t: Token | undefined): boolean => !!t && /^(?:he|she|him|his|her|himself|herself)$/i.test(t.text);
  for (let t = m.last + 1; tokens[t] && tokens[t]!.sentence === sentence; t++) {
    if (HONORIFICS.has(tokens[t]!.text.toLowerCase()) && /^\p{Lu}/u.test(tokens[t]!.text) && /^\p{Lu}/u.test(tokens[t + 1]?.text ?? '')) return false;
    if (personal(tokens[t])) return true;
  }
  const following = analysis.sentences[sentence + 1];
  return !!following && personal(tokens[following.first]);
}

/** Compass points, whose "of"-complement is a place ("southwest of Ithaca", "north of Kabul"). */
const COMPASS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/i;

/**
 * "Addison, a village southwest of Ithaca", "a town north of Kabul": a name in apposition to a noun for a settlement
 * or a piece of land, or the complement of a compass point's "of", is a place.
 */
function locatedByPlaceNoun(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  if (m.honorific || m.titleFirst !== null) return false;
  if (/^of$/i.test(tokens[m.first - 1]?.text ?? '') && COMPASS.test(tokens[m.first - 2]?.text ?? '')) return true;
  if (tokens[m.last + 1]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[m.last + 2]?.text ?? '')) return false;
  // (Adjectives may come between: "a small village", "a remote mountain town".)
  for (let t = m.last + 3; t <= m.last + 5; t++) {
    const tok = tokens[t];
    if (!tok || !/^\p{Ll}/u.test(tok.text)) return false;
    if (PLACE_NOUNS.has(tok.text) && tokens[t + 1]?.pos !== 'NOUN') return true;
    if (tok.pos !== 'ADJ' && tok.pos !== 'NOUN') return false;
  }
  return false;
}

/** Offices held for a city or region, not for a club ("London mayor", "Newcastle MP"). */
const CIVIC = new Set(['mayor', 'mp', 'mps', 'mep', 'councillor', 'council', 'governor', 'senator', 'congressman', 'congresswoman', 'assemblyman', 'sheriff', 'police', 'bishop', 'archbishop', 'resident', 'residents', 'voter', 'voters']);

/**
 * The name is directly followed by a person noun: "Chelsea manager", "Westlife singer", "Labour MP".
 * For a place's name (`club`), only a noun for what a person is to a side or a firm.
 */
function modifiesPerson(analysis: Analysis, m: NameMention, club = false): boolean {
  const { tokens } = analysis;
  const next = tokens[m.last + 1];
  if (!next || next.start !== m.end + 1) return false;
  // "Dumbarton full-back": a hyphenated person noun.
  const hyphen = tokens[m.last + 2];
  if (hyphen?.text === '-' && hyphen.start === next.end && tokens[m.last + 3]?.start === hyphen.end && PERSON_KINDS.has(`${next.text}-${tokens[m.last + 3]!.text}`.toLowerCase())) return true;
  if (club && !CLUB_ROLES.has(next.text.toLowerCase()) && !CLUB_ROLES.has(next.lemma.toLowerCase())) return false;
  // ("Liverpool fans", "Leeds players": the people of a side, named in the plural.)
  if (club && isPlural(next) && /^\p{Ll}/u.test(next.text) && !GENERIC_PERSONS.has(next.lemma.toLowerCase())) return true;
  // A plural says where people are from as often as what they belong to ("Guantanamo detainees"), and so does "man" ("a New York man").
  if (!isHeadToken(next) || isPlural(next) || GENERIC_PERSONS.has(next.text.toLowerCase())) return false;
  // "Chancellor Gordon Brown": a title in front of a name is the name's role, not the name's body.
  return !/^\p{Lu}/u.test(next.text) || !/^\p{Lu}/u.test(tokens[m.last + 2]?.text ?? '');
}

/** "analyst at Gimme Credit", "head of the Child Support Agency", "striker for Arsenal": the name completes a title. */
function complementOfTitle(analysis: Analysis, m: NameMention, club = false): boolean {
  const { tokens } = analysis;
  // "a spokesman for EU Justice Commissioner Franco Frattini": a title in front makes the name a person's.
  if (m.titleFirst !== null) return false;
  let t = m.first - 1;
  if (/^the$/i.test(tokens[t]?.text ?? '')) t--;
  if (!/^(?:of|at|for|with)$/.test(tokens[t]?.text ?? '')) return false;
  const head = tokens[t - 1];
  if (club && head && !TITLE_WORDS.has(head.text.toLowerCase()) && !CLUB_ROLES.has(head.text.toLowerCase())) return false;
  return !!head && /^\p{Ll}/u.test(head.text) && isHeadToken(head) && !FIRM_NOUNS.has(head.text.toLowerCase());
}

/** Titles of a member of a legislature elected for a seat ("MP for Grantham", "senator for Ohio"). */
const SEAT_HOLDERS = new Set(['mp', 'mep', 'msp', 'am', 'mla', 'td', 'senator', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'councillor', 'candidate']);

/** The name is (in a list that is) the complement of "MP for", "senator for": a seat. */
function constituency(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  if (m.titleFirst !== null || m.honorific) return false;
  let t = m.first - 1;
  // "for Grantham and Stamford", "for Brent East, Brent West and Harrow": back over the list's earlier names.
  while (t > 0 && (/^(?:and|,)$/.test(tokens[t]!.text) || /^\p{Lu}/u.test(tokens[t]!.text)) && tokens[t]!.sentence === tokens[m.first]!.sentence && m.first - t < 12) t--;
  return /^for$/i.test(tokens[t]?.text ?? '') && SEAT_HOLDERS.has(tokens[t - 1]?.text.toLowerCase() ?? '');
}

const civic = (analysis: Analysis, m: NameMention): boolean => CIVIC.has(analysis.tokens[m.last + 1]?.text.toLowerCase() ?? '');

/** Type from how the name is used when its words say nothing: "in Toulouse" is a place, "Boeing said" an organisation. */
/** `typedAt` holds the type of each mention already typed, by its start and its end offset. */
/** "Marks & Spencer", "Procter & Gamble": partners' names joined by "&" name their firm. */
const FIRM_NAME = /\S\s*&\s*\S/;

function inferType(analysis: Analysis, d: ActorDraft, typedAt: Map<number, ActorType>): ActorType {
  const { tokens } = analysis;
  if (FIRM_NAME.test(d.name)) return 'organization';
  const multi = d.name.includes(' ');
  // ("Big Machine ... Machine": a name made of everyday words used in part is no person's surname.)
  // ("Minnesota Wild ... the Wild scored", "Wild coach": a surname is not written after "the" nor before a member's noun; a team's or a body's short name is.)
  // ("London Heathrow ... Heathrow", "Nottingham Forest ... Forest": a name opened by a place's or a body's name, which
  // is no given name, is a body's or a place's, and its last word alone is its short name, no surname; unless a
  // personal pronoun or an honorific says person: "Paris Hilton ... Hilton said she".)
  const opener = d.name.split(/\s+/)[0]!.toLowerCase();
  // (A country's adjective or people, "Italian Ranieri", "Kenyans Evans Rutto", is glued to a person's name instead.)
  const namedByPlaceOrBody = (COUNTRY_FORMS.get(opener)?.name.toLowerCase() === opener || KNOWN_PLACES.has(opener) || PLACES.has(opener) || KNOWN_ORGS.has(opener) || KNOWN_ORG_NAMES.has(opener)) && !GIVEN_NAMES.has(opener) && !AMBIGUOUS_GIVEN_NAMES.has(opener) && !UK_COUNTY_SET.has(opener) && !d.mentions.some((m) => m.honorific || pronounFollows(analysis, m));
  const surnameUsed = multi && !namedByPlaceOrBody && d.mentions.some((m) => m.first === m.last && d.name.endsWith(m.text.replace(/[’']s$/, '')) && !afterThe(analysis, m) && !namesBody(analysis, m)) && !d.name.split(/\s+/).every((w) => isEveryday(w.toLowerCase()));
  if (surnameUsed) return 'person';
  // "Europa Clipper", "World Indoor Tournament": a name headed by a noun for a made thing or a work names a product
  // or a work, not a body.
  if (d.mentions.every((m) => !m.honorific && m.titleFirst === null) && headedByThing(d.name)) return 'other';
  // "Bridgestone Arena", "Shoreline Amphitheatre": a name headed by a noun for a building or a ground names the place
  // (one opened by a given name, "John Hall", is a person's and typed by its words before this).
  // (Written after a preposition of place somewhere, and never listed with a body: "Body Shop", "Radio Shack" are firms.)
  if (d.mentions.every((m) => !m.honorific && m.titleFirst === null) && headedByStructure(d.name) && d.mentions.some((m) => placedAt(analysis, m)) && !listedWith(analysis, d, typedAt, 'organization')) return 'place';
  // "Martika's 1980s hit", "Presley's new single": whose a song, an album or a novel is, is the artist, a person or a band
  // (a studio or a label the gazetteers know is typed by its name before this).
  if (d.mentions.some((m) => possessesWork(tokens, m))) return 'person';
  const located = d.mentions.some((m) => {
    const before = tokens[(m.titleFirst ?? m.first) - 1];
    // "shares in Acme", "a stake in Northwind": what one holds a part of is a company.
    if (/^in$/i.test(before?.text ?? '') && HOLDINGS.test(tokens[(m.titleFirst ?? m.first) - 2]?.text ?? '')) return false;
    const after = tokens[m.last + 1];
    return before !== undefined && LOCATIVE.has(before.text.toLowerCase()) && !(after && /^[’']s$/.test(after.text));
  });
  const possessive = d.mentions.some((m) => /^[’']s$/.test(tokens[m.last + 1]?.text ?? ''));
  // "Standard Life, which owns a stake", "Jo Reed, who chairs it": the relative pronoun says person or not.
  const relative = (word: string): boolean => d.mentions.some((m) => relativeAfter(tokens, m, word));
  // "the Clinton administration", "the Assad regime": a lone name before the noun for a government names its leader.
  // "Boy George has recorded his (part)", "Shipman's topped himself": a subject that "his", "himself" or "herself"
  // refers back to is a person.
  if (!multi && d.mentions.some((m) => leadsGovernment(analysis, m))) return 'person';
  if (d.mentions.some((m) => takesPersonalPronoun(analysis, m))) return 'person';
  // "Denis Shapovalov defeated Taylor Fritz": the two sides of a match are of one kind; a person's opponent is a person.
  if (d.mentions.some((m) => opposesPerson(analysis, m, typedAt))) return 'person';
  // "Arsenal boss Arsene Wenger", "Chelsea's Frank Lampard", "against Millwall", "Liverpool and Millwall": a club or company ("who" too is said of clubs).
  if (!located && d.mentions.some((m) => namesBody(analysis, m))) return 'organization';
  // ("A Titterrell, D Bell, S Borthwick": an initial and a surname that is also an everyday word, listed next to a
  // person on a team sheet, is a person too.)
  if (/^\p{Lu}\.? \p{Lu}\p{Ll}+$/u.test(d.name) && listedWith(analysis, d, typedAt, 'person', true)) return 'person';
  if (listedWith(analysis, d, typedAt, 'organization')) return 'organization';
  if (relative('who')) return 'person';
  if (!located && relative('which')) return 'organization';
  // '"...," Campese said', 'said Lampard': a lone name that attributes a direct quote is a person's
  // (a firm's quote is given by its spokesman); only the evidence above makes it an organisation.
  if (!multi && !ACRONYM.test(d.name) && d.mentions.some((m) => attributesQuote(tokens, m))) return 'person';
  // ("a restructuring programme at Airbus ... Airbus has confirmed": a name that speaks as a clause's subject is no place.)
  const agent = d.mentions.some((m) => {
    const next = tokens[m.last + 1];
    // (A speech verb, perhaps after an auxiliary: "Woking is" says nothing of an agent.)
    const verb = next?.pos === 'AUX' ? tokens[m.last + 2] : next;
    // ("officials in Powys said": a name after a preposition is no subject.)
    return !!next && next.sentence === tokens[m.last]!.sentence && isSpeechAt(verb) && tokens[(m.titleFirst ?? m.first) - 1]?.pos !== 'ADP';
  });
  if (located && !possessive && !multi && !agent) return 'place';
  const words = d.name.split(/\s+/);
  // Two or three capitalised words with no organisation or place word: most often a person's name,
  // unless they are everyday words ("Fair Trials Abroad", "Jailhouse Rock"), which a given name is not.
  const first = words[0]!.toLowerCase();
  // "MacBook Pro", "Nintendo Switch": a brand or a word with a capital inside opens a product's name, not a person's.
  // "Scottish Water", "London Underground": a nationality or a city's name opens a body's name, not a person's
  // (a person's surname used alone, "Hilton" of "Paris Hilton", was read above).
  // (A county's name may be a given name: "Kent Conrad".)
  const placed = words.length > 1 && (COUNTRY_FORMS.has(first) || (KNOWN_PLACES.has(first) && !UK_COUNTY_SET.has(first)) || PLACES.has(first) || (PLACE_QUALIFIERS.has(first) && !/^(?:st|saint)$/.test(first))) && !GIVEN_NAMES.has(first) && !AMBIGUOUS_GIVEN_NAMES.has(first);
  // ("MacDonald" keeps the prefix of a surname; "MacBook" is a word with a capital inside: what follows "Mac" is an everyday word.)
  const inner = words[0]!.replace(/^(?:Mc|Mac|O'|D'|De|Di|La|Le)(?=\p{Lu})/u, '');
  const camel = /^\p{Lu}\p{Ll}+\p{Lu}/u.test(inner === words[0] || isEveryday(inner.toLowerCase()) ? words[0]! : inner);
  // ("Thunderbolt 3", "Half-Life 2": a person's name has no figures in it.)
  // ("GHz Intel Core", "W USB-C": a unit's or a standard's capitals; a person's name has initials, "JP", only in front.)
  const capitals = /^\p{Lu}{2,}\p{Ll}/u.test(words[0]!) || words.slice(1).some((w) => /^\p{Lu}{2,}(?:-\p{Lu}+)?$/u.test(w) && !/^[IVX]+$/.test(w));
  const brand = placed || KNOWN_ORG_NAMES.has(first) || KNOWN_ORGS.has(first) || camel || capitals || words.some((w) => /\d/.test(w));
  // ("Environmental Kuznets Curve", "Marijuana Use": a name that ends in an everyday noun is a person's only
  // when it opens with a given name, "Neil Young", "Molly Wood".)
  const lastWord = words[words.length - 1]!.toLowerCase();
  // (The word as written, not a plural read back to its singular: "Morales", "Gates" and "Barnes" are
  // surnames that look like plurals of "morale", "gate" and "barn".)
  // ("Scissor Sisters", "Trading Spouses", "Coudenberg Cellars": the plural of a noun for a kind of person (a band, a
  // team, a show), for a building or for a device (WordNet's noun.person, structure and device senses) heads a name of
  // no person; a surname that looks like one, "Barnes", "Gates", comes after a given name, typed before this, or after
  // an honorific or a title. Nouns for no such kind, "Morales" of "morale", are left alone.)
  const singular = /[^su]s$/.test(lastWord) && !EVERYDAY_WORDS.has(lastWord) ? lastWord.slice(0, -1) : '';
  const pluralHead = (PERSON_KINDS.has(singular) || STRUCTURE_NOUNS.has(singular) || OBJECT_NOUNS.has(singular)) && d.mentions.every((m) => !m.honorific && m.titleFirst === null);
  const thing = !GIVEN_NAMES.has(first) && !AMBIGUOUS_GIVEN_NAMES.has(first) && (EVERYDAY_WORDS.has(lastWord) || pluralHead);
  const given = !brand && !thing && (!isEveryday(first) || (AMBIGUOUS_GIVEN_NAMES.has(first) && words.length === 2 && !isEveryday(words[1]!.toLowerCase())));
  // ("Duchy of Cornwall", "Glens of Antrim": "of", "for" or "and" inside make a body's or a place's name; a person's
  // has them only in a peer's or an office-holder's style, "Duke of Edinburgh", "Archbishop of Canterbury".)
  const joined = words.slice(1, -1).some((w) => /^(?:of|for|and|&|the)$/.test(w)) && !TITLE_WORDS.has(first) && !HONORIFICS.has(first) && !PEERAGE.has(first) && !RULERS.has(first);
  if (multi && words.length <= 3 && !located && given && !joined) return 'person';
  // ('"…," said Ant McPartlin': two or three words with no body's or place's word that attribute a direct quote
  // are a person's, though the first is an everyday word too; a firm's quote is given by its spokesman.)
  const bodyWord = words.some((w) => ORG_WORDS.has(w.toLowerCase()) || PLACE_WORDS.has(w.toLowerCase()) || ORG_WORDS.has(w.toLowerCase().replace(/s$/, '')));
  if (multi && words.length <= 3 && !located && !brand && !joined && !bodyWord && !isEveryday(lastWord) && d.mentions.some((m) => attributesQuote(tokens, m))) return 'person';
  // ("at 20th Century Fox", "in the 101st Airborne Division": an ordinal in figures opens a body's name; a place's
  // name with one has its place word, "42nd Street", and is typed by it before this.)
  if (located && !possessive && !agent && !/^\d+(?:st|nd|rd|th)$/.test(words[0]!)) return 'place';
  // "Carroll, G Neville, Ferdinand, Heinze": a lone name listed with persons is one.
  if (!multi && listedWith(analysis, d, typedAt, 'person')) return 'person';
  return 'organization';
}

/**
 * Every mention of the draft says where, and one at least after a preposition of place ("in Cuba", "from
 * Afghanistan and Pakistan", "Gibraltar-based"); the others only modify a thing ("Zambian nationality").
 * A subject, an object, a possessive, a list of states, people or a body of the country ("Turkish people",
 * "the US court"), and officials placed in it ("prosecutors in Sweden") are a state's.
 */
function onlyLocates(analysis: Analysis, d: ActorDraft): boolean {
  const { tokens } = analysis;
  let located = false;
  for (const m of d.mentions) {
    // ("lost to France", "England coach": a side in a contest is a team.)
    if (namesBody(analysis, m)) return false;
    const next = tokens[m.last + 1];
    if (next?.text === '-' && /^based$/i.test(tokens[m.last + 2]?.text ?? '') && next.start === m.end) {
      located = true;
      continue;
    }
    // A modifier of a phrase whose nouns name no person and no body ("Zambian passport", "the Iraq war",
    // "in the US camp") says nothing of where; one of people or a body ("UK pharmaceutical firm") is a state's.
    const nouns: Token[] = [];
    for (let t = m.last + 1; t <= m.last + 4; t++) {
      const tok = tokens[t];
      // ("in Peru last year": a time adverbial after the name is a phrase of its own.)
      if (!tok || !/^\p{Ll}/u.test(tok.text) || (tok.pos !== 'NOUN' && tok.pos !== 'ADJ') || TIME_WORDS.test(tok.text)) break;
      if (tok.pos === 'NOUN') nouns.push(tok);
    }
    if (nouns.length > 0) {
      if (nouns.some(isAgentNoun)) return false;
      continue;
    }
    let t = m.first - 1;
    if (/^the$/i.test(tokens[t]?.text ?? '')) t--;
    // ("in Afghanistan and Pakistan": back over the earlier names of a list.)
    while (t > 0 && /^(?:and|or|,)$/.test(tokens[t]!.text) && /^\p{Lu}/u.test(tokens[t - 1]!.text) && tokens[t]!.sentence === tokens[m.first]!.sentence) {
      t -= 2;
      while (t > 0 && /^\p{Lu}/u.test(tokens[t]!.text) && m.first - t < 12) t--;
      if (/^the$/i.test(tokens[t]?.text ?? '')) t--;
    }
    const prep = tokens[t];
    // ("embargoes applied to Burma", "apologised to Turkey": "to" names a recipient as often as a destination.)
    if (!prep || !LOCATIVE.has(prep.text.toLowerCase()) || /^to$/i.test(prep.text) || (next && /^[’']s$/.test(next.text))) return false;
    const holder = tokens[t - 1];
    if (holder && /^\p{Ll}/u.test(holder.text) && isAgentNoun(holder)) return false;
    located = true;
  }
  return located;
}

/** Playing positions that are also everyday words ("forward", "centre", "wing"): a side's only before a name. */
const LOOSE_POSITIONS = new Set(['forward', 'centre', 'center', 'prop', 'lock', 'wing', 'opener', 'international', 'keeper', 'hooker', 'catcher', 'stand-off', 'number-eight']);

/** A match's result and the preposition that names the other side: "defeat to Ireland", "win over Italy", "draw with Wales". */
const SIDE_RESULT: Record<string, RegExp> = { over: /^(?:victory|win|triumph)$/i, to: /^(?:defeat|defeats)$/i, with: /^(?:draw)$/i };

/** Words before a name that make it a side in a match: "beat France", "v Italy" ("against" is also said of states). */
const BEATEN = /^(?:beat|beating|beaten|v|vs|versus|thrashed|defeated|edged)$/i;

/**
 * The mention names a side in a match: before its coach, captain or a playing position held by a named player
 * ("England coach", "Wales fly-half Stephen Jones"), or as the side beaten or met in a result ("defeat to Ireland").
 */
function namesSide(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const next = tokens[m.last + 1];
  const before = (m.titleFirst ?? m.first) - 1;
  // ("a loss to Scotland of its heritage": of the results, only a defeat, a win or a draw is a match's.)
  // ("beat China's Li Na", "a win over Argentine Juan Chela": a country's player, not its side, was beaten.)
  const player = COUNTRY_FORMS.get(m.text.toLowerCase())?.adjective === true || /^(?:[’']s|\p{Lu}.*)$/u.test(next?.text ?? '');
  // ("their loss to Ireland", but "a loss to Scotland of its heritage".)
  const loss = /^(?:loss|losses)$/i.test(tokens[before - 1]?.text ?? '') && /^to$/i.test(tokens[before]?.text ?? '') && !/^of$/i.test(next?.text ?? '');
  if (!player && (loss || BEATEN.test(tokens[before]?.text ?? '') || SIDE_RESULT[tokens[before]?.text.toLowerCase() ?? '']?.test(tokens[before - 1]?.text ?? ''))) return true;
  if (!next || !/^\p{Ll}/u.test(next.text) || next.start !== m.end + 1) return false;
  const word = next.text.toLowerCase();
  if (/^(?:coach|captain|skipper)$/.test(word)) return true;
  return SPORT_POSITIONS.includes(word) && (!LOOSE_POSITIONS.has(word) || /^\p{Lu}/u.test(tokens[m.last + 2]?.text ?? ''));
}

/** Nouns for the players a club or a country fields. */
const SIDE_NOUNS = new Set(['side', 'sides', 'team', 'teams', 'squad', 'squads', 'line-up', 'xi', 'outfit']);

/** "a Chelsea side", "the Chelsea team": a name between an article and a noun for a side is the club's (or the country's). */
function modifiesSide(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const next = tokens[m.last + 1];
  return !!next && next.start === m.end + 1 && SIDE_NOUNS.has(next.text) && /^(?:a|an|the)$/.test(tokens[m.first - 1]?.text ?? '');
}

/** A draft typed person only by a one-word given name: no role, no gender an honorific or a pronoun gave it. */
const bareGivenName = (d: ActorDraft): boolean => d.type === 'person' && !d.name.includes(' ') && GIVEN_NAMES.has(d.name.toLowerCase()) && d.role === null && d.gender === null;

/** The mention follows a preposition that only ever places something: "in Adelaide", "near Perth". */
function placedIn(analysis: Analysis, m: NameMention): boolean {
  const before = analysis.tokens[(m.titleFirst ?? m.first) - 1];
  return !!before && before.sentence === analysis.tokens[m.first]!.sentence && /^(?:in|near|outside|throughout|across)$/i.test(before.text) && !/^[’']s$/.test(analysis.tokens[m.last + 1]?.text ?? '');
}

/** "Chelsea's 1-0 defeat", "Preston's late win": whose a match's result is, is a side. */
function possessesResult(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  if (!/^[’']s$/.test(tokens[m.last + 1]?.text ?? '')) return false;
  for (let t = m.last + 2; t <= m.last + 5; t++) {
    const tok = tokens[t];
    if (!tok || tok.sentence !== tokens[m.last]!.sentence) return false;
    if (/^(?:defeat|defeats|win|wins|victory|victories|draw|draws|loss|losses|triumph)$/i.test(tok.text)) return true;
    // (A score and the words that qualify the result: "1-0", "shock", "late".)
    if (!(tok.pos === 'NUM' || tok.pos === 'ADJ' || tok.text === '-' || /^\d+-\d+$/.test(tok.text))) return false;
  }
  return false;
}

/** The mention is met in a match, in a report where another country is a side: "against Italy", "defeats by Wales". */
function metAsSide(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const before = (m.titleFirst ?? m.first) - 1;
  if (/^against$/i.test(tokens[before]?.text ?? '')) return true;
  return /^by$/i.test(tokens[before]?.text ?? '') && /^(?:defeat|defeats|defeated|beaten|loss|losses|win|wins|victory)$/i.test(tokens[before - 1]?.text ?? '');
}

/** Words that open or head a time adverbial ("last year", "this summer", "early next week"). */
const TIME_WORDS = /^(?:last|next|this|every|each|early|late|earlier|later|year|years|week|weeks|month|months|day|days|season|summer|winter|spring|autumn|night|morning|evening|weekend)$/i;

/** A noun for people or for a body: "officials", "people", "government", "court" (WordNet's person nouns, the body words). */
function isAgentNoun(t: Token): boolean {
  const [word, lemma] = [t.text.toLowerCase(), t.lemma.toLowerCase()];
  return [word, lemma].some((w) => PERSON_KINDS.has(w) || GENERIC_PERSONS.has(w) || ORG_WORDS.has(w) || FIRM_NOUNS.has(w) || BODY_NOUNS.has(w) || AUTHORITIES.has(w));
}

/** Collective nouns for a state's authorities and forces that the person and body lexicons leave out. */
const AUTHORITIES = new Set(['authorities', 'authority', 'state', 'troops', 'military', 'regime', 'administration', 'counterpart', 'counterparts', 'team', 'side', 'squad', 'embassy', 'delegation']);

/** Nouns for works an artist is named with (WordNet's "musical composition", "movie" and "novel", and the press's "hit"). */
const ARTIST_WORKS = new Set(['hit', 'hits', 'album', 'albums', 'single', 'singles', 'song', 'songs', 'track', 'tracks', 'ballad', 'film', 'films', 'movie', 'novel', 'novels', 'memoir', 'autobiography']);

/** The mention owns a work: its possessive, perhaps adjectives or a decade, then a work noun that heads its phrase ("Martika's 1980s hit"). */
function possessesWork(tokens: Token[], m: NameMention): boolean {
  if (!/^[’']s$/.test(tokens[m.last + 1]?.text ?? '')) return false;
  for (let t = m.last + 2; t <= m.last + 4; t++) {
    const tok = tokens[t];
    if (!tok || !/^[\p{Ll}\d]/u.test(tok.text)) return false;
    // ("Sony's film division": the work noun must head the phrase.)
    const next = tokens[t + 1];
    if (ARTIST_WORKS.has(tok.text) && !(next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text))) return true;
    if (tok.pos !== 'ADJ' && tok.pos !== 'NUM' && !/^\d+s$/.test(tok.text) && !ARTIST_WORKS.has(tok.text)) return false;
  }
  return false;
}

const QUOTE_MARK = /^["“”]$/;
const isSpeechAt = (t: Token | undefined): boolean => t?.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma.toLowerCase());

/** The relative pronoun `word` follows the mention, perhaps after a comma: "Jo Reed, who chairs it". */
function relativeAfter(tokens: Token[], m: NameMention, word: string): boolean {
  const next = tokens[m.last + 1];
  return (next?.text === ',' ? tokens[m.last + 2] : next)?.text.toLowerCase() === word;
}

/** The mention is the subject of a speech verb next to a quotation: '"…," X said', '"…," said X', 'X said: "…"'. */
function attributesQuote(tokens: Token[], m: NameMention): boolean {
  const before = tokens[m.first - 1];
  const after = tokens[m.last + 1];
  if (isSpeechAt(after) && QUOTE_MARK.test(before?.text ?? '')) return true;
  // ('said Spurs sporting director X': the name must end the clause, not modify a title after it.)
  if (isSpeechAt(before) && QUOTE_MARK.test(tokens[m.first - 2]?.text ?? '') && (!after || after.sentence !== before!.sentence || /^[.,;:]$/.test(after.text))) return true;
  return isSpeechAt(after) && tokens[m.last + 2]?.text === ':' && QUOTE_MARK.test(tokens[m.last + 3]?.text ?? '');
}

/** One of the draft's mentions is listed ("A, B and C"; or "A; B" with `semicolon`) next to a name already typed `type`. */
function listedWith(analysis: Analysis, d: ActorDraft, typedAt: Map<number, ActorType>, type: ActorType, semicolon = false): boolean {
  const { tokens } = analysis;
  const sep = (t: Token | undefined): boolean => !!t && (t.text === ',' || t.text.toLowerCase() === 'and' || (semicolon && t.text === ';'));
  return d.mentions.some(
    (m) => (sep(tokens[m.first - 1]) && typedAt.get(tokens[m.first - 2]?.end ?? -1) === type) || (sep(tokens[m.last + 1]) && typedAt.get(tokens[m.last + 2]?.start ?? -1) === type),
  );
}

/** What may stand between two items of a list of names: a comma, "and", "or", a semicolon, or a comma before "and"/"or". */
const LIST_GLUE = /^(?:,|;|and|or|, and|, or)$/;

/**
 * "The seats are: Bristol West, Cambridge, Holborn and St Pancras, Isle of Wight, Dorset West": a list of three names
 * or more in which most of the names the gazetteers know (and the article keeps) as places or countries are places has
 * places for its other names too, whatever their words read as one by one ("Dorset West", "Holborn"), so long as no
 * mention of theirs shows a person (a title, a role, a quote, "his", "who"; a saint's "St" is a place's) and they are
 * listed nowhere else. A name is typed by the company it keeps.
 */
function typePlaceLists(analysis: Analysis, drafts: ActorDraft[]): void {
  const { tokens, text } = analysis;
  const items = drafts.flatMap((d) => d.mentions.map((m) => ({ d, m }))).sort((a, b) => a.m.start - b.m.start);
  const lists: (typeof items)[] = [];
  let run: typeof items = [];
  for (const item of items) {
    const prev = run[run.length - 1];
    const from = (item.m.titleFirst ?? item.m.first) - (item.m.honorific ? 1 : 0);
    const glue = prev ? text.slice(prev.m.end, tokens[from]?.start ?? item.m.start).replace(/\s+/g, ' ').trim() : '';
    if (prev && prev.m.sentence === item.m.sentence && LIST_GLUE.test(glue)) run.push(item);
    else {
      if (run.length >= 3) lists.push(run);
      run = [item];
    }
  }
  if (run.length >= 3) lists.push(run);
  const saint = (m: NameMention): boolean => /^St\.?$/.test(tokens[m.first - 1]?.text ?? '');
  const personless = (m: NameMention): boolean =>
    (!m.honorific || saint(m)) && m.titleFirst === null && !attributesQuote(tokens, m) && !takesPersonalPronoun(analysis, m) && !relativeAfter(tokens, m, 'who');
  const inPlaceList = new Set<NameMention>();
  for (const list of lists) {
    let places = 0;
    let others = 0;
    for (const { d, m } of list) {
      const known = typeByName(m.text.replace(/[’']s$/, '')).type;
      if (known === null) continue;
      if ((known === 'place' || known === 'country') && (d.type === 'place' || d.type === 'country')) places++;
      else others++;
    }
    if (places >= 2 && places > others) for (const { m } of list) inPlaceList.add(m);
  }
  for (const d of drafts) {
    // (A given name opening a name says little against the list: "Virginia Beach"; nor does a "role" read from the
    // next item as an apposition, "Dorset West, Isle of Wight"; a person's noun in it does: "Paris, the model".)
    const byName = typeByName(d.name);
    if (d.type === 'place' || d.type === 'country' || (byName.type !== null && !byName.byGivenName)) continue;
    if (d.role !== null && d.role.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && PERSON_KINDS.has(w))) continue;
    if (!d.mentions.every((m) => inPlaceList.has(m) && personless(m))) continue;
    d.type = 'place';
    d.role = null;
  }
}

/** Nouns for a part of a company one holds: "shares in Acme". */
const HOLDINGS = /^(?:shares|share|stake|stakes|holding|holdings|investment|investments|interest|interests|stock|equity)$/i;

/** Words before a name that make it a side in a match or a contest ("against Millwall", "beat Chelsea"). */
const CONTEST = /^(?:against|beat|beating|beaten|v|vs|versus|thrashed|defeated|edged)$/i;

/**
 * The mention is the side beaten in a match whose winner, the name right before the verb ("Nishioka defeated X",
 * "Kukushkin had beaten X"), is typed person.
 */
function opposesPerson(analysis: Analysis, m: NameMention, typedAt: Map<number, ActorType>): boolean {
  const { tokens } = analysis;
  const verb = (m.titleFirst ?? m.first) - 1;
  if (!/^(?:beat|beaten|defeated|edged|thrashed)$/i.test(tokens[verb]?.text ?? '')) return false;
  const winner = tokens[verb - 1]?.pos === 'AUX' ? tokens[verb - 2] : tokens[verb - 1];
  return !!winner && winner.sentence === tokens[m.first]!.sentence && typedAt.get(winner.end) === 'person';
}
/** A result and the preposition that names the other side: "victory over Liverpool", "defeat to Hull", "draw with Leeds". */
const RESULT_SIDE: Record<string, RegExp> = {
  over: /^(?:victory|victories|win|wins|triumph|success)$/i,
  to: /^(?:defeat|defeats|loss|losses|lost|losing)$/i,
  with: /^(?:draw|draws|drew|drawn)$/i,
};

/** The mention names a body: a club, a company, a band. */
function namesBody(analysis: Analysis, m: NameMention, club = false): boolean {
  const { tokens } = analysis;
  if (modifiesPerson(analysis, m, club) || complementOfTitle(analysis, m, club)) return true;
  const before = (m.titleFirst ?? m.first) - 1;
  if (CONTEST.test(tokens[before]?.text ?? '')) return true;
  if (RESULT_SIDE[tokens[before]?.text.toLowerCase() ?? '']?.test(tokens[before - 1]?.text ?? '')) return true;
  // "Chelsea's Frank Lampard": a body's member, named after its possessive.
  const next = tokens[m.last + 1];
  if (!!next && /^[’']s$/.test(next.text) && GIVEN_NAMES.has(tokens[m.last + 2]?.text.toLowerCase() ?? '') && /^\p{Lu}/u.test(tokens[m.last + 3]?.text ?? '')) return true;
  // "Lorton's chief executive", "Acme's new chairman": what holds an office of a board or a side is a body.
  if (!next || !/^[’']s$/.test(next.text)) return false;
  for (let t = m.last + 2; t <= m.last + 4; t++) {
    const tok = tokens[t];
    if (!tok || !/^\p{Ll}/u.test(tok.text)) return false;
    if (BODY_OFFICES.has(tok.text.toLowerCase()) && !/^(?:of|to)$/i.test(tokens[t + 1]?.text ?? '')) return tok.text.toLowerCase() !== 'chief' || tokens[t + 1]?.text.toLowerCase() === 'executive';
    if (tok.pos !== 'ADJ' && tok.pos !== 'NOUN') return false;
  }
  return false;
}

/**
 * Words that need a name to make one: the generic heads of bodies' names, and "the West", a loose set of
 * states ("the North" and "the South" are often one state named short, "North Korea", and stay).
 */
const BARE_HEADS = new Set(['west', 'company', 'corporation', 'firm', 'group', 'department', 'ministry', 'agency', 'organisation', 'organization', 'institute', 'association', 'foundation', 'society', 'bureau', 'division', 'unit']);

/** Offices held in a company's board or a club's side, which a person holds rarely for another person. */
const BODY_OFFICES = new Set(['chairman', 'chairwoman', 'chief', 'director', 'directors', 'president', 'founder', 'co-founder', 'owner', 'shareholders', 'board', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'coach', 'boss']);

/** Nouns for a body that never name a person, even beside a given name ("regulator X", "band X"). */
const FIRM_ONLY_NOUNS = new Set(['firm', 'charity', 'consultancy', 'conglomerate', 'carmaker', 'chipmaker', 'drugmaker', 'supermarket', 'retailer', 'lender', 'insurer', 'manufacturer', 'brand', 'label', 'chain', 'startup', 'start-up', 'regulator',
  'provider', 'supplier', 'distributor', 'wholesaler', 'exporter', 'importer', 'giant', 'subsidiary', 'carrier', 'band']);

/**
 * Nouns that name a body and never a person as a title in front of a name or in apposition ("watchdog Ofcom",
 * "its maker, Eli Lilly"), though beside a given name they may describe people ("film maker", "parliamentary
 * watchdog", "comedy duo").
 */
const BODY_ONLY_NOUNS = new Set([...FIRM_ONLY_NOUNS, 'maker', 'outfit', 'watchdog', 'duo', 'trio', 'quartet', 'quintet']);

/**
 * Common nouns for a body, which name one in close apposition ("law firm Bellam Rowe", "charity Oxfam"): with those
 * that also name people ("broadcaster", "publisher", "developer", "broker").
 */
const BODY_NOUNS = new Set([...BODY_ONLY_NOUNS, 'broadcaster', 'publisher', 'broker', 'operator', 'vendor', 'developer', 'contractor']);

/** Is the head of `role` (the noun before any complement) one of `nouns`? */
function namesBodyOnly(role: string, nouns: ReadonlySet<string>): boolean {
  const words = role.toLowerCase().split(/\s+/);
  const complement = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|with|to)$/.test(w));
  return nouns.has(complement > 0 ? words[complement - 1]! : words[words.length - 1]!);
}

/** Industries and fields among the organisation words (the GICS names): mass nouns in lower case, no body's name. */
const FIELD_WORDS = new Set(['aviation', 'aeronautics', 'aerospace', 'energy', 'media', 'entertainment', 'research', 'technology', 'technologies', 'software', 'insurance', 'communications', 'telecom', 'telecommunications',
  'oil', 'gas', 'petroleum', 'steel', 'mining', 'retail', 'construction', 'transportation', 'logistics', 'shipping', 'publishing', 'broadcasting', 'biotechnology', 'tobacco', 'textiles', 'machinery', 'utilities',
  'electronics', 'chemicals', 'pharmaceuticals', 'capital', 'securities', 'foods', 'beverages', 'automotive', 'management', 'security', 'defence', 'defense', 'health', 'education', 'finance', 'trade']);

/** The name stands right after a lower-case noun for a body, with nothing between: "law firm Bellam Rowe". */
function afterBodyNoun(analysis: Analysis, m: NameMention, nouns?: ReadonlySet<string>): boolean {
  if (m.titleFirst !== null || m.honorific) return false;
  const noun = analysis.tokens[m.first - 1];
  if (!noun || noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text) || noun.end === analysis.tokens[m.first]!.start) return false;
  // ("law firm X", "the charity X"; "on whose board Hunter Biden had a seat" opens a clause.)
  const before = analysis.tokens[m.first - 2];
  // ("Leeds group Kaiser Chiefs", "US band X": a town's or a country's name may say where the body is from.)
  const home = !!before && /^\p{Lu}/u.test(before.text) && before.end + 1 === noun.start && [before.text.toLowerCase()].some((w) => PLACES.has(w) || KNOWN_PLACES.has(w) || COUNTRY_FORMS.has(w));
  if (!before || !(home || /^(?:the|a|an)$/i.test(before.text) || (/^\p{Ll}/u.test(before.text) && (before.pos === 'NOUN' || before.pos === 'ADJ')))) return false;
  const word = noun.text.toLowerCase();
  // ("Leicester duo Ollie Smith and Andy Goode": a town's pair or trio are its people.)
  if (home && /^(?:duo|trio|quartet|quintet|pair)$/.test(word)) return false;
  // ("Bath centre Olly Barker": a noun that is also a person's, a position, names the person's role.)
  // ("the minister for civil aviation Praful Patel": an industry's or a field's name, which the organisation words
  // hold for names such as "Thai Aviation", is no body in lower case, and a person's title may end with it.)
  return (nouns ? nouns.has(word) : (ORG_WORDS.has(word) && !FIELD_WORDS.has(word)) || BODY_NOUNS.has(word)) && !PERSON_KINDS.has(word);
}

/**
 * The drafts indexed by what the lookups below compare, each draft added once
 * when it is made: a name is looked up against every draft, and scanning them
 * all per lookup made a book-length input quadratic (2 MB of text: 22 s to
 * extract). Each list keeps the drafts in the order they were made.
 */
class DraftIndex {
  /** By each later word of a name of several words ("rasmussen" of "Anders Rasmussen"). */
  private readonly bySurname = new Map<string, ActorDraft[]>();
  /** By the first word of a name of two or three words ("xabi" of "Xabi Alonso"). */
  private readonly byGivenName = new Map<string, ActorDraft[]>();
  /** By the first word of a name whose other words are all organisation words ("telegraph" of "Telegraph Group"). */
  private readonly byOrgStem = new Map<string, ActorDraft[]>();
  /** The first draft with these initials of its capitalised words ("EU" of "European Union"). */
  private readonly byInitials = new Map<string, ActorDraft>();

  /** Adds a draft just made, with `key`, its name normalised. */
  add(d: ActorDraft, key: string): void {
    const parts = key.split(' ');
    if (parts.length > 1) {
      for (const word of new Set(parts.slice(1))) push(this.bySurname, word, d);
      if (parts.length <= 3 && !parts.some((w) => ORG_WORDS.has(w))) push(this.byGivenName, parts[0]!, d);
      if (parts.slice(1).every((w) => ORG_WORDS.has(w))) push(this.byOrgStem, parts[0]!, d);
    }
    const initials = d.name
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (!this.byInitials.has(initials)) this.byInitials.set(initials, d);
  }

  withSurname(word: string): readonly ActorDraft[] {
    return this.bySurname.get(word) ?? [];
  }

  withGivenName(word: string): readonly ActorDraft[] {
    return this.byGivenName.get(word) ?? [];
  }

  withOrgStem(word: string): readonly ActorDraft[] {
    return this.byOrgStem.get(word) ?? [];
  }

  withInitials(initials: string): ActorDraft | undefined {
    return this.byInitials.get(initials);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function findBySurname(analysis: Analysis, index: DraftIndex, typeOf: Map<ActorDraft, ActorType | null>, key: string, item: Typed): ActorDraft | undefined {
  // "Sue Essex ... Ms Essex said": a person's surname in the text outweighs the place it also names, unless it is used as a place ("in Essex").
  const before = analysis.tokens[(item.mention.titleFirst ?? item.mention.first) - 1]?.text.toLowerCase() ?? '';
  const asPlace = item.type === 'place' && !LOCATIVE.has(before) && !item.adjective;
  if (key.includes(' ') || (item.type !== null && item.type !== 'person' && !asPlace)) return undefined;
  const hits = index.withSurname(key).filter((d) => {
    const t = typeOf.get(d);
    return t === 'person' || t === null;
  });
  if (hits.length <= 1) return hits[0];
  // "Katherine Jackson ... Michael Jackson ... Mr Jackson": an honorific's gender picks one of two namesakes.
  const agreeing = item.honorificGender === null ? hits : hits.filter((d) => GIVEN_NAMES.get(d.name.split(/\s+/)[0]!.toLowerCase()) === item.honorificGender);
  if (agreeing.length === 1) return agreeing[0];
  // "open-side Martyn Williams ... Williams, Sidoli's team-mate ... S Williams (Ospreys)": a namesake
  // named only later is no one the reader can mean yet, whatever role the surname comes with.
  const introduced = agreeing.filter((d) => d.mentions.some((m) => m.start < item.mention.start));
  if (introduced.length === 1 && item.mention.titleFirst === null) return introduced[0];
  // "Andy Robinson ... Robinson said ... Jason Robinson": a surname two namesakes share is the one named last before it
  // ("Vice President Biden" after "Hunter Biden": a title of its own says it may be the other).
  if (item.role !== null || item.mention.titleFirst !== null) return undefined;
  // "Ted Cruz ... Cruz said ... a photo of Heidi Cruz ... Cruz said": once the surname alone has
  // stood for one namesake, it goes on standing for that one (news style names a relative who
  // shares it in full or by given name; AP Stylebook, "names"), not for the one named last.
  const established = agreeing.filter((d) => d.mentions.some((m) => m.start < item.mention.start && m.first === m.last && normalise(m.text) === key));
  if (established.length === 1) return established[0];
  let nearest: { at: number; d: ActorDraft } | undefined;
  for (const d of agreeing) {
    // ("an Open era record" after "the Australian Open": an everyday word is no surname of a name not known to be a person's.)
    if (typeOf.get(d) !== 'person' && isEveryday(key)) continue;
    for (const m of d.mentions) if (m.start < item.mention.start && (!nearest || m.start > nearest.at)) nearest = { at: m.start, d };
  }
  return nearest?.d;
}

/**
 * "Marine Le Pen ... Le Pen said", "Debbie Wasserman Schultz ... Wasserman Schultz": a surname of
 * several words is the last words of the one person named in full with them.
 */
function findByCompoundSurname(index: DraftIndex, typeOf: Map<ActorDraft, ActorType | null>, key: string, item: Typed): ActorDraft | undefined {
  const parts = key.split(' ');
  if (parts.length < 2 || parts.length > 3 || (item.type !== null && item.type !== 'person')) return undefined;
  const hits = index.withSurname(parts.at(-1)!).filter((d) => {
    const t = typeOf.get(d);
    const name = normalise(d.name);
    return (t === 'person' || t === null) && name.endsWith(` ${key}`) && name.split(' ').length > parts.length;
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * "Joshua Apte ... Josh Apte": the same surname after a given name that is a shortening of the other's
 * (one starts the other, three letters at least) names the one person.
 */
function findByShortGivenName(index: DraftIndex, typeOf: Map<ActorDraft, ActorType | null>, key: string, item: Typed): ActorDraft | undefined {
  const parts = key.split(' ');
  if (parts.length !== 2 || parts[0]!.length < 3 || (item.type !== null && item.type !== 'person') || !GIVEN_NAMES.has(parts[0]!)) return undefined;
  const hits = index.withSurname(parts[1]!).filter((d) => {
    const t = typeOf.get(d);
    const [given, surname, ...rest] = normalise(d.name).split(' ');
    return (t === 'person' || t === null) && rest.length === 0 && surname === parts[1] && given !== parts[0] && (given!.startsWith(parts[0]!) || parts[0]!.startsWith(given!));
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/** "Xabi Alonso ... Xabi", "Sheila Ferguson ... Sheila": a lone given name of the one person named with it. */
function findByGivenName(index: DraftIndex, typeOf: Map<ActorDraft, ActorType | null>, key: string, item: Typed, knighted = false): ActorDraft | undefined {
  if (key.includes(' ') || item.type === 'organization' || item.type === 'place' || item.type === 'country' || item.adjective) return undefined;
  // "Real" of "Real Sociedad" is no one's given name ("Sir Cliff", a knight's style, names Cliff Richard all the same).
  if ((isEveryday(key) && !knighted) || CLUB_FIRST_ALWAYS.has(key) || CLUB_FIRST.has(key)) return undefined;
  // ("Apple" of "Apple Thunderbolt 2": a name with a figure in it is a thing's, and has no given name.)
  const hits = index.withGivenName(key).filter((d) => {
    const t = typeOf.get(d);
    return (t === 'person' || t === null) && !/\d/.test(d.name);
  });
  return hits.length === 1 ? hits[0] : undefined;
}

function findByAcronym(index: DraftIndex, name: string): ActorDraft | undefined {
  if (!ACRONYM.test(name)) return undefined;
  const letters = name.replace(/[.&]/g, '');
  return letters.length >= 2 ? index.withInitials(letters) : undefined;
}

/** "Telegraph" for "Telegraph Group", "Apple" for "Apple Computer": an organisation's name without its organisation word. */
function findByOrgStem(index: DraftIndex, typeOf: Map<ActorDraft, ActorType | null>, key: string, item: Typed): ActorDraft | undefined {
  if (key.includes(' ') || (item.type !== null && item.type !== 'organization')) return undefined;
  const hits = index.withOrgStem(key).filter((d) => typeOf.get(d) === 'organization');
  return hits.length === 1 ? hits[0] : undefined;
}

/** "the Superior Court" for "Santa Barbara County Superior Court": the closing words of an organisation's name, its head among them. */
function findByOrgTail(drafts: ActorDraft[], typeOf: Map<ActorDraft, ActorType | null>, key: string, item: Typed): ActorDraft | undefined {
  const words = key.split(' ');
  // (Not an organisation word alone: "Guardian" of "the Guardian" is also a mayor's surname.)
  if (words.length < 2 || !ORG_WORDS.has(words[words.length - 1]!) || (item.type !== null && item.type !== 'organization')) return undefined;
  const hits = drafts.filter((d) => typeOf.get(d) === 'organization' && normalise(d.name).endsWith(` ${key}`));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * "Walter Reed" for "Walter Reed National Military Medical Center", "Johns Hopkins" for "Johns Hopkins University":
 * the opening words of an organisation's name, written alone, are that organisation, not a person its given name
 * suggests. A name with evidence of a person of its own (an honorific, a title, a role) stays apart
 * ("Robert Kilroy-Silk" beside the "Robert Kilroy-Silk Party").
 */
function mergeOrgHeads(drafts: ActorDraft[]): void {
  const orgs = drafts.filter((d) => d.type === 'organization' && d.mentions.length > 0).map((d) => ({ d, key: normalise(d.name) }));
  if (orgs.length === 0) return;
  for (const d of drafts) {
    if (d.type !== 'person' || d.role !== null || !d.name.includes(' ') || d.mentions.some((m) => m.honorific || m.titleFirst !== null)) continue;
    const key = normalise(d.name);
    const hits = orgs.filter((o) => o.key.startsWith(`${key} `) && o.key.slice(key.length + 1).split(' ').some((w) => ORG_WORDS.has(w)));
    if (hits.length !== 1) continue;
    const target = hits[0]!.d;
    target.mentions.push(...d.mentions);
    target.mentions.sort((a, b) => a.start - b.start);
    target.aliases.add(d.name);
    for (const a of d.aliases) target.aliases.add(a);
    d.mentions = [];
  }
}

/**
 * "the Bidens", "Never Trumpers": a person's surname with a plural or an agent suffix names their
 * family or their followers, not an actor of its own.
 */
function dropNameDerivatives(drafts: ActorDraft[], typeOf: Map<ActorDraft, ActorType | null>): void {
  const surnames = new Set(drafts.filter((d) => typeOf.get(d) === 'person' && d.mentions.length > 0).map((d) => normalise(d.name).split(' ').pop()!));
  for (const d of drafts) {
    // ("Never Trumpers": everyday words in front leave it a name for followers.)
    const words = normalise(d.name).split(' ');
    const key = words.pop()!;
    if (!words.every((w) => isEveryday(w)) || typeOf.get(d) != null || d.role !== null || d.mentions.some((m) => m.honorific)) continue;
    const stem = /^(.{3,}?)(?:s|es|ers|ites|ists)$/.exec(key)?.[1];
    if (stem && surnames.has(stem)) d.mentions = [];
  }
}

/** "BBC Radio 4", "BBC News": a name led by an acronym that is an actor of its own is that actor. */
function mergeAcronymLed(drafts: ActorDraft[], typeOf: Map<ActorDraft, ActorType | null>): void {
  const byName = new Map(drafts.map((d) => [d.name, d]));
  for (const d of drafts) {
    const first = d.name.split(/\s+/)[0]!;
    if (first === d.name || !ACRONYM.test(first)) continue;
    const target = byName.get(first);
    if (!target || target === d || typeOf.get(target) !== 'organization') continue;
    target.mentions.push(...d.mentions);
    target.aliases.add(d.name);
    for (const a of d.aliases) target.aliases.add(a);
    d.mentions = [];
  }
}

/** A name the gazetteers know (a country, a place, an organisation), or a given name and a surname. */
function knownName(name: string): boolean {
  const lower = name.toLowerCase();
  const words = lower.split(/\s+/);
  return COUNTRY_FORMS.has(lower) || COUNTRY_NAMES.has(lower) || KNOWN_ORGS.has(lower) || KNOWN_ORG_NAMES.has(lower) || PLACES.has(lower) || PLACE_PHRASES.has(lower) || KNOWN_PLACES.has(lower) || (words.length === 2 && GIVEN_NAMES.has(words[0]!) && !AMBIGUOUS_GIVEN_NAMES.has(words[0]!));
}

const afterThe = (analysis: Analysis, m: NameMention): boolean => /^the$/i.test(analysis.tokens[(m.titleFirst ?? m.first) - 1]?.text ?? '');

const isHonorific = (t: Token | undefined): boolean => !!t && HONORIFICS.has(t.text.toLowerCase());

/** The headline's words, folded as names are, for "is this actor named in the headline". */
function wordsOfHeadline(title: string | null): string {
  return title === null ? '' : ` ${normalise(title)} `;
}

/** The mention is an item inside an enumeration: a comma or a colon before it, a comma, "and" or the end after it, and other items around. */
function isListItem(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const before = tokens[(m.titleFirst ?? m.first) - 1];
  const after = tokens[m.last + 1];
  if (!before || !/^[,:]$/.test(before.text) || (after && after.sentence === before.sentence && !/^(?:,|and|\.|;)$/.test(after.text))) return false;
  // Four items at least: three commas in the sentence.
  const sentence = analysis.sentences[m.sentence]!;
  let commas = 0;
  for (let t = sentence.first; t <= sentence.last; t++) if (tokens[t]!.text === ',') commas++;
  return commas >= 3;
}

/**
 * The parties a reader must know: who speaks, who the headline names, who the lead sentence
 * (the first two sentences: a dateline or a kicker may come first) names, a person named twice,
 * and whoever the article keeps returning to. A place where something happens is scenery, not a party, unless it speaks.
 */
function isKey(analysis: Analysis, d: ActorDraft, claims: number, headline: string): boolean {
  if (claims > 0) return true;
  if (d.type === 'place') return false;
  // ("Everton: Martyn, Hibbert, Yobo, Stubbs": a name as one item of an enumeration is a passing mention.)
  const mentions = d.mentions.filter((m) => !isListItem(analysis, m)).length;
  if (mentions >= 3) return true;
  // A headline names a person by surname ("Yelling takes Cardiff hat-trick").
  const surname = d.type === 'person' && d.name.includes(' ') ? [d.name.split(/\s+/).at(-1)!] : [];
  const forms = [d.name, ...d.aliases, ...surname].map(normalise).filter((f) => f.length > 2);
  if (headline !== '' && forms.some((f) => headline.includes(` ${f} `))) return true;
  if (d.type === 'person' && mentions >= 2) return true;
  if (d.type === 'person' && d.mentions.some((m) => actsAsSubject(analysis, m))) return true;
  return d.mentions[0]!.sentence <= 1 && (d.mentions.length >= 2 || d.type === 'person' || d.type === 'organization');
}

/**
 * The name is the subject of a clause's verb: "Health Secretary Jo Reed will announce", "Jo Reed, the chairman, has
 * resigned", "Jo Reed and Ann Lee will host". Not a name after a preposition or a verb ("went to Jo Reed", "included
 * Jo Reed"), one item of a list, nor one that owns what follows ("Jo Reed's appointment").
 */
function actsAsSubject(analysis: Analysis, m: NameMention): boolean {
  const { tokens } = analysis;
  const sentence = tokens[m.last]!.sentence;
  const same = (t: Token | undefined): t is Token => t !== undefined && t.sentence === sentence;
  // Back over the conjuncts before it ("Jo Reed and Ann Lee"): what stands before the first decides.
  let b = (m.titleFirst ?? m.first) - 1;
  if (same(tokens[b]) && /^and$/i.test(tokens[b]!.text)) {
    b--;
    while (same(tokens[b]) && tokens[b]!.pos === 'PROPN') b--;
  }
  const before = tokens[b];
  if (same(before) && (before.pos === 'ADP' || before.pos === 'VERB' || before.pos === 'AUX' || before.pos === 'SCONJ' || before.pos === 'PART' || /^[,:;]$/.test(before.text) || /^(?:and|or)$/i.test(before.text))) return false;
  let t = m.last + 1;
  // Forward over a later conjunct ("and Ann Lee") and an apposition between commas ("Jo Reed, the chairman,").
  // ("Jo Reed and her deputy Ann Lee": a later conjunct may open with a determiner and a title.)
  // (A conjunct holds a name: in "Jo Reed and has vowed", "and" joins two verbs of another subject.)
  if (same(tokens[t]) && /^and$/i.test(tokens[t]!.text)) {
    let e = t + 1;
    while (same(tokens[e]) && e - m.last <= 8 && (['PROPN', 'NOUN', 'ADJ', 'DET'].includes(tokens[e]!.pos) || /^(?:his|her|their)$/i.test(tokens[e]!.text))) e++;
    if (tokens[e - 1]?.pos !== 'PROPN') return false;
    t = e;
  }
  if (same(tokens[t]) && tokens[t]!.text === ',') {
    let e = t + 1;
    while (same(tokens[e]) && e - t <= 10 && tokens[e]!.text !== ',' && tokens[e]!.pos !== 'VERB') e++;
    if (!same(tokens[e]) || tokens[e]!.text !== ',') return false;
    t = e + 1;
  }
  // ("Jo Reed was asked", "is reported to have": a form of "be" before a participle makes the name the passive's
  // patient, not the speaker; "is hoping" is still the speaker's.)
  let be = false;
  while (same(tokens[t]) && (tokens[t]!.pos === 'AUX' || tokens[t]!.pos === 'ADV' || tokens[t]!.pos === 'PART')) {
    if (tokens[t]!.pos === 'AUX' && /^(?:be|get)$/i.test(tokens[t]!.lemma)) be = true;
    t++;
  }
  const verb = tokens[t];
  return same(verb) && isSpeechAt(verb) && /^\p{Ll}/u.test(verb.text) && !(be && !/ing$/.test(verb.text));
}

/**
 * An adjective's superlative: "best", "worst", "most", "least", or an everyday adjective with "-est"
 * ("latest", "biggest", "earliest"; the spelling rules of Quirk et al. 1985, App. I.9). A word the
 * everyday list holds itself is one only if its comparative is there too ("later"; not "priest", "modest").
 */
function isSuperlative(word: string): boolean {
  if (/^(?:best|worst|most|least)$/.test(word)) return true;
  const stem = /^(\p{L}{2,})est$/u.exec(word)?.[1];
  if (!stem || GIVEN_NAMES.has(word)) return false;
  const stems = [stem, `${stem}e`, stem.replace(/(\p{L})\1$/u, '$1'), stem.replace(/i$/, 'y')].filter((w) => w !== word && EVERYDAY_WORDS.has(w));
  return stems.length > 0 && (!EVERYDAY_WORDS.has(word) || EVERYDAY_WORDS.has(`${stem}er`));
}

/** Final actors, ranked by salience; `speakers` counts claims per draft to lift their rank. */
export function finishActors(
  analysis: Analysis,
  drafts: ActorDraft[],
  speakers: Map<ActorDraft, number>,
  options: { title?: string | null } = {},
): { actors: Actor[]; idOf: Map<ActorDraft, string> } {
  const headline = wordsOfHeadline(options.title ?? null);
  const textLength = Math.max(1, analysis.text.length);
  const sentenceStarts = new Set(analysis.sentences.map((s) => s.first));
  // In a text not written in English the rules above, built on English grammar and capitalisation,
  // read any capitalised word as a name: keep only names a gazetteer knows or a person's name.
  const foreign = !isEnglish(analysis);
  const scored = drafts
    .filter((d) => d.mentions.length > 0)
    .filter((d) => !foreign || knownName(d.name))
    // "the West", "the Company", "the Department of": a loose bloc or a body's generic head alone names no one.
    .filter((d) => d.name.includes(' ') || !BARE_HEADS.has(d.name.toLowerCase()))
    // A lone capitalised word seen once, at a sentence start, with nothing known about it, is more likely a common word than an actor.
    .filter((d) => {
      if (d.name.includes(' ') || d.mentions.length > 1 || (speakers.get(d) ?? 0) > 0) return true;
      const m = d.mentions[0]!;
      const prev = analysis.tokens[m.first - 1];
      const atStart = sentenceStarts.has(m.first) || afterOpening(analysis.tokens, m.first);
      if (!atStart || isHonorific(prev)) return true;
      return typeByName(d.name).type !== null || d.role !== null || m.honorific || namesBody(analysis, m);
    })
    // "The Latest on the storm", "The Best of 2019": a superlative adjective heading a label names no one.
    // (A superlative names a thing with "the" before it; "Everest" has none.)
    .filter((d) => d.name.includes(' ') || d.role !== null || !isSuperlative(d.name.toLowerCase()) || d.mentions.some((m) => m.honorific || m.first !== m.last || !afterThe(analysis, m)))
    // A single title word left over ("Chancellor") is a role, not an actor.
    .filter((d) => !(d.mentions.every((m) => m.first === m.last) && TITLE_WORDS.has(d.name.toLowerCase()) && d.type !== 'organization'))
    // "the Speaker", "the Treasurer": a lone person noun always after "the" is a title, not a name ("Fowler", a surname, is not after "the").
    // ("the Lord Chancellor Lord Falconer": after an honorific it is a surname, and the "the" is the title's; "the Queen
    // Mother", a title alone before it, stays a title.)
    .filter((d) => d.name.includes(' ') || !PERSON_KINDS.has(d.name.toLowerCase()) || typeByName(d.name).type !== null || !d.mentions.every((m) => afterThe(analysis, m) && !m.honorific))
    // "Wings", "Drive", "Journey": an everyday word named once, with nothing known about it, is a title of a work or an emphasis
    // ("the Independent", a newspaper, is named with "the").
    .filter((d) => {
      if (d.name.includes(' ') || d.mentions.length > 1 || (speakers.get(d) ?? 0) > 0 || d.role !== null) return true;
      const m = d.mentions[0]!;
      const inPlace = d.type === 'place' && /^(?:in|near|outside)$/i.test(analysis.tokens[(m.titleFirst ?? m.first) - 1]?.text ?? '');
      return !isEveryday(d.name.toLowerCase()) || typeByName(d.name).type !== null || d.type === 'person' || d.type === 'group' || inPlace || afterThe(analysis, m);
    })
    .map((d) => {
      const firstAt = d.mentions[0]!.start / textLength;
      const raw = d.mentions.length + 3 * (speakers.get(d) ?? 0) + 2 * (1 - firstAt) + (d.type === 'other' ? -1 : 0) + (d.type === 'place' ? -0.5 : 0);
      return { d, raw };
    })
    .sort((a, b) => b.raw - a.raw || a.d.mentions[0]!.start - b.d.mentions[0]!.start);
  const top = scored[0]?.raw ?? 1;
  const idOf = new Map<ActorDraft, string>();
  const actors = scored.map(({ d, raw }, i) => {
    const id = `a${i + 1}`;
    idOf.set(d, id);
    const salience = Math.max(0, Math.min(1, Math.round((raw / top) * 100) / 100));
    const mentions: Evidence[] = d.mentions.map((m) => ({ start: m.start, end: m.end, quote: analysis.text.slice(m.start, m.end) }));
    const key = isKey(analysis, d, speakers.get(d) ?? 0, headline);
    // (The draft is renamed, so that the claims it speaks show the same name.)
    const peer = peerageTitle(analysis, d);
    if (peer) {
      d.aliases.add(d.name);
      d.name = `${peer} ${d.name}`;
    }
    return {
      id,
      name: d.name,
      type: d.type,
      role: d.role,
      aliases: [...d.aliases].filter((a) => a !== d.name).sort(),
      key,
      salience,
      mentions,
    };
  });
  return { actors, idOf };
}

/**
 * "Lord Falconer", "Baroness Scotland": a peer is known by the peerage title and the name of the
 * peerage, which alone ("Falconer", "Scotland") reads as a surname or a place. A person named by one
 * word, or "X of Y", written after "Lord", "Lady" or "Baroness", keeps the title in the name shown.
 */
function peerageTitle(analysis: Analysis, d: ActorDraft): string | null {
  if (d.type !== 'person' || !/^\p{Lu}[\p{L}'’-]*(?: of(?: the)? \p{Lu}[\p{L}'’-]*)*$/u.test(d.name)) return null;
  for (const m of d.mentions) {
    const before = analysis.tokens[m.first - 1];
    if (before && /^(?:Lord|Lady|Baroness)$/.test(before.text) && analysis.text.slice(m.start, m.end) === d.name) return before.text;
  }
  return null;
}
