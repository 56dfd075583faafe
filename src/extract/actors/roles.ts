// Roles from the text's own appositions and titles: "Former NATO chief Anders
// Rasmussen", "Rod Eddington, BA's chief executive, said", "Lord Bingham - a
// senior law lord - said", "his predecessor as Cabinet Secretary, Lord
// Armstrong", and a definite description that refers back to a person
// ("Jack Straw has attacked ... The foreign secretary said"), a relation
// ("Mr Keane's father Marco"), a rank ("Lt. Col. Daniel Okafor") and,
// failing all those, a copula ("Pellew is a convicted felon").
import type { Analysis, Token } from '../nlp.js';
import type { ActorDraft } from './index.js';
import { isEveryday, type NameMention } from './mentions.js';
import { COUNTRY_NAMES, GIVEN_NAMES, KNOWN_ORG_NAMES, ORG_WORDS, PLACES } from '../lexicon/names.js';
import { CLUB_ROLES, COUNTRY_FORMS, FIRM_NOUNS, genderOfNoun, HONORIFICS, KNOWN_PLACES, MEMBER_WORDS, ORG_HEADS, PERSON_KINDS, PERSON_SENSES, SPORT_POSITIONS, TITLE_WORDS } from './lexicon.js';

const ROLE_GLUE = new Set(['of', 'and', 'for', 'the', "'s", '’s', '-', 'at', 'to']);
const STOP_BEFORE = new Set(['said', 'says', 'told', 'by', 'with', 'from', 'as', 'that', 'said,', 'to', 'adviser', 'advisor', 'which', 'who']);
const ROLE_MODIFIERS = /^(?:former|current|then|acting|interim|outgoing|incoming|new|deputy|vice|senior|junior|chief|shadow)$/i;
const DASHES = new Set(['-', '–', '—']);
/** Prepositions that attach a complement to a title ("envoy to Ukraine", "ambassador to the EU"). */
const COMPLEMENT_PREPS = new Set(['of', 'to', 'for', 'at']);

/**
 * Nouns that say who a person is by relation or standing rather than by office ("his wife",
 * "political rival"); next to a name they are a role as much as a title is.
 */
const RELATION_NOUNS = new Set(
  `father mother son daughter wife husband brother sister nephew niece cousin uncle aunt grandson granddaughter
  grandfather grandmother widow widower fiance fiancee fiancé fiancée partner girlfriend boyfriend stepson stepdaughter
  stepfather stepmother rival opponent challenger ally aide deputy colleague friend predecessor successor counterpart`.split(/\s+/),
);

/** Relations between holders of an office ("his Turkish counterpart", "her predecessor"): they say the person holds one. */
const OFFICE_RELATIONS = new Set(['counterpart', 'predecessor', 'successor']);

/** Places in a ranking, written as words. */
const RANK_NUMBERS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)$/i;

/** Months, days and years: what ends a time adverbial ("in May", "on Monday", "in 2004"). */
const TIME_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)$/;

const CORPORATE_ABBREVIATION = /^(?:Inc|Ltd|Corp|Co|Plc|PLC|LLC|AG|SA|NV)\.$/;

/** A military rank alone ("General", "Lt. Col."), as the armed forces' rank tables name them. */
const MILITARY_RANK = /^(?:(?:brigadier|major|lieutenant|lt\.?|maj\.?)\s+)?(?:general|gen\.?|colonel|col\.?|admiral|adm\.?|commander|cmdr\.?|captain|capt\.?|major|maj\.?|lieutenant|lt\.?|sergeant|sgt\.?|corporal|cpl\.?|brigadier|marshal)$/i;

/** Abbreviated ranks in front of a name: role material ("Lt. Col.", "U.S. Rep."), unlike "Mr" or "Lord". */
const RANKS = new Set(['lt', 'col', 'gen', 'sen', 'rep', 'gov', 'capt', 'maj', 'sgt', 'adm', 'cmdr', 'cpl', 'brig', 'supt', 'insp', 'det']);

/** Nouns that head a description of a person after "is a" / "was the" (besides titles and relations). */
const PERSON_HEADS = new Set(
  `man woman boy girl felon convict criminal suspect defendant plaintiff victim witness prisoner inmate detainee relative
  member veteran resident citizen native student pupil teacher worker employee founder owner co-owner investor banker
  billionaire millionaire tycoon magnate hotelier businessman businesswoman entrepreneur candidate nominee winner player
  driver pilot soldier sailor officer doctor nurse surgeon lawyer chef artist musician photographer architect engineer
  designer farmer supporter critic fan leader head chief`.split(/\s+/),
);

/** The four lists above as one set: a role head is looked up once per word. */
const ROLE_HEADS = new Set([...TITLE_WORDS, ...RELATION_NOUNS, ...PERSON_HEADS, ...PERSON_KINDS]);
const isRoleHead = (word: string): boolean => ROLE_HEADS.has(word);
const rankOf = (t: Token | undefined): boolean => !!t && RANKS.has(t.text.toLowerCase().replace(/\.$/, ''));

/**
 * Nouns for a member of a political party: WordNet 3.0's capitalised nouns with a sense glossed "a member of
 * the/a ... party" (Communist, Conservative, Democrat, Federalist, Labourite, Republican, Tory, Whig).
 */
const PARTY_MEMBERS = new Set(['Communist', 'Conservative', 'Democrat', 'Federalist', 'Labourite', 'Republican', 'Tory', 'Whig']);

/** Title words that only modify a head ("former", "shadow", "home"): they make no role on their own. */
const MODIFIER_ONLY = new Set(['former', 'current', 'vice', 'deputy', 'shadow', 'foreign', 'home', 'trade', 'health', 'culture', 'finance', 'defence', 'defense', 'interior', 'labour', 'tory', 'democrat', 'republican', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'new', 'senior', 'junior', 'ex']);

/** A noun that can head a role: a person noun, in the singular or the plural ("directors"). */
export function isHeadToken(t: Token | undefined): boolean {
  if (!t || !/^\p{L}/u.test(t.text) || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'PRON') return false;
  const word = t.text.toLowerCase();
  // "skipper", "centres" read as verbs: a word SemCor uses more as a person noun than as a verb is one.
  // ("accused", "retired" read as verbs are verbs.)
  if (t.pos === 'VERB' && ((!PERSON_KINDS.has(word) && !PERSON_KINDS.has(t.lemma.toLowerCase())) || /(?:ed|ing)$/.test(word))) return false;
  if (MODIFIER_ONLY.has(word)) return false;
  // "John", "Guy": a capitalised word that is a given name is a name, whatever else it means.
  if (/^\p{Lu}/u.test(t.text) && GIVEN_NAMES.has(word) && !TITLE_WORDS.has(word)) return false;
  // "co-founder", "editor-in-chief", "vice-chairman": a hyphenated word is headed by its last part.
  const last = word.includes('-') ? word.slice(word.lastIndexOf('-') + 1) : word;
  // "co-ordinator", "co-chairman": a prefix written with a hyphen or without one.
  const joined = word.replace(/-/g, '');
  // ("co-chairmen": the plural of a hyphenated word, by its last part.)
  const lemma = lemmaOf(t);
  const lastLemma = lemma.includes('-') ? lemma.slice(lemma.lastIndexOf('-') + 1) : lemma;
  return isRoleHead(word) || (lemma !== word && isRoleHead(lemma)) || (last !== word && isRoleHead(last) && !MODIFIER_ONLY.has(last)) || (lastLemma !== last && isRoleHead(lastLemma) && !MODIFIER_ONLY.has(lastLemma)) || (joined !== word && isRoleHead(joined));
}

/** "R&B star", "presidential hopeful": a lower-case noun with a person sense, which the slot next to a name selects. */
function isSenseHead(t: Token | undefined): boolean {
  if (!t || t.pos !== 'NOUN' || !/^\p{Ll}/u.test(t.text)) return false;
  return PERSON_SENSES.has(t.text.toLowerCase()) || (isPlural(t) && PERSON_SENSES.has(lemmaOf(t)));
}

/**
 * An agent noun no word list holds ("futurologist", "ufologist"): a lower-case noun in -ist, -ologist,
 * -ician or -grapher, the suffixes English forms names of practitioners with ("checklist" is no one).
 */
function isAgentNoun(t: Token | undefined): boolean {
  return !!t && t.pos === 'NOUN' && (/^\p{Ll}[\p{Ll}-]{3,}(?:ist|ician|grapher)s?$/u.test(t.text) || /^\p{Ll}+athletes?$/u.test(t.text)) && !/lists?$/.test(t.text);
}

/**
 * "a Cardiff back", "the British hope": a person sense's word the tagger read as an adverb or a verb, in the
 * head slot of a noun phrase a determiner opens (Quirk et al. 1985, §5.2: a determiner begins a noun phrase, and
 * a word between it and the phrase's end is its noun), with a closing mark or a preposition after it.
 */
function isSlotSense(tokens: Token[], t: number, from: number): boolean {
  const tok = tokens[t];
  if (!tok || !/^\p{Ll}+$/u.test(tok.text) || !['VERB', 'ADV', 'ADJ'].includes(tok.pos) || tok.lemma.toLowerCase() !== tok.text) return false;
  if (!PERSON_SENSES.has(tok.text) && !PERSON_KINDS.has(tok.text)) return false;
  if (!/^(?:a|an|the|his|her|their|its)$/i.test(tokens[from]?.text ?? '') || t === from) return false;
  // Between the determiner and the word, only modifiers: no verb, no preposition.
  for (let k = from + 1; k < t; k++) if (!['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(tokens[k]!.pos) && !/^[’']s$/.test(tokens[k]!.text)) return false;
  const next = tokens[t + 1];
  // ("a second- half replacement": a hyphen written onto the word joins it to the next.)
  return !next || (/^[,.;:)\-–—"”]$/.test(next.text) && !(next.text === '-' && next.start === tok.end)) || next.pos === 'ADP';
}

/**
 * "the country's richest man", "oldest woman": a superlative makes a noun too general to be a role pick out one
 * person (Quirk et al. 1985, §7.82: a superlative identifies uniquely).
 */
function superlativePerson(tokens: Token[], t: number): boolean {
  const tok = tokens[t];
  const before = tokens[t - 1];
  if (!tok || !before || !GENERIC_PERSONS.has(tok.text.toLowerCase()) || tok.pos !== 'NOUN') return false;
  return (before.pos === 'ADJ' && /^\p{Ll}{2,}est$/u.test(before.text) && !/^(?:honest|modest)$/.test(before.text)) || (/^(?:most|least)$/i.test(tokens[t - 2]?.text ?? '') && before.pos === 'ADJ');
}

/** A person's name: opened by a given name, written with an honorific, or typed a person by other evidence ("seventh seed Feliciano Lopez"). */
const personal = (tokens: Token[], mention: NameMention): boolean => mention.person === true || mention.honorific || GIVEN_NAMES.has(tokens[mention.first]!.text.toLowerCase());

/** A plural noun ("directors", "spokesmen"); not a singular the lemmatiser spells another way ("centre" → "center"). */
export function isPlural(t: Token): boolean {
  const word = t.text.toLowerCase();
  const lemma = lemmaOf(t);
  return lemma !== word && (word.endsWith('s') || (word.endsWith('men') && lemma.endsWith('man')));
}

/**
 * A token's lemma, in lower case; for a hyphenated person noun the lemmatiser leaves as it is
 * ("co-chairmen", "vice-presidents"), the word with its last part made singular.
 */
function lemmaOf(t: Token): string {
  const word = t.text.toLowerCase();
  const lemma = t.lemma.toLowerCase();
  if (lemma !== word || !word.includes('-')) return lemma;
  const cut = word.lastIndexOf('-') + 1;
  const last = word.slice(cut);
  const singular = last.endsWith('men') ? `${last.slice(0, -3)}man` : last.endsWith('s') ? last.slice(0, -1) : last;
  return singular !== last && isRoleHead(singular) ? word.slice(0, cut) + singular : lemma;
}

/** The singular of a role whose head is plural, for one of the persons it is shared by ("former directors A, B and C"). */
function singularHead(role: string, head: Token): string {
  const lemma = lemmaOf(head);
  // Only a plural is made singular ("centre" stays "centre", not "center").
  const lastPart = lemma.slice(lemma.lastIndexOf('-') + 1);
  if (!isPlural(head) || !role.toLowerCase().endsWith(head.text.toLowerCase()) || !(isRoleHead(lemma) || isRoleHead(lastPart) || PERSON_SENSES.has(lemma) || isAgentNoun(head))) return role;
  return role.slice(0, role.length - head.text.length) + (head.text[0] === head.text[0]!.toUpperCase() ? lemma[0]!.toUpperCase() + lemma.slice(1) : lemma);
}

const isRoleToken = (t: Token): boolean =>
  isRoleHead(t.text.toLowerCase()) ||
  t.pos === 'PROPN' ||
  (t.pos === 'ADJ' && /^\p{L}/u.test(t.text)) ||
  (t.pos === 'NOUN' && /^\p{L}/u.test(t.text));

/**
 * A word that can stand before a title in front of a name but cannot be a verb's subject: an adjective, a number, a
 * capitalised word tagged an adverb (a title the tagger misread, "Sideways"), or a word that opens a clause ("when
 * substitute X came on"). A lower-case adverb modifies a verb ("also star X", "then beat X").
 */
function modifierSlot(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.pos === 'ADJ' || t.pos === 'NUM') return true;
  return (t.pos === 'ADV' || t.pos === 'SCONJ') && (/^\p{Lu}/u.test(t.text) || CLAUSE_OPENERS.test(t.text));
}

/**
 * The capitalised words from `at` end in a possessive "'s" with a lower-case word after it before `until`: "Mara
 * Quell's husband" (a common noun heads the phrase; "Ann Dyer's Glass Tide" names a work).
 */
function possessorRun(tokens: Token[], at: number, until: number): boolean {
  // (A name of a few words: the walk is bounded, as a run of capitals may be long.)
  const bound = Math.min(until, at + 8);
  let k = at + 1;
  while (k < bound && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  return k + 1 < until && /^[’']s$/.test(tokens[k]!.text) && /^\p{Ll}/u.test(tokens[k + 1]!.text);
}

/** The role phrase right before a name, e.g. "Former NATO chief", "former special envoy to Ukraine", "Lt. Col.". */
function readRoleBefore(analysis: Analysis, mention: NameMention): string | null {
  const sentenceFirst = analysis.sentences[mention.sentence]!.first;
  // ("Contestants Paul Burrell, Joe Pasquale and ...": a person noun that opens the sentence, read as a name's first word.)
  const opener = analysis.tokens[sentenceFirst]!;
  // (Only before a person's name: "Girls Aloud", "Wolf Brother" are names that open with a common noun; "Sir" is an honorific.)
  const common = mention.first === sentenceFirst + 1 && !HONORIFICS.has(bare(opener)) && personal(analysis.tokens, mention) ? asCommonNoun(opener, sentenceFirst)! : opener;
  const commonTokens = common === opener ? analysis.tokens : analysis.tokens.map((t) => (t === opener ? common : t));
  // ("British hope Tim Ross", "Sideways star Thomas Church": a person sense's bare form the tagger read as a verb, after a
  // modifier and before a person's name, is the noun of a title: a modifier is no verb's subject. After a noun or a name
  // it may be a verb with its subject, "the sixth seed beat X".)
  const slot = commonTokens[mention.first - 1];
  // ("Cardiff back Rhys Jones", "British hope Tim Ross": read as an adverb, or as a verb after a demonym, an
  // adjective the tagger read as a name; a verb after a name may have it as its subject, "Wales hope X will".)
  const modifier = commonTokens[mention.first - 2];
  const demonym = !!modifier && modifier.pos === 'PROPN' && COUNTRY_FORMS.get(modifier.text.toLowerCase())?.adjective === true;
  const nameModifier = !!modifier && /^\p{Lu}/u.test(modifier.text) && modifier.pos === 'PROPN';
  const verbAsNoun =
    !!slot && (slot.pos === 'VERB' || slot.pos === 'ADV') && /^\p{Ll}+$/u.test(slot.text) && slot.lemma.toLowerCase() === slot.text && PERSON_SENSES.has(slot.text) &&
    ((slot.pos === 'VERB' && (modifierSlot(modifier) || demonym)) || (slot.pos === 'ADV' && (modifierSlot(modifier) || (nameModifier && subjectName(commonTokens, mention))))) && personal(commonTokens, mention);
  const tokens = verbAsNoun ? commonTokens.map((t) => (t === slot ? { ...t, pos: 'NOUN' } : t)) : commonTokens;
  let nameFirst = mention.first;
  // Honorifics belong to the name, not the role ("peer Lord Carlile"); ranks are roles ("Lt. Col.").
  // ("senior law lord Lord Bingham": an honorific is capitalised; "lord" in lower case is the title's head.)
  while (nameFirst - 1 >= sentenceFirst && HONORIFICS.has(tokens[nameFirst - 1]!.text.toLowerCase().replace(/\.$/, '')) && /^\p{Lu}/u.test(tokens[nameFirst - 1]!.text) && !rankOf(tokens[nameFirst - 1])) nameFirst--;
  // "the film, starring Peter Aldous": who stars in a film is its actor (who stars in a gig is not).
  if (/^(?:co-)?starring$/i.test(tokens[nameFirst - 1]?.text ?? '')) return starsInWork(tokens, nameFirst - 1) ? 'actor' : null;
  const last = tokens[nameFirst - 1];
  // "Referee: R Styles", "Coach: Jo Bell" on a line of their own: a person noun as a label names the role.
  const label = tokens[nameFirst - 2];
  if (last?.text === ':' && label && /^\p{Lu}\p{Ll}+$/u.test(label.text) && PERSON_KINDS.has(label.text.toLowerCase()) && !isPlural(label) && lineStart(analysis, nameFirst - 2)) return label.text;
  if (!last || nameFirst - 1 < sentenceFirst) return null;
  // '"It is up to (Bath owner) Andrew Brownsword"': a title the writer put in brackets before a name
  // inside a quotation is the name's.
  if (last.text === ')') return readBracketedTitle(analysis, nameFirst - 1);
  // "president of Netcraft", "captain of Chelsea": a name after "of" is the complement of a title, not its holder.
  if (ROLE_GLUE.has(last.text.toLowerCase()) || last.pos === 'PUNCT') return null;
  // The title ends right before the name ("Arsenal striker Thierry Henry"), or its complement
  // does ("Secretary of State Condoleezza Rice", "head of the troubled Child Support Agency Doug Smith").
  // "current fly-half Yann Delaigue": a person noun written with hyphens.
  const compound =
    (last.pos !== 'PUNCT' && tokens[nameFirst - 2]?.text === '-' && PERSON_KINDS.has(analysis.text.slice(tokens[nameFirst - 3]?.start ?? 0, last.end).toLowerCase())) ||
    (spacedCompound(tokens[nameFirst - 2], last) && PERSON_KINDS.has(`${tokens[nameFirst - 2]?.text ?? ''}-${last.text}`.toLowerCase()));
  // ("Westlife star Brian McFadden": a noun whose person sense the slot selects, before a person's name.)
  // ("Trinity Academy junior Ben Patton": right before a name, a person noun that usually modifies, "junior" or "senior", is the head.)
  // ("Acme futurologist Ian Ray": an agent noun no list holds.)
  const sense = (isSenseHead(last) || slotNoun(last) || isAgentNoun(last) || superlativePerson(tokens, nameFirst - 1)) && personal(tokens, mention);
  const headLike = compound || sense || (isHeadToken(last) && !GENERIC_PERSONS.has(last.text.toLowerCase()) && (titleCase(analysis, last, mention) || !/^\p{Lu}/u.test(last.text))) || rankOf(last);
  // "world number one Roger Federer", "British number two Rusedski": a ranking is a role.
  const rank = !headLike && /^number$/i.test(tokens[nameFirst - 2]?.text ?? '') && (RANK_NUMBERS.test(last.text) || (/^\d{1,3}$/.test(last.text) && personal(tokens, mention)));
  const preposition = headLike || rank ? -1 : complementStart(tokens, nameFirst - 1, sentenceFirst);
  if (!headLike && !rank && preposition < 0) return null;
  let first = rank ? nameFirst - 2 : preposition < 0 ? nameFirst : preposition;
  let sawTitle = rank;
  let sawOffice = rank;
  let sawName = false;
  let joinedAt = -1;
  let head: Token | null = null;
  for (let t = (rank ? nameFirst - 2 : preposition < 0 ? nameFirst : preposition) - 1; t >= sentenceFirst; t--) {
    const tok = tokens[t]!;
    const lower = tok.text.toLowerCase();
    const before = tokens[t - 1];
    // "envoy to Ukraine Karl Weber": "to" joins a title to its complement, unless a title follows it
    // ("adviser to President X" is X's title, not the adviser's).
    const complementTo = (lower === 'to' || lower === 'from') && !!before && isRoleHead(before.text.toLowerCase()) && !tokens.slice(t + 1, nameFirst).some((k) => isRoleHead(k.text.toLowerCase()));
    if (STOP_BEFORE.has(lower) && !TITLE_WORDS.has(lower) && !PERSON_KINDS.has(lower) && !complementTo) break;
    // "Dutch football federation (KNVB) spokesman X": a body's acronym in brackets after its name is passed over.
    // ("Bay Area Lab Co-Operative (Balco) president X": or its short form, one capitalised word.)
    if (tok.text === ')' && t + 1 < nameFirst && tokens[t - 2]?.text === '(' && /^\p{Lu}[\p{L}\d&-]{1,11}$/u.test(tokens[t - 1]!.text) && t - 3 >= sentenceFirst && /^\p{L}/u.test(tokens[t - 3]!.text)) {
      t -= 2;
      continue;
    }
    if (tok.pos === 'SPACE' || (tok.pos === 'PUNCT' && tok.text !== '-')) break;
    // "... changed its name to MCI Inc. Former WorldCom chief executive X": a company's abbreviated suffix can end a sentence the splitter kept going.
    if (CORPORATE_ABBREVIATION.test(tok.text) && /^\p{Lu}/u.test(tokens[t + 1]?.text ?? '')) break;
    // "editor-in-chief", "co-founder": the parts of a hyphenated word belong together.
    const hyphenated = (tokens[t + 1]?.text === '-' && tokens[t + 1]!.start === tok.end) || (tok.text === '-' && tokens[t - 1]?.end === tok.start && tokens[t + 1]?.start === tok.end);
    // ("full-back Cunningham": the hyphenated word may end right before the name.)
    const lastPart = tokens[t - 1]?.text === '-' && tokens[t - 1]!.end === tok.start && tokens[t - 2]?.end === tokens[t - 1]!.start && !isHeadToken(tok);
    // "number eight Ryan Jones": a position whose name is written as two words.
    if (t === nameFirst - 1 && t - 1 >= sentenceFirst && spacedCompound(tokens[t - 1], tok) && PERSON_KINDS.has(`${tokens[t - 1]!.text}-${tok.text}`.toLowerCase())) {
      first = --t;
      sawTitle = true;
      sawOffice = true;
      continue;
    }
    if ((hyphenated && t + 1 < nameFirst) || lastPart) {
      first = t;
      // "tight-head", "fly-half": the compound is the head.
      if (tok.text !== '-' && tokens[t + 1]?.text === '-' && PERSON_KINDS.has(analysis.text.slice(tok.start, tokens[t + 2]?.end ?? tok.end).toLowerCase())) {
        sawTitle = true;
        sawOffice = true;
      }
      continue;
    }
    // "headed past keeper X", "ran past Y": "past" after a verb is a preposition, not "former".
    if (lower === 'past' && tokens[t - 1]?.pos === 'VERB') break;
    // "100m champion", "5,000m runner": a number written onto its unit is one word with it.
    // ("10,000 metres champion": or before its unit in the plural, written apart.)
    const unit = tokens[t + 1]!.start === tok.end || (tokens[t + 1]!.pos === 'NOUN' && isPlural(tokens[t + 1]!) && !isHeadToken(tokens[t + 1]));
    if (tok.pos === 'NUM' && t + 1 < nameFirst && unit && /^\p{Ll}+$/u.test(tokens[t + 1]!.text) && first === t + 1) {
      first = t;
      continue;
    }
    // "BBC Radio 1 DJ", "Channel 4 presenter": a number after a capitalised word is part of a body's name.
    // ("Fahrenheit 9/11 director": a date-like number, written with a slash, too.)
    if (tok.pos === 'NUM' && /^\d{1,2}(?:\/\d{1,2})?$/.test(tok.text) && t > sentenceFirst && /^\p{Lu}\p{Ll}/u.test(tokens[t - 1]!.text) && tokens[t - 1]!.pos === 'PROPN' && !TIME_WORD.test(tokens[t - 1]!.text) && first === t + 1 && !sawName) {
      sawName = true;
      first = t;
      continue;
    }
    // "On 26 November singer Brian Harvey": a date written with its day number is no part of a title ("January signing X" is one).
    if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(tok.text) && (/^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[t - 1]?.text ?? '') || /^\d{1,2}$/.test(tokens[t + 1]?.text ?? ''))) break;
    // "the then Home Secretary" is a title; "Then full-back Cunningham" opens a sentence with an adverb.
    if (lower === 'then' && tokens[t - 1]?.text.toLowerCase() !== 'the') break;
    if (ROLE_GLUE.has(lower) || complementTo) {
      // Glue only counts when a role word precedes it; "the" only inside a complement ("ambassador to the European Union").
      if (complementTo) continue;
      // "the central bank's vice president X", "the company's chief executive X": a possessor that a definite
      // determiner opens, common nouns and adjectives between, is the body the title is held in.
      if (/^[’']s$/.test(lower) && sawTitle && before?.pos === 'NOUN' && /^\p{Ll}/u.test(before.text) && !isHeadToken(before)) {
        let k = t - 1;
        while (k > sentenceFirst && t - k <= 3 && ['NOUN', 'ADJ'].includes(tokens[k]!.pos) && /^\p{Ll}/u.test(tokens[k]!.text)) k--;
        if (/^(?:the|its|their)$/i.test(tokens[k]!.text) && k + 1 < t) first = k + 1;
        break;
      }
      // "a spokesman for Home Affairs Commissioner Franco Frattini": a title after the preposition is the
      // name's; the one before it is someone else's ("Secretary of State X" has none after "of").
      // ("The Phantom of the Opera director": a capitalised person noun that is no title is a word of a work's name.)
      const nameNoun = !!before && /^\p{Lu}/u.test(before.text) && !TITLE_WORDS.has(before.text.toLowerCase()) && before.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[t - 2]?.text ?? '') && t - 2 > sentenceFirst;
      if (/^(?:of|for|at|to)$/.test(lower) && isHeadToken(before) && !nameNoun && tokens.slice(t + 1, nameFirst).some((k) => isHeadToken(k) && (TITLE_WORDS.has(k.text.toLowerCase()) || /^\p{Ll}/u.test(k.text)))) break;
      const theInComplement = lower === 'the' && !!before && COMPLEMENT_PREPS.has(before.text.toLowerCase()) && !!tokens[t - 2] && isRoleToken(tokens[t - 2]!);
      if (theInComplement) continue;
      // "The Phantom of the Opera director X": "the" inside a work's or a body's name, after "of" between two
      // capitalised words, or capitalised where it opens the name inside the sentence.
      if (lower === 'the' && /^\p{Lu}/u.test(tokens[t + 1]?.text ?? '') && tokens[t + 1]!.pos === 'PROPN') {
        if (tok.text === 'The' && t > sentenceFirst) {
          first = t;
          sawName = true;
          continue;
        }
        if (before?.text === 'of' && /^\p{Lu}/u.test(tokens[t - 2]?.text ?? '') && tokens[t - 2]!.pos === 'PROPN') continue;
      }
      // "and" joins titles ("former Secretary-General and former Danish Prime Minister"), not names ("rival X and Democrats").
      const joinsName = lower === 'and' && !!before && before.pos === 'PROPN' && !TITLE_WORDS.has(before.text.toLowerCase()) && !(isRoleHead(before.text.toLowerCase()) && /^\p{Ll}/u.test(before.text));
      // "release of aid worker X": glue joins parts of a title ("Secretary of State", "BA's chief
      // executive"), so the word before it must be a title word or a name, not any noun.
      // "Tory work and pensions spokesman": "and" between two nouns that modify the head is inside the title
      // ("thanked staff and director X" joins the head itself).
      const modifiers = lower === 'and' && before?.pos === 'NOUN' && /^\p{Ll}/u.test(before.text) && tokens[t + 1]?.pos === 'NOUN' && !!head && t + 1 < head.i;
      // ("record holder and BBC pundit X": a noun in its person sense heads the first of two titles.)
      // ("past and present players X": "and" between two adjectives that modify the head.)
      const adjectives = lower === 'and' && before?.pos === 'ADJ' && /^\p{Ll}/u.test(before.text) && tokens[t + 1]?.pos === 'ADJ' && !!head && t + 1 < head.i;
      const titlePart = !!before && (isRoleHead(before.text.toLowerCase()) || (lower === 'and' && isSenseHead(before)) || before.pos === 'PROPN' || ROLE_MODIFIERS.test(before.text) || modifiers || adjectives || (/^[’']s$/.test(lower) && /^\p{Lu}/u.test(before.text) && before.end === tok.start));
      // "Paul Dergarabedian of box office tracker X": a person's name before "of" is not part of X's title.
      const person = /^(?:of|for|at)$/.test(lower) && !!before && /^\p{Lu}\p{Ll}/u.test(before.text) && !TITLE_WORDS.has(before.text.toLowerCase()) && namedPerson(tokens, t - 1);
      if (!before || !titlePart || lower === 'the' || lower === 'to' || joinsName || person) break;
      // A title joined by "and" is read afresh: the body named in the second is not the first's.
      if (lower === 'and') {
        sawName = false;
        joinedAt = t;
      }
      continue;
    }
    const opensName = ['NOUN', 'ADJ', 'PROPN'].includes(tok.pos) && /^\p{Lu}/u.test(tokens[t + 1]?.text ?? '');
    // ("Wandering Hours creator X": a participle in -ing opens a work's name at the sentence's start.)
    const opensWork = tok.pos === 'VERB' && /^\p{Lu}\p{Ll}+ing$/u.test(tok.text) && tokens[t + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[t + 1]!.text);
    const capitalised = /^\p{Lu}/u.test(tok.text) && (t > sentenceFirst || tok.pos === 'PROPN' || opensName || opensWork);
    // "IHRC chairman Massoud Shadjareh accused Ms Blears": another person's name ends the title.
    // ("Mara Quell's husband X": unless the name is the possessor of the title's head.)
    if (capitalised && GIVEN_NAMES.has(lower) && /^\p{Lu}/u.test(tokens[t + 1]?.text ?? '') && !TITLE_WORDS.has(tokens[t + 1]!.text.toLowerCase()) && t + 1 < nameFirst && !possessorRun(tokens, t, nameFirst)) break;
    // ("singer Sir Elton John's partner X": the possessor's name opens at its honorific; its own title is not the role's.)
    if (HONORIFICS.has(bare(tok)) && /^\p{Lu}/u.test(tok.text) && possessorRun(tokens, t, nameFirst)) {
      first = t;
      break;
    }
    // "the announcement WLGA finance spokesman": a common noun in front of the name of the body a title belongs to is not part of the title.
    if (sawName && !capitalised && tok.pos === 'NOUN' && !isHeadToken(tok) && !ROLE_MODIFIERS.test(tok.text)) break;
    // "Fair Trials Abroad director": the capitalised words of a body's name, whatever their part of speech.
    // "horse racing millionaires": a gerund inside a compound noun.
    // ("reporters covering singer X": after a plural, a participle begins a clause.)
    const gerund = tok.pos === 'VERB' && /\p{Ll}ing$/u.test(tok.text) && tokens[t + 1]?.pos === 'NOUN' && tokens[t - 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[t - 1]!.text) && !isPlural(tokens[t - 1]!);
    if (!capitalised && !isRoleToken(tok) && !ROLE_MODIFIERS.test(tok.text) && !prenominal(tokens, t) && !gerund) break;
    if (capitalised && !isHeadToken(tok)) sawName = true;
    if ((isHeadToken(tok) && (/^\p{Ll}/u.test(tok.text) || titleCase(analysis, tok, mention))) || rankOf(tok) || (sense && tok === last)) {
      sawTitle = true;
      head ??= tok;
    }
    // ("millionaires", "directors": a plural office is an office too.)
    const single = isPlural(tok) ? lemmaOf(tok) : lower;
    if (TITLE_WORDS.has(single) || rankOf(tok) || OFFICE_RELATIONS.has(single) || (PERSON_KINDS.has(single) && !RELATION_NOUNS.has(single))) sawOffice = true;
    first = t;
  }
  // "Both the prime minister and Chancellor Gordon Brown": "both" or "between" makes the titles two people's.
  if (joinedAt > first && /^the$/i.test(tokens[first - 1]?.text ?? '') && /^(?:both|between)$/i.test(tokens[first - 2]?.text ?? '')) first = joinedAt + 1;
  if (!sawTitle || first === nameFirst) return null;
  // "rival Acme's new jet", "sister company Northwind": a relation word makes a role only for a name that is a person's.
  if (!sawOffice && !personal(tokens, mention)) return null;
  // "technology analysts Gartner", "developers Sports Interactive": a plural title before one name names a firm;
  // it is shared only by a list ("directors A, B and C").
  const listed = /^(?:and|,)$/.test(tokens[mention.last + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[mention.last + 2]?.text ?? '');
  if (head && isPlural(head) && !listed) return null;
  // "After the match Smith said": a noun only in its rarer sense, in a phrase a preposition governs, is the
  // object of a fronted adverbial when the name is the subject of the verb after it.
  const verbAfter = ['VERB', 'AUX'].includes(tokens[mention.last + 1]?.pos ?? '');
  if (sense && !isHeadToken(last) && !isAgentNoun(last) && verbAfter && tokens[first - 1]?.pos === 'DET' && tokens[first - 2]?.pos === 'ADP') return null;
  const role = tidy(analysis.text.slice(tokens[first]!.start, tokens[nameFirst - 1]!.end));
  return role && head ? singularHead(role, head) : role;
}

/**
 * The name is the subject of a verb after it ("Cardiff back X steps up", "X said"; a lower-case word in -s right after
 * a name is a verb, as no bare plural follows a name), or closes the sentence after a speech verb or a preposition
 * ("said Cardiff back X."): then "back" before it is no verb whose object the name is ("Voters back X in the poll").
 */
function subjectName(tokens: Token[], mention: NameMention): boolean {
  const next = tokens[mention.last + 1];
  if (!next) return false;
  if (next.pos === 'VERB' || next.pos === 'AUX' || (/^\p{Ll}+s$/u.test(next.text) && next.pos === 'NOUN')) return true;
  // ("went to Cardiff back X on Monday": a preposition governs the whole phrase.)
  const before = tokens[mention.first - 3];
  return !!before && (before.pos === 'ADP' || (/^[,.;:)]$/.test(next.text) && before.pos === 'VERB' && SPEECH_AFTER.test(before.text)));
}

/** The token at `at` opens a line or a sentence of the text ("... Subs: A, B. Referee: R Styles"). */
function lineStart(analysis: Analysis, at: number): boolean {
  const tok = analysis.tokens[at]!;
  return tok.start === 0 || analysis.sentences[tok.sentence]!.first === at || /\n[ \t]*$/.test(analysis.text.slice(Math.max(0, tok.start - 20), tok.start));
}

/** "number eight", "full back": two words of a hyphenated person noun written apart ("has been" is no "has-been"). */
function spacedCompound(a: Token | undefined, b: Token): boolean {
  // ("running back": a gerund may open one; "has been" and "is" may not.)
  const gerund = !!a && a.pos === 'VERB' && /\p{Ll}ing$/u.test(a.text);
  return !!a && (gerund || !['AUX', 'VERB', 'PRON', 'DET', 'ADP', 'PART'].includes(a.pos)) && !['AUX', 'VERB', 'PRON', 'DET', 'ADP', 'PART'].includes(b.pos);
}

/** "junior", "senior": a person noun that usually modifies a head (WordNet's person nouns), as the noun it is right before a name. */
function slotNoun(t: Token): boolean {
  const word = t.text.toLowerCase();
  return /^\p{Ll}/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ') && MODIFIER_ONLY.has(word) && (PERSON_KINDS.has(word) || PERSON_SENSES.has(word));
}

/** "(Bath owner)", "(Ireland coach)" closing at `close`: a bracketed noun phrase headed by a person noun, or null. */
function readBracketedTitle(analysis: Analysis, close: number): string | null {
  const { tokens } = analysis;
  let open = close - 1;
  while (open > close - 7 && open >= 0 && tokens[open]!.text !== '(') open--;
  if (tokens[open]?.text !== '(' || open + 1 >= close) return null;
  const inside = tokens.slice(open + 1, close);
  if (!inside.every((k) => ['NOUN', 'PROPN', 'ADJ'].includes(k.pos) || /^(?:-|[’']s|of|the)$/i.test(k.text))) return null;
  const head = inside[inside.length - 1]!;
  if (!/^\p{Ll}/u.test(head.text) || !(isHeadToken(head) || isSenseHead(head)) || GENERIC_PERSONS.has(head.text.toLowerCase())) return null;
  return tidy(analysis.text.slice(inside[0]!.start, head.end));
}

/** Works of screen and stage, whose stars are actors. */
const SCREEN_WORKS = new Set(['film', 'movie', 'drama', 'series', 'sitcom', 'soap', 'play', 'musical', 'comedy', 'thriller', 'biopic', 'sequel', 'remake', 'adaptation', 'episode', 'miniseries', 'pantomime', 'feature', 'blockbuster', 'western', 'documentary']);

/** "the film, starring ...", "a new BBC drama starring ...": the noun "starring" follows is a work of screen or stage. */
function starsInWork(tokens: Token[], starring: number): boolean {
  let t = starring - 1;
  if (tokens[t]?.text === ',') t--;
  // "The film, out next month, starring ...": the work may be named a few words back.
  for (let k = t; k >= 0 && t - k < 6 && tokens[k]!.sentence === tokens[starring]!.sentence; k--) {
    if (SCREEN_WORKS.has(tokens[k]!.lemma.toLowerCase()) || SCREEN_WORKS.has(tokens[k]!.text.toLowerCase())) return true;
  }
  return false;
}

/** The capitalised words ending at `at` begin with a given name: a person's name ("Paul Dergarabedian"). */
function namedPerson(tokens: Token[], at: number): boolean {
  let t = at;
  while (t > 0 && /^\p{Lu}/u.test(tokens[t - 1]!.text)) t--;
  return t < at && GIVEN_NAMES.has(tokens[t]!.text.toLowerCase());
}

/**
 * "Secretary of State", "envoy to Ukraine", "head of the troubled Child Support Agency": where a
 * title's complement ends at `at`, the index of its preposition; else -1.
 */
function complementStart(tokens: Token[], at: number, sentenceFirst: number): number {
  // "Director of television Jana Bennett": a portfolio in lower case after a title's "of".
  // ("the minister for civil aviation Praful Patel": with a lower-case modifier or two before it.)
  let portfolio = at;
  while (portfolio - 1 > sentenceFirst && at - portfolio < 2 && ['ADJ', 'NOUN'].includes(tokens[portfolio - 1]!.pos) && /^\p{Ll}+$/u.test(tokens[portfolio - 1]!.text)) portfolio--;
  if (tokens[at]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[at]!.text) && /^(?:of|for)$/i.test(tokens[portfolio - 1]?.text ?? '') && TITLE_WORDS.has(tokens[portfolio - 2]?.text.toLowerCase() ?? '')) return portfolio - 1;
  if (!/^\p{Lu}/u.test(tokens[at]!.text)) return -1;
  for (let t = at; t >= sentenceFirst && at - t < 12; t--) {
    const tok = tokens[t]!;
    // ("senator from Kansas Sam Brownbeck": "from" names where the title's holder comes from.)
    if (/^(?:of|to|for|at|from)$/i.test(tok.text)) {
      if (/^from$/i.test(tok.text) && !originNamed(tokens, t)) return -1;
      if (t < at && isHeadToken(tokens[t - 1])) return t;
      // "for the Western District of New York": an "of" inside the name of the place or body.
      if (/^\p{Lu}/u.test(tokens[t - 1]?.text ?? '')) continue;
      return -1;
    }
    // ("general secretary of the public services union Unison Dave Prentis": common nouns inside the complement.)
    const modifier = tok.pos === 'ADJ' || tok.pos === 'NOUN' || (tok.pos === 'VERB' && /(?:ed|ing)$/.test(tok.text)) || /^(?:the|a|an)$/i.test(tok.text);
    if (!/^\p{Lu}/u.test(tok.text) && !modifier) return -1;
  }
  return -1;
}

/** "from Kansas", "from the BBC": the "from" at `at` names a place or a body, capitalised ("from fraud" names none). */
function originNamed(tokens: Token[], at: number): boolean {
  const next = /^the$/i.test(tokens[at + 1]?.text ?? '') ? tokens[at + 2] : tokens[at + 1];
  return /^\p{Lu}/u.test(next?.text ?? '');
}

/** A capitalised head is a title when it is one by the word lists, opens the sentence, or stands before a given name. */
function titleCase(analysis: Analysis, tok: Token, mention: NameMention): boolean {
  const word = tok.text.toLowerCase();
  return TITLE_WORDS.has(word) || RANKS.has(word.replace(/\.$/, '')) || analysis.sentences[tok.sentence]!.first === tok.i || GIVEN_NAMES.has(analysis.tokens[mention.first]!.text.toLowerCase());
}

/**
 * "former outside directors": a word tagged a preposition between an adjective and a noun is a
 * modifier (no preposition stands there in English).
 */
function prenominal(tokens: Token[], t: number): boolean {
  return tokens[t]!.pos === 'ADP' && tokens[t - 1]?.pos === 'ADJ' && (tokens[t + 1]?.pos === 'NOUN' || tokens[t + 1]?.pos === 'ADJ');
}

/** "The ten former outside directors are James Allen, Judith Areen, ...": a plural description set equal to a list of names. */
function readCopulaList(analysis: Analysis, first: number, sentence: number): string | null {
  const { tokens, text } = analysis;
  const be = tokens[first - 1];
  if (!be || !/^(?:are|were|include|included)$/i.test(be.text)) return null;
  const head = tokens[first - 2];
  if (!head || !isHeadToken(head) || !isPlural(head)) return null;
  const sentenceFirst = analysis.sentences[sentence]!.first;
  let t = first - 2;
  // "remaining", "retired": a participle before the head is a modifier.
  const participle = (k: number): boolean => tokens[k]!.pos === 'VERB' && /(?:ing|ed)$/.test(tokens[k]!.text) && ['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '');
  while (t - 1 >= sentenceFirst && (['NOUN', 'ADJ', 'NUM', 'PROPN'].includes(tokens[t - 1]!.pos) || prenominal(tokens, t - 1) || participle(t - 1)) && first - t < 8) t--;
  // Counts and determiners are not part of the role ("the ten former outside directors").
  while (t < first - 2 && (tokens[t]!.pos === 'NUM' || /^(?:the|these|those|other|two|three|four|five|six|seven|eight|nine|ten)$/i.test(tokens[t]!.text))) t++;
  // ("Previous winners included": the sentence's first word is capitalised by its place.)
  const lower = t === sentenceFirst && /^\p{Lu}\p{Ll}+$/u.test(tokens[t]!.text) && isEveryday(tokens[t]!.text.toLowerCase());
  const role = tidy(text.slice(tokens[t]!.start, head.end));
  return role ? singularHead(lower ? role[0]!.toLowerCase() + role.slice(1) : role, head) : null;
}

/**
 * "former outside directors James Allen, Judith Areen and Carl Aycock": a role with a plural head
 * before a list of names is each listed person's. Returns the first token of the list's first name.
 */
function listStart(analysis: Analysis, mention: NameMention): number | null {
  const { tokens } = analysis;
  const sentenceFirst = analysis.sentences[mention.sentence]!.first;
  // ("A-list singers Madonna, Sir Elton John": an honorific opens the name's item.)
  let t = mention.first - 1;
  while (t >= sentenceFirst && HONORIFICS.has(bare(tokens[t])) && /^\p{Lu}/u.test(tokens[t]!.text) && !rankOf(tokens[t])) t--;
  let start: number | null = null;
  for (let items = 0; items < 20; items++) {
    let sep = false;
    if (tokens[t]?.text.toLowerCase() === 'and') {
      t--;
      sep = true;
    }
    if (tokens[t]?.text === ',') {
      t--;
      sep = true;
    }
    if (!sep || t < sentenceFirst) break;
    const runEnd = t;
    while (t >= sentenceFirst && (/^\p{Lu}/u.test(tokens[t]!.text) || (tokens[t]!.text === '-' && /^\p{Lu}/u.test(tokens[t - 1]?.text ?? '')))) t--;
    if (t === runEnd) break;
    // ("Contestants Paul Burrell, Joe Pasquale and ...": a plural person noun that opens the sentence heads the list.)
    start = t + 1 === sentenceFirst && isPluralPersonHead(asCommonNoun(tokens[t + 1], sentenceFirst)) ? t + 2 : t + 1;
  }
  return start;
}

/**
 * "Owen Tarrant and Kate Rowe, both directors of Lorton,": a plural apposition opened by "both",
 * "all" or "the" after a list of names is each listed person's, in the singular.
 */
function readBothApposition(analysis: Analysis, mention: NameMention): string | null {
  const { tokens, text } = analysis;
  const sentenceLast = analysis.sentences[mention.sentence]!.last;
  // The list's end: over ", Name" and "and Name" items after this one.
  let end = mention.last;
  let items = 1;
  while (/^(?:and|,)$/.test(tokens[end + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[end + 2]?.text ?? '') && !/^(?:both|all)$/i.test(tokens[end + 2]!.text)) {
    end += 2;
    while (/^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')) end++;
    items++;
  }
  // ... or the list ends with this name: it must then follow another ("A and B, both ...").
  const listed = items > 1 || /^(?:and|,)$/.test(tokens[(mention.titleFirst ?? mention.first) - 1]?.text ?? '');
  // ("Tim Bevan and Eric Fellner, the co-chairmen of Working Title,": a definite plural apposition too.)
  if (!listed || tokens[end + 1]?.text !== ',' || !/^(?:both|all|the)$/i.test(tokens[end + 2]?.text ?? '')) return null;
  const from = end + 3;
  let head = -1;
  let t = from;
  for (; t <= sentenceLast && t - from < 6; t++) {
    const tok = tokens[t]!;
    if (!['NOUN', 'ADJ', 'PROPN'].includes(tok.pos) && !(tok.pos === 'VERB' && isHeadToken(tok))) break;
    if (isPlural(tok) && isHeadToken(tok)) head = t;
  }
  if (head < 0 || head !== t - 1) return null;
  const complement = complementEnd(tokens, head + 1, sentenceLast);
  const stop = tokens[(complement > 0 ? complement : head) + 1]?.text ?? '';
  if (!/^[,.;]$/.test(stop)) return null;
  // ("directors of Lorton" → "director of Lorton": the head is made singular where it stands.)
  const lemma = lemmaOf(tokens[head]!);
  const role = text.slice(tokens[from]!.start, tokens[head]!.start) + lemma + (complement > 0 ? text.slice(tokens[head]!.end, tokens[complement]!.end) : '');
  return tidy(role);
}

/** A plural noun that names a kind of person ("singers", "media figures", "analysts"), but not "people". */
function isPluralPersonHead(t: Token | undefined): boolean {
  // ("companies such as Adam Opel": a body's noun names no kind of person.)
  if (!t || t.pos === 'PROPN' || !/^\p{L}/u.test(t.text) || !isPlural(t) || GENERIC_PERSONS.has(t.lemma.toLowerCase()) || ORG_HEADS.has(t.lemma.toLowerCase())) return false;
  return isHeadToken(t) || isSenseHead(t) || isAgentNoun(t);
}

/**
 * A sentence's capitalised first word read as a proper noun ("Singers including ...", "Contestants Paul
 * Burrell, Joe Pasquale and ...", "Model Sophie Anderton was ..."), as the common noun it is in lower case.
 */
function asCommonNoun(t: Token | undefined, sentenceFirst: number): Token | undefined {
  if (!t || t.i !== sentenceFirst || t.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return t;
  const word = t.text.toLowerCase();
  return { ...t, text: word, lemma: /[^s]s$/.test(word) ? word.slice(0, -1) : word, pos: 'NOUN' };
}

/**
 * "his young players, particularly Wayne Rooney", "rivals, for example Jo Bell": a marker of an
 * appositive that gives examples or singles one out after a comma (Quirk et al. 1985, A Comprehensive
 * Grammar of the English Language, §17.77–17.79: "especially", "in particular", "notably", "namely", ...).
 */
function appositiveMarker(tokens: Token[], at: number): boolean {
  const word = tokens[at]?.text.toLowerCase() ?? '';
  const before = tokens[at - 1]?.text.toLowerCase() ?? '';
  if (/^(?:particularly|especially|notably|namely|chiefly|mainly|mostly)$/.test(word)) return before === ',';
  const phrase = (before === 'for' && /^(?:example|instance)$/.test(word)) || (before === 'in' && word === 'particular');
  return phrase && tokens[at - 2]?.text === ',';
}

/** The opening bracket of the bracketed aside that `close` ends, within the sentence and a dozen tokens, or -1. */
function asideOpen(tokens: Token[], close: number, sentenceFirst: number): number {
  for (let k = close - 1; k >= sentenceFirst && close - k <= 12; k--) {
    if (tokens[k]!.text === '(') return k;
    if (tokens[k]!.text === ')' || tokens[k]!.text === '"') return -1;
  }
  return -1;
}

/**
 * "artists such as Madonna and Elton John", "Singers including Sir Cliff Richard and Boy George",
 * "Other seasoned performers in the list included Rod Stewart": names given as examples of a plural
 * kind of person are each one of that kind, in the singular ("artist", "seasoned performer"). The
 * names may stand anywhere in the list, after items that carry their own titles
 * ("include Robin Gibb, jazz sensation Jamie Cullum, Chris Rea and Olivia Newton-John").
 */
function readExampleRole(analysis: Analysis, mention: NameMention, lent = false): string | null {
  const { tokens, text } = analysis;
  // ("games such as Space Invaders", "banks including SoFi": only a person's name, by its given name or honorific.)
  // ("including Spike Lee and Oscar nominee Alan Alda": a name before a title modifies it; it is no item.)
  const next = tokens[mention.last + 1];
  if (next && /^\p{Ll}/u.test(next.text) && ['NOUN', 'ADJ'].includes(next.pos)) return null;
  const sentenceFirst = analysis.sentences[mention.sentence]!.first;
  // ("Previous winners have included": the sentence's first word, capitalised by its place, is an everyday word.)
  const firstWord = (at: number): boolean => at === sentenceFirst && /^\p{Lu}\p{Ll}+$/u.test(tokens[at]!.text) && isEveryday(tokens[at]!.text.toLowerCase());
  // Back over the list to its marker: only names, their titles and the list's commas and "and" lie between.
  let k = (mention.titleFirst ?? mention.first) - 1;
  for (; k >= sentenceFirst && mention.first - k < 40; k--) {
    // ("James Rigney (better known as Robert Jordan), Jack Womack": an item's bracketed aside is passed over whole.)
    if (tokens[k]!.text === ')' && tokens[k + 1]?.text === ',') {
      const open = asideOpen(tokens, k, sentenceFirst);
      if (open > sentenceFirst && /^\p{Lu}/u.test(tokens[open - 1]!.text)) {
        k = open;
        continue;
      }
    }
    const tok = tokens[k]!;
    if (/^(?:such|including|like|include|includes|included)$/i.test(tok.text) || (/^as$/i.test(tok.text) && /^such$/i.test(tokens[k - 1]?.text ?? '')) || appositiveMarker(tokens, k)) break;
    // ("defendants including the financial institutions JP Morgan Chase": a plural noun inside the list names another kind.)
    if (/^\p{Ll}/u.test(tok.text) && tok.pos === 'NOUN' && isPlural(tok)) return null;
    const listWord = tok.text === ',' || /^(?:and|of|the)$/i.test(tok.text) || /^\p{Lu}/u.test(tok.text) || ((tok.pos === 'NOUN' || tok.pos === 'ADJ') && /^\p{Ll}/u.test(tok.text)) || (tok.text === '-' && tokens[k - 1]?.end === tok.start);
    if (!listWord) return null;
  }
  if (k < sentenceFirst) return null;
  // A name that gives no sign of a person ("JK Rowling", "Dick King-Smith") is one when another item of its
  // list opens with a given name or an honorific ("included JK Rowling, Jacqueline Wilson and ...").
  if (!personal(tokens, mention)) {
    if (!lent) return null;
    const sentenceLast = analysis.sentences[mention.sentence]!.last;
    let personItem = false;
    for (let t = k + 1; t <= sentenceLast && t - k < 40 && !personItem; t++) {
      const tok = tokens[t]!;
      if (!/^(?:,|and)$/.test(tok.text) && t !== k + 1 && !/^\p{Lu}/u.test(tok.text) && tok.text !== '-') break;
      const opensItem = t === k + 1 || /^(?:,|and)$/.test(tokens[t - 1]!.text);
      personItem = opensItem && t !== mention.first && (GIVEN_NAMES.has(tok.text.toLowerCase()) || HONORIFICS.has(tok.text.toLowerCase()));
    }
    if (!personItem) return null;
  }
  const marker = tokens[k]!.text.toLowerCase();
  let head: number;
  if (marker === 'as') head = k - 2;
  else if (marker === 'including' || marker === 'like') head = k - 1;
  else if (appositiveMarker(tokens, k)) head = /^(?:example|instance|particular)$/.test(marker) ? k - 2 : k - 1;
  else if (marker.startsWith('include')) {
    // "Other stars who turned out on the night included X": the subject that opens the sentence.
    let t = sentenceFirst;
    if (/^(?:other|the|these|those|its|their)$/i.test(tokens[t]!.text)) t++;
    // ("Previous winners have included": the sentence's first word is capitalised by its place, not as a name.)
    const modifier = (at: number): boolean => (['ADJ', 'NOUN', 'VERB'].includes(tokens[at]!.pos) && /^\p{Ll}/u.test(tokens[at]!.text)) || firstWord(at);
    while (t < k && t - sentenceFirst < 5 && !isPluralPersonHead(asCommonNoun(tokens[t], sentenceFirst)) && modifier(t)) t++;
    head = t;
    if (head >= k || k - head > 12) return null;
  } else return null;
  if (tokens[head]?.text === ',') head--;
  const headTok = asCommonNoun(tokens[head], sentenceFirst);
  if (!isPluralPersonHead(headTok) || head < sentenceFirst) return null;
  // The kind's lower-case modifier ("seasoned performers", "media figures"), one at most ("the usual myriad famous actors"); not "other" or a count.
  // ("US artists such as Beyonce", "British stars including ...": or a country's word, as written, which says whose they are.)
  const country = (at: number): boolean => /^\p{Lu}/u.test(tokens[at]!.text) && COUNTRY_FORMS.has(tokens[at]!.text.toLowerCase()) && !firstWord(at);
  let from = head;
  while (from - 1 >= sentenceFirst && head - from < 1 && ((['ADJ', 'NOUN'].includes(tokens[from - 1]!.pos) && /^\p{Ll}/u.test(tokens[from - 1]!.text)) || firstWord(from - 1) || country(from - 1)) && !isPlural(tokens[from - 1]!) && !/^(?:other|many|some|several|more|most|all|few)$/i.test(tokens[from - 1]!.text) && !isPluralPersonHead(tokens[from - 1]) && !participleOpening(tokens, from - 1)) from--;
  const kind = from === head ? headTok!.text : `${country(from) ? tokens[from]!.text : tokens[from]!.text.toLowerCase()}${text.slice(tokens[from]!.end, headTok!.end)}`;
  const singular = singularHead(kind, headTok!);
  // "Guests at the ceremony included", "Directors of the firm have included": the kind's complement, when it
  // runs up to the verb of inclusion, is part of it.
  const complement = marker.startsWith('include') ? complementEnd(tokens, head + 1, k - 1) : -1;
  const untilVerb = complement > 0 && tokens.slice(complement + 1, k).every((x) => x.pos === 'AUX');
  return tidy(untilVerb ? singular + text.slice(tokens[head]!.end, tokens[complement]!.end) : singular);
}

/** "..., beating stars including X": a word in -ing right after a comma opens a participle clause; it modifies no noun. */
function participleOpening(tokens: Token[], at: number): boolean {
  return /^\p{Ll}+ing$/u.test(tokens[at]!.text) && /^[,;:]$/.test(tokens[at - 1]?.text ?? '');
}

/**
 * "Previous winners have included JK Rowling, Jacqueline Wilson and ...": a name without a given name
 * or an honorific takes the kind of its list from a person's name beside it; as the weakest evidence,
 * only for a person no other sentence gives a role ("artists such as Jay-Z ... superstar rapper Jay-Z").
 */
export function readListedExampleRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  // (Only a sentence with a word that introduces examples can hold such a list.)
  const marked = new Map<number, boolean>();
  const hasMarker = (i: number): boolean => {
    let known = marked.get(i);
    if (known === undefined) {
      const s = analysis.sentences[i]!;
      known = analysis.tokens.slice(s.first, s.last + 1).some((t) => /^(?:such|including|like|include|includes|included)$/i.test(t.text) || appositiveMarker(analysis.tokens, t.i));
      marked.set(i, known);
    }
    return known;
  };
  // ("hat-fiend Oddjob and crazed Russian sex beast Xenia Onatopp": an item with its own title keeps it.)
  giveFirstRole(drafts, (m) => {
    const role = m.titleFirst === null && hasMarker(m.sentence) ? readExampleRole(analysis, m, true) : null;
    return role && !readSlotRole(analysis, m) ? role : null;
  });
}

/** Gives each person with no role yet the first role `read` finds at one of their mentions. */
export function giveFirstRole(drafts: ActorDraft[], read: (m: NameMention) => string | null): void {
  for (const d of drafts) {
    if (d.type !== 'person' || d.role !== null) continue;
    for (const m of d.mentions) {
      const role = read(m);
      if (role) {
        d.role = role;
        break;
      }
    }
  }
}

/**
 * A people's adjective or the noun for one of them right before the name, with "fellow" if it is
 * there ("Russian Nikolay Davydenko", "fellow American Andy Roddick", "Spaniard Albert Costa"), or null.
 * The forms are the country lexicon's; a singular member noun is one whose plural it lists ("Spaniards").
 */
function readNationality(analysis: Analysis, mention: NameMention): string | null {
  const { tokens, text } = analysis;
  const at = mention.first - 1;
  // ("Spaniard Costa": the noun may have been read as the name's title, and given no role.)
  if (mention.titleFirst !== null && mention.titleFirst !== at) return null;
  const word = tokens[at];
  if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || word.end === tokens[mention.first]!.start) return null;
  // ("Frenchman Arnaud Clement", "Texan Jo Hale": the noun for one of a people, with "-man" on its word, or one of
  // WordNet's capitalised nouns for a member of a people or a faith, tagged a noun.)
  const member = MEMBER_WORDS.has(word.text.toLowerCase()) && word.pos !== 'ADJ';
  if (peopleOf(word, true) === null && !member) return null;
  const from = /^fellow$/i.test(tokens[at - 1]?.text ?? '') ? at - 1 : at;
  // ("the South Korean Kim ...", "Arsenal's French striker": a word before it makes it part of a longer phrase.)
  const before = tokens[from - 1];
  if (before && ((/^\p{Lu}/u.test(before.text) && before.pos !== 'PUNCT') || /^[’']s?$/.test(before.text))) return null;
  return text.slice(tokens[from]!.start, word.end);
}

/**
 * "set up a semi-final against Russian Nikolay Davydenko": the nationality written before a name, as
 * the weakest evidence, for a person no other construction gives a role.
 */
export function readNationalityRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  giveFirstRole(drafts, (m) => readNationality(analysis, m) ?? readCountryPossessor(analysis, m) ?? readPartyMember(analysis, m));
}

/**
 * "beat Russia's Elena Likhovtseva", "South Africa's Jo Hale": a country's possessive right before a person's name,
 * as written, or null. A nationality too, so as weak (a body's possessive, "Chelsea's X", is read as "of Chelsea").
 */
function readCountryPossessor(analysis: Analysis, mention: NameMention): string | null {
  const { tokens, text } = analysis;
  const sentenceFirst = analysis.sentences[mention.sentence]!.first;
  const mark = tokens[mention.first - 1];
  if (mention.titleFirst !== null || !personal(tokens, mention) || !mark || !/^[’']s$/.test(mark.text) || mention.first - 2 < sentenceFirst) return null;
  // ("New Zealand's", "the United States'": a country's name of up to three words.)
  for (let first = mention.first - 2; first >= Math.max(sentenceFirst, mention.first - 4); first--) {
    if (!/^\p{Lu}/u.test(tokens[first]!.text)) return null;
    const owner = text.slice(tokens[first]!.start, tokens[mention.first - 2]!.end);
    const entry = COUNTRY_FORMS.get(owner.toLowerCase());
    if (!entry || entry.adjective) continue;
    // ("the Bank of England's X", "Manchester United's X": a country's name inside a longer name is no country's.)
    const before = tokens[first - 1];
    // (A sentence's first word is capitalised whatever it is: "Later Norway's X".)
    const opener = first - 1 === sentenceFirst && isEveryday(before?.text.toLowerCase() ?? '');
    if (first > sentenceFirst && before && ((/^\p{Lu}/u.test(before.text) && !opener) || /^(?:of|and|&)$/i.test(before.text))) return null;
    return text.slice(tokens[first]!.start, mark.end);
  }
  return null;
}

/**
 * "Tory Edward Turnour", "Democrat John Kerry's campaign", "Liberal Democrat Jo Hale", "former Republican X":
 * a noun for a party's member right before a person's name (after any honorific), with the capitalised words
 * of the party's name or a modifier before it, or null. As weak as a nationality: a title found anywhere
 * else says more ("Tory X" beside "shadow attorney general X").
 */
function readPartyMember(analysis: Analysis, mention: NameMention): string | null {
  const { tokens, text } = analysis;
  const sentenceFirst = analysis.sentences[mention.sentence]!.first;
  // (The noun and its modifier may have been read as the name's title: "Former Democrat" before "Ellen Ruiz".)
  let nameFirst = mention.first;
  while (nameFirst - 1 >= sentenceFirst && HONORIFICS.has(bare(tokens[nameFirst - 1])) && /^\p{Lu}/u.test(tokens[nameFirst - 1]!.text)) nameFirst--;
  const word = tokens[nameFirst - 1];
  if (!word || nameFirst - 1 < sentenceFirst || !PARTY_MEMBERS.has(word.text) || !personal(tokens, mention)) return null;
  let from = nameFirst - 1;
  // ("Liberal Democrat", "Scottish Conservative": the party's name may run before the noun.)
  while (from - 1 >= sentenceFirst && from > nameFirst - 3 && /^\p{Lu}/u.test(tokens[from - 1]!.text) && ['ADJ', 'PROPN'].includes(tokens[from - 1]!.pos) && !HONORIFICS.has(bare(tokens[from - 1]))) from--;
  const before = tokens[from - 1];
  // ("former Tory X": a modifier of the office; "Tory leader X" has the noun as its title's modifier and is read as a title.)
  if (before && from - 1 >= sentenceFirst && ROLE_MODIFIERS.test(before.text) && (/^\p{Ll}/u.test(before.text) || from - 1 === sentenceFirst)) from--;
  return text.slice(tokens[from]!.start, word.end);
}

/** A list of names opening at `first` has an item that opens with a given name or an honorific ("Ewan McGregor, Halle Berry"). */
function listsPerson(tokens: Token[], first: number): boolean {
  for (let t = first; t < tokens.length && t - first < 40; t++) {
    const tok = tokens[t]!;
    if (!/^\p{Lu}/u.test(tok.text) && !/^(?:,|and|-)$/.test(tok.text)) return false;
    const opensItem = t === first || /^(?:,|and)$/.test(tokens[t - 1]!.text);
    if (opensItem && (GIVEN_NAMES.has(tok.text.toLowerCase()) || HONORIFICS.has(tok.text.toLowerCase()))) return true;
  }
  return false;
}

function readListRole(analysis: Analysis, mention: NameMention): string | null {
  const first = listStart(analysis, mention) ?? mention.first;
  const { tokens } = analysis;
  const copula = readCopulaList(analysis, first, mention.sentence) ?? readBothApposition(analysis, mention);
  if (copula) return copula;
  // The list's first name is followed by the next ("A and B", "A, B").
  const nextItem = /^(?:and|,)$/.test(tokens[mention.last + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[mention.last + 2]?.text ?? '');
  if (first === mention.first && !nextItem) return null;
  let last = first;
  while (/^\p{Lu}/u.test(tokens[last + 1]?.text ?? '')) last++;
  const lead: NameMention = { ...mention, first, last, start: tokens[first]!.start, end: tokens[last]!.end, titleFirst: null, honorific: false };
  // "Two other outside former directors, Bert Roberts and Francesco Galesi, remain": a plural title set off by a comma.
  if (tokens[first - 1]?.text === ',') {
    const head = tokens[first - 2];
    const shared = head && isPlural(head) && isHeadToken(head) ? readRoleBeforeComma(analysis, lead, true) : null;
    return shared ? singularHead(shared.replace(/^(?:\p{N}+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|other|both)\s+(?:other\s+)?/iu, ''), head!) : null;
  }
  // "featuring the voices of A, B and C": a plural noun whose person sense is not its usual one, with "of"
  // before a list of persons' names, names them (an appositive "of"), each in the singular; a noun
  // whose usual sense is a person ("the parents of A and B") relates them to another.
  const of = tokens[first - 1];
  const noun = tokens[first - 2];
  if (of?.text === 'of' && noun && noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text) && isPlural(noun)) {
    const lemma = lemmaOf(noun);
    return PERSON_SENSES.has(lemma) && !PERSON_KINDS.has(lemma) && listsPerson(tokens, first) ? lemma : null;
  }
  if (first === mention.first) return null;
  // "Lords Bingham, Steyn, Hope and Carswell", "Lord Justices Clarke and Rix": a title written in the plural
  // before the list's first name (as British judges' and peers' titles are, and the AP Stylebook's "Sens.",
  // "Reps.") is each listed person's, in the singular.
  const pluralTitle = /^(?:(Lord) )?(Lords|Justices|Sens\.?|Reps\.?)$/.exec(analysis.text.slice(tokens[first]!.start, tokens[first + (/^Lord$/.test(tokens[first]!.text) ? 1 : 0)]!.end));
  if (pluralTitle && tokens[first + 1]?.text !== ',' && /^\p{Lu}/u.test(tokens[first + (pluralTitle[1] ? 2 : 1)]?.text ?? '')) return `${pluralTitle[1] ? 'Lord ' : ''}${pluralTitle[2]!.replace(/s(\.?)$/, '$1')}`;
  const role = readRoleBefore(analysis, lead);
  const head = asCommonNoun(tokens[first - 1], analysis.sentences[mention.sentence]!.first);
  // Only a plural head is shared: "striker Thierry Henry and Robert Pires" gives Pires no role;
  // so is a film's "starring A, B and C".
  if (!role || !head || (!isPlural(head) && !/^(?:co-)?starring$/i.test(head.text))) return null;
  return role;
}

/** The apposition right after a name: "Rod Eddington, BA's chief executive, said" / "Lord Bingham - a senior law lord - said". */
function readRoleAfter(analysis: Analysis, mention: NameMention): string | null {
  const { tokens } = analysis;
  const sentenceLast = analysis.sentences[mention.sentence]!.last;
  const mark = tokens[mention.last + 1];
  // "John Smith (CEO of Acme)": a bracketed apposition, as press releases write it.
  const bracket = mark?.text === '(';
  if (!mark || (mark.text !== ',' && !DASHES.has(mark.text) && !bracket)) return null;
  let from = mention.last + 2;
  // "Paul Hart, 52, a former striker,": an age before the apposition.
  if (!bracket && tokens[from]?.pos === 'NUM' && /^\d{1,3}$/.test(tokens[from]!.text) && tokens[from + 1]?.text === ',') from += 2;
  // "Winn-Dixie, once among the most profitable of US grocers,": an apposition is a noun phrase.
  const opener = tokens[from];
  // ("Jo Bloggs, managing director of Acme": a participle in -ing before a title's head modifies it.)
  const participleTitle = (k: number): boolean => tokens[k]?.pos === 'VERB' && /^\p{Ll}+ing$/u.test(tokens[k]!.text) && isHeadToken(tokens[k + 1]) && /^\p{Ll}/u.test(tokens[k + 1]!.text);
  // ("X, Wandering Hours creator,": a capitalised participle in -ing that opens a work's name.)
  const opensWork = opener?.pos === 'VERB' && /^\p{Lu}\p{Ll}+ing$/u.test(opener.text) && tokens[from + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[from + 1]!.text);
  if (!opener || !(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(opener.pos) || /^(?:for|his|her|their|its)$/i.test(opener.text) || participleTitle(from) || opensWork)) return null;
  // ("X, Mr Holt and Mr Finch": an honorific before a capitalised word that is no title opens another person's name.)
  // ("X, Mr Kuchma's son-in-law,": unless the name is the possessor of the apposition's head.)
  if (HONORIFICS.has(bare(opener)) && /^\p{Lu}/u.test(opener.text) && /^\p{Lu}/u.test(tokens[from + 1]?.text ?? '') && !TITLE_WORDS.has(tokens[from + 1]!.text.toLowerCase()) && !possessorRun(tokens, from, sentenceLast + 1)) return null;
  // "Imelda Staunton, Kate Winslet and director Mike Leigh": another person's name after the comma makes a list.
  // ("X, Mara Quell's husband,": unless the name is the possessor of the apposition's head.)
  if (/^\p{Lu}/u.test(opener.text) && GIVEN_NAMES.has(opener.text.toLowerCase()) && !TITLE_WORDS.has(opener.text.toLowerCase()) && /^\p{Lu}/u.test(tokens[from + 1]?.text ?? '') && !possessorRun(tokens, from, sentenceLast + 1)) return null;
  let t = from;
  let sawTitle = false;
  // "Simon Hale, for the Greens, said": the party or body a person speaks for.
  let speaksFor = tokens[from]?.text.toLowerCase() === 'for';
  let named = false;
  let afterPreposition = false;
  // Where a clause that follows the title's noun phrase begins; the role ends before it.
  let cut = -1;
  // The name is its sentence's subject: it opens the sentence, or follows only an adverbial with no verb ("Later, X, ...").
  const nameFirst = mention.titleFirst ?? mention.first;
  const sentenceFirst = analysis.sentences[mention.sentence]!.first;
  const opensSentence = (): boolean => {
    // (Looked at only near the sentence's start: a long sentence is not scanned for every name in it.)
    if (nameFirst - sentenceFirst > 8) return false;
    const opening = tokens.slice(sentenceFirst, nameFirst).filter((k) => !/^["“‘']$/.test(k.text));
    return opening.length === 0 || (opening.at(-1)!.text === ',' && !opening.some((k) => k.pos === 'VERB' || k.pos === 'AUX' || (k.text === ',' && k !== opening.at(-1))));
  };
  // "Grokster and Morpheus - the file-sharers at the centre of the case -": a plural describes no one person.
  let plural = false;
  // (A head noun, not an honorific: "SoHo House, Mr Neeson said" has no title to cut.)
  let sawHead = false;
  // "a lawyer representing one of the directors": a participle clause after the head belongs to the role.
  let participle = false;
  // The head is a noun whose person sense is not its usual one ("star", "shot"), or an agent noun no list holds.
  let senseOnly = false;
  // Where a bracketed acronym after the body's name stands ("... of Phonographic Industries (IFPI),"); the role ends before it.
  let acronym = -1;
  for (; t <= sentenceLast && t - from < 24; t++) {
    const tok = tokens[t]!;
    if (!bracket && tok.text === '(' && tokens[t + 2]?.text === ')' && /^\p{Lu}[\p{L}\d&-]{1,11}$/u.test(tokens[t + 1]!.text) && /^\p{Lu}/u.test(tokens[t - 1]?.text ?? '') && acronym < 0) {
      // ("Northgate Athletic Union (NAU) president": before the head, the short form stays inside the phrase.)
      if (sawHead) acronym = t;
      t += 2;
      continue;
    }
    // ("Take-Two": a hyphen between two words joins them.)
    const joiner = tok.text === '-' && tokens[t - 1]?.end === tok.start && tokens[t + 1]?.start === tok.end;
    if (tok.text === ',' || tok.text === '.' || tok.text === ';' || (DASHES.has(tok.text) && !joiner) || tok.text === ')') break;
    // (Only after a noun that heads a title: "SoHo House, Mr Neeson said" has an honorific, not a title.)
    if (sawHead && !participle && !GENERIC_PERSONS.has(tokens[t - 1]?.text.toLowerCase() ?? '')) {
      // "European co-ordinator for the EFF which campaigns ...", "the one law lord to oppose the appeal":
      // a relative or infinitive clause after the noun phrase is not part of the title.
      const relative = /^(?:which|who|whose|that)$/i.test(tok.text) && t > from;
      const infinitive = tok.text.toLowerCase() === 'to' && tokens[t + 1]?.pos === 'VERB' && /^\p{Ll}/u.test(tokens[t + 1]!.text);
      // "Michael Lamberty, a Lufthansa spokesman told the BBC": a speech verb closes an apposition whose comma was dropped.
      const speech = tok.pos === 'VERB' && SPEECH_AFTER.test(tok.text);
      // "the turnaround specialist appointed by the government as ...": a past participle after the head
      // opens a reduced relative clause.
      // ("an official from the Beijing Municipal Commission quoted in the China Daily": after the name of the body in the head's complement too.)
      const reduced = tok.pos === 'VERB' && /\p{Ll}(?:ed|en)$/u.test(tok.text) && /^(?:by|to|in|as|for|after|last|this|on|from)$/i.test(tokens[t + 1]?.text ?? '') && (tokens[t - 1]?.pos === 'NOUN' || (tokens[t - 1]?.pos === 'PROPN' && afterPreposition && /^(?:a|an|the)$/i.test(tokens[from]!.text)));
      // "sent to Feroz Abbasi, the men's solicitor says.": after a name that is a preposition's object, a
      // noun phrase with a speech verb is the subject of a reporting clause, not an apposition.
      if (speech && tokens[mention.first - 1]?.pos === 'ADP' && !/^\p{Lu}/u.test(tokens[mention.first - 1]!.text)) return null;
      // "Echoing Secretary of State Condoleezza Rice, the prime minister said": nor after a name that is a
      // verb's object; a definite description with a speech verb there is the reporting clause's subject.
      if (speech && /^the$/i.test(tokens[from]!.text) && !opensSentence()) return null;
      // "Adam Thomas, an analyst at research firm Informa Media believes ...": the verb of the sentence whose
      // subject the name is closes an apposition whose comma was dropped.
      const finite = tok.pos === 'VERB' && /^\p{Ll}+(?:s|ed)$/u.test(tok.text) && tok.lemma.toLowerCase() !== tok.text && !isHeadToken(tok) && /^(?:the|a|an|his|her|their|its)$/i.test(tokens[from]!.text) && opensSentence();
      if (relative || infinitive || speech || reduced || finite) {
        cut = t;
        break;
      }
      if (tok.pos === 'VERB' && /\p{Ll}.*ing$/u.test(tok.text) && !isHeadToken(tok) && tokens[t - 1]?.pos === 'NOUN') {
        participle = true;
        continue;
      }
    }
    // "Henry Walsh, jazz pianist Sarah Kemp and Tom Ridley": a given name right after the head opens the next
    // item of a list, named with its own title; it is no apposition.
    if (sawHead && !afterPreposition && isHeadToken(tokens[t - 1]) && /^\p{Lu}/u.test(tok.text) && GIVEN_NAMES.has(tok.text.toLowerCase()) && /^\p{Lu}/u.test(tokens[t + 1]?.text ?? '')) return null;
    if (participle) {
      // The participle's object runs to the closing mark; another verb means the sentence went on.
      if (tok.pos === 'VERB' || tok.pos === 'AUX') return null;
      continue;
    }
    // "the newly appointed chief executive": a participle inside the phrase is a modifier.
    // ("a company founded by ...": after its noun, a participle starts a clause, not a title).
    const prenominal = ['NOUN', 'ADJ', 'PROPN'].includes(tokens[t + 1]?.pos ?? '');
    // ("the Labs' managing director", "a visiting professor": before the head, a participle in -ing modifies it too.)
    // ("chair of the adult judging panel": in the complement, after the head, too.)
    // (The apposition may open with it: "managing director of Acme".)
    const opensTitle = t === from && participleTitle(t);
    const modifier = tok.pos === 'VERB' && ((((/(?:ed|en)$/.test(tok.text) || (/\p{Ll}ing$/u.test(tok.text) && (!sawHead || afterPreposition))) && prenominal) || isHeadToken(tok)) && t > from || opensTitle);
    // "president of the broadcaster Shanghai Media Group", "CEO of Take-Two": a capitalised word inside is part of a name, whatever its tag.
    // ("a nominee for the stage farce Being Julia": after a preposition, a capitalised auxiliary too.)
    const nameWord = ((tok.pos === 'VERB' || (tok.pos === 'AUX' && afterPreposition)) && t > from && /^\p{Lu}/u.test(tok.text)) || (t === from && opensWork);
    // ("a Cardiff back", "the British hope": a person sense in the head slot of a determined phrase, whatever its tag.)
    const slotSense = !afterPreposition && isSlotSense(tokens, t, from) && personal(tokens, mention);
    // ("the social policy think tank": a verb's bare form between a modifier and a noun is the first part of a compound noun.)
    const compound = tok.pos === 'VERB' && t > from && /^\p{Ll}+$/u.test(tok.text) && tok.lemma.toLowerCase() === tok.text && ['NOUN', 'ADJ'].includes(tokens[t - 1]!.pos) && tokens[t + 1]?.pos === 'NOUN';
    if (((tok.pos === 'VERB' && !modifier && !nameWord && !compound && !slotSense) || (tok.pos === 'AUX' && !nameWord) || tok.pos === 'PRON') && !(tok.pos === 'VERB' && isHeadToken(tok))) return null;
    // The head comes before any preposition ("Mike Leigh's tale about a backstreet abortionist" is a tale),
    // except the partitive's "of" ("one of the TNO researchers behind the project").
    // ("a University of Michigan librarian": "of" between two capitalised words is inside a body's name before the head.)
    const inName = /^(?:of|for|de)$/.test(tok.text) && /^\p{Lu}/u.test(tokens[t - 1]?.text ?? '') && tokens[t - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[t + 1]?.text ?? '') && t - 1 > from;
    if (tok.pos === 'ADP' && t > from && !inName && !(t === from + 1 && /^one$/i.test(tokens[from]!.text) && /^of$/i.test(tok.text))) afterPreposition = true;
    // A capitalised head only if it is a title ("Chief Executive"): "Gordon Macklin, John Porter" is a list.
    if (!afterPreposition && ((isHeadToken(tok) && (!/^\p{Lu}/u.test(tok.text) || TITLE_WORDS.has(tok.text.toLowerCase()))) || HONORIFICS.has(tok.text.toLowerCase()))) {
      sawTitle = true;
      // ("the one law lord": in lower case "lord" is a noun, not an honorific.)
      sawHead ||= !HONORIFICS.has(tok.text.toLowerCase()) || /^\p{Ll}/u.test(tok.text);
      plural = isPlural(tok) && !/^one$/i.test(tokens[from]!.text);
    }
    // "Roger Federer, the world number one,": a rank is a role.
    if (!afterPreposition && /^number$/i.test(tok.text) && /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})$/i.test(tokens[t + 1]?.text ?? '') && personal(tokens, mention)) sawTitle = sawHead = true;
    // "Zach Braff, the star of Scrubs,": the phrase's head noun, where its person sense is the one the apposition selects.
    const headNoun = !afterPreposition && tok.pos === 'NOUN' && !['NOUN', 'PROPN'].includes(tokens[t + 1]?.pos ?? '');
    if ((headNoun && (isSenseHead(tok) || isAgentNoun(tok)) && personal(tokens, mention)) || slotSense) {
      sawTitle = sawHead = true;
      // (An agent noun in -ist or -ician has no other sense.)
      senseOnly = !isHeadToken(tok) && !isAgentNoun(tok);
    } else if (sawHead && isHeadToken(tok)) senseOnly = false;
    if (t > from && /^\p{Lu}/u.test(tok.text)) named = true;
    else if (t > from && !/^(?:the|of|and|&)$/i.test(tok.text)) speaksFor = false;
  }
  if (plural) return null;
  if (cut >= 0) return cut > from ? (readPartitive(analysis, from, cut) ?? tidy(analysis.text.slice(tokens[from]!.start, tokens[cut - 1]!.end))) : null;
  const end = tokens[t]?.text;
  // "Caroline Hawley, BBC diplomatic correspondent" alone on a line: the sentence's end closes it too.
  const closed = bracket ? end === ')' : end === ',' || end === '.' || DASHES.has(end ?? '') || t > sentenceLast;
  // ("X, Finding Nemo and The Lord of the Rings": a work's name opened by a participle only premodifies a common noun.)
  if (opensWork && !/^\p{Ll}/u.test(tokens[t - 1]?.text ?? '')) return null;
  if ((!sawTitle && !(speaksFor && named)) || t === from || !closed) return null;
  // "... and Barbra Streisand, shot to the top of the chart.": a word read in its rarer person sense
  // makes an apposition only when marks close it on both sides, not when it runs to the sentence's end.
  // ("says X, the British hope.": a determiner makes the phrase a noun phrase, whatever it runs to.)
  // ("says X, Silver Harbour star.", "says X, star of Silver Harbour.": a name inside makes it a noun phrase too.)
  const namedPhrase = /^\p{Lu}/u.test(tokens[from]!.text) || (/^(?:of|for|at)$/.test(tokens[from + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[/^the$/i.test(tokens[from + 2]?.text ?? '') ? from + 3 : from + 2]?.text ?? ''));
  if (senseOnly && !bracket && (end === '.' || t > sentenceLast) && !/^(?:a|an|the|his|her|their|its)$/i.test(tokens[from]!.text) && !namedPhrase) return null;
  return readPartitive(analysis, from, t) ?? tidy(analysis.text.slice(tokens[from]!.start, tokens[(acronym > 0 && acronym < t ? acronym : t) - 1]!.end));
}

/**
 * "one of the TNO researchers behind the project": the partitive's group, up to its plural head and
 * in the singular, for the one person ("TNO researcher"); null for an apposition from `from` to before
 * `until` that is no partitive. ("one of the game developers sacked by Argonaut": a clause after it too.)
 */
function readPartitive(analysis: Analysis, from: number, until: number): string | null {
  const { tokens } = analysis;
  if (!/^one$/i.test(tokens[from]!.text) || !/^of$/i.test(tokens[from + 1]?.text ?? '')) return null;
  let k = from + 2;
  if (/^(?:the|its|their|his|her)$/i.test(tokens[k]?.text ?? '')) k++;
  const groupFirst = k;
  while (k < until && tokens[k]!.pos !== 'ADP' && !(isPlural(tokens[k]!) && (isHeadToken(tokens[k]) || isSenseHead(tokens[k]) || isAgentNoun(tokens[k])))) k++;
  // ("one of the men": a group of people in general names no role.)
  if (k >= until || tokens[k]!.pos === 'ADP' || k < groupFirst || GENERIC_PERSONS.has(lemmaOf(tokens[k]!))) return null;
  const group = tidy(analysis.text.slice(tokens[groupFirst]!.start, tokens[k]!.end));
  return group ? singularHead(group, tokens[k]!) : null;
}

/** "Jane Holloway, D-Ohio,", "Sen. Jane Holloway (D-Ohio)": a US legislator's party and state, written after the name. */
const PARTY_TAG = /^(?:,[ \u00a0]?|[ \u00a0]\()([DRI]-\p{Lu}[\p{L}. ]{1,14}?)(?=[,;)]|\s)/u;
/** The abbreviated US titles a party tag follows, written out as the press writes them in full (AP Stylebook). */
const US_TITLES = new Map([['sen', 'Senator'], ['rep', 'Representative'], ['gov', 'Governor']]);
/** "Helen Marsh, who represents six of the families,": whom a person acts for. */
const ACTS_FOR = /^,[ \u00a0]?who (?:represents|represented|acts for|acted for|speaks for|works for|worked for) ([^,.;:()"“”]{3,80})[,.;]/;

/** " of NASA's Jet Propulsion Laboratory", " of the Red Cross": a body's name, capitalised word by word, after "of". */
const BODY_AFTER = /^ of ((?:the )?\p{Lu}[\p{L}&.-]*(?:(?:[’']s)?(?: (?:of |for |and |the |de )*\p{Lu}[\p{L}&.-]*))*)/u;
/** Complements written after the name that complete a role found elsewhere: a party tag, whom the person acts for. */
function readRoleComplements(analysis: Analysis, mention: NameMention, role: string | null): string | null {
  const after = analysis.text.slice(mention.end, mention.end + 120);
  const party = PARTY_TAG.exec(after);
  if (party) {
    const title = role && US_TITLES.get(role.toLowerCase().replace(/\.$/, ''));
    return role ? `${title ?? role}, ${party[1]!}` : party[1]!;
  }
  const actsFor = ACTS_FOR.exec(after);
  if (actsFor && role) return `${role} for ${actsFor[1]!.trim()}`;
  // "planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory": a body named after a bare
  // title's holder is the title's complement, as in "planetary geologist of NASA's ...".
  // (Only an occupation in lower case: "President Xu of China" is written "Chinese President" as often as "President of China".)
  const body = role && /^\p{Ll}/u.test(role) && !/\b(?:of|at|for|to|with)\b/i.test(role) ? BODY_AFTER.exec(after) : null;
  if (body) return `${role} of ${body[1]!}`;
  return role ?? readAgentClause(analysis, mention);
}

/**
 * "Sir Archy Kirkwood, who chairs the Commons work and pensions committee,": a relative clause
 * whose verb has a person noun for its doer ("chair", "lead" → "leader", "found" → "founder")
 * gives the role "chair of the Commons work and pensions committee".
 */
function readAgentClause(analysis: Analysis, mention: NameMention): string | null {
  const { tokens, text } = analysis;
  const sentenceLast = analysis.sentences[mention.sentence]!.last;
  if (tokens[mention.last + 1]?.text !== ',' || tokens[mention.last + 2]?.text.toLowerCase() !== 'who') return null;
  const verb = tokens[mention.last + 3];
  // "X, who is the chief executive of Acme,", "X, who has been head of the agency since 2001,", "Woodward, who will be
  // the head coach": a copula in the clause describes the person.
  const perfect = (/^(?:has|had)$/i.test(verb?.text ?? '') && /^been$/i.test(tokens[mention.last + 4]?.text ?? '')) || (/^(?:will|shall)$/i.test(verb?.text ?? '') && /^be$/i.test(tokens[mention.last + 4]?.text ?? ''));
  if (/^(?:is|was)$/i.test(verb?.text ?? '') || perfect) {
    const from = mention.last + (perfect ? 5 : 4);
    let end = from;
    let sawHead = false;
    // (A head stands before the complement: "a hit with the fans" is no fan.)
    let complement = false;
    for (; end <= sentenceLast && end - mention.last < 16; end++) {
      const tok = tokens[end]!;
      if (tok.pos === 'ADP' && !(/^of$/i.test(tok.text) && /^one$/i.test(tokens[end - 1]!.text))) complement = true;
      if (/^[,.;:)"“”]$/.test(tok.text) || tok.pos === 'AUX' || (tok.pos === 'VERB' && !isHeadToken(tok) && !isSlotSense(tokens, end, from))) break;
      if (isHeadToken(tok) && /^\p{Ll}/u.test(tok.text) && !GENERIC_PERSONS.has(tok.text.toLowerCase()) && !complement) sawHead = true;
      // ("who is a futurologist", "who is the star of the show", "who is the country's richest man": the heads an
      // apposition takes, in the copula's complement too.)
      // (A person sense only in the present or the past: "who will be a real threat" says what is feared.)
      const sense = !perfect && !complement && ((isSenseHead(tok) && /^(?:a|an|the)$/i.test(tokens[from]!.text) && (end > from + 1 || COMPLEMENT_PREPS.has(bare(tokens[end + 1])))) || isSlotSense(tokens, end, from));
      if (isAgentNoun(tok) || sense || superlativePerson(tokens, end)) sawHead = true;
      if (isSlotSense(tokens, end, from)) {
        end++;
        break;
      }
    }
    return sawHead && end > from ? tidy(text.slice(tokens[from]!.start, tokens[end - 1]!.end)) : null;
  }
  // Right after "who" stands its verb, whatever the tagger says ("who chairs" read as a plural noun).
  if (!verb || !(verb.pos === 'VERB' || (verb.pos === 'NOUN' && /s$/.test(verb.text)))) return null;
  // ("who runs the charity": whoever runs a body heads it.)
  const lemma = verb.lemma.toLowerCase() === 'run' ? 'head' : verb.lemma.toLowerCase();
  // Only an office makes a role ("who chairs" → "chair"; "who lost" → "loser" is no role).
  const noun = [lemma, `${lemma}er`, `${lemma}r`, `${lemma}or`, lemma.replace(/e$/, 'or')].find((w) => TITLE_WORDS.has(w) || OFFICE_HEADS.has(w));
  if (!noun) return null;
  let end = mention.last + 4;
  if (!/^(?:the|a|an)$/i.test(tokens[end]?.text ?? '') && tokens[end]?.pos !== 'PROPN' && tokens[end]?.pos !== 'NOUN') return null;
  while (end + 1 <= sentenceLast && end - mention.last < 14 && !/^[,.;:"“”]$/.test(tokens[end + 1]!.text) && tokens[end + 1]!.pos !== 'VERB' && tokens[end + 1]!.pos !== 'AUX') end++;
  return tidy(`${noun} of ${text.slice(tokens[mention.last + 4]!.start, tokens[end]!.end)}`);
}

/**
 * A title phrase set off before the name: "his predecessor as Cabinet Secretary, Lord Armstrong.",
 * or a partitive that places the person in a named group: "one of the so-called Bristol Three, Tom Reilly -".
 */
function readRoleBeforeComma(analysis: Analysis, mention: NameMention, listed = false): string | null {
  const { tokens } = analysis;
  const sentenceFirst = analysis.sentences[mention.sentence]!.first;
  let nameFirst = mention.titleFirst ?? mention.first;
  while (nameFirst - 1 >= sentenceFirst && HONORIFICS.has(tokens[nameFirst - 1]!.text.toLowerCase().replace(/\.$/, '')) && /^\p{Lu}/u.test(tokens[nameFirst - 1]!.text)) nameFirst--;
  const comma = tokens[nameFirst - 1];
  const after = tokens[mention.last + 1];
  // (The first name of a list set off by commas is followed by the next: "directors, A and B, remain";
  // "The charity's head of HIV, Simon Wright said:" dropped the closing comma before its speech verb.)
  // ("former Speaker, Benjamin Nzeribe and member, Funke Adedoyin": a list of appositions joins them with "and".)
  // ("Senate Leader, Ahmad Lawan raises a motion": the name's own verb, after a title that opens the sentence.)
  const ownVerb = !!after && after.pos === 'VERB' && /^\p{Ll}+(?:s|ed)$/u.test(after.text) && after.lemma.toLowerCase() !== after.text;
  if (!comma || comma.text !== ',' || !after || !(listed || /^(?:[.,;]|and)$/.test(after.text) || DASHES.has(after.text) || SPEECH_AFTER.test(after.text) || ownVerb)) return null;
  // "nominees Clive Owen, Imelda Staunton": a person's name before the comma makes a list, not a title
  // (unless it completes a title: "the former manager of Johnny Cash, Saul Holiff").
  let named = nameFirst - 2;
  while (named > sentenceFirst && /^\p{Lu}/u.test(tokens[named - 1]!.text)) named--;
  const complement = /^(?:of|for|to)$/i.test(tokens[named - 1]?.text ?? '') && isHeadToken(tokens[named - 2]);
  if (!complement && (namedPerson(tokens, nameFirst - 2) || (/^\p{Lu}/u.test(tokens[nameFirst - 2]?.text ?? '') && GIVEN_NAMES.has(tokens[nameFirst - 2]!.text.toLowerCase())))) return null;
  let t = nameFirst - 2;
  let sawTitle = false;
  const last = t;
  // "In July this year Amanda Champion's killer, James Ford,": a possessor opens the noun phrase; nothing before it belongs.
  let possessor: 'name' | 'noun' | null = null;
  // ("The star of the show, X,", "A Cardiff back, X,": a noun whose person sense a determined phrase selects.)
  let senseOnly = false;
  let senseDeterminer = -1;
  let senseComplement = false;
  for (; t >= sentenceFirst && last - t < 14; t--) {
    const tok = tokens[t]!;
    // (A person sense's phrase begins at its determiner, unless a person noun before it heads the phrase.)
    if (senseOnly && senseDeterminer < 0 && !possessor && /^(?:a|an|the|his|her|their|its)$/i.test(tok.text)) senseDeterminer = t;
    // "police issue an alert and his parents, A and B,": a determiner opens the noun phrase, so a word before it
    // belongs to another phrase, unless a preposition governs this one ("ambassador to the WTO", "head of the agency").
    if (!possessor && /^(?:a|an|the|his|her|their|its|this|these|my|our|your)$/i.test(tok.text) && tokens[t - 1] && t - 1 >= sentenceFirst && /^\p{L}/u.test(tokens[t - 1]!.text) && tokens[t - 1]!.pos !== 'ADP' && !/^(?:of|for|to|at|from|in|as|with|on|by)$/i.test(tokens[t - 1]!.text)) break;
    if (possessor) {
      // ("Radio 1's controller": a number inside a name.)
      const named = /^\p{Lu}/u.test(tok.text) || (possessor === 'name' && tok.pos === 'NUM');
      if (/^(?:the|a|an|his|her|their|its)$/i.test(tok.text)) {
        t--;
        break;
      }
      // ("Mara Quell's husband": a capitalised word of the possessor's name, whatever its tag.)
      if ((possessor === 'name') !== named || (!['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tok.pos) && !(possessor === 'name' && tok.pos === 'VERB'))) break;
      continue;
    }
    if (/^[’']s$/.test(tok.text) && tokens[t - 1]) {
      possessor = /^\p{Lu}/u.test(tokens[t - 1]!.text) || tokens[t - 1]!.pos === 'NUM' ? 'name' : 'noun';
      continue;
    }
    // ("HIV/Aids": a slash between two words joins them.)
    const slash = tok.text === '/' && tokens[t - 1]?.end === tok.start && tokens[t + 1]?.start === tok.end;
    // ("Northgate Athletic Union (NAU) president, X": a body's short form in brackets after its name, before the head, is passed over.)
    if (tok.text === ')' && t < last && tokens[t - 2]?.text === '(' && /^\p{Lu}[\p{L}\d&-]{1,11}$/u.test(tokens[t - 1]!.text) && t - 3 >= sentenceFirst && /^\p{Lu}/u.test(tokens[t - 3]!.text)) {
      t -= 2;
      continue;
    }
    if (tok.pos === 'PUNCT' && tok.text !== '-' && tok.text !== "'s" && tok.text !== '’s' && !slash) break;
    // "the chapel at which the Archbishop of Canterbury, Dr Rowan Williams,": a relative clause starts after its pronoun.
    if (/^(?:which|who|whom|whose|that|where|when)$/i.test(tok.text)) break;
    // "so-called": a verb inside a hyphenated word is a modifier.
    const hyphenated = tokens[t - 1]?.text === '-' && tokens[t - 1]!.end === tok.start;
    // "its leading star", "the reigning champion": a participle between a determiner and the noun modifies it.
    // ("The band's lead singer": a word read as a verb between a possessive and the head noun modifies it.)
    const participle =
      tok.pos === 'VERB' && tokens[t + 1]?.pos === 'NOUN' && ((/\p{Ll}(?:ing|ed)$/u.test(tok.text) && ['DET', 'PRON', 'ADJ'].includes(tokens[t - 1]?.pos ?? '')) || (t + 1 === last && /^[’']s$/.test(tokens[t - 1]?.text ?? '')));
    // ("ambassador to the WTO, Carlo Trojan": "to" attaches a complement to a title.)
    // ("Peter Garland" with "Garland" read as a verb: inside a sentence, a capitalised word is part of a name.)
    // ("Wandering Hours creator, X,": at the sentence's start, a participle in -ing that opens a work's name.)
    const nameWord = /^\p{Lu}/u.test(tok.text) && (t > sentenceFirst || (/^\p{Lu}\p{Ll}+ing$/u.test(tok.text) && tokens[t + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[t + 1]!.text)));
    const senseWord = t === last && /^\p{Ll}+$/u.test(tok.text) && tok.lemma.toLowerCase() === tok.text && PERSON_SENSES.has(tok.text) && personal(tokens, mention);
    if ((tok.pos === 'VERB' && !hyphenated && !participle && !nameWord && !senseWord) || (tok.pos === 'AUX' && !nameWord) || (tok.pos === 'ADP' && !/^(?:of|as|for|at|in|to|from)$/i.test(tok.text) && !prenominal(tokens, t))) break;
    // "in honour of the pioneering economist, Adam Smith": a complement belongs to a title ("one of", "chief of"), not to any noun.
    // ("director of the Victims of Crime Trust": an "of" inside a body's name is part of it.)
    // ("Republican senator from Kansas, X": "from" attaches where a title's holder comes from, as "to" attaches its
    // complement; the place or body is named, and one person's title is singular: "protecting investors from fraud, X"
    // and "immigrants from Romania, X" are no titles.)
    // ("a futurologist at Acme", "the star of the show": an agent noun or a person sense takes a complement too.)
    // (Not once a person noun was read after it: "the birth of her twins, A and B" are the twins.)
    const complementHead = !sawTitle && (isAgentNoun(tokens[t - 1]) || (isSenseHead(tokens[t - 1]) && personal(tokens, mention)));
    if (/^(?:to|from)$/i.test(tok.text) && !isHeadToken(tokens[t - 1]) && !complementHead) break;
    if (/^from$/i.test(tok.text) && (!originNamed(tokens, t) || (isPlural(tokens[t - 1]!) && !listed))) break;
    if (/^(?:of|for|at|as)$/i.test(tok.text) && tok.pos === 'ADP' && /^\p{Ll}/u.test(tokens[t - 1]?.text ?? '') && !isHeadToken(tokens[t - 1]) && !/^one$/i.test(tokens[t - 1]!.text) && !complementHead) break;
    if (isAgentNoun(tok)) sawTitle = true;
    else if (!sawTitle && !isHeadToken(tok) && senseWord && (tok.pos === 'VERB' || tok.pos === 'ADV')) sawTitle = senseOnly = true;
    else if (!sawTitle && !isHeadToken(tok) && t < last && isSenseHead(tok) && personal(tokens, mention) && COMPLEMENT_PREPS.has(bare(tokens[t + 1]))) sawTitle = senseOnly = senseComplement = true;
    // "Christopher Greenwood and the then Lord Chancellor, Lord Irvine": a list's earlier name is not part of the title.
    if (tok.pos === 'CCONJ' && /^\p{Lu}/u.test(tokens[t - 1]?.text ?? '') && !TITLE_WORDS.has(tokens[t - 1]!.text.toLowerCase())) break;
    // ("the House of Representatives Speaker, X": right before the comma, a capitalised person noun heads the phrase.)
    if (isHeadToken(tok) && (!/^\p{Lu}/u.test(tok.text) || TITLE_WORDS.has(tok.text.toLowerCase()) || (t === last && PERSON_KINDS.has(tok.text.toLowerCase())))) {
      sawTitle = true;
      // ("lawyer for the family, X": the person noun heads, the sense is its complement's.)
      senseOnly = false;
    }
    // "Its leading star, Zach Braff,": right before the comma, a noun whose person sense the apposition selects.
    // ("a Jackson associate,": a person noun the tagger read as an adjective, after a name or a determiner.)
    const adjectiveNoun = tok.pos === 'ADJ' && /^\p{Ll}/u.test(tok.text) && (PERSON_KINDS.has(tok.text.toLowerCase()) || PERSON_SENSES.has(tok.text.toLowerCase())) && ['PROPN', 'DET'].includes(tokens[t - 1]?.pos ?? '');
    if (t === last && (isSenseHead(tok) || adjectiveNoun) && personal(tokens, mention)) sawTitle = true;
  }
  // ("Two former directors, A and B,": a plural title set before a list is each one's in the singular, read with the list;
  // before one name it names a group the name is ("the body that represents vice-chancellors, Universities UK").)
  const partitive = /^one$/i.test(tokens[t + 1]?.text ?? '') && /^of$/i.test(tokens[t + 2]?.text ?? '');
  // ("lawyer for the victims", "one of its scientists": a plural in a complement is no head.)
  const complemented = tokens.slice(t + 1, last).some((k) => /^(?:of|for|to|at|in|with)$/i.test(k.text));
  if (!listed && isPlural(tokens[last]!) && (after.text === 'and' || (isHeadToken(tokens[last]) && !partitive && !complemented))) return null;
  if ((!sawTitle && !partitive) || t === last) return null;
  // ("The star of the show, X,": the phrase opens its clause; "features the voices of A, B" is a verb's object.)
  if (senseOnly) {
    if (senseDeterminer < 0) return null;
    t = senseDeterminer - 1;
    // ("At the end of last year, X": after a preposition a phrase with a complement is a fronted adverbial's;
    // "after their biggest medal hope, X, dropped out" sets the name after a phrase of its own.)
    if (t >= sentenceFirst && tokens[t]!.pos !== 'PUNCT' && (senseComplement || (tokens[t]!.pos !== 'ADP' && tokens[t]!.pos !== 'SCONJ'))) return null;
  }
  // (A phrase longer than a title is cut, not read: "the nearly 60-year-old younger brother of …".)
  if (last - t >= 14) return null;
  // "Prince Andrew, the younger brother of the heir, Charles,": a description set off after a
  // name is that name's apposition; the name after it is the description's own noun's.
  // (A name that opens its clause, not a time or a place after a preposition: "In June, the then Home Secretary, X,".)
  if (tokens[t]?.text === ',' && /^(?:the|a|an)$/i.test(tokens[t + 1]?.text ?? '') && tokens[t - 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[t - 1]!.text)) {
    let n = t - 1;
    while (n - 1 >= sentenceFirst && /^\p{Lu}/u.test(tokens[n - 1]!.text) && tokens[n - 1]!.pos !== 'ADP') n--;
    if (n === sentenceFirst || tokens[n - 1]!.pos === 'PUNCT') return null;
  }
  if (ownVerb && !listed && !SPEECH_AFTER.test(after.text) && t + 1 !== sentenceFirst) return null;
  // "In a letter to the president in May, Zippy Duvall": a phrase that ends in a time is an adverbial, not a title.
  if (TIME_WORD.test(tokens[last]!.text)) return null;
  const role = tidy(analysis.text.slice(tokens[t + 1]!.start, tokens[last]!.end));
  const before = readRoleBefore(analysis, mention);
  return before && role ? `${role}, ${before}` : role;
}

/** "head of the agency since 2001", "Lorton's chief executive in May": a time after a title is no part of it. */
const TRAILING_TIME = /\s+(?:since|in|from|until|till|on|by)\s+(?:(?:early|late|mid)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\ds?)(?:\s+(?:19|20)\d\d)?$/;

function tidy(role: string): string | null {
  const cleaned = role
    .replace(/\s+/g, ' ')
    .replace(TRAILING_TIME, '')
    // ("five-time winner for such films as X and Y": examples of what a person did are no part of the role.)
    .replace(/\s+(?:(?:for|in|with)\s+)?(?:such\s+\p{L}+\s+as|such\s+as|including)\s.*$/u, '')
    .replace(/^(?:but|and|or|so|yet|also)\s+/i, '')
    .replace(/^(?:the|a|an|another|his|her|their|its)\s+/i, '')
    .replace(/\s+(?:and|or|but)$/i, '')
    .trim();
  if (cleaned.length < 2 || cleaned.split(' ').length > 20) return null;
  // "finalist in the 1500m. But Darren Campell": a sentence end the splitter missed (not "Lt. Col.") ends any role.
  if (/(?:\p{Ll}{3,}|\d\p{Ll}*)\.\s+\p{Lu}/u.test(cleaned)) return null;
  return TEAM_SHEET_ABBREVIATIONS.get(cleaned.toLowerCase().replace(/\.$/, '')) ?? cleaned;
}

/** "F Pelous (capt)", "(wk)": the marks a team sheet puts after a name, written out. */
const TEAM_SHEET_ABBREVIATIONS = new Map([
  ['capt', 'captain'],
  ['vc', 'vice-captain'],
  ['wk', 'wicketkeeper'],
]);

/**
 * "replace Mauricio Pochettino as Tottenham manager", "named Jane Doe as chief executive of Acme": an
 * office attached to the name by "as" is the person's. Only an office: "described Smith as a liar" is not one.
 */
function readRoleAs(analysis: Analysis, mention: NameMention): string | null {
  // ("to replace Mauricio Pochettino as Tottenham manager": the office the person held; the replacement takes it, see readReplacedRoles.)
  return readOfficeAs(analysis, mention);
}

/** Verbs whose object held the office that "as" names and whose subject takes it over. */
const REPLACES = /^(?:replace|replaces|replaced|replacing|succeed|succeeds|succeeded|succeeding)$/i;

/** The office after "as" right after the mention ("X as Tottenham manager"), or null. */
function readOfficeAs(analysis: Analysis, mention: NameMention): string | null {
  const { tokens, text } = analysis;
  const sentenceLast = analysis.sentences[mention.sentence]!.last;
  let t = mention.last + 1;
  if (tokens[t]?.text.toLowerCase() !== 'as') return null;
  t++;
  const from = t;
  if (/^(?:the|a|an|his|her|their|its)$/i.test(tokens[t]?.text ?? '')) t++;
  let head = -1;
  for (; t <= sentenceLast && t - from < 7; t++) {
    const tok = tokens[t]!;
    const possessive = /^[’']s$/.test(tok.text);
    if (!possessive && tok.pos !== 'NOUN' && tok.pos !== 'PROPN' && tok.pos !== 'ADJ') break;
    const word = tok.text.toLowerCase();
    if ((TITLE_WORDS.has(word) || OFFICE_HEADS.has(word)) && !MODIFIER_ONLY.has(word)) head = t;
    else if (head >= 0) break;
  }
  if (head < 0) return null;
  const complement = complementEnd(tokens, head + 1, sentenceLast);
  return tidy(text.slice(tokens[from]!.start, tokens[complement > 0 ? complement : head]!.end));
}

/**
 * "Shami Chakrabarti, from human rights group Liberty,", "Colin MacIntyre, of Mull Historical Society,":
 * the body a person comes from, set off by commas. Only a body: "John Smith, of Leeds," names a hometown.
 */
function readAffiliation(analysis: Analysis, mention: NameMention, anyName = false): string | null {
  const { tokens, text } = analysis;
  const sentenceLast = analysis.sentences[mention.sentence]!.last;
  // (A name of two words or more with no body's word in it is a person's, given name known or not: "Shami Chakrabarti".)
  const twoNames = mention.last > mention.first && !tokens.slice(mention.first, mention.last + 1).some((k) => ORG_WORDS.has(k.text.toLowerCase()));
  // ("said Martin Owen, at Futurelab.": "at" names where the person works as "of" and "from" do.)
  if (!(personal(tokens, mention) || twoNames) || tokens[mention.last + 1]?.text !== ',' || !/^(?:of|from|at)$/i.test(tokens[mention.last + 2]?.text ?? '')) return null;
  const inverted = SPEECH_AFTER.test(tokens[(mention.titleFirst ?? mention.first) - 1]?.text ?? '');
  const from = mention.last + 2;
  let t = from + 1;
  let body = false;
  // ("Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC": a bracketed acronym after the body's
  // name is part of the phrase, and a speech verb closes it when its comma was dropped.)
  let speech = false;
  for (; t <= sentenceLast && t - from < 12; t++) {
    const tok = tokens[t]!;
    if (tok.text === ',' || (inverted && tok.text === '.')) break;
    if (tok.text === '(' && tokens[t + 2]?.text === ')' && /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(tokens[t + 1]!.text) && /^\p{Lu}/u.test(tokens[t - 1]?.text ?? '')) {
      t += 2;
      continue;
    }
    if (tok.pos === 'VERB' && SPEECH_AFTER.test(tok.text) && t > from + 1) {
      speech = true;
      break;
    }
    const named = /^\p{Lu}/u.test(tok.text);
    // (A capitalised word is part of a name, whatever the tagger calls it: "Mull" read as a verb.)
    if (!named && !['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'CCONJ', 'PART'].includes(tok.pos) && !/^[’'&-]|^[’']s$/.test(tok.text)) return null;
    // A body's word in its name ("Society"), or a common noun that says what the named thing is ("group Liberty").
    if ((named && ORG_WORDS.has(tok.text.toLowerCase())) || (tok.pos === 'NOUN' && !named && /^\p{Lu}/u.test(tokens[t + 1]?.text ?? ''))) body = true;
  }
  // ("Jo Baume, of the top civil servants' union,": a common noun for a body closes the phrase as a name does.)
  const bodyNoun = !!tokens[t - 1] && /^\p{Ll}/u.test(tokens[t - 1]!.text) && ORG_HEADS.has(tokens[t - 1]!.text);
  // (After an inverted speech verb the sentence's end closes it too: "..., said X, of Acme.")
  const closed = tokens[t]?.text === ',' || speech || (inverted && (tokens[t]?.text === '.' || t > sentenceLast));
  // ("said X, at Futurelab.": after "at" a name is where the person works or studies.)
  const atName = /^at$/i.test(tokens[from]!.text) && /^\p{Lu}/u.test(tokens[from + 1]?.text ?? '');
  if (!(body || bodyNoun || anyName || atName) || !closed || !(/^\p{Lu}/u.test(tokens[t - 1]?.text ?? '') || tokens[t - 1]?.text === ')' || bodyNoun)) return null;
  return tidy(text.slice(tokens[from]!.start, tokens[t - 1]!.end));
}

/** An apposition that names an office: a title word before its first preposition ("associate professor of ..."). */
function namesOffice(role: string): boolean {
  const words = role.toLowerCase().split(/\s+/);
  const stop = words.findIndex((w) => /^(?:of|at|in|for|to|with|from|on)$/.test(w));
  // ("co-chairman", "co-founder": an office shared is the office.)
  if (words.slice(0, stop < 0 ? words.length : stop).some((w) => TITLE_WORDS.has(w) || TITLE_WORDS.has(w.replace(/^co-/, '')))) return true;
  // "dean of Price College", "curator at the Tate": a person noun with the body it serves in a complement is a post there.
  const head = stop > 0 ? words[stop - 1]! : '';
  return /^(?:of|at|for)$/.test(words[stop] ?? '') && PERSON_KINDS.has(head) && !RELATION_NOUNS.has(head) && !GENERIC_PERSONS.has(head);
}

/**
 * "Cara Diemont of IT firm Dimension Data", "geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory":
 * a named body right after a person's name and "of" is whom the person is with. The name ends at the
 * first word that is neither capitalised nor a common noun leading up to it ("in California" is no part).
 */
function readEmployerAfter(analysis: Analysis, mention: NameMention, anyName = false): string | null {
  const { tokens, text } = analysis;
  const sentenceLast = analysis.sentences[mention.sentence]!.last;
  // ("said Seth Heine from RIPMobile", "Ben Coppin from Envisional said": a source named at a speech verb is
  // introduced by whom they speak for; "from" there gives the body as "of" does.)
  const speechBefore = SPEECH_AFTER.test(tokens[(mention.titleFirst ?? mention.first) - 1]?.text ?? '');
  // ("David Noone from Intervoice said": or a subject that opens its sentence, the speech verb after the body.)
  const subject = (mention.titleFirst ?? mention.first) === analysis.sentences[mention.sentence]!.first;
  const sourceFrom = /^from$/.test(tokens[mention.last + 1]?.text ?? '') && (speechBefore || subject);
  // ("said Junya Tanase of JPMorgan": a name of two words with no body's word in it, at a speech verb, is a person's.)
  const twoNames = mention.last > mention.first && !tokens.slice(mention.first, mention.last + 1).some((k) => ORG_WORDS.has(k.text.toLowerCase()));
  if (!(personal(tokens, mention) || (speechBefore && twoNames)) || !(/^of$/.test(tokens[mention.last + 1]?.text ?? '') || sourceFrom)) return null;
  const from = mention.last + 1;
  let end = -1;
  for (let t = from + 1; t <= sentenceLast && t - from <= 8; t++) {
    const tok = tokens[t]!;
    if (/^\p{Lu}/u.test(tok.text) || (end > 0 && /^(?:[’']s|&|-)$/.test(tok.text))) {
      if (/^\p{Lu}/u.test(tok.text)) end = t;
      continue;
    }
    // ("IT firm Dimension Data", "the University of York": a common noun or article before the name, "of" inside it.)
    // ("IT firm": a noun between two capitalised words, which the tagger may read as a verb, unless it reports speech.)
    const between = end > 0 && /^\p{Lu}/u.test(tokens[t + 1]?.text ?? '') && (tok.pos === 'NOUN' || (tok.pos === 'VERB' && !SPEECH_AFTER.test(tok.text) && !/(?:ed|ing|s)$/.test(tok.text)));
    if ((end < 0 || between) && (['NOUN', 'ADJ'].includes(tok.pos) || between || /^the$/i.test(tok.text)) && /^\p{Ll}/u.test(tok.text)) continue;
    // ("Shearman and Sterling", "Bank of England": a word joining two capitalised ones is inside the name.)
    // ("Nathalie Dechy of France and Russia's Elena Dementieva": not before a possessor, who is someone else's.)
    const possessor = anyName && tok.text === 'and' && /^[’']s$/.test(tokens[t + 2]?.text ?? '');
    if (end > 0 && /^(?:of|and|&)$/.test(tok.text) && /^\p{Lu}/u.test(tokens[t + 1]?.text ?? '') && !possessor) continue;
    break;
  }
  if (end <= from) return null;
  if (sourceFrom && !speechBefore && !(tokens[end + 1]?.pos === 'VERB' && SPEECH_AFTER.test(tokens[end + 1]!.text))) return null;
  // "John Smith of Leeds", "President X of China": a place after "of" is where the person is from, not whom they are with.
  const body = text.slice(tokens[from + 1]!.start, tokens[end]!.end).toLowerCase();
  if (!anyName && (COUNTRY_FORMS.has(body) || KNOWN_PLACES.has(body) || PLACES.has(body))) return null;
  return tidy(text.slice(tokens[from]!.start, tokens[end]!.end));
}

/**
 * "Nicolas Sarkozy of France said", "Simon Wheatley, from Goldman Sachs, told Reuters", "Moazzam Begg, from
 * Birmingham,": where a person is from or whom they are with, named after "of" or "from" by a name no word
 * says is a body's; as weak evidence, for persons no other construction gives a role.
 */
export function readOriginRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  // (Persons named outside brackets too: a club only ever named in brackets may have been taken for one.)
  const unbracketed = (d: ActorDraft): boolean => d.mentions.some((m) => analysis.tokens[m.first - 1]?.text !== '(');
  const personNames = new Set(drafts.filter((d) => d.type === 'person' && unbracketed(d)).flatMap((d) => [d.name, ...d.aliases]));
  giveFirstRole(drafts, (m) => readAffiliation(analysis, m, true) ?? readEmployerAfter(analysis, m, true) ?? readBracketedAffiliation(analysis, m, personNames));
}

/**
 * "Dimitri Yachvili (Biarritz), Pierre Mignoni (Clermont)", "Sen. Chuck Grassley (R-Iowa)", "Chris Mullin
 * (Lab)": a name in brackets right after a person's is the club, party or state the person is listed with,
 * in squad lists and roll calls. Not an age or a number ("(34)"), nor a word in lower case ("(pictured)").
 */
function readBracketedAffiliation(analysis: Analysis, mention: NameMention, personNames: ReadonlySet<string>): string | null {
  const { tokens, text } = analysis;
  const open = mention.last + 1;
  if (tokens[open]?.text !== '(' || tokens[open]!.start !== mention.end + 1) return null;
  let close = open + 1;
  while (close <= open + 6 && tokens[close] && tokens[close]!.text !== ')' && tokens[close]!.sentence === mention.sentence) close++;
  if (tokens[close]?.text !== ')' || close === open + 1) return null;
  const inside = tokens.slice(open + 1, close);
  // ("(Australia, capt)": a captaincy after the club is the role's too.)
  // ("(Sale/ENG)": a club and a country's code, joined by a slash.)
  const words = inside.filter((t) => !/^(?:,|-|&|\/|capt|captain|of|de|la|du|van|von)$/i.test(t.text));
  if (words.length === 0 || !words.every((t) => /^\p{Lu}/u.test(t.text) && !/\d/.test(t.text))) return null;
  // ("Christian Medical Fellowship (CMF)": an initialism is the name's short form; "Sylvia (Kate Winslet)": a person named.)
  const inner = text.slice(inside[0]!.start, inside.at(-1)!.end);
  if ((inside.length === 1 && /^\p{Lu}{2,}$/u.test(inner)) || personNames.has(inner)) return null;
  // ("competition from Ann Dyer (Silent Meadow), Bo Lind (Glass Tide)": in a clause with a finite verb, a name in
  // brackets after a person's is as often the work the person is named for; only a body or a place the lexicons
  // know, a party's or a state's short form ("Lab", "R-Iowa") or a club with a captaincy says whom the person is with.
  // A squad list, a line with no verb, lists clubs.)
  const s = analysis.sentences[mention.sentence]!;
  const finite = tokens.slice(s.first, s.last + 1).some((k) => (k.pos === 'VERB' || k.pos === 'AUX') && /^\p{Ll}/u.test(k.text) && !(k.i > open && k.i < close));
  const known = (name: string): boolean => {
    const lower = name.toLowerCase();
    return COUNTRY_NAMES.has(lower) || COUNTRY_FORMS.has(lower) || PLACES.has(lower) || KNOWN_PLACES.has(lower) || KNOWN_ORG_NAMES.has(lower);
  };
  const short = words.length === 1 && (/^\p{Lu}[\p{Ll}]{0,3}$/u.test(words[0]!.text) || inside.some((k) => k.text === '-'));
  if (finite && !short && inside.length === words.length && !known(inner)) return null;
  return tidy(inner);
}

/** A word of a name: capitalised, or a brand's lower-case prefix before a capital ("eBay", "iTunes"). */
const namedWord = (word: string): boolean => /^(?:\p{Lu}|\p{Ll}\p{Lu})/u.test(word);

/**
 * "Chelsea's Frank Lampard", "Microsoft's Bill Gates": a body's possessive right before a person's
 * full name, with no title between, says whom the person is with ("of Chelsea"). A country's
 * possessive ("Britain's Tim Henman") gives a nationality, not a role.
 */
function readPossessor(analysis: Analysis, mention: NameMention): string | null {
  const { tokens, text } = analysis;
  const sentenceFirst = analysis.sentences[mention.sentence]!.first;
  const mark = tokens[mention.first - 1];
  const owner = tokens[mention.first - 2];
  // (Only before a name opened by a given name: "Nokia's N-Gage", "Microsoft's Xbox Live" name products.)
  if (mention.titleFirst !== null || mention.last === mention.first || !personal(tokens, mention) || !mark || !owner || !/^[’']s$/.test(mark.text) || owner.end !== mark.start) return null;
  let first = mention.first - 2;
  while (first - 1 >= sentenceFirst && namedWord(tokens[first - 1]!.text) && tokens[first - 1]!.end + 1 >= tokens[first]!.start) first--;
  // (A sentence's first word is capitalised whatever it is: "Yesterday Chelsea's ..." leaves it out.)
  if (first === sentenceFirst && first < mention.first - 2 && isEveryday(tokens[first]!.text.toLowerCase())) first++;
  // ("Mr Blair's Tony Smith", "Tony Blair's Jack Straw": a person's possessive names a relation, not a body;
  // one word may be a club's or a person's, "Chelsea" is both.)
  if (HONORIFICS.has(tokens[first]!.text.toLowerCase().replace(/\.$/, ''))) return null;
  const body = text.slice(tokens[first]!.start, owner.end);
  if (!tokens.slice(first, mention.first - 1).every((k) => namedWord(k.text)) || COUNTRY_FORMS.has(body.toLowerCase()) || (first < mention.first - 2 && GIVEN_NAMES.has(tokens[first]!.text.toLowerCase()))) return null;
  return `of ${body}`;
}

/**
 * The title right before the name of someone known to be a person by other evidence, or null. Only a
 * person's noun heads it ("seventh seed", "R&B star"); a firm's ("US operator", "start-up company") does not.
 */
export function readSlotRole(analysis: Analysis, mention: NameMention): string | null {
  const role = readRoleBefore(analysis, { ...mention, person: true });
  if (!role) return null;
  const head = role.split(/\s+/).pop()!.toLowerCase();
  // ("Despite this success Mr Yoran left": a noun after a demonstrative heads its own phrase, no title.)
  const at = analysis.text.lastIndexOf(role, mention.start);
  const demonstrative = at >= 0 && /(?:^|[^\p{L}])(?:this|that|these|those|such|what)\s+$/iu.test(analysis.text.slice(Math.max(0, at - 8), at));
  return !demonstrative && !ORG_HEADS.has(head) && !FIRM_NOUNS.has(head) && !THING_HEADS.has(head) ? role : null;
}

/**
 * The apposition right after the name of someone known to be a person by other evidence, or null:
 * "Sprem, the Croatian 13th seed,", where the surname alone, written again, has no given name to
 * say whose it is, so a noun whose person sense is not its usual one ("seed", "star") was not read.
 */
export function readSlotApposition(analysis: Analysis, mention: NameMention): string | null {
  // (Only a noun phrase set off by a comma: "Leamy - three stone heavier than O'Connor - for the number
  // seven role" closes an aside with its dash, and "for ..." says what for, not who.)
  const { tokens } = analysis;
  if (tokens[mention.last + 1]?.text !== ',' || !['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[mention.last + 2]?.pos ?? '')) return null;
  const role = readRoleAfter(analysis, { ...mention, person: true });
  if (!role) return null;
  // ("Astro Wars, one of the pioneers for computer games": a head that says what a thing is as often as who a person is.)
  // (The head: the last word before the complement's preposition.)
  const words = role.toLowerCase().split(/\s+/);
  const preposition = words.findIndex((w) => COMPLEMENT_PREPS.has(w) || w === 'in');
  const head = words[(preposition > 0 ? preposition : words.length) - 1]!;
  return ORG_HEADS.has(head) || FIRM_NOUNS.has(head) || THING_HEADS.has(head) ? null : role;
}

/** Heads that say what a thing or a firm is as often as who a person is ("start-up company", "arcade classic"), besides the firm nouns. */
const THING_HEADS = new Set(['firm', 'start-up', 'pioneer', 'classic', 'expert']);

/** The role a mention's context gives the person, or null. */
export function readRole(analysis: Analysis, mention: NameMention): string | null {
  const before = readRoleBefore(analysis, mention);
  const after = readRoleAfter(analysis, mention);
  // "General Mark Milley, chairman of the Joint Chiefs of Staff,", "Senior author Dr Jane Roe, professor of
  // epidemiology at ...,": a rank or title in front and an office after are both given with the name
  // (an apposition that describes rather than names an office, "the most awaited witness", adds nothing to a title).
  const around = before && after && (MILITARY_RANK.test(before) || namesOffice(after)) ? `${before}, ${after}` : (before ?? after);
  // "one of the study authors, Owen Dempsey, a chest doctor at ...": the office after the name says more than the group before it.
  const set = readRoleBeforeComma(analysis, mention);
  const setOff = set && after && /^one of\b/i.test(set) && namesOffice(after) ? after : set;
  const role = setOff ?? around ?? readListRole(analysis, mention) ?? readExampleRole(analysis, mention) ?? readRoleAs(analysis, mention) ?? readAffiliation(analysis, mention) ?? readEmployerAfter(analysis, mention) ?? readPossessor(analysis, mention);
  return readRoleComplements(analysis, mention, role);
}

/** Nouns that head a description of a person by office. */
const OFFICE_HEADS = new Set(
  `minister secretary president chancellor premier leader chief executive chairman chairwoman director governor mayor senator
  spokesman spokeswoman ambassador commissioner editor founder boss head judge general official lord`.split(/\s+/),
);

/** Person nouns too general to be a role ("the man said"). */
export const GENERIC_PERSONS = new Set(['man', 'woman', 'boy', 'girl', 'child', 'person', 'lady', 'gentleman', 'guy', 'youngster', 'teenager', 'adult', 'individual', 'baby', 'kid', 'youth', 'people', 'one', 'other', 'pair', 'duo']);

/** Words that open a clause joined to a sentence, whose subject may describe a person named before. */
const CLAUSE_OPENERS = /^(?:after|as|when|while|before|because|since|until|although|though|once|whereas|but)$/i;
const SPEECH_AFTER = /^(?:said|says|added|adds|told|tells|explained|insisted|admitted|stated|declared|warned|argued)$/i;
const CLOSING_QUOTE = /^["”’']$/;

/**
 * The last token of a description "the [modifiers] HEAD" that starts at `at` (after "the"), or -1.
 * With `senses`, a noun whose person sense is not its usual one heads it too ("the agent added"):
 * for a slot that only a person fills, the speaker of a quotation or a possessor's relation.
 */
function descriptionHead(tokens: Token[], at: number, sentenceLast: number, senses = false): number {
  let head = -1;
  for (let t = at; t <= sentenceLast && t - at <= 5; t++) {
    const tok = tokens[t]!;
    const hyphen = tok.text === '-' && tokens[t - 1]!.end === tok.start;
    // ("A British terror suspect held ...": after a determiner or a modifier, a person noun read as a verb is a noun.)
    const nounAsVerb = tok.pos === 'VERB' && t > at && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[t - 1]!.pos) && isRoleHead(tok.text.toLowerCase()) && !/(?:ed|ing)$/.test(tok.text);
    if (tok.pos === 'NOUN' || tok.pos === 'ADJ' || tok.pos === 'PROPN' || tok.pos === 'NUM' || hyphen || nounAsVerb) {
      const word = tok.text.toLowerCase();
      // "the fly-half": a person noun written with a hyphen.
      const compound = !hyphen && tokens[t - 1]?.text === '-' && PERSON_KINDS.has(`${tokens[t - 2]?.text ?? ''}-${word}`.toLowerCase());
      // "the British number two", "the world number one": a place in a ranking, as before a name.
      const rank = t > at && /^number$/i.test(tokens[t - 1]!.text) && RANK_NUMBERS.test(word);
      // "the top seed", "the 10th seed": a noun in its person sense after an ordinal, a place in an order of persons.
      const placed = t > at && /^(?:top|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i.test(tokens[t - 1]!.text);
      head = compound || rank || demonymNoun(tok) || ((OFFICE_HEADS.has(word) || isHeadToken(tok) || nounAsVerb || ((senses || placed) && isSenseHead(tok))) && !GENERIC_PERSONS.has(word) && !isPlural(tok)) ? t : -1;
      continue;
    }
    // "The actress and singer dropped out": two person nouns joined by "and" describe one person.
    if (head === t - 1 && tok.text === 'and' && isHeadToken(tokens[t + 1]) && !isPlural(tokens[t + 1]!) && /^\p{Ll}/u.test(tokens[t + 1]!.text)) continue;
    break;
  }
  return head;
}

/**
 * "the Spaniard", "the American", "the Welshman": the noun for one of a country's people, capitalised and in the
 * singular. The forms are the country lexicon's: one whose plural it lists as a people ("Spaniards", "Americans"),
 * or a people's word other than the country's name with "-man" ("Welsh" + "man").
 */
function demonymNoun(t: Token): boolean {
  return peopleOf(t, false) !== null;
}

/**
 * The country whose people `t` names, as a singular noun ("Spaniard", "Welshman", "American") or, with
 * `adjectives`, also as an adjective ("Hungarian", "Spanish"); null for any other word and for a country's name.
 */
function peopleOf(t: Token | undefined, adjectives: boolean): string | null {
  if (!t || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return null;
  const lower = t.text.toLowerCase();
  const plural = COUNTRY_FORMS.get(`${lower}s`);
  if (plural && !plural.adjective && plural.name.toLowerCase() !== `${lower}s`) return plural.name;
  const people = lower.endsWith('man') ? COUNTRY_FORMS.get(lower.slice(0, -3)) : undefined;
  if (people && people.name.toLowerCase() !== lower.slice(0, -3)) return people.name;
  const form = adjectives ? COUNTRY_FORMS.get(lower) : undefined;
  return form?.adjective ? form.name : null;
}

/** Sports positions that are also everyday nouns ("the right wing", "the centre", "a lock"). */
const EVERYDAY_POSITIONS = new Set(['wing', 'centre', 'center', 'lock', 'prop', 'hooker', 'opener', 'forward', 'catcher', 'pitcher', 'sweeper', 'skipper']);

/**
 * The head of a description in an object's or a possessor's slot, which may refer back to a person:
 * an office or a playing position, written in lower case ("the Aviator" is a film). Without a
 * complement, "head" and "general" are the common nouns ("a hit to the head").
 */
function namesOfficeHolder(head: Token, complement: boolean): boolean {
  const word = head.text;
  if (!/^\p{Ll}/u.test(word) || isPlural(head)) return false;
  if (!complement && /^(?:head|general)$/.test(word)) return false;
  return OFFICE_HEADS.has(word) || (TITLE_WORDS.has(word) && !MODIFIER_ONLY.has(word)) || (SPORT_POSITIONS.includes(word) && !EVERYDAY_POSITIONS.has(word));
}

/**
 * "In a statement, ", "On Tuesday, ", "However, ": the tokens from a sentence's first to the comma
 * before `at` are an adverbial phrase (opened by a preposition or an adverb, with no verb and no
 * person's name of its own), so what follows the comma is the sentence's subject.
 */
function frontedAdverbial(analysis: Analysis, persons: ActorDraft[], first: number, at: number): boolean {
  const { tokens } = analysis;
  const comma = at - 1;
  if (comma <= first || comma - first > 6 || tokens[comma]!.text !== ',') return false;
  if (!['ADP', 'ADV'].includes(tokens[first]!.pos) || !/^\p{Lu}/u.test(tokens[first]!.text)) return false;
  const span = tokens.slice(first, comma);
  // (A subject pronoun makes the phrase a clause: "As he said, the minister ...".)
  if (span.some((k) => ['VERB', 'AUX', 'PUNCT', 'SCONJ'].includes(k.pos) || /^(?:i|you|he|she|it|we|they)$/i.test(k.text))) return false;
  return !persons.some((d) => d.mentions.some((m) => m.start >= tokens[first]!.start && m.start < tokens[comma]!.start));
}

/**
 * "The foreign secretary said", "The prime minister's spokesman said", '"We were poor," the
 * Chelsea manager said', "said the 52-year-old coach": a definite description of an office, as a
 * sentence's subject or a quotation's speaker, refers back to the person named last; when that
 * person has no role yet, the description is it, unless another person holds that title ("Home
 * Secretary Charles Clarke ... the home secretary said" is not about the detainee named before).
 */
export function readDescribedRoles(analysis: Analysis, drafts: ActorDraft[], oblique = false): void {
  const { tokens, text } = analysis;
  const persons = drafts.filter((d) => d.type === 'person');
  if (persons.length === 0) return;
  for (const s of analysis.sentences) {
    for (let the = s.first; the < s.last; the++) {
      if (tokens[the]!.text.length !== 3 || tokens[the]!.text.toLowerCase() !== 'the') continue;
      const wide = descriptionHead(tokens, the + 1, s.last, true);
      if (wide < 0) continue;
      const prev = tokens[the - 1];
      // "The first minister also praised": an adverb may stand between the subject and its verb.
      const verbAfter = (k: number): Token | undefined => (tokens[k]?.pos === 'ADV' && /^\p{Ll}/u.test(tokens[k]!.text) ? tokens[k + 1] : tokens[k]);
      const speaks = SPEECH_AFTER.test(verbAfter(wide + 1)?.text ?? '') || (!!prev && SPEECH_AFTER.test(prev.text));
      // A noun whose person sense is not its usual one is a person's description only as a speaker.
      const head = speaks ? wide : descriptionHead(tokens, the + 1, s.last);
      if (head < 0) continue;
      // "The head of the Lorton Trust said": the title's complement belongs to the description.
      const complement = complementEnd(tokens, head + 1, s.last);
      // (After an object, "to" or "for" is the verb's: "linked the former secretary to the deal".)
      const ownComplement = complement > 0 && (!oblique || /^of$/i.test(tokens[head + 1]!.text));
      let end = ownComplement && !/^\p{Lu}/u.test(tokens[head]!.text) ? complement : head;
      // "The former Arsenal striker, who joined in May, said": a relative clause set off by commas stands between subject and verb.
      if (tokens[end + 1]?.text === ',' && /^(?:who|whose)$/i.test(tokens[end + 2]?.text ?? '')) {
        let close = end + 3;
        while (close <= s.last && close - end < 20 && !/^[,;:.]$/.test(tokens[close]!.text)) close++;
        if (tokens[close]?.text === ',') end = close;
      }
      const next = verbAfter(end + 1);
      // "The winner of the award last year was a French film": a description with a complement before a copula
      // identifies someone new; it does not refer back.
      if (end > head && /^(?:is|was|are|were|will|would)$/i.test(next?.text ?? '')) continue;
      // ("But the chancellor said": a conjunction that opens the sentence joins it to the one before.)
      // ("In a statement, the ex-home secretary said": a fronted adverbial set off by a comma stands before the subject.)
      const fronted = frontedAdverbial(analysis, persons, s.first, the);
      const opens = the === s.first || (the === s.first + 1 && /^(?:but|and|yet|so)$/i.test(tokens[s.first]!.text)) || fronted;
      // (After a fronted adverbial only the description itself is the subject: "Later, the prime minister's spokesman urged" is the spokesman.)
      const subject = opens && !!next && (next.pos === 'VERB' || next.pos === 'AUX' || (!fronted && (next.text === "'s" || next.text === '’s')));
      const afterQuote = prev?.text === ',' ? CLOSING_QUOTE.test(tokens[the - 2]?.text ?? '') || false : CLOSING_QUOTE.test(prev?.text ?? '') && tokens[the - 2]?.text === ',';
      const quoteSpeaker = afterQuote && !!next && SPEECH_AFTER.test(next.text);
      const inverted = !!prev && SPEECH_AFTER.test(prev.text) && (!next || /^[.,;]$/.test(next.text));
      // "unsure of Malcolm Glazer's motives after the American billionaire launched a bid", "As the Tory
      // leader declared": the subject of a clause joined to the sentence.
      // ("but once again the veteran keeper was": an adverb may stand between the clause's opener and its subject.)
      let openerAt = the - 1;
      while (openerAt > s.first && the - openerAt <= 2 && tokens[openerAt]!.pos === 'ADV' && /^\p{Ll}/u.test(tokens[openerAt]!.text) && tokens[openerAt - 1]!.pos !== 'PUNCT') openerAt--;
      const opener = tokens[openerAt] && CLAUSE_OPENERS.test(tokens[openerAt]!.text) ? tokens[openerAt] : prev;
      const clause = !opens && !!opener && CLAUSE_OPENERS.test(opener.text) && !!next && (next.pos === 'VERB' || next.pos === 'AUX') && !/^(?:as|and|but)$/i.test(tokens[opener.i - 1]?.text ?? '');
      // With `oblique`, the descriptions in the other slots of a sentence: an object, a preposition's object, a
      // possessor ("linked the ex-home secretary to", "confidence in the veteran winger", "the singer's career").
      // Only a description headed by a person noun in its usual sense, and not one set beside a name ("the chairman, Jo Bloggs").
      const beside = tokens[end + 1]?.text === ',' && /^\p{Lu}/u.test(tokens[end + 2]?.text ?? '');
      const other = !subject && !quoteSpeaker && !inverted && !clause;
      if (oblique ? !other || beside || speaks || !namesOfficeHolder(tokens[head]!, end > head) : other) continue;
      // "The outgoing head of the Child Support Agency Doug Smith also earns": a description that runs into a
      // person's name is that person's title, not a reference back to someone named before.
      const from = tokens[the]!.start;
      const to = tokens[end]!.end;
      if (persons.some((d) => d.mentions.some((m) => m.start > from && m.start < to))) continue;
      const described = tidy(text.slice(tokens[the + 1]!.start, tokens[end]!.end).replace(/\s*,\s*(?:who|whose)\b.*$/is, '').replace(/^\d+-year-old\s+/i, ''));
      if (!described) continue;
      // "The Scottish Executive has seconded staff": a capitalised "Executive" without "chief" is a government.
      if (tokens[head]!.text === 'Executive' && !/^chief$/i.test(tokens[head - 1]?.text ?? '')) continue;
      // The title is someone else's ("Home Secretary Charles Clarke ... the home secretary said").
      // ("Tory shadow chancellor" or "deputy prime minister" is another office than "the chancellor" or "the prime minister".)
      const heldBy = (role: string): boolean => {
        const at = ` ${role.toLowerCase()} `.indexOf(` ${described.toLowerCase()} `);
        return at >= 0 && !MODIFIER_ONLY.has(role.slice(0, at).trim().split(/\s+/).pop()?.toLowerCase() ?? '');
      };
      // (A playing position other than the captaincy is held by several players at once: "Wales centre X ... The centre
      // was the hero" may be the other centre.)
      const shared = SPORT_POSITIONS.includes(tokens[head]!.text.toLowerCase()) && !/^(?:captain|skipper)$/i.test(tokens[head]!.text) && head === end;
      if (!shared && persons.some((d) => d.role !== null && heldBy(d.role))) continue;
      // The person named last, before this sentence and within the two before it (or, for a clause, earlier in its sentence).
      let best: { at: number; d: ActorDraft } | null = null;
      // (Sentences of a quotation, opened by its mark, are the speaker's turn: they do not count toward the two.)
      let reach = s.i;
      for (let counted = 0; reach > 0 && counted < 2; ) {
        reach--;
        if (!/^["“]$/.test(tokens[analysis.sentences[reach]!.first]!.text)) counted++;
      }
      const before = (m: NameMention): boolean => (m.sentence < s.i && m.sentence >= reach) || (clause && !oblique && m.sentence === s.i && m.end <= tokens[the]!.start);
      for (const d of persons) for (const m of d.mentions) if (before(m) && (!best || m.start > best.at)) best = { at: m.start, d };
      // "Mr Holiff managed Cash's career ... The Canadian music manager, who ...": a possessor is a sentence's
      // lesser participant; the person the sentence is about, named there without "'s", is the antecedent.
      // The name a verb follows is the sentence's subject (the last such, "Bush will ..., Tony Blair has said").
      const possessive = (m: NameMention): boolean => /^[’']s?$/.test(tokens[m.last + 1]?.text ?? '');
      const ownVerb = (m: NameMention): boolean => ['VERB', 'AUX'].includes(tokens[m.last + 1]?.pos ?? '');
      // ("Eyamba Sowers didn't know Patrick was coming": a name right after a verb or "that" is the subject of a clause
      // the sentence's own subject governs, and no more the sentence's subject than an object is.)
      const embedded = (m: NameMention): boolean => {
        const before = tokens[(m.titleFirst ?? m.first) - 1];
        return !!before && ((before.pos === 'VERB' && /^\p{Ll}/u.test(before.text)) || /^that$/i.test(before.text));
      };
      const found = best;
      const latest = found ? found.d.mentions.find((x) => x.start === found.at)! : null;
      // (A name after a preposition stays the candidate: it is passed over below, and no one is chosen.)
      // (A verb's object stays the candidate when the subject has a role: "Coach Rudd may make Hensley his kicker. The centre was the hero".)
      if (latest && latest.sentence < s.i && possessive(latest)) {
        let subjectOf: { at: number; d: ActorDraft } | null = null;
        let plain: { at: number; d: ActorDraft } | null = null;
        for (const d of persons) {
          for (const x of d.mentions) {
            if (x.sentence !== latest.sentence) continue;
            if (ownVerb(x) && (!subjectOf || x.start > subjectOf.at)) subjectOf = { at: x.start, d };
            if (!possessive(x) && (!plain || x.start > plain.at)) plain = { at: x.start, d };
          }
        }
        best = subjectOf ?? (possessive(latest) ? (plain ?? best) : best);
      } else if (latest && latest.sentence < s.i && (!ownVerb(latest) || embedded(latest))) {
        // "Tim Henman beat Argentine David Nalbandian ... The British number one will next play": a description
        // that opens a sentence takes up the subject that opened the one before, when that subject has no role
        // yet, over a name later in it (subject preference, as in centering theory, Grosz, Joshi & Weinstein 1995).
        // ('"...," said the American' after "And Marsh, who lost, said Hale was ...": the speaker's slot takes up the subject
        // too, which may follow a conjunction and run into a relative clause set off by a comma.)
        const opening = analysis.sentences[latest.sentence]!.first;
        const speaking = quoteSpeaker || inverted;
        const opensSentence = (x: NameMention): boolean => (x.titleFirst ?? x.first) === opening || (speaking && (x.titleFirst ?? x.first) === opening + 1 && /^(?:and|but|yet|so)$/i.test(tokens[opening]!.text));
        const runsOn = (x: NameMention): boolean => ownVerb(x) || (speaking && tokens[x.last + 1]?.text === ',' && /^(?:who|whose)$/i.test(tokens[x.last + 2]?.text ?? ''));
        const opener = persons.find((d) => d !== best!.d && d.role === null && d.mentions.some((x) => x.sentence === latest.sentence && opensSentence(x) && runsOn(x)));
        if (opener && (opens || speaking)) best = { at: opener.mentions.find((x) => x.sentence === latest.sentence)!.start, d: opener };
      }
      // "Stephen Jones handed over because of Henson's range, but the fly-half had missed": after "but" the
      // subject is the first clause's, the person who opens the sentence.
      // ("And Martyn came to the rescue ..., but once again the keeper was": a conjunction may open the sentence before that person.)
      if (clause && /^but$/i.test(opener!.text)) {
        const first = (m: NameMention): number => m.titleFirst ?? m.first;
        const opensWith = (m: NameMention): boolean => first(m) === s.first || (first(m) === s.first + 1 && /^(?:and|but|so|yet)$/i.test(tokens[s.first]!.text));
        const subjectOf = persons.find((d) => d.mentions.some((m) => m.sentence === s.i && opensWith(m)));
        best = subjectOf ? { at: subjectOf.mentions.find((m) => m.sentence === s.i)!.start, d: subjectOf } : null;
      }
      if (!best || best.d.role !== null) continue;
      // "Tom Hale ... The actress said": a description whose noun says the person's sex refers to no one of the other.
      const nounGender = genderOfNoun(tokens[head]!.text);
      if (nounGender !== null && best.d.gender !== null && best.d.gender !== nounGender) continue;
      // "the Lib Dem chief executive said it was a cock-up that Mr Kennedy missed the vote": a subject does not refer
      // to a person named later in its own clause, whom it commands (Chomsky's Principle C). A possessor commands
      // nothing ("The prime minister's spokesman set out Mr Blair's view"), nor a subject a clause joined by a
      // conjunction ("The Wasps flanker replaces Denis Leamy but O'Connor knows").
      const owner = /^[’']s?$/.test(tokens[end + 1]?.text ?? '');
      const commanded = (x: NameMention): boolean => x.sentence === s.i && x.start > tokens[end]!.end && !tokens.slice(end + 1, x.first).some((k) => k.pos === 'CCONJ' || k.text === ';');
      if (!owner && best.d.mentions.some(commanded)) continue;
      // "Smith met the prime minister", "He called on the prime minister to ...": a description beside a name
      // or a personal pronoun of its own sentence is someone else (the pronoun takes up the person named last).
      // In a quotation the words are the speaker's, who describes others; a restrictive relative clause ("the
      // actor who will voice ...") or a possessor after the complement ("the head of the UK's ranks") is someone new.
      // ("They met the Labour leader": a plural or first-person subject pronoun takes the centre as well.)
      const pronoun = tokens.slice(s.first, the).some((k) => /^(?:he|she|they|we|i)$/.test(k.text.toLowerCase()) && k.pos === 'PRON');
      const quoted = tokens.slice(s.first, the).some((k) => /^["“]$/.test(k.text));
      // (A possessor is no participant of the clause: "Sir Alan Budd's inquiry linked the ex-home secretary to ...".)
      const named = persons.some((p) => p.mentions.some((x) => x.sentence === s.i && x.start < tokens[the]!.start && !/^[’']s?$/.test(tokens[x.last + 1]?.text ?? '')));
      const restricted = /^(?:who|that|whose|[’']s)$/i.test(tokens[end + 1]?.text ?? '') && end > head;
      if (oblique && (pronoun || quoted || named || restricted || /^(?:who|that)$/i.test(tokens[end + 1]?.text ?? ''))) continue;
      // "action against Jamie Fawcett and Ben McDonald. The Australian actress said": a name in a list
      // or after a preposition is no plain antecedent.
      const at = best.at;
      const m = best.d.mentions.find((x) => x.start === at)!;
      const preceding = tokens[(m.titleFirst ?? m.first) - 1];
      const after = tokens[m.last + 1];
      // ("between Mr Brown and Mr Blair": an honorific may stand between the name and the list's "and".)
      let opening = m.titleFirst ?? m.first;
      while (HONORIFICS.has(bare(tokens[opening - 1]))) opening--;
      const joiner = tokens[opening - 1];
      // (A conjunction that opens the sentence joins no list: "And Martyn came to the rescue".)
      // (A comma after a quotation or a clause opens no list: '"...", Mr Blair told', ", Tony Blair has said".)
      const listComma = joiner?.text === ',' && tokens[joiner.i - 1]?.pos === 'PROPN';
      const listed = ((/^(?:and|or)$/i.test(joiner?.text ?? '') || listComma) && joiner!.i !== analysis.sentences[m.sentence]!.first) || /^(?:and|or)$/i.test(after?.text ?? '') || (after?.text === ',' && /^\p{Lu}/u.test(tokens[m.last + 2]?.text ?? ''));
      // (Within one sentence the clause's subject takes up the name just before it: "ahead of Charlie Hodgson when the fly-half kicked".)
      if (listed || (preceding?.pos === 'ADP' && m.sentence !== s.i)) continue;
      // "John Smith met the prime minister before the minister flew home": a person noun between them is the nearer antecedent.
      // ("45 million children will die ... as the prime minister prepares": a plural does not agree with the description.)
      if (clause && tokens.slice(m.last + 1, the).some((k) => /^\p{Ll}/u.test(k.text) && isHeadToken(k) && !isPlural(k) && !GENERIC_PERSONS.has(k.text.toLowerCase()) && !GENERIC_PERSONS.has(k.lemma.toLowerCase()))) continue;
      // "Gonzalez eased past American Robby Ginepri. The Chilean will meet ...": a people's noun does not describe
      // someone written with another people's word before the name, nor anyone when another person is written
      // with its own ("beat Hungarian Melinda Czink ... but the Hungarian made the main draw").
      const people = peopleOf(tokens[head], false);
      if (people) {
        const writtenAs = (x: NameMention): string | null => peopleOf(tokens[x.first - 1], true);
        if (best.d.mentions.some((x) => writtenAs(x) !== null && writtenAs(x) !== people)) continue;
        if (persons.some((p) => p !== best!.d && p.mentions.some((x) => writtenAs(x) === people))) continue;
      }
      best.d.role = described;
    }
  }
}

/**
 * "Israel's prime minister has apologised to Turkey ... Benjamin Netanyahu also agreed", "A British
 * author has had the film rights to her book snapped up. Michelle Paver's Wolf Brother ...": a
 * description that introduces someone as a sentence's subject, named only as the next sentence opens.
 * The description must be one that cannot refer back: a possessive of a name, or, in the text's first
 * sentence, an indefinite or definite one. Spokespeople are left alone; they are usually not named at all.
 */
export function readIntroducedRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  const { tokens, text } = analysis;
  const persons = drafts.filter((d) => d.type === 'person' && d.role === null && d.mentions.length > 0);
  for (const s of analysis.sentences) {
    const next = analysis.sentences[s.i + 1];
    if (!next) break;
    let t = s.first;
    // "Meanwhile, France's finance minister has said".
    if (tokens[t]!.pos === 'ADV' && tokens[t + 1]?.text === ',') t += 2;
    let headFrom = t + 1;
    if (/^(?:a|an|the)$/i.test(tokens[t]?.text ?? '')) {
      if (s.i !== 0) continue;
    } else {
      let k = t;
      while (k <= s.last && /^\p{Lu}/u.test(tokens[k]!.text) && tokens[k]!.pos !== 'PUNCT') k++;
      if (k === t || !/^[’']s$/.test(tokens[k]?.text ?? '')) continue;
      headFrom = k + 1;
    }
    // ("Mike Tindall's agent has warned": a possessor's relation selects the noun's person sense.)
    const head = descriptionHead(tokens, headFrom, s.last, headFrom > t + 1);
    if (head < 0 || !['VERB', 'AUX'].includes(tokens[head + 1]?.pos ?? '') || /^spokes/i.test(tokens[head]!.text)) continue;
    // The person's first mention opens the next sentence, with the full name.
    const introduced = persons.find((d) => {
      const m = d.mentions[0]!;
      return m.sentence === next.i && (m.titleFirst ?? m.first) === next.first && m.last > m.first;
    });
    if (!introduced) continue;
    const from = /^(?:a|an|the)$/i.test(tokens[t]!.text) ? t + 1 : t;
    introduced.role = tidy(text.slice(tokens[from]!.start, tokens[head]!.end));
  }
}

const bare = (t: Token | undefined): string => (t ? t.text.toLowerCase().replace(/\.$/, '') : '');
const isPersonHead = (t: Token, modified = false): boolean => {
  const w = t.text.toLowerCase();
  // ("is the star of the show", "is a Cardiff back": a person sense, where a modifier or a complement narrows the noun.)
  return t.pos === 'NOUN' && (isRoleHead(w) || PERSON_HEADS.has(w) || /(?:ist|ian)$/.test(w) || isAgentNoun(t) || (modified && PERSON_SENSES.has(w)));
};

/** The end of a complement "of/for/at/to (the) Noun Phrase" that starts at token `at`, or -1. */
function complementEnd(tokens: Token[], at: number, sentenceLast: number): number {
  if (!COMPLEMENT_PREPS.has(bare(tokens[at]))) return -1;
  let k = at + 1;
  if (/^(?:the|a|an)$/i.test(tokens[k]?.text ?? '')) k++;
  let last = -1;
  for (; k <= sentenceLast && k - at <= 7; k++) {
    const tok = tokens[k]!;
    // ("of Working Title films": a capitalised word is part of a name, whatever its tag.)
    const nameWord = tok.pos === 'VERB' && /^\p{Lu}/u.test(tok.text);
    if (tok.pos !== 'NOUN' && tok.pos !== 'PROPN' && tok.pos !== 'ADJ' && !nameWord && !(tok.text === '&' && last > 0)) break;
    last = k;
  }
  return last;
}

/**
 * "Pellew is a convicted felon and ...", "Smith is the chief executive of Acme": a person who opens
 * a sentence and is described with a copula. Read only for persons the text gives no other role, and
 * only when the description's head names a kind of person ("felon", "executive", "pianist").
 */
export function readCopulaRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  const { tokens, text } = analysis;
  for (const d of drafts) {
    // ("his brother Ed is a special adviser to ...": a relation alone says less than the copula; both are given.)
    const relation = d.role !== null && RELATION_NOUNS.has(d.role.toLowerCase());
    if (d.type !== 'person' || (d.role !== null && !relation)) continue;
    for (const m of d.mentions) {
      const s = analysis.sentences[m.sentence]!;
      let start = m.titleFirst ?? m.first;
      while (start > s.first && HONORIFICS.has(bare(tokens[start - 1]))) start--;
      // "Ireland's Brian O'Driscoll is", "his brother Ed is": a possessor, and a relation noun after it, open the subject.
      // ("And while X is seen as an ally, his brother Ed is": or the main clause after a clause set before it.)
      let opening = s.first;
      for (let k = start - 1; k > s.first; k--) {
        if (tokens[k]!.text !== ',') continue;
        opening = k + 1;
        break;
      }
      if (/^(?:and|but)$/i.test(tokens[opening]!.text) && opening + 1 < start) opening++;
      if (start > opening) {
        let k = start - 1;
        if (RELATION_NOUNS.has(tokens[k]!.text.toLowerCase())) k--;
        if (/^[’']s?$/.test(tokens[k]!.text)) {
          k--;
          while (k > opening && /^\p{Lu}/u.test(tokens[k - 1]!.text)) k--;
          if (/^\p{Lu}/u.test(tokens[k]!.text)) start = k;
        } else if (/^(?:his|her|their|its)$/i.test(tokens[k]!.text) && k < start - 1) start = k;
      }
      // ("..., when New Zealander Graham Henry was the head coach": or the subject of a clause a subordinator opens.)
      const subordinate = start > s.first && CLAUSE_OPENERS.test(tokens[start - 1]!.text);
      if (start === opening || subordinate) start = s.first;
      // "is", "was", "has been", "had been", "will be": the copula, perhaps in a perfect or a future.
      const perfect = /^(?:has|have|had|will|shall)$/i.test(tokens[m.last + 1]?.text ?? '') && /^be(?:en)?$/i.test(tokens[m.last + 2]?.text ?? '') && (tokens[m.last + 2]!.text.length > 2) === /^ha/i.test(tokens[m.last + 1]!.text);
      const be = tokens[m.last + 1];
      const at = perfect ? m.last + 3 : m.last + 2;
      const det = tokens[at];
      if (start !== s.first || !be || !(perfect || /^(?:is|was)$/i.test(be.text)) || !det) continue;
      // "Smith is chief executive of Acme", "Wenger has been Arsenal manager": an office needs no article.
      // ("is one of four Six Nations captains": a partitive is read whole, with its plural head.)
      const partitive = /^one$/i.test(det.text) && /^of$/i.test(tokens[at + 1]?.text ?? '');
      let partFrom = at + 2;
      while (partitive && /^(?:the|his|her|their|its|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)$/i.test(tokens[partFrom]?.text ?? '')) partFrom++;
      const article = /^(?:a|an|the)$/i.test(det.text) || partitive;
      const roleFrom = partitive ? partFrom : article ? at + 1 : at;
      // ("is senior benefit officer": lower-case modifiers may stand before the office.)
      if (!article && !/^\p{Lu}/u.test(det.text) && !(TITLE_WORDS.has(det.text.toLowerCase()) && !MODIFIER_ONLY.has(det.text.toLowerCase())) && !(['ADJ', 'NOUN'].includes(det.pos) && /^\p{Ll}/u.test(det.text))) continue;
      // The core: modifiers and nouns up to the first word that is neither ("felon" in "a convicted felon and");
      // a possessive inside it ("the club's new chairman").
      let last = -1;
      for (let t = roleFrom; t <= s.last && t - m.last <= 9; t++) {
        const tok = tokens[t]!;
        const participle = tok.pos === 'VERB' && /(?:ed|en)$/i.test(tok.text);
        const hyphen = tok.text === '-' && tokens[t - 1]!.end === tok.start;
        const possessive = /^[’']s$/.test(tok.text) && t > roleFrom;
        const slotSense = article && !partitive && isSlotSense(tokens, t, at);
        if (tok.pos !== 'NOUN' && tok.pos !== 'PROPN' && tok.pos !== 'ADJ' && !participle && !hyphen && !possessive && !slotSense) break;
        last = t;
        if (slotSense) break;
      }
      // ("one of four captains included in the squad": a participle after the head begins a clause of its own.)
      while (partitive && last > roleFrom && tokens[last]!.pos === 'VERB') last--;
      // (Not by a postdeterminer, "the other name", "the only one": Quirk et al. 1985, §5.18-5.21.)
      const postdeterminer = /^(?:other|same|only|next|last|first|second|third|former|latter|certain|such|own)$/i;
      // (A person sense only in the present or the past: "has been a leading advocate of X" describes, where "is the star of" names.)
      const modified = article && !perfect && ((last > roleFrom && tokens.slice(roleFrom, last).some((k) => !postdeterminer.test(k.text))) || (COMPLEMENT_PREPS.has(bare(tokens[last + 1])) && tokens[last + 1]!.pos === 'ADP'));
      const headTok = isSlotSense(tokens, last, at) ? { ...tokens[last]!, pos: 'NOUN' } : tokens[last]!;
      if (last < 0 || !(partitive ? isHeadToken(tokens[last]) && tokens[last]!.pos === 'NOUN' && !GENERIC_PERSONS.has(lemmaOf(tokens[last]!)) : isPersonHead(headTok, modified))) continue;
      // Without an article only an office makes the role ("is Arsenal manager"; "is Arsenal's" is no role).
      if (!article && !TITLE_WORDS.has(tokens[last]!.text.toLowerCase()) && !CLUB_ROLES.has(tokens[last]!.text.toLowerCase())) continue;
      if (partitive !== isPlural(tokens[last]!)) continue;
      const complement = complementEnd(tokens, last + 1, s.last);
      const role = tidy(text.slice(tokens[partitive ? at : roleFrom]!.start, tokens[complement > 0 ? complement : last]!.end));
      if (role) {
        d.role = relation ? `${d.role}, ${role}` : role;
        break;
      }
    }
  }
}

/**
 * "Martin Scorsese and Clint Eastwood are among the nominees for the top prize", "A, B and C are the
 * artistic directors": names coordinated as a sentence's subject and set equal by a copula to a
 * definite plural description, or placed by "among" in the set it names, are each one of that set:
 * each gets the description in the singular ("nominee for the top prize"). One name with "among"
 * ("X was among the winners") is one of them too. Read only for persons with no other role, and only
 * when the head names a kind of person.
 */
export function readListCopulaRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  const { tokens, text } = analysis;
  const capital = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
  for (const d of drafts) {
    if (d.type !== 'person' || d.role !== null) continue;
    for (const m of d.mentions) {
      const s = analysis.sentences[m.sentence]!;
      // The list's first item: back over "A, " and "A and " items, each a run of capitalised words.
      let start = m.titleFirst ?? m.first;
      let items = 1;
      while (start - 2 >= s.first && /^(?:,|and)$/.test(tokens[start - 1]!.text) && capital(tokens[start - 2])) {
        start -= 2;
        if (tokens[start + 1]!.text === 'and' && tokens[start]!.text === ',') start--;
        while (start - 1 >= s.first && capital(tokens[start - 1])) start--;
        items++;
      }
      // ... and its last: on over ", B" and "and B" items.
      let end = m.last;
      while (/^(?:,|and)$/.test(tokens[end + 1]?.text ?? '') && end + 2 <= s.last) {
        let k = end + 2;
        if (tokens[end + 1]!.text === ',' && tokens[k]?.text === 'and') k++;
        if (!capital(tokens[k])) break;
        while (k + 1 <= s.last && capital(tokens[k + 1])) k++;
        end = k;
        items++;
      }
      // The list is the sentence's subject: nothing but an opening quote before it.
      if (tokens.slice(s.first, start).some((k) => !/^["“‘']$/.test(k.text))) continue;
      const be = tokens[end + 1]?.text.toLowerCase() ?? '';
      let at = end + 2;
      const among = tokens[at]?.text.toLowerCase() === 'among';
      if (among) at++;
      // "are the directors", "are among the nominees"; one name is "among" them ("was among the winners").
      if (!(items > 1 ? /^(?:are|were)$/.test(be) : among && /^(?:is|was)$/.test(be))) continue;
      if (!/^(?:the|its|his|her|their)$/i.test(tokens[at]?.text ?? '')) continue;
      at++;
      // ("among the other movie superstars", "the two front-runners": a count or "other" is no part of the role.)
      while (/^(?:other|\d+|two|three|four|five|six|seven|eight|nine|ten)$/i.test(tokens[at]?.text ?? '')) at++;
      let last = -1;
      for (let t = at; t <= s.last && t - at < 6; t++) {
        const tok = tokens[t]!;
        const hyphen = tok.text === '-' && tokens[t - 1]!.end === tok.start && tokens[t + 1]?.start === tok.end;
        // ("the movie superstars due to ...": an adjective after the head noun begins a modifier of its own.)
        const postnominal = tok.pos === 'ADJ' && t > at && tokens[t - 1]!.pos === 'NOUN' && !['NOUN', 'ADJ', 'PROPN'].includes(tokens[t + 1]?.pos ?? '');
        if ((!['NOUN', 'ADJ', 'PROPN'].includes(tok.pos) && !hyphen && !(tok.pos === 'VERB' && isHeadToken(tok))) || postnominal) break;
        last = t;
      }
      const head = last >= 0 ? tokens[last]! : undefined;
      if (!head || !isPlural(head) || !(isHeadToken(head) || isPluralPersonHead(head)) || GENERIC_PERSONS.has(lemmaOf(head))) continue;
      const complement = complementEnd(tokens, last + 1, s.last);
      const role = tidy(text.slice(tokens[at]!.start, head.end));
      if (!role) continue;
      d.role = singularHead(role, head) + (complement > 0 ? text.slice(head.end, tokens[complement]!.end) : '');
      break;
    }
  }
}

/** Verbs that put someone in an office, with the office after them ("was appointed chief executive"). */
const INSTALLS = /^(?:appointed|named|elected|re-elected|became|becomes|become|made|promoted|installed|took|takes|taking|take)$/i;

/** The nouns of the verbs that put someone in an office (appoint, elect, promote, nominate, install). */
const INSTALLING = /^(?:appointment|election|re-election|promotion|nomination|installation|elevation)$/i;

/**
 * "Paul Ross was appointed chief executive in 2003", "Jane Roe became leader of the party", "Mark
 * Hughes, 41, who took over as Wales manager": an office a person is put in, with its complement.
 */
export function readAppointedRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  const { tokens, text } = analysis;
  for (const d of drafts) {
    if (d.type !== 'person' || d.role !== null) continue;
    found: for (const m of d.mentions) {
      const s = analysis.sentences[m.sentence]!;
      let t = m.last + 1;
      // ", 41, who": an age and a relative pronoun between the name and its verb.
      if (tokens[t]?.text === ',' && tokens[t + 1]?.pos === 'NUM' && tokens[t + 2]?.text === ',') t += 2;
      if (tokens[t]?.text === ',' && /^who$/i.test(tokens[t + 1]?.text ?? '')) t += 2;
      // "Since Mike Smith's appointment as chief executive": the noun of such a verb, with the person as its possessor.
      if (/^[’']s$/.test(tokens[t]?.text ?? '') && INSTALLING.test(tokens[t + 1]?.text ?? '') && /^(?:as|to)$/i.test(tokens[t + 2]?.text ?? '')) t += 3;
      else {
        while (t <= s.last && t - m.last < 6 && /^(?:was|is|has|have|had|been|be|will|would|to|later|then|also|recently)$/i.test(tokens[t]!.text)) t++;
        const verb = tokens[t];
        if (!verb || !INSTALLS.test(verb.text)) continue;
        t++;
        // "took over as", "was promoted to": the office follows its particle.
        if (/^(?:take|takes|took|taking)$/i.test(verb.text)) {
          if (!/^over$/i.test(tokens[t]?.text ?? '')) continue;
          t++;
        }
        if (/^(?:as|to)$/i.test(tokens[t]?.text ?? '')) t++;
      }
      if (/^(?:the|a|an|its|their|his|her)$/i.test(tokens[t]?.text ?? '')) t++;
      const from = t;
      let head = -1;
      for (; t <= s.last && t - from < 6; t++) {
        const tok = tokens[t]!;
        // ("managing director": a participle before the head's noun modifies it.)
        const participle = tok.pos === 'VERB' && /\p{Ll}(?:ing|ed)$/u.test(tok.text) && head < 0 && tokens[t + 1]?.pos === 'NOUN';
        if (!['NOUN', 'PROPN', 'ADJ'].includes(tok.pos) && !(tok.text === '-' && head < 0) && !participle) break;
        const word = tok.text.toLowerCase();
        if ((TITLE_WORDS.has(word) || OFFICE_HEADS.has(word) || CLUB_ROLES.has(word)) && !MODIFIER_ONLY.has(word)) head = t;
        else if (head >= 0) break;
      }
      // "was named player of the year": an award, not an office.
      if (head < 0 || /^of (?:the )?(?:year|season|month|match|tournament)\b/i.test(text.slice(tokens[head]!.end + 1, tokens[head]!.end + 30))) continue;
      const complement = complementEnd(tokens, head + 1, s.last);
      const role = tidy(text.slice(tokens[from]!.start, tokens[complement > 0 ? complement : head]!.end));
      if (role) {
        d.role = role;
        break found;
      }
    }
  }
}

/**
 * "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham manager": the office
 * after "replace/succeed X as", which X held, goes also to the subject who takes it over: the person
 * who opens the sentence, else the one named last before the verb.
 */
export function readReplacedRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  const { tokens } = analysis;
  const persons = drafts.filter((d) => d.type === 'person');
  for (const d of persons) {
    for (const m of d.mentions) {
      if (!REPLACES.test(tokens[(m.titleFirst ?? m.first) - 1]?.text ?? '')) continue;
      const office = readOfficeAs(analysis, m);
      if (!office) continue;
      const s = analysis.sentences[m.sentence]!;
      // The sentence's opener, else the person named last before the verb ("named Jane Doran to succeed ...").
      let subject = persons.find((p) => p !== d && p.mentions.some((x) => x.sentence === m.sentence && (x.titleFirst ?? x.first) === s.first && x.end <= m.start));
      if (!subject) {
        let at = -1;
        for (const p of persons) for (const x of p.mentions) if (p !== d && x.sentence === m.sentence && x.end <= m.start && x.start > at) [at, subject] = [x.start, p];
      }
      if (subject && subject.role === null) subject.role = office;
    }
  }
}

/**
 * "Matt Stevens had an awesome game at tighthead prop", "Jones started at full-back": a playing
 * position after "at" or "as" in the clause a person opens is that person's. Only positions: "at
 * the club" or "as a boy" is no role.
 */
export function readPositionRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  const { tokens, text } = analysis;
  const positions = new Set(SPORT_POSITIONS);
  for (const d of drafts) {
    if (d.type !== 'person' || d.role !== null) continue;
    found: for (const m of d.mentions) {
      const s = analysis.sentences[m.sentence]!;
      let start = m.titleFirst ?? m.first;
      while (start > s.first && HONORIFICS.has(bare(tokens[start - 1]))) start--;
      // ("..., and Tom Shanklin is expected to continue at centre": a clause joined by a comma and a conjunction opens with its subject too.)
      const conjoined = /^(?:and|but)$/i.test(tokens[start - 1]?.text ?? '') && tokens[start - 2]?.text === ',' && start - 2 > s.first;
      if (start !== s.first && !conjoined) continue;
      for (let t = m.last + 1; t <= s.last && t - m.last <= 10; t++) {
        const tok = tokens[t]!;
        // The clause ends at a mark, a conjunction or another name.
        if (tok.pos === 'PUNCT' || tok.pos === 'CCONJ' || tok.pos === 'SCONJ' || (/^\p{Lu}/u.test(tok.text) && tok.pos === 'PROPN')) break;
        if (!/^(?:at|as)$/i.test(tok.text)) continue;
        let k = t + 1;
        if (/^(?:the|a|an)$/i.test(tokens[k]?.text ?? '')) k++;
        let last = -1;
        for (let j = k; j <= s.last && j - k < 4; j++) {
          const w = tokens[j]!;
          const joined = j + 2 <= s.last && tokens[j + 1]!.text === '-' ? `${w.text}-${tokens[j + 2]!.text}`.toLowerCase() : '';
          if (joined && positions.has(joined)) {
            last = j + 2;
            break;
          }
          // ("tighthead prop" with "prop" read as a verb: in this slot the position is a noun.)
          if (positions.has(w.text.toLowerCase()) && /^\p{Ll}/u.test(w.text)) last = j;
          if (!['NOUN', 'ADJ'].includes(w.pos)) break;
        }
        if (last < 0) continue;
        d.role = text.slice(tokens[k]!.start, tokens[last]!.end);
        break found;
      }
    }
  }
}

/**
 * "Ambassador Carl Hendry ... Hendry, whom the president picked as his ambassador to the European
 * Union": a role that is a bare title takes its complement from a sentence that mentions the person.
 */
export function completeBareTitles(analysis: Analysis, drafts: ActorDraft[]): void {
  const { tokens, text } = analysis;
  for (const d of drafts) {
    if (d.type !== 'person' || d.role === null || !TITLE_WORDS.has(d.role.toLowerCase())) continue;
    const title = d.role.toLowerCase();
    const sentences = [...new Set(d.mentions.map((m) => m.sentence))];
    found: for (const i of sentences) {
      const s = analysis.sentences[i]!;
      for (let t = s.first; t < s.last; t++) {
        if (tokens[t]!.text.toLowerCase() !== title) continue;
        const end = complementEnd(tokens, t + 1, s.last);
        if (end < 0 || !tokens.slice(t + 1, end + 1).some((k) => /^\p{Lu}/u.test(k.text))) continue;
        // Not the title of some other named person ("the ambassador to France, Jean Dupont").
        if (tokens[end + 1]?.text === ',' && /^\p{Lu}/u.test(tokens[end + 2]?.text ?? '')) continue;
        // Bound to this person only as a predicate: "... picked as his ambassador to the EU", "... is the
        // president of X". "Trump pressed the president of Ukraine" names someone else.
        let k = t - 1;
        if (/^(?:his|her|their|its|the|a|an)$/i.test(tokens[k]?.text ?? '')) k--;
        if (!/^(?:as|is|was|became|becomes|remains|remained)$/i.test(tokens[k]?.text ?? '')) continue;
        if (!d.mentions.some((m) => m.sentence === i && m.end <= tokens[k]!.start)) continue;
        d.role = text.slice(tokens[t]!.start, tokens[end]!.end);
        break found;
      }
    }
  }
}

const LETTER_OR_DIGIT = /[\p{L}\d]/u;
/** Where `name` stands in `text` as whole words, or -1. */
function wordAt(text: string, name: string): number {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!LETTER_OR_DIGIT.test(text[at - 1] ?? ' ') && !LETTER_OR_DIGIT.test(text[at + name.length] ?? ' ')) return at;
  }
  return -1;
}
/** Separators of list items inside a phrase read as a role. */
const ITEM_SEPARATOR = /(?:,|\s+and\s+|\s+[-–—]\s+|\/)\s*/g;
/** Prepositions that put a name inside a role as its complement ("son of X", "adviser to X"). */
const GOVERNING = /(?:^|\s)(?:of|to|for|with|over|at|from|by|as|than|against|behind|under)\s/i;

/**
 * A role written as a name ("Dizzee Rascal", a team sheet's "Smith") that is an actor's name. A title
 * word, a playing position or an initialism ("DJ") in it makes it a title, whatever an actor was named.
 */
function isOthersName(role: string, names: ReadonlySet<string>): boolean {
  const words = role.replace(/^the\s+/i, '').split(/\s+/);
  if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|de)$/.test(w)) || /^\p{Lu}{2,}$/u.test(role)) return false;
  if (words.some((w) => TITLE_WORDS.has(w.toLowerCase()) || SPORT_POSITIONS.includes(w.toLowerCase()))) return false;
  return names.has(words.join(' ').toLowerCase());
}

/**
 * A role that holds another person's name is that person's complement ("son of George Harrison",
 * "Mike Tindall's agent") or a reading that ran over a list: "fellow Springboks John Smit" for the name
 * after it, "US Secretary of State Condoleezza Rice, UN Secretary General" for the next item's holder,
 * "son of rock star Bryan Ferry and Luke Tomlinson". The list's other items are cut off; a title that
 * belongs to the other name is no role.
 */
export function dropOthersFromRoles(drafts: ActorDraft[]): void {
  const persons = drafts.filter((d) => d.type === 'person');
  // ("beat Dizzee Rascal, Jamelia": a role that is all another actor's name, of whatever type, describes no one.)
  const names = new Set(drafts.flatMap((o) => [o.name, ...o.aliases]).map((n) => n.toLowerCase()));
  for (const d of persons) {
    if (d.role !== null && isOthersName(d.role, names)) d.role = null;
    if (d.role === null) continue;
    const own = new Set([d.name, ...d.aliases].map((n) => n.toLowerCase()));
    const others = persons
      .filter((o) => o !== d)
      .flatMap((o) => [o.name, ...o.aliases])
      .filter((n) => n.includes(' ') && !own.has(n.toLowerCase()))
      .sort((a, b) => b.length - a.length);
    let role: string | null = d.role;
    for (let round = 0; role !== null && round < 4; round++) {
      const found = others.map((n) => ({ n, at: wordAt(role!, n) })).find((x) => x.at >= 0);
      if (!found) break;
      const before = role.slice(0, found.at);
      const after = role.slice(found.at + found.n.length);
      if (/^[’']s?(?:\s|$)/.test(after)) break;
      // The name closed an earlier item; the role is the last one's ("..., UN Secretary General").
      const rest = after.match(/^\s*,\s*(.+)$/s);
      if (rest) {
        role = tidy(rest[1]!);
        continue;
      }
      let cut = -1;
      let sepLength = 0;
      for (const m of before.matchAll(ITEM_SEPARATOR)) {
        cut = m.index!;
        sepLength = m[0].length;
      }
      const tail = cut < 0 ? before : before.slice(cut + sepLength);
      // ("Plaid Cymru health spokesman": a name that opens the role modifies it, as a body's name does.)
      // ("Replacements: G Easterby, E Miller": a team sheet's next name is no role at all.)
      if (before.trim() === '') {
        if (!/\p{L}/u.test(after) || /^\s*\//.test(after)) role = null;
        break;
      }
      if (tail.trim() === '' && cut >= 0) role = tidy(before.slice(0, cut));
      else if (GOVERNING.test(` ${tail}`)) break;
      else role = null;
    }
    d.role = role;
  }
}


/**
 * Light verbs, whose doer says nothing of who someone is ("made", "took", "gave"): Jespersen's and
 * Butt's (2010, "The light verb jungle") core set, with the copula and the verbs of perception and motion.
 */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'make', 'take', 'give', 'get', 'go', 'come', 'put', 'set', 'keep', 'let', 'see', 'look', 'leave', 'bring']);

/**
 * An office, an occupation or a standing: the nouns that head a description of a person, not every person
 * noun ("scorer", "helper"). Not a playing position: a striker is named by a place in a side, not by striking.
 */
const isStandingNoun = (word: string): boolean =>
  (TITLE_WORDS.has(word) || OFFICE_HEADS.has(word) || PERSON_HEADS.has(word)) && !MODIFIER_ONLY.has(word) && !RELATION_NOUNS.has(word) && !GENERIC_PERSONS.has(word) && !SPORT_POSITIONS.includes(word);

/**
 * How a verb's doer is named by a noun of office, occupation or standing: by the English agent suffixes
 * ('derived': win → winner, direct → director, found → founder, work → worker), by the verb's own form
 * ('same': coach, head, chair), or not at all (null: "scored", "missed", "faced" say what someone did once).
 */
function doerNoun(verb: Token): 'derived' | 'same' | null {
  const lemma = verb.lemma.toLowerCase();
  if (LIGHT_VERBS.has(lemma) || SPEECH_AFTER.test(verb.text) || !/^\p{Ll}[\p{Ll}-]+$/u.test(lemma)) return null;
  if (agentForms(lemma).some(isStandingNoun)) return 'derived';
  return isStandingNoun(lemma) ? 'same' : null;
}

/** Verbs of getting and obtaining (Levin 1993, 13.5.1 and 13.5.2) that take an award as their object. */
const OBTAIN_VERBS = new Set('take scoop collect claim land receive bag pick earn secure clinch grab net pocket gain accept'.split(' '));

/** Award nouns and the names of the best-known awards of film, television, music, sport and letters. */
const AWARD_WORDS = /^(?:awards?|prizes?|trophy|trophies|statuettes?|medals?|gongs?|Oscars?|Baftas?|Emmys?|Grammys?|Golden Globes?|Globes?|Brits)$/;

/**
 * Does the object that starts at `from` name an award: an award noun within it ("the best actress prize", "a Bafta"),
 * or a category "best ..." that ends the clause or comes before "for" ("scooped best actor for Ray"; not "took the
 * best part of the day")? Not an object a possessive opens ("collected his medal"): that names a thing, not the award.
 */
function namesAward(tokens: Token[], from: number, last: number): boolean {
  let k = from;
  if (/^(?:his|her|their|its|my|our|your)$/i.test(tokens[k]?.text ?? '')) return false;
  while (k <= last && /^(?:the|a|an)$/i.test(tokens[k]!.text)) k++;
  for (let j = k; j <= last && j - k <= 6; j++) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || /^(?:for|in|at|on|after|with|of|from)$/i.test(t.text)) {
      return /^best$/i.test(tokens[k]!.text) && j - k >= 2 && j - k <= 4 && !/^(?:of|in|at|on|with)$/i.test(t.text);
    }
    // ("picked up three Oscar nominations": a nomination is no award won.)
    if (/^(?:nominations?|nods?)$/i.test(tokens[j + 1]?.text ?? '')) return false;
    if (AWARD_WORDS.test(t.text)) return true;
  }
  return false;
}

/** A verb's agent nouns by the English agent suffixes: direct → director, write → writer, win → winner, carry → carrier. */
function agentForms(lemma: string): string[] {
  const stem = lemma.replace(/e$/, '');
  const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(lemma) ? `${lemma}${lemma.slice(-1)}er` : '';
  return [`${stem}er`, `${stem}or`, lemma.replace(/y$/, 'ier'), doubled].filter((w) => w !== '' && w !== lemma);
}

/**
 * Verbs of making a work or performing in one, whose doer any person noun of the verb's form names
 * ("produced by" → producer, "hosted by" → host): Levin 1993 (English Verb Classes and Alternations),
 * create verbs (26.4), performance verbs (26.7) and captain verbs (29.8), with the British spellings.
 * ("play" is left out: who plays a part is an actor, not a player.)
 */
const MAKING_VERBS = new Set(
  `coin compose concoct construct create design fabricate invent manufacture organize organise produce recreate style synthesize
  choreograph dance paint perform recite sing write captain chaperone coach escort host partner pilot referee skipper tutor umpire usher`.split(/\s+/),
);

/** The person noun for a passive's agent ("directed by" → director, "hosted by" → host), or null. */
function agentNoun(verb: Token): string | null {
  const lemma = verb.lemma.toLowerCase();
  if (LIGHT_VERBS.has(lemma) || SPEECH_AFTER.test(verb.text) || lemma === 'play' || !/^\p{Ll}[\p{Ll}-]+$/u.test(lemma)) return null;
  const names = (w: string): boolean => isStandingNoun(w) || (MAKING_VERBS.has(lemma) && PERSON_KINDS.has(w));
  // ("marshalled by Dunne": a noun of the verb's own form names an office's holder only for the verbs above or an office's head.)
  return agentForms(lemma).find(names) ?? ((MAKING_VERBS.has(lemma) || OFFICE_HEADS.has(lemma)) && names(lemma) ? lemma : null);
}

/**
 * The noun phrase that ends at `end` ("the awards", "a new film", "Tears of the Sun"), or null for a
 * pronoun or anything else: what a passive's agent made or did.
 */
function phraseEndingAt(analysis: Analysis, end: number): string | null {
  const { tokens, text } = analysis;
  const sentenceFirst = analysis.sentences[tokens[end]?.sentence ?? 0]!.first;
  const last = tokens[end];
  if (!last || !['NOUN', 'PROPN'].includes(last.pos) || !/^\p{L}/u.test(last.text)) return null;
  let first = end;
  if (/^\p{Lu}/u.test(last.text)) {
    // A name, capitalised word by word ("Tears of the Sun", "Dear Abby").
    // ("The Woman in White": short function words between its capitalised words.)
    // ("Flight of the Phoenix", "Diary of a Mad Black Woman": or several in a row.)
    const connector = (at: number): boolean => /^(?:of|the|in|on|at|and|for|to|a)$/.test(tokens[at]?.text ?? '');
    const capitalAt = (at: number): boolean => at >= sentenceFirst && /^\p{Lu}/u.test(tokens[at]!.text);
    while (first - 1 >= sentenceFirst && end - first < 8) {
      let k = first - 1;
      while (k >= sentenceFirst && connector(k) && first - k < 3) k--;
      if (!capitalAt(k)) break;
      first = k;
    }
    if (/^the$/i.test(tokens[first - 1]?.text ?? '')) first--;
  } else {
    // A common noun with its modifiers and its article ("the awards", "a new BBC drama").
    // ("The low-budget film": a hyphenated modifier is one word.)
    const hyphen = (at: number): boolean => tokens[at]!.text === '-' && tokens[at - 1]?.end === tokens[at]!.start && tokens[at + 1]?.start === tokens[at]!.end;
    while (first - 1 >= sentenceFirst && (['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tokens[first - 1]!.pos) || hyphen(first - 1)) && end - first < 6) first--;
    if (/^(?:the|a|an|this|his|her|their|its)$/i.test(tokens[first - 1]?.text ?? '')) first--;
  }
  const phrase = text.slice(tokens[first]!.start, last.end);
  // ("The awards, which ...": an article capitalised by its place.)
  // ("The policy supported by ..." after a quotation mark; "The Return" is a title's name.)
  return /^(?:The|A|An|This|His|Her|Their|Its)\s\p{Ll}/u.test(phrase) ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase;
}

/**
 * "Directed by Antoine Fuqua, the film ...", "The awards, which were hosted by Jack Dee,", "Dear Abby is
 * written by Abigail Van Buren", "a film produced by A and B": the agent of a passive whose verb names its
 * doer is that doer of what the passive is said of ("director of the film", "host of the awards").
 */
function readPassiveAgent(analysis: Analysis, mention: NameMention): string | null {
  const { tokens } = analysis;
  const s = analysis.sentences[mention.sentence]!;
  // The list the name stands in ("produced by A and B"): its first name follows "by".
  let first = listStart(analysis, mention) ?? mention.titleFirst ?? mention.first;
  while (first > s.first && HONORIFICS.has(bare(tokens[first - 1])) && /^\p{Lu}/u.test(tokens[first - 1]!.text)) first--;
  if (!/^by$/i.test(tokens[first - 1]?.text ?? '')) return null;
  const verb = tokens[first - 2];
  // A participle: "directed", "written", not "stood by" read as a verb in the past.
  if (!verb || verb.pos !== 'VERB' || !/^\p{L}/u.test(verb.text) || verb.text.toLowerCase() === verb.lemma.toLowerCase() || /(?:ing|s)$/i.test(verb.text)) return null;
  const noun = agentNoun(verb);
  // ("the mess produced by Mr Brown's tinkering": a possessor is no agent.)
  if (!noun || /^[’']s?$/.test(tokens[mention.last + 1]?.text ?? '')) return null;
  let patient: string | null = null;
  let k = verb.i - 1;
  if (k < s.first || (k === s.first && /^(?:and|but)$/i.test(tokens[k]!.text))) {
    // Fronted: "Directed by X, the film was ...": the subject after the comma.
    let end = mention.last;
    // ("Directed by Andrey Zvyagintsev, The Return won": a name opened by an article is the subject, not a listed name.)
    while (/^(?:and|,)$/.test(tokens[end + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[end + 2]?.text ?? '') && tokens[end + 2]!.pos === 'PROPN') {
      end += 2;
      while (/^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')) end++;
    }
    if (tokens[end + 1]?.text === ',') {
      let head = end + 2;
      while (head + 1 <= s.last && ['NOUN', 'ADJ', 'PROPN', 'DET', 'NUM'].includes(tokens[head + 1]!.pos) && !['AUX', 'VERB'].includes(tokens[head + 1]!.pos) && head - end < 6) head++;
      patient = phraseEndingAt(analysis, head);
    }
  } else {
    // "was written", "have been hosted": the subject before the auxiliaries, or the noun a "which" refers to.
    const passive = tokens[k]!.pos === 'AUX';
    while (k > s.first && (tokens[k]!.pos === 'AUX' || (tokens[k]!.pos === 'ADV' && /ly$/.test(tokens[k]!.text)))) k--;
    if (passive && /^(?:which|that)$/i.test(tokens[k]!.text)) k -= tokens[k - 1]?.text === ',' ? 2 : 1;
    // ("The film, directed by X,": a participle set off by commas after its noun.)
    else if (!passive && tokens[k]!.text === ',') k--;
    patient = phraseEndingAt(analysis, k);
  }
  return tidy(patient ? `${noun} of ${patient}` : noun);
}

/**
 * "Flight of the Phoenix, at number eight, starring Dennis Quaid", "the 1978 film, which starred Jamie Lee
 * Curtis", "a Cardiff gig starring Eric Clapton": the object of the verb "star" is a star of its subject.
 */
function readStarring(analysis: Analysis, mention: NameMention): string | null {
  const { tokens } = analysis;
  const s = analysis.sentences[mention.sentence]!;
  let first = listStart(analysis, mention) ?? mention.titleFirst ?? mention.first;
  while (first > s.first && HONORIFICS.has(bare(tokens[first - 1])) && /^\p{Lu}/u.test(tokens[first - 1]!.text)) first--;
  const verb = tokens[first - 1];
  // ("Hollywood stars Leonardo DiCaprio, Pierce Brosnan and ...": "stars" is a verb only after a relative pronoun or an adverb,
  // which no plural noun follows; the tagger reads both as nouns.)
  const present = /^(?:co-)?stars$/i.test(verb?.text ?? '') && (tokens[(verb?.i ?? 0) - 1]?.pos === 'ADV' || /^(?:which|that|who)$/i.test(tokens[(verb?.i ?? 0) - 1]?.text ?? ''));
  if (!verb || !(/^(?:co-)?(?:starring|starred)$/i.test(verb.text) || present) || /^[’']s?$/.test(tokens[mention.last + 1]?.text ?? '')) return null;
  let k = verb.i - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  if (/^(?:which|that)$/i.test(tokens[k]?.text ?? '')) k--;
  if (tokens[k] && (tokens[k]!.text === ',' || DASHES.has(tokens[k]!.text))) k--;
  // ("Flight of the Phoenix, at number eight, starring": an adverbial set off by commas between the work and the verb.)
  if (/^\d+|^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(tokens[k]?.text ?? '') && /^number$/i.test(tokens[k - 1]?.text ?? '') && tokens[k - 3]?.text === ',') k -= 4;
  const work = k >= s.first ? phraseEndingAt(analysis, k) : null;
  return work ? tidy(`star of ${work}`) : null;
}

/** "Directed by Antoine Fuqua, the film ...": the agent of a passive that names its doer, for persons no other evidence gives a role. */
export function readPassiveAgentRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  giveFirstRole(drafts, (m) => readPassiveAgent(analysis, m) ?? readStarring(analysis, m));
}

/**
 * "Pawlikowski won the best screenplay statuette", "Simon Pegg, who stars in and co-wrote Shaun of the
 * Dead,", "Agassi, who has won the Australian Open four times": what a person the text gives no title
 * does, as the predicate of the clause the person is subject of: a verb whose doer a person noun names,
 * with its object or complement, up to the clause's end. Short clauses only; the weakest evidence.
 */
function readPredicate(analysis: Analysis, mention: NameMention): string | null {
  const { tokens, text } = analysis;
  const s = analysis.sentences[mention.sentence]!;
  let start = mention.titleFirst ?? mention.first;
  while (start > s.first && HONORIFICS.has(bare(tokens[start - 1]))) start--;
  let v = mention.last + 1;
  // ("Agassi, who has won ...,": a relative clause set off by commas after the name.)
  const relative = tokens[v]?.text === ',' && /^who$/i.test(tokens[v + 1]?.text ?? '');
  if (relative) v += 2;
  else {
    // The name opens its sentence (after "And" or "But"), or is the second of two that do ("Annette Bening and Ana Geislerova shared").
    const opens = (at: number): boolean => at === s.first || (at === s.first + 1 && /^(?:and|but)$/i.test(tokens[s.first]!.text));
    let other = start - 2;
    while (other > s.first && /^\p{Lu}/u.test(tokens[other - 1]!.text) && tokens[other - 1]!.pos === 'PROPN') other--;
    const second = /^and$/i.test(tokens[start - 1]?.text ?? '') && start - 2 >= s.first && tokens[start - 2]!.pos === 'PROPN' && opens(other);
    // ("..., while Roger Deakins won": the subject of a clause joined by a conjunction.)
    const joined = (CLAUSE_OPENERS.test(tokens[start - 1]?.text ?? '') && tokens[start - 1]!.pos !== 'ADP') || (/^and$/i.test(tokens[start - 1]?.text ?? '') && tokens[start - 2]?.text === ',');
    if (!opens(start) && !second && !joined) return null;
    if (/^and$/i.test(tokens[v]?.text ?? '') && tokens[v + 1]?.pos === 'PROPN') {
      v++;
      while (tokens[v]?.pos === 'PROPN') v++;
    }
  }
  const from = v;
  if (/^(?:has|have|had|will)$/i.test(tokens[v]?.text ?? '')) v++;
  // ("who were jointly named": an adverb of manner before the verb.)
  if (tokens[v]?.pos === 'ADV' && /ly$/.test(tokens[v]!.text)) v++;
  const verb = tokens[v];
  // (Right after "who" stands its verb, whatever the tagger says: "who stars" read as a plural noun.)
  const verbal = verb?.pos === 'VERB' || (relative && v === from && verb?.pos === 'NOUN' && /s$/.test(verb.text));
  if (!verb || !verbal || !/^\p{Ll}/u.test(verb.text) || /ing$/.test(verb.text)) return null;
  // A direct object ("founded Sundance", "won best actress"), or with a derived doer, where the person works
  // ("works for the IFES"); not "won in 6.46secs", "heads to Poland". A verb of the noun's own form takes a
  // determined object ("headed the Menatep group"; "headed past the keeper" is a football header).
  const after = tokens[v + 1];
  const determined = after?.pos === 'DET' || after?.pos === 'PROPN' || /^(?:his|her|their)$/i.test(after?.text ?? '');
  const object = determined || ['NOUN', 'ADJ', 'NUM'].includes(after?.pos ?? '');
  const complement = /^(?:for|in|on|with)$/i.test(after?.text ?? '');
  const doer = doerNoun(verb);
  // "took the best actress prize", "scooped best actor", "picked up the Bafta": a verb of getting or obtaining
  // (Levin 1993, 13.5.1 and 13.5.2) whose object is an award makes its subject the award's winner.
  const phrasal = verb.lemma.toLowerCase() === 'pick' && /^up$/i.test(after?.text ?? '') ? 1 : 0;
  const won = doer === null && OBTAIN_VERBS.has(verb.lemma.toLowerCase()) && namesAward(tokens, v + 1 + phrasal, s.last);
  if (won && phrasal) v++;
  if (!won && !(doer === 'derived' && (object || complement)) && !(doer === 'same' && determined)) return null;
  // ("played a superb ball", "will play 32nd seed X": one plays a game or a part; only a named part says who the player is, "plays Hermione".)
  if (verb.lemma.toLowerCase() === 'play' && !(object && /^\p{Lu}/u.test(tokens[v + 1]!.text))) return null;
  // The object or complement, up to the clause's end: a mark, a subordinator, a relative pronoun, a new clause.
  let end = v;
  while (end + 1 <= s.last) {
    const k = tokens[end + 1]!;
    if ((k.pos === 'PUNCT' && k.text !== '-' && !/^[’']s$/.test(k.text)) || k.pos === 'SCONJ' || /^(?:who|which|that|when|where|while|after|before|because|since|until|as)$/i.test(k.text)) break;
    // ("stars in and co-wrote", "won the cup and league": "and" before a lower-case verb or noun joins it to what comes
    // before; before a determiner, a pronoun or a name it opens a new clause.)
    const joined = tokens[end + 2];
    if (k.pos === 'CCONJ' && !(joined && /^\p{Ll}/u.test(joined.text) && ['VERB', 'NOUN', 'ADJ'].includes(joined.pos))) break;
    end++;
  }
  // ("picked up a Bafta from the duke", "took the prize at the festival": an award's object ends before a place, a giver, a time.)
  if (won) {
    const cut = tokens.slice(v + 2, end + 1).find((k) => /^(?:from|at|on|in|after|with|during|by|against|ahead)$/i.test(k.text));
    if (cut) end = cut.i - 1;
  }
  // ("will coach the Northern team against Rod Macqueen's ...": a long clause is cut before the preposition after its object.)
  if (end - from > 9) {
    const cut = tokens.slice(v + 2, end + 1).find((k) => k.pos === 'ADP');
    if (cut) end = cut.i - 1;
  }
  // An object or complement of some words, the clause closed, and short enough to stand as a role.
  const next = tokens[end + 1];
  if (end - v < 2 || end - from > 9 || (relative && next?.text !== ',' && end !== s.last && next?.i !== s.last)) return null;
  // ("Pawel Pawlikowski, who won the best screenplay statuette": a role is a noun phrase, so the predicate is
  // nominalised: the verb's doer noun heads it, the direct object becomes its "of" complement and a prepositional
  // complement stays as it is: "winner of the best screenplay statuette", "chair of the committee", "worker for the IFES".
  // Tense and aspect go with the verb: "has won", "will coach".)
  const lemma = verb.lemma.toLowerCase();
  const noun = won ? 'winner' : doer === 'derived' ? agentForms(lemma).find(isStandingNoun)! : lemma;
  const written = text.slice(tokens[v + 1]!.start, tokens[end]!.end);
  const rest = tidy(written);
  if (rest === null) return null;
  // (tidy drops a leading determiner; the complement keeps it: "winner of the Technical Achievement Award", "of her first title".)
  const determiner = /^(the|a|an|his|her|their|its)\s/i.exec(written)?.[1]?.toLowerCase();
  const article = determiner && !rest.toLowerCase().startsWith(`${determiner} `) ? `${determiner} ` : '';
  // ("plays Hermione": who plays a named part is an actor playing it, not its player.)
  if (lemma === 'play') return `actor playing ${article}${rest}`;
  return complement && !object ? `${noun} ${article}${rest}` : `${noun} of ${article}${rest}`;
}

/** What a person does, as the predicate of their own clause: for persons no other evidence gives a role. */
export function readPredicateRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  for (const d of drafts) {
    if (d.type !== 'person' || d.role !== null) continue;
    // ("plays Greg Rusedski in the second round": what one person does to another, its object, is an event, not a standing.)
    const others = drafts.filter((o) => o !== d && o.type === 'person').flatMap((o) => [o.name, ...o.aliases]);
    for (const m of d.mentions) {
      const role = readPredicate(analysis, m);
      const object = role?.replace(/^(?:actor playing|\S+(?:\s+of)?)\s+/, '') ?? '';
      if (role && !others.some((n) => object.startsWith(n) && wordAt(object, n) === 0)) {
        d.role = role;
        break;
      }
    }
  }
}

/** Headers of a table's column that holds each row's position or office ("Pos", "Position", "Role", "Title"). */
const ROLE_COLUMN = /^(?:pos\.?|position|role|title|job|office|post)$/i;

/**
 * "Pos\tPlayer\tPlays ... DL\tLarry Ogunjobi\t63": a table set out with tabs whose header names a column of
 * positions or offices; each row's cell in that column is the role of the person named in another cell of the row.
 */
export function readTableRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  const { text } = analysis;
  const persons = drafts.filter((d) => d.type === 'person');
  let column = -1;
  let width = 0;
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const cells = line.split('\t');
    // (A line of text that is no row ends the table; a blank line between rows does not.)
    if (cells.length < 2) {
      if (line.trim() !== '') column = -1;
      continue;
    }
    const header = cells.findIndex((c) => ROLE_COLUMN.test(c.trim()));
    if (header >= 0) {
      [column, width] = [header, cells.length];
      continue;
    }
    // (A row of another table, with other columns, ends the one whose header was read.)
    if (column < 0 || cells.length !== width) {
      column = -1;
      continue;
    }
    const role = cells[column]!.trim();
    if (role === '' || role.length > 40 || !/\p{L}/u.test(role)) continue;
    let offset = start;
    for (const [i, cell] of cells.entries()) {
      const [from, to] = [offset, offset + cell.length];
      offset = to + 1;
      if (i === column) continue;
      for (const d of persons) if (d.role === null && d.mentions.some((m) => m.start >= from && m.end <= to)) d.role = role;
    }
  }
}

/** Possessive determiners whose possessor the role takes: "its star X" is the star of what "its" refers to. */
// ("their" is left out: it stands for people as often as for a body, "the tourists ... their captain".)
const POSSESSIVE_DETERMINERS = /^(?:its|his|her)$/i;

/**
 * A run of capitalised words ending at `end` (a name: "The Glass Tide", "Bank of England", "Spain's Football
 * Federation"), as [first, end], or null where the word at `end` opens no name.
 */
function capitalisedRunEndingAt(tokens: Token[], end: number, sentenceFirst: number): [number, number] | null {
  const word = (k: number): boolean => /^\p{Lu}/u.test(tokens[k]?.text ?? '') && tokens[k]!.pos !== 'PUNCT';
  // (A name ends in a proper noun: "Any partial implementation" opens a quotation with a determiner.)
  if (!word(end) || tokens[end]!.pos !== 'PROPN') return null;
  let first = end;
  for (;;) {
    const k = first - 1;
    if (k < sentenceFirst) break;
    if (word(k)) {
      first = k;
      continue;
    }
    // ("Bank of England", "Spain's Football Federation", "The Phantom of the Opera": the connectors inside a name.)
    if ((/^(?:of|&)$/.test(tokens[k]!.text) || /^[’']s$/.test(tokens[k]!.text)) && k - 1 >= sentenceFirst && word(k - 1)) {
      first = k - 1;
      continue;
    }
    if (tokens[k]!.text === 'the' && tokens[k - 1]?.text === 'of' && k - 2 >= sentenceFirst && word(k - 2)) {
      first = k - 2;
      continue;
    }
    break;
  }
  // (A sentence's first word is capitalised whatever it is: "Shares in Acme" opens with a common noun.)
  while (first === sentenceFirst && first < end && (tokens[first]!.pos !== 'PROPN' && !/^The$/.test(tokens[first]!.text))) first++;
  if (first === sentenceFirst && first === end && tokens[first]!.pos !== 'PROPN') return null;
  // (A month, a weekday or a year is no owner: "In May its chairman".)
  if (TIME_WORD.test(tokens[end]!.text)) return null;
  return [first, end];
}

/**
 * "The Glass Tide won best film, and its star Ann Dyer ...", "Acme said its chief executive, Tom Ray, ...", "Kay
 * was coached by her trainer Bo Lind": a role whose noun phrase opens with a possessive determiner names its holder
 * only with the possessor. The determiner is read as the nearest name it can refer to: "its" the nearest
 * name before it in its sentence that is no person's, no modifier of a noun and no place or event of an adjunct
 * (or, where the sentence names none, the first of the sentence before); "his" and "her" a person joined to the
 * phrase by "and" ("X and his wife"), else the nearest person named before it in its sentence whose sex does not
 * disagree and who is neither one of a pair of names nor a modifier of a noun. The role becomes "star of The Glass
 * Tide", "Kay's trainer". A role of a few lower-case words only: a determiner before a longer phrase or a name
 * ("its Glass Tide star") is left as it is.
 */
export function readPossessedRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  const { tokens, text } = analysis;
  const persons = drafts.filter((d) => d.type === 'person');
  const personAt = new Map<number, { draft: ActorDraft; mention: NameMention }>();
  for (const d of persons) for (const m of d.mentions) for (let k = m.first; k <= m.last; k++) personAt.set(k, { draft: d, mention: m });
  for (const d of persons) {
    const role = d.role;
    if (role === null || !/^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2}$/u.test(role)) continue;
    const words = role.split(' ');
    // ("star" read from "its stars A and B": the head may stand in the plural before a list.)
    const matches = (at: number): boolean => words.every((w, i) => {
      const tok = tokens[at + i]?.text.toLowerCase();
      return tok === w || (i === words.length - 1 && (tok === `${w}s` || tok === `${w}es`));
    });
    for (const m of d.mentions) {
      let nameFirst = m.titleFirst ?? m.first;
      const sentenceFirst = analysis.sentences[m.sentence]!.first;
      while (nameFirst - 1 >= sentenceFirst && HONORIFICS.has(bare(tokens[nameFirst - 1])) && /^\p{Lu}/u.test(tokens[nameFirst - 1]!.text)) nameFirst--;
      // Before the name ("its star X"), or set off after it ("X, its chief executive,").
      let det = -1;
      // ("Its chairman, X,": or set off before it by a comma.)
      const set = tokens[nameFirst - 1]?.text === ',' ? 1 : 0;
      if (matches(nameFirst - set - words.length) && POSSESSIVE_DETERMINERS.test(tokens[nameFirst - set - words.length - 1]?.text ?? '')) det = nameFirst - set - words.length - 1;
      else if (tokens[m.last + 1]?.text === ',' && POSSESSIVE_DETERMINERS.test(tokens[m.last + 2]?.text ?? '') && matches(m.last + 3) && /^[,.;]$/.test(tokens[m.last + 3 + words.length]?.text ?? '')) det = m.last + 2;
      if (det < sentenceFirst) continue;
      const determiner = tokens[det]!.text.toLowerCase();
      const before = det < m.first ? det : m.first;
      let owned: string | null = null;
      if (determiner === 'his' || determiner === 'her') {
        const sex = determiner === 'his' ? 'male' : 'female';
        // ("X and his wife Y": a name joined to the determiner's phrase is whom it stands for, whatever its given name suggests.)
        // (The name may end in a particle's word the name reader left out: "Valery Giscard d'Estaing".)
        const pair = /^and$/i.test(tokens[det - 1]?.text ?? '') ? (personAt.get(det - 2) ?? (/^\p{Ll}+['’]\p{Lu}/u.test(tokens[det - 2]?.text ?? '') ? personAt.get(det - 3) : undefined)) : undefined;
        if (pair && pair.draft !== d) owned = `${text.slice(tokens[pair.mention.first]!.start, tokens[pair.mention.last]!.end).replace(/[’']s$/, '').replace(/^(?:\p{Ll}\S*\s+)+/u, '')}'s ${role}`;
        for (let k = before - 1; k >= sentenceFirst && owned === null; k--) {
          const hit = personAt.get(k);
          if (!hit || hit.draft === d || (hit.draft.gender !== null && hit.draft.gender !== sex)) continue;
          // ("a key Blair lieutenant": a name that modifies a noun is no one "his" refers to.)
          // ("Bonnie and Clyde with his girlfriend": nor one of two names joined, a pair or a work's title.)
          const next = tokens[hit.mention.last + 1];
          const joined = (at: number, side: number): boolean => /^(?:and|or|&)$/i.test(tokens[at]?.text ?? '') && /^\p{Lu}/u.test(tokens[at + side]?.text ?? '');
          if ((next && next.pos === 'NOUN' && /^\p{Ll}+$/u.test(next.text)) || joined(hit.mention.first - 1, -1) || joined(hit.mention.last + 1, 1)) {
            k = hit.mention.first;
            continue;
          }
          // (As written, without a title in front: "Sir Elton John's partner".)
          const written = text.slice(tokens[hit.mention.first]!.start, tokens[hit.mention.last]!.end).replace(/[’']s$/, '').replace(/^(?:\p{Ll}\S*\s+)+/u, '');
          owned = `${written}'s ${role}`;
        }
      } else {
        const owner = (from: number, until: number, nearest: boolean): string | null => {
          for (let i = 0; i < until - from; i++) {
            const k = nearest ? until - 1 - i : from + i;
            const run = capitalisedRunEndingAt(tokens, k, from);
            if (!run) continue;
            // (A person's name is no "its"; in the sentence before, the run must end where its name does.)
            if (tokens.slice(run[0], run[1] + 1).some((_, j) => personAt.has(run[0] + j))) {
              if (nearest) return null;
              continue;
            }
            if (!nearest && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) continue;
            // ("named best film at the Golden Globe Awards, with its star": an event or a place an adjunct names owns nothing.)
            const governing = tokens[run[0] - 1]?.text.toLowerCase() === 'the' ? tokens[run[0] - 2] : tokens[run[0] - 1];
            if (nearest && /^(?:at|in|on|during)$/i.test(governing?.text ?? '')) continue;
            // ("its Yugansk unit ... its chief finance officer": a name that modifies a noun is not what "its" stands for.)
            // (Only between a determiner and its noun: "Yukos claims" opening a sentence is a subject and its verb.)
            // (In the sentence before, anywhere but at its start: "A try by Borders substitute X. Its leading star".)
            if (/^\p{Ll}+$/u.test(tokens[run[1] + 1]?.text ?? '') && tokens[run[1] + 1]!.pos === 'NOUN' && (/^(?:the|a|an|its|their|his|her|this|that)$/i.test(tokens[run[0] - 1]?.text ?? '') || (!nearest && run[0] > from))) continue;
            return text.slice(tokens[run[0]]!.start, tokens[run[1]]!.end).replace(/^the /, 'The ');
          }
          return null;
        };
        owned = owner(sentenceFirst, before, true);
        const previous = analysis.sentences[m.sentence - 1];
        if (owned === null && previous && !tokens.slice(sentenceFirst, before).some((k) => /^\p{Lu}/u.test(k.text) && k.i > sentenceFirst)) owned = owner(previous.first, previous.last + 1, false);
        owned &&= `${role} of ${owned}`;
      }
      if (owned !== null) d.role = owned;
      break;
    }
  }
}
