// Word lists the actor rules lean on. Kept as data so they can grow without
// touching the rules.
import { EVERYDAY_WORD_LIST, MEMBER_WORD_LIST } from '../lexicon/everyday-words.js';
import { PERSON_NOUN_LIST, PERSON_SENSE_LIST } from '../lexicon/person-nouns.js';
import { THING_NOUN_LIST } from '../lexicon/thing-nouns.js';
import { OBJECT_NOUN_LIST, STRUCTURE_NOUN_LIST } from '../lexicon/object-nouns.js';
import { ORG_WORDS, PLACE_WORDS } from '../lexicon/names.js';

/** Countries and country-like political entities, with the demonyms that refer to their people. */
const COUNTRY_ROWS: [string, ...string[]][] = [
  ['Afghanistan', 'Afghan', 'Afghans'], ['Albania', 'Albanian', 'Albanians'], ['Algeria', 'Algerian', 'Algerians'],
  ['Angola', 'Angolan', 'Angolans'], ['Argentina', 'Argentine', 'Argentinians'], ['Armenia', 'Armenian', 'Armenians'],
  ['Australia', 'Australian', 'Australians'], ['Austria', 'Austrian', 'Austrians'], ['Azerbaijan', 'Azerbaijani', 'Azerbaijanis'],
  ['Bahrain', 'Bahraini', 'Bahrainis'], ['Bangladesh', 'Bangladeshi', 'Bangladeshis'], ['Belarus', 'Belarusian', 'Belarusians'],
  ['Belgium', 'Belgian', 'Belgians'], ['Bolivia', 'Bolivian', 'Bolivians'], ['Bosnia', 'Bosnian', 'Bosnians'],
  ['Brazil', 'Brazilian', 'Brazilians'], ['Bulgaria', 'Bulgarian', 'Bulgarians'], ['Cambodia', 'Cambodian', 'Cambodians'],
  ['Cameroon', 'Cameroonian', 'Cameroonians'], ['Canada', 'Canadian', 'Canadians'], ['Chad', 'Chadian', 'Chadians'],
  ['Chile', 'Chilean', 'Chileans'], ['China', 'Chinese'], ['Colombia', 'Colombian', 'Colombians'], ['Congo', 'Congolese'],
  ['Croatia', 'Croatian', 'Croatians', 'Croats'], ['Cuba', 'Cuban', 'Cubans'], ['Cyprus', 'Cypriot', 'Cypriots'],
  ['Czech Republic', 'Czech', 'Czechs', 'Czechia'], ['Denmark', 'Danish', 'Danes'], ['Ecuador', 'Ecuadorian', 'Ecuadorians'],
  ['Egypt', 'Egyptian', 'Egyptians'], ['Estonia', 'Estonian', 'Estonians'], ['Ethiopia', 'Ethiopian', 'Ethiopians'],
  ['Finland', 'Finnish', 'Finns'], ['France', 'French'], ['Georgia', 'Georgian', 'Georgians'], ['Germany', 'German', 'Germans'],
  ['Ghana', 'Ghanaian', 'Ghanaians'], ['Greece', 'Greek', 'Greeks'], ['Haiti', 'Haitian', 'Haitians'],
  ['Hungary', 'Hungarian', 'Hungarians'], ['Iceland', 'Icelandic', 'Icelanders'], ['India', 'Indian', 'Indians'],
  ['Indonesia', 'Indonesian', 'Indonesians'], ['Iran', 'Iranian', 'Iranians'], ['Iraq', 'Iraqi', 'Iraqis'],
  ['Ireland', 'Irish', 'Republic of Ireland'], ['Israel', 'Israeli', 'Israelis'], ['Italy', 'Italian', 'Italians'],
  ['Japan', 'Japanese'], ['Jordan', 'Jordanian', 'Jordanians'], ['Kazakhstan', 'Kazakh', 'Kazakhs'], ['Kenya', 'Kenyan', 'Kenyans'],
  ['Kosovo', 'Kosovan', 'Kosovars'], ['Kuwait', 'Kuwaiti', 'Kuwaitis'], ['Latvia', 'Latvian', 'Latvians'],
  ['Lebanon', 'Lebanese'], ['Libya', 'Libyan', 'Libyans'], ['Lithuania', 'Lithuanian', 'Lithuanians'],
  ['Luxembourg', 'Luxembourger'], ['Malaysia', 'Malaysian', 'Malaysians'], ['Mali', 'Malian', 'Malians'], ['Malta', 'Maltese'],
  ['Mexico', 'Mexican', 'Mexicans'], ['Moldova', 'Moldovan', 'Moldovans'], ['Mongolia', 'Mongolian', 'Mongolians'],
  ['Montenegro', 'Montenegrin'], ['Morocco', 'Moroccan', 'Moroccans'], ['Mozambique', 'Mozambican'], ['Myanmar', 'Burma', 'Burmese'],
  ['Nepal', 'Nepalese', 'Nepali'], ['Netherlands', 'Dutch', 'Holland'], ['New Zealand', 'New Zealanders'],
  ['Nigeria', 'Nigerian', 'Nigerians'], ['North Korea', 'North Korean', 'North Koreans'], ['Norway', 'Norwegian', 'Norwegians'],
  ['Oman', 'Omani'], ['Pakistan', 'Pakistani', 'Pakistanis'], ['Palestine', 'Palestinian', 'Palestinians'],
  ['Panama', 'Panamanian'], ['Paraguay', 'Paraguayan'], ['Peru', 'Peruvian', 'Peruvians'], ['Philippines', 'Filipino', 'Filipinos'],
  ['Poland', 'Polish', 'Poles'], ['Portugal', 'Portuguese'], ['Qatar', 'Qatari', 'Qataris'], ['Romania', 'Romanian', 'Romanians'],
  ['Russia', 'Russian', 'Russians', 'Russian Federation'], ['Rwanda', 'Rwandan', 'Rwandans'], ['Saudi Arabia', 'Saudi', 'Saudis'],
  ['Senegal', 'Senegalese'], ['Serbia', 'Serbian', 'Serbs'], ['Singapore', 'Singaporean'], ['Slovakia', 'Slovak', 'Slovaks'],
  ['Slovenia', 'Slovenian', 'Slovenes'], ['Somalia', 'Somali', 'Somalis'], ['South Africa', 'South African', 'South Africans'],
  ['South Korea', 'South Korean', 'South Koreans'], ['Spain', 'Spanish', 'Spaniards'], ['Sri Lanka', 'Sri Lankan', 'Sri Lankans'],
  ['Sudan', 'Sudanese'], ['Sweden', 'Swedish', 'Swedes'], ['Switzerland', 'Swiss'], ['Syria', 'Syrian', 'Syrians'],
  ['Taiwan', 'Taiwanese'], ['Tanzania', 'Tanzanian'], ['Thailand', 'Thai', 'Thais'], ['Tunisia', 'Tunisian', 'Tunisians'],
  ['Turkey', 'Turkish', 'Turks', 'Türkiye'], ['Uganda', 'Ugandan', 'Ugandans'], ['Ukraine', 'Ukrainian', 'Ukrainians'],
  ['United Arab Emirates', 'UAE', 'Emirati'], ['United Kingdom', 'UK', 'Britain', 'Great Britain', 'British', 'Britons'],
  ['United States', 'US', 'USA', 'U.S.', 'America', 'American', 'Americans', 'United States of America'],
  ['Uruguay', 'Uruguayan'], ['Uzbekistan', 'Uzbek'], ['Venezuela', 'Venezuelan', 'Venezuelans'], ['Vietnam', 'Vietnamese'],
  ['Yemen', 'Yemeni', 'Yemenis'], ['Zambia', 'Zambian'], ['Zimbabwe', 'Zimbabwean', 'Zimbabweans'],
  ['England', 'English'], ['Scotland', 'Scottish', 'Scots'], ['Wales', 'Welsh'], ['Northern Ireland'],
  ['Baltic States', 'Baltic countries', 'Baltic states', 'Baltics'],
];

export interface CountryEntry {
  name: string;
  /** True when the form is an adjective (Ukrainian), which is not a mention of the actor on its own. */
  adjective: boolean;
}

/** Lower-cased form → canonical country name. Plural demonyms ("Poles") refer to the country as an actor. */
export const COUNTRY_FORMS = new Map<string, CountryEntry>();
for (const [name, ...forms] of COUNTRY_ROWS) {
  COUNTRY_FORMS.set(name.toLowerCase(), { name, adjective: false });
  for (const form of forms) {
    const adjective = /(?:an|ese|ish|ic|i|ch|ss|k|ai)$/.test(form) && !/s$/.test(form) && !/^[A-Z.]+$/.test(form) && form.split(' ').length === 1 && !['Burma', 'Holland', 'America', 'Britain', 'Czechia', 'Türkiye'].includes(form);
    COUNTRY_FORMS.set(form.toLowerCase(), { name, adjective });
  }
}

/** Words that end an organisation's name. */
export const ORG_HEADS = new Set(
  `agency airline airlines airways alliance association assembly authority bank bureau board business cabinet centre center
  chamber church club coalition college commission committee company congress corporation corp council court department
  directorate federation forum foundation fund government group guardian institute institution league ministry network office
  organisation organization parliament partnership party police press programme project railways school senate service society
  trust union university unit inc ltd plc llc co times post journal news herald telegraph tribune bbc reuters fc nato`.split(/\s+/),
);

/** Places that are not countries but show up as actors' locations. Cities are typed "place". */
export const PLACE_HEADS = new Set(
  `street road avenue square river mountain mountains island islands sea ocean valley county province state region city town
  district airport station`.split(/\s+/),
);

/**
 * The counties of the United Kingdom (England's ceremonial counties, Wales's principal areas and preserved counties,
 * Scotland's council areas, Northern Ireland's six counties), as the Office for National Statistics lists them; left
 * out where the name is also a common given name or word ("Angus", "Down", "Highland").
 */
export const UK_COUNTIES: readonly string[] = [
  ...`bedfordshire berkshire buckinghamshire cambridgeshire cheshire cornwall cumbria derbyshire devon dorset durham essex
    gloucestershire hampshire herefordshire hertfordshire kent lancashire leicestershire lincolnshire merseyside norfolk
    northamptonshire northumberland nottinghamshire oxfordshire rutland shropshire somerset staffordshire suffolk surrey
    warwickshire wiltshire worcestershire anglesey pembrokeshire carmarthenshire ceredigion monmouthshire denbighshire
    flintshire wrexham conwy gwynedd powys clwyd dyfed gwent glamorgan aberdeenshire clackmannanshire fife inverclyde
    midlothian orkney renfrewshire shetland lanarkshire ayrshire lothian argyll galloway antrim armagh fermanagh londonderry tyrone`.split(/\s+/),
  'isle of wight', 'tyne and wear', 'greater manchester', 'west midlands', 'east sussex', 'west sussex', 'north yorkshire',
  'south yorkshire', 'west yorkshire', 'east riding of yorkshire', 'argyll and bute', 'dumfries and galloway',
  'perth and kinross', 'scottish borders', 'western isles', 'vale of glamorgan',
];

export const KNOWN_PLACES = new Set(
  [
    'london', 'paris', 'berlin', 'brussels', 'washington', 'moscow', 'kyiv', 'kiev', 'beijing', 'tokyo', 'vilnius', 'warsaw',
    'rome', 'madrid', 'vienna', 'geneva', 'new york', 'los angeles', 'chicago', 'boston', 'edinburgh', 'glasgow', 'cardiff',
    'belfast', 'dublin', 'manchester', 'liverpool', 'birmingham', 'leeds', 'westminster', 'whitehall', 'europe', 'asia',
    'africa', 'latin america', 'western europe', 'eastern europe', 'central europe', 'middle east', 'scandinavia', 'balkans',
    'caribbean', 'silicon valley', 'wall street', 'hong kong', 'sydney', 'toronto', 'mumbai', 'delhi', 'shanghai', 'dubai',
    ...UK_COUNTIES,
  ],
);

/** Titles and honorifics that precede a person's name; they are role material, not part of the name. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'baroness', 'rev', 'st', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'lt.', 'col.', 'gen.', 'sen.', 'rep.', 'gov.', 'capt.', 'maj.', 'sgt.', 'adm.', 'cmdr.', 'rev.', 'lt', 'col', 'sen', 'rep', 'gov', 'capt', 'maj', 'sgt', 'adm', 'supt', 'supt.', 'insp', 'insp.', 'det', 'det.']);

export const TITLE_WORDS = new Set(
  `president prime minister chancellor secretary general secretary-general director-general vice-president chief executive chairman chairwoman chair director
  governor senator congressman congresswoman mayor king queen prince princess pope minister leader spokesman spokeswoman
  spokesperson ambassador general colonel captain commander judge justice professor adviser advisor analyst economist editor
  correspondent founder head deputy former current vice chief officer boss manager coach striker captain mp mep msp tory labour
  democrat republican foreign home defence defense finance trade health culture shadow interior justice attorney commissioner
  sheriff lieutenant sergeant admiral marshal emperor premier envoy executive cfo ceo coo cto vp solicitor lawyer barrister
  official spokesman spokeswoman actor actress singer writer author historian scientist researcher doctor detective inspector
  superintendent constable prosecutor counsel bishop archbishop cardinal rabbi imam priest campaigner activist owner co-owner
  peer presenter reporter columnist negotiator regulator strategist trader consultant`.split(/\s+/),
);

/** Words that look capitalised at a sentence start or in headings but never name an actor. */
export const NOT_NAMES = new Set(
  `the a an this that these those it its he she they we i you his her their our my your mr mrs ms dr monday tuesday wednesday
  thursday friday saturday sunday january february march april may june july august september october november december
  however meanwhile but and or if when while although though because since after before during despite according also
  yesterday today tomorrow tonight there here what which who whom whose where why how some many most several all both each
  every other another such no not one two three first second third last next former current ms. internet web
  christmas easter to in on at for of from with by as into about over under between against among through within without
  upon via per than then so yet nor do does did is are was were be been has have had will would can could should must
  well yes ok tv am pm gmt bst utc est edt pst pdt cet cest
  copyright updated posted advertisement subscribe`.split(/\s+/),
);

const list = (s: string): string[] => s.trim().split(/\s+/);

/**
 * Person nouns newer than WordNet 3.0 (2006), as Merriam-Webster's dictionary enters them: "podcaster" ("one that
 * podcasts"), "vlogger", "YouTuber", and "frontman" (WordNet writes "front man" in two words).
 */
const PERSON_NOUNS_AFTER_WORDNET = 'podcaster vlogger youtuber frontman frontwoman';

/**
 * Person senses WordNet 3.0 lacks and Merriam-Webster's dictionary gives: "legend" ("a famous or important person
 * who is known for doing something extremely well"), "icon" ("a person or thing widely known as a symbol"):
 * "screen legend X", "fashion icon X".
 */
const PERSON_SENSES_AFTER_WORDNET = 'legend icon';

/**
 * Playing positions, which WordNet lacks or files under other senses: the positions of association
 * football, rugby union and league, cricket, American football (with the abbreviations its
 * rosters use: QB, RB, DL), ice hockey (the IIHF rule book's defencemen) and baseball's basemen
 * as the laws and governing bodies name them; and the players the
 * glossaries of football and rugby terms name by their caps (Wikipedia, "Glossary of association
 * football terms": an "international" has played for a national side, a "debutant" plays a first match).
 */
export const SPORT_POSITIONS = list(`midfielder striker forward winger defender centre-back centre-half full-back wing-back sweeper
goalkeeper keeper goalscorer playmaker fly-half scrum-half stand-off hooker prop flanker lock number-eight centre wing
full-back half-back loose-head tight-head batsman batter bowler all-rounder wicketkeeper wicket-keeper spinner seamer
opener skipper captain quarterback pitcher catcher shortstop point-guard center
running-back linebacker cornerback qb rb wr dl lb cb
defenceman defenseman centreman baseman
international debutant`);

/**
 * What a person is to a club or a company rather than to a town: the playing positions and the
 * offices of a side ("Chelsea manager", "Leeds striker"); "Edinburgh architect" names a town.
 */
export const CLUB_ROLES = new Set([
  ...SPORT_POSITIONS,
  ...list(`manager coach boss chairman chairwoman owner co-owner player star fan supporter signing director president
  trainer physio scout chief executive spokesman spokeswoman team-mate teammate`),
]);

/**
 * Nouns that name a kind of person ("striker", "guitarist", "spokesman", "widow"): WordNet's
 * person nouns, the title words above, and playing positions. A role is headed by one of them.
 */
export const PERSON_KINDS = new Set([...list(PERSON_NOUN_LIST), ...SPORT_POSITIONS, ...TITLE_WORDS, ...list(PERSON_NOUNS_AFTER_WORDNET)]);
/** Title words that only modify a title or a name after them ("former", "shadow", "Labour MP"): no title ends with one. */
export const TITLE_MODIFIERS = new Set(['former', 'current', 'vice', 'deputy', 'shadow', 'foreign', 'home', 'trade', 'health', 'culture', 'finance', 'defence', 'defense', 'interior', 'labour', 'tory', 'democrat', 'republican', 'general']);
for (const modifier of TITLE_MODIFIERS) PERSON_KINDS.delete(modifier);

/**
 * Nouns whose person sense is not their usual one ("star", "substitute", "hopeful", from WordNet):
 * a role only in the slot right before a person's name or as the head of an apposition to it.
 */
export const PERSON_SENSES = new Set([...list(PERSON_SENSE_LIST), ...list(PERSON_SENSES_AFTER_WORDNET)]);

/** Everyday English words (lemmas): a name made only of them is more likely a title, a slogan or page furniture. */
export const EVERYDAY_WORDS = new Set(list(EVERYDAY_WORD_LIST));

/**
 * Nouns for a kind of made thing or work (WordNet's devices, vehicles, goods, documents, works, music,
 * shows: "handset", "supercomputer", "treaty", "tournament"), less the words that end a body's or a
 * place's name ("Motor", "Mirror", "Telegraph", "Programme").
 */
export const THING_NOUNS = new Set(list(THING_NOUN_LIST).filter((w) => !ORG_WORDS.has(w) && !PLACE_WORDS.has(w)));

/**
 * Nouns for a building, a venue or a ground (WordNet's structures and facilities: "arena", "hotel", "cinema",
 * "jail"), less the words that end a body's name ("Centre", "Office", "Court").
 */
export const STRUCTURE_NOUNS = new Set(list(STRUCTURE_NOUN_LIST).filter((w) => !ORG_WORDS.has(w)));

/** Nouns for a device, a vehicle or a good (WordNet's instrumentalities and commodities: "sedan", "watch", "console"). */
export const OBJECT_NOUNS = new Set(list(OBJECT_NOUN_LIST).filter((w) => !ORG_WORDS.has(w) && !PLACE_WORDS.has(w)));

/** Words for a member of a people, faith or movement, and capitalised adjectives ("Muslim", "Jewish"): they describe, they name no actor. */
export const MEMBER_WORDS = new Set(list(MEMBER_WORD_LIST));

/**
 * Initialisms that name a kind of thing, not a body: the all-capital lemmas of WordNet 3.0 noun synsets
 * under "artifact" that are not instances ("PC", "TV", "DVD", "GPS"), less those the press also uses for
 * a body ("PA", "ICE", "EDS") or a country ("GB").
 */
export const THING_INITIALISMS = new Set(list(`abm atm cd cpu crt dsl dvd eprom fet ghq gps hdtv hq icbm ied iud jdam lan lcd led lp oled pc pda r&b ram rom rv scsi suv tv vcr vdu wan wlan wmd www`));

/** Person nouns that describe firms as often as people ("a data services provider"): no evidence of a person. */
export const FIRM_NOUNS = new Set(['provider', 'supplier', 'maker', 'manufacturer', 'distributor', 'carrier', 'retailer', 'operator', 'wholesaler', 'vendor', 'publisher', 'broadcaster', 'lender', 'insurer', 'exporter', 'importer', 'grocer', 'grocers', 'subsidiary', 'bidder', 'giant',
  // What a firm or a state is to another as often as a person is: "a 30% shareholder in Mitsubishi".
  'shareholder', 'stakeholder', 'investor', 'owner', 'partner', 'creditor', 'customer', 'client', 'sponsor', 'backer', 'buyer', 'seller', 'rival', 'competitor', 'member',
  'developer', 'builder', 'contractor']);
/** Person nouns that name a firm before a one-word name ("market analyst Datamonitor"), a person before a full name ("Commerzbank analyst Carsten Fritsch"). */
export const FIRM_NOUNS_FOR_ONE_WORD = new Set(['analyst', 'broker']);

/**
 * Nouns that say the person's sex (Quirk et al. 1985, §5.104-5.108: man/woman compounds, -ess feminines with their
 * masculines such as actor/actress, kinship and rank pairs); shared by the actors' and the speakers' readers.
 */
const FEMALE_NOUNS = new Set('woman mother daughter sister wife aunt niece grandmother granddaughter girlfriend queen princess duchess lady dame actress widow stepmother stepdaughter mum mom chairwoman businesswoman sportswoman heiress hostess waitress'.split(' '));
const MALE_NOUNS = new Set('man father son brother husband uncle nephew grandfather grandson boyfriend king prince duke lord sir actor widower stepfather stepson dad chairman businessman sportsman'.split(' '));

export function genderOfNoun(word: string): 'male' | 'female' | null {
  const w = word.toLowerCase();
  if (FEMALE_NOUNS.has(w) || /.woman$/.test(w)) return 'female';
  if (MALE_NOUNS.has(w) || (/.man$/.test(w) && !/(?:wo|hu|ger|ro|ot)man$/.test(w))) return 'male';
  return null;
}
