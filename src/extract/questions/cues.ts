// Word lists that mark a statement as uncertain, each taken from published work on hedging,
// factuality or events (the source is named per list). The rules in rules.ts decide from the
// grammar around a cue whether it really leaves something open.

/**
 * Epistemic modals. CoNLL-2010 shared task (Farkas et al. 2010, BioScope and Wikipedia hedge
 * cues) and Hyland (2005, Metadiscourse, appendix of hedges): may, might, could.
 */
export const EPISTEMIC_MODAL = /^(?:may|might|could)$/i;

/**
 * Adjectives and participles that predict in "be ___ to VERB": Hyland's (2005) hedges (likely,
 * unlikely, certain) and the TimeML 1.2.1 I_STATE / I_ACTION classes (expected, predicted,
 * scheduled, set, due), with the near-synonyms of those classes in the same guidelines.
 */
export const PREDICTIVE_ADJ = new Set(['likely', 'unlikely', 'expected', 'set', 'due', 'poised', 'bound', 'doomed', 'certain', 'predicted', 'forecast', 'tipped', 'scheduled', 'slated', 'projected', 'destined']);

/**
 * Readiness and willingness in "be ___ to VERB" (TimeML 1.2.1 I_STATE: "ready", "willing",
 * "prepared", "determined", "eager", "reluctant" among its examples): an intention, not an act.
 */
export const READINESS_ADJ = new Set(['prepared', 'ready', 'willing', 'determined', 'eager', 'keen', 'anxious', 'reluctant', 'unwilling', 'poised']);

/**
 * Verbs whose "to"-complement is an act not yet done: TimeML 1.2.1 I_ACTION (attempt, try,
 * promise, offer, propose, threaten, vow, plan, seek) and I_STATE (want, hope, intend, expect,
 * aim, wish), by lemma.
 */
export const INTENTION_LEMMAS = new Set(['plan', 'intend', 'hope', 'aim', 'seek', 'want', 'wish', 'expect', 'threaten', 'vow', 'pledge', 'promise', 'propose', 'prepare']);

/**
 * Verbs of belief, estimate and expectation that make a following "will"/"would" a forecast:
 * Hyland's (2005) hedging verbs (believe, estimate, predict, suggest, suspect, think) with the
 * TimeML I_STATE expectation verbs (expect, anticipate, fear).
 */
export const BELIEF = /^(?:believes?|believed|believing|reckons?|reckoned|predicts?|predicted|predicting|forecasts?|estimates?|estimated|fears?|feared|fearing|expects?|expected|expecting|anticipates?|anticipated|anticipating|projected|thinks?|thought|warns?|warned|suggests?|suggested|suspects?|suspected|hopes?|hoped|hoping|doubts?|doubted|speculated?|speculates)$/i;

/**
 * Predicative adjectives of certainty, hope and worry that take a "that"-clause, with or without
 * its "that" ("was hopeful the swap could lead to …", "are worried that it could …"): the
 * adjectives of Quirk et al. (1985, §16.69) that express a degree of certainty or an emotion about
 * what the clause says. The clause after them is the holder's expectation, not a fact.
 */
export const ATTITUDE_ADJ = /^(?:hopeful|optimistic|pessimistic|confident|sure|certain|convinced|worried|concerned|afraid|fearful|adamant)$/i;

/**
 * Reporting verbs (FactBank's source-introducing predicates, Saurí & Pustejovsky 2009) after
 * which a "would" is the future of the past ("He added that … would be decided").
 */
export const REPORTING = /^(?:said|says|say|saying|added|adds|adding|told|tells|telling|stated|states|stating|announced|announces|claimed|claims|claiming|insisted|insists|insisting|argued|argues|arguing|indicated|indicates|signalled|signaled|suggested|suggests|acknowledged|acknowledges|admitted|admits|confirmed|confirms|explained|explains|noted|notes|noting|reported|reports|revealed|reveals|maintained|maintains|predicted|predicts|predicting|promised|promises|promising|pledged|pledges|vowed|vows|assured|assures|wrote|writes)$/i;

/**
 * Passive weasel frames of the CoNLL-2010 Wikipedia data ("is said to", "is believed to", "is
 * thought to", "is understood to", "is reported to", "is alleged to", "is rumoured to").
 */
export const WEASEL_PASSIVE = /^(?:said|believed|thought|understood|reported|alleged|rumou?red|claimed|suspected|feared|suggested|estimated|presumed)$/i;

/**
 * Predicates that dispute a claim: FactBank's counter-factive and non-factive source-introducing
 * predicates (deny, dispute, reject, contest, challenge, accuse, allege) (Saurí & Pustejovsky 2009).
 */
export const DISPUTE_LEMMAS = new Set(['deny', 'dispute', 'reject', 'contest', 'challenge', 'refute', 'rebut', 'dismiss', 'question', 'disagree']);
export const ACCUSE_LEMMAS = new Set(['accuse', 'allege', 'suspect', 'charge']);

/**
 * Verbs and adjectives that leave a "whether"/wh-clause open: inquiry and decision verbs
 * (TimeML I_ACTION: investigate, examine, review, decide, consider) and the stated-unknown
 * adjectives of the CoNLL-2010 cue lists (unclear, uncertain, unknown, not clear).
 */
export const INQUIRY_LEMMAS = new Set([
  'see', 'check', 'verify', 'test', 'investigate', 'examine', 'probe', 'review', 'assess', 'determine', 'establish', 'decide', 'consider', 'weigh', 'study',
  'scrutinise', 'scrutinize', 'wonder', 'question', 'debate', 'discuss', 'judge', 'rule', 'evaluate', 'explore',
  'inquiry', 'investigation', 'probe', 'doubt', 'uncertainty', 'scrutiny', 'decision', 'speculation', 'discussion', 'talks', 'negotiation', 'negotiations',
  'unclear', 'uncertain', 'unknown', 'undecided', 'unsure', 'doubtful',
]);
/** Verbs (and the adjectives "clear", "sure", "certain") that, negated, state an unknown ("did not say how", "has not been determined when", "I am not sure whether"). */
export const UNSAID_LEMMAS = new Set(['say', 'disclose', 'reveal', 'specify', 'know', 'confirm', 'explain', 'indicate', 'elaborate', 'comment', 'decide', 'determine', 'announce', 'clear', 'sure', 'certain', 'detail', 'identify', 'name', 'release', 'answer']);

/**
 * Events whose outcome a report waits for: the ACE 2005 event subtypes Justice (trial-hearing,
 * sentence, appeal, extradite), Contact (meet), Personnel (elect), Conflict (demonstrate: strikes,
 * walkouts) and their common news nouns.
 */
export const EVENT_NOUN = /^(?:trials?|hearings?|strikes?|walkouts?|sentencing|appeals?|verdicts?|rulings?|extradition|inquiry|inquiries|investigation|review|votes?|ballots?|elections?|referendums?|referenda|primar(?:y|ies)|run-?off|summits?|meetings?|talks|negotiations|conference|congress|convention|council|debate|match|final|tie|race|launch|auction|deadline|decision|testimony|inquest|tribunal|court-martial|impeachment)$/i;
/** Gatherings that decide something: "What will be decided at …". */
export const GATHERING = /^(?:summits?|meetings?|talks|negotiations|conference|congress|convention|council)$/i;

/** Sentences with nothing left open: an act reported as done, in the past. */
export const NEGATION = /^(?:not|n[’']t|never)$/i;

/** Heads of descriptions that name a person or an organisation (ACE 2005 PER and ORG nominals). */
export const PARTY_HEAD = /\b(?:spokes(?:man|woman|person)|officials?|minister|ministry|government|department|company|firm|union|party|aides?|sources?|lawyers?|analysts?|experts?|police|prosecutors?|critics|campaigners|group|council|committee|board|office|executives?|leaders?|secretary)$/i;
