// Word lists the claim rules lean on: verbs of speech and stance, hedges,
// pronouns and the nouns that describe a source.

/**
 * Lemmas of verbs that attribute speech, a position or a stance to a source: textacy's reporting
 * verbs (chartbeat-labs/textacy, constants.REPORTING_VERBS) without "order" and "decline"; the
 * verbs of stance and evidence news copy uses with them ("warned", "welcomed", "the data show");
 * and judgement verbs (Levin 1993, class 33: "condemned", "praised", "thanked", "congratulated") with their news synonyms
 * ("slammed", "assailed"); advise verbs (Levin 37.9: "assured", "reminded") and verbs of
 * communicating by an instrument (Levin 37.4: "emailed", with "tweeted" of today's
 * news), which report speech only with a clause (`CLAUSE_LEMMAS`); so do the say verbs of Levin
 * 37.7 the list above lacks ("remarked that", "confessed that"), the complain verbs of Levin
 * 37.8 ("boasted that", "griped that") and "rule" of FrameNet's Verdict frame, with "find" ("the
 * referee ruled that the wing was ahead", not "ruled the country").
 */
export const SPEECH_LEMMAS = new Set(
  `assure reassure remind inform notify advise email tweet
  say tell warn believe claim argue add state announce insist note explain suggest predict admit deny accuse urge
  acknowledge confirm reveal report write estimate think fear expect stress emphasise emphasize maintain
  contend allege assert declare describe promise pledge vow concede caution recall reply respond complain
  blame attack criticise criticize forecast hope apologise apologize reckon dismiss reject welcome doubt
  indicate hint propose recommend demand threaten comment observe testify want agree disagree
  acknowledge anticipate conclude reiterate repeat point ask cite disclose mention question charge find show
  worry call applaud censure chastise condemn denounce deride lambast lambaste mock praise rebuke ridicule scold
  slam blast assail hail decry thank congratulate commend savage
  remark recount proclaim confess divulge insinuate boast brag gripe grouse whine talk speak
  rule`.split(/\s+/),
);

/** Of those, verbs that report only a proposition: "found that ...", "the figures show prices rose" (not "found the body"). */
export const CLAUSE_LEMMAS = new Set([
  'find', 'maintain', 'indicate', 'charge', 'conclude', 'question', 'assure', 'reassure', 'remind', 'inform', 'notify', 'advise', 'email', 'tweet',
  'remark', 'recount', 'proclaim', 'confess', 'divulge', 'insinuate', 'boast', 'brag', 'gripe', 'grouse', 'whine',
  'rule',
]);

/** Of those, the ones that also name a topic with a preposition ("bragged about his record", "remarked on the weather"). */
export const TOPIC_LEMMAS = new Set(['remark', 'recount', 'proclaim', 'confess', 'divulge', 'insinuate', 'boast', 'brag', 'gripe', 'grouse', 'whine']);

/** Verbs that report a proposition of a person only with a clause ("she showed that ..." but not "she has shown no partisanship"); a poll or a video shows its object. */
export const PERSON_CLAUSE_LEMMAS = new Set(['show', 'reveal']);

/**
 * Verbs that report speech only with a clause, a to-infinitive or a quotation: "claim" asserts
 * (WordNet claim v.1, "claimed that ...", "claimed to have seen") but with a plain noun object
 * takes or wins something (v.3, "claimed the title", "claimed victory", "claimed three lives"); so
 * "maintain" (v.2 "maintained that ...", v.1 "maintain a higher clock speed").
 */
export const PROPOSITION_LEMMAS = new Set(['claim', 'maintain']);

/**
 * Talk verbs (Levin 1993, class 37.5: "speak", "talk") with "about" or "of" name a topic; they
 * report speech only when a statement follows: a wh-clause ("talked about how ...") or a quotation.
 */
export const TALK_LEMMAS = new Set(['talk', 'speak']);

/**
 * A statement or stance named by a noun with a that-clause after a support verb ("expressed
 * concern that ...", "voiced confidence that ...", "made the case that ..."): the subject of the
 * verb holds what the clause says. The nouns are the stance nouns that control a that-clause in
 * news prose (Biber et al. 1999, Longman Grammar of Spoken and Written English, ch. 8, noun
 * complement clauses: nouns of communication, and of attitude and belief); the verbs those that
 * only carry the noun (light verbs): "express" and "voice" with any of them, "make" with the
 * nouns of communication.
 */
const STANCE_NOUNS = new Set(
  `concern fear hope doubt confidence belief view conviction optimism pessimism skepticism scepticism alarm worry
  frustration dismay regret satisfaction disappointment`.split(/\s+/),
);
const COMMUNICATION_NOUNS = new Set(
  `claim suggestion point argument case prediction warning assurance promise pledge allegation charge complaint
  statement assertion observation comment remark criticism`.split(/\s+/),
);
export const STANCE_NOUN_SET: ReadonlySet<string> = STANCE_NOUNS;
/** The same nouns as the subject of "be" with their possessor: "His main concern is privacy", "The minister's view is that ...". */
// (Not the nouns that name a matter more often than a statement: "Mr Lee's case was heard", "his point of view".)
export const POSSESSED_STANCE_NOUNS: ReadonlySet<string> = new Set([
  ...STANCE_NOUNS,
  ...['claim', 'suggestion', 'argument', 'prediction', 'warning', 'assurance', 'promise', 'pledge', 'allegation', 'complaint', 'criticism', 'message', 'position', 'advice', 'verdict'],
]);
export const SUPPORT_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['express', new Set([...STANCE_NOUNS, ...COMMUNICATION_NOUNS])],
  ['voice', new Set([...STANCE_NOUNS, ...COMMUNICATION_NOUNS])],
  ['make', COMMUNICATION_NOUNS],
]);

/** Inflected forms, for when the tagger misses the verb. */
export const SPEECH_FORMS = new Set(
  `said says told warns warned believes believed added argued argues claimed claims insisted insists stated noted explained
  suggested predicted admitted denied urged confirmed revealed reported wrote estimated thinks feared fears announced
  stressed maintained accused described promised pledged vowed conceded cautioned replied complained blamed attacked
  criticised criticized forecast reckons hoped apologised apologized dismissed rejected welcomed wants`.split(/\s+/),
);

/**
 * Lemmas that attribute a direct quote next to them, though not reported speech: verbs of manner
 * of speaking and of transfer of a message (Levin 1993, English Verb Classes and Alternations,
 * classes 37.1 and 37.3, the ones news copy uses) and of posting a message.
 */
export const QUOTE_LEMMAS = new Set(
  `ask cite quote read recite relay write shout yell scream cry chant whisper mutter murmur mumble groan grumble
  snap snarl roar bellow hiss thunder sing joke quip laugh exclaim continue begin tweet post text email answer
  recount remark proclaim declare reiterate repeat retort counter interject`.split(/\s+/),
);

/** Verbs of saying that put the speaker after them when the content comes first ("..., said X", "..., warns the former minister"). */
export const INVERTIBLE = new Set(
  `say add write note warn argue insist explain state claim continue reply respond admit concede agree predict suggest
  observe acknowledge recall testify believe think reckon ask declare announce report complain conclude stress point`.split(/\s+/),
);

/**
 * Speech verbs that, with two noun-phrase objects, withhold rather than state: "deny" as WordNet
 * 3.0 deny v.4, "refuse to let have" (frame "Somebody ----s somebody something": "She denies me
 * every pleasure"), not v.1 "declare untrue" ("denied that ...", "denied the claims").
 */
export const WITHHOLDING_LEMMAS = new Set(['deny']);

/**
 * Judgement verbs that state a judgement only with its grounds: "thanked her for her service",
 * "congratulated the team on the win" (Levin 1993, 33: the "for"/"on" phrase of the reason), not
 * "thanked the city" (an act of politeness).
 */
export const GROUNDS_LEMMAS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['thank', new Set(['for'])],
  ['congratulate', new Set(['on', 'for'])],
]);

/** Verbs of desire and intention: with "to" and a verb they report a plan, not a statement ("hoping to strike a deal"). */
export const INTENTION_LEMMAS = new Set(['want', 'hope', 'plan', 'expect', 'intend', 'seek', 'wish']);

/** Verbs that only attribute speech with a particle: "called on", "called for", "pointed out". */
export const NEEDS_PARTICLE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['on', 'for'])],
  ['point', new Set(['out'])],
  ['agree', new Set(['that'])],
  ['talk', new Set(['about', 'of'])],
  ['speak', new Set(['about', 'of'])],
]);

/**
 * Speech verbs (lemma or form) that, with these particles, mean something else or only name a topic:
 * "adding to problems", "was commenting on the case" (the remarks follow; "did not comment on it" is news).
 */
export const NOT_SPEECH_WITH: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['add', new Set(['to', 'up'])],
  ['commenting', new Set(['on'])],
  // ("ruled against the ban", "ruled on the appeal", "ruled in favour of": a verdict for a side or on a matter, no statement.)
  ['rule', new Set(['against', 'on', 'in', 'for', 'over', 'by'])],
]);

/**
 * Nouns of sources that are not actors: people described ("two people familiar with the matter")
 * and the documents, records and media that state or show something ("the report", "a poll",
 * "the ruling", "the ad") — communication and artefact nouns of WordNet's noun.communication and
 * noun.artifact files that news copy cites.
 */
export const SOURCE_NOUNS = new Set(
  `people person sources source report reports document documents filing filings statement memo study survey poll letter
  presentation data figures estimates records record transcript video footage ad advert advertisement commercial book
  article editorial column website post tweet email emails message messages slide analysis review audit research paper
  ruling decision judgment verdict order complaint lawsuit suit indictment affidavit brief motion petition bill law
  legislation index model forecast projection average chart graph clip spot release notice warning guidance
  assessment evaluation investigation inquiry probe census count tally polling surveys polls studies`.split(/\s+/),
);

/** Heads of a phrase that speaks for its possessor: "Smith's spokesman", "the ministry's statement", "his campaign". */
export const PROXY_NOUNS = new Set(
  `spokesman spokeswoman spokesperson office campaign statement website account submission filing press lawyer
  lawyers attorney attorneys`.split(/\s+/),
);

/** Forms of "be" and "get": before a speech verb they make it passive ("was expected", "is said"). */
export const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'get', 'got', 'gets']);

/** Words between a subject and its verb that do not break the link ("has also said"). */
export const VERB_PREFIX = new Set(
  `has have had will would could should may might must can also still previously earlier later then now already
  repeatedly recently again not never further once today yesterday publicly privately separately however too
  originally reportedly allegedly`.split(/\s+/),
);

// (Each word with its first letter in either case, but the modal "may" in lower case only: "May"
// mid-sentence is the month, "the vote on 5 May", which hedges nothing.)
export const HEDGES = new RegExp(
  `\\b(?:${[
    'might', 'could', 'likely', 'unlikely', 'likelihood', 'if', 'unless', 'possibly', 'possible', 'perhaps', 'probably', 'maybe', 'appears?', 'seems?',
    'expected to', 'anticipated?', 'not rule out', 'does not rule out', "doesn't rule out", 'would not rule out', "wouldn't rule out", 'potentially',
    'reportedly', 'allegedly', 'uncertain', 'unclear',
  ]
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|')}|may)\\b`,
);

/** Stance verbs that hedge whatever follows them. */
export const HEDGING_VERBS = new Set(['believe', 'think', 'hope', 'fear', 'expect', 'estimate', 'reckon', 'suggest', 'predict', 'forecast', 'anticipate', 'doubt']);

export const MALE_PRONOUNS = new Set(['he']);
export const FEMALE_PRONOUNS = new Set(['she']);
export const ORG_PRONOUNS = new Set(['it']);
export const FIRST_PERSON = new Set(['i', 'we']);

/**
 * Nouns that describe a person ("the former statesman", "the minister", "the GOP nominee"): role
 * and occupation nouns of WordNet's noun.person lexicographer file that news copy uses for people
 * in the story.
 */
export const PERSON_NOUNS = new Set(
  `statesman stateswoman minister president chief leader secretary adviser advisor spokesman spokeswoman spokesperson
  official executive chairman chairwoman chair director boss head politician diplomat ambassador general economist
  analyst lawyer solicitor barrister attorney senator governor mayor premier chancellor commissioner judge peer lord
  editor correspondent founder manager coach captain officer source sources officials analysts experts expert
  spokesmen representative representatives negotiator campaigner campaigners activist activists critic critics
  executives investors traders economists lawyers ministers leaders observers researchers scientists doctors
  detainee prisoner witness victim nominee candidate businessman businesswoman congressman congresswoman lawmaker
  legislator billionaire mogul tycoon host anchor presenter actor actress singer rapper star player striker
  midfielder defender goalkeeper forward quarterback pitcher referee umpire author writer reporter journalist
  columnist commentator historian professor teacher doctor physician surgeon nurse scientist researcher engineer
  pastor priest bishop rabbi imam envoy aide strategist pollster consultant prosecutor defendant suspect plaintiff
  mother father son daughter wife husband widow widower veteran soldier colonel sergeant lieutenant commander
  sheriff inspector detective constable owner chef designer director producer filmmaker musician artist
  entrepreneur investor banker trader founder cofounder ceo president-elect incumbent challenger frontrunner
  republican democrat woman man friend ex-wife ex-husband caller announcer narrator reader questioner specialist
  member agent resident voter worker student parent child neighbour neighbor fan supporter opponent rival colleague`.split(/\s+/),
);

/** Nationality nouns that sports and news copy use for a person already named ("the Dutchman said"): WordNet noun.person. */
export const DEMONYMS = new Set(
  `dutchman dutchwoman irishman irishwoman englishman englishwoman frenchman frenchwoman welshman welshwoman scotsman
  scotswoman scot briton spaniard swede dane finn pole norwegian italian german brazilian argentine argentinian
  portuguese australian american canadian kenyan ethiopian nigerian ghanaian russian ukrainian croat serb czech belgian
  swiss austrian greek turk japanese chinese korean indian pakistani mexican colombian uruguayan chilean jamaican
  cameroonian ivorian senegalese egyptian moroccan algerian tunisian israeli iranian iraqi kiwi aussie`.split(/\s+/),
);

/** Nouns of groups that speak as one (WordNet noun.group): "the family said", "the panel found", "63 percent said". */
export const GROUP_NOUNS = new Set(
  `family team panel crowd majority minority media management fund society public audience jury staff board
  community electorate state country city nation percent half third quarter government cabinet parliament congress
  senate military`.split(/\s+/),
);

/** Nouns that refer back to an organisation ("the airline said", "the alliance's members"). */
export const ORG_NOUNS = new Set(
  `company firm group airline carrier bank union alliance organisation organization agency ministry department
  party council commission committee club corporation manufacturer maker retailer insurer broadcaster newspaper
  paper network operator regulator watchdog court tribunal police administration journal magazine outlet publication
  station channel chain lender supermarket conglomerate multinational`.split(/\s+/),
);

/** Subordinators that open an adverbial clause (Quirk et al. 1985, §14.12): "When ..., X said". */
export const ADVERBIAL_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'whenever', 'while', 'whilst', 'after', 'before', 'although', 'though', 'because', 'since', 'if', 'unless', 'once', 'until', 'as', 'whereas']);

/**
 * Verbs that report a judgement only in a frame of their own, not with a that-clause (the frames of
 * the cue verbs of attribution corpora, PARC 3.0 and PolNeAR, by Levin's 1993 classes):
 * - naming ("dub") verbs, Levin 29.3, with an object and a naming complement: "branded the plan
 *   a con", "labelled it 'reckless'" (not "branded goods");
 * - characterize verbs, Levin 29.2, with an object and an "as" complement: "portrayed him as a
 *   liar", "saw the web as a shop window" ("described ... as" is a speech verb already);
 * - phrasal verbs of stance, with their particles: "played down talk of a move", "spoke out
 *   against the bid", "hit out at the referee", "lashed out at critics";
 * - a plea, "pleaded not guilty to fraud" (FrameNet Entering_of_plea).
 */
export const NAMING_LEMMAS = new Set(['brand', 'label', 'dub', 'term']);
export const CHARACTERIZE_LEMMAS = new Set(['portray', 'depict', 'characterise', 'characterize', 'paint', 'see', 'view', 'regard']);
export const PHRASAL_STANCE: ReadonlyMap<string, { particle: string; then: ReadonlySet<string> | null }> = new Map([
  ['play', { particle: 'down', then: null }],
  ['speak', { particle: 'out', then: new Set(['against', 'about', 'on', 'for', 'in', 'over']) }],
  ['hit', { particle: 'out', then: new Set(['at']) }],
  ['lash', { particle: 'out', then: new Set(['at']) }],
]);
export const PLEA_LEMMAS = new Set(['plead']);
export const PLEAS = new Set(['guilty', 'innocent', 'not']);

/**
 * Adjectives that, after "be", hold a stance towards a clause (Biber et al. 1999, Longman Grammar,
 * §9.4.5, adjectives controlling that-clauses: of certainty and of attitude or emotion): "is
 * confident that sales will recover", "is not convinced a rental model will work"; those of concern
 * and confidence (ABOUT_STANCE) also with "about" or "over" and their topic ("is concerned about the
 * plan").
 */
export const STANCE_ADJECTIVES = new Set(
  `convinced unconvinced confident sure certain adamant positive optimistic pessimistic sceptical skeptical concerned
  worried hopeful doubtful afraid fearful satisfied disappointed pleased delighted happy unhappy angry furious
  surprised shocked`.split(/\s+/),
);
export const ABOUT_STANCE = new Set(['concerned', 'worried', 'optimistic', 'pessimistic', 'sceptical', 'skeptical', 'confident', 'unconvinced', 'bullish', 'upbeat', 'gloomy']);
