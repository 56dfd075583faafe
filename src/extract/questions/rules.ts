// The sentence rules, one per kind of uncertainty, in the order they are tried: each reads one
// sentence and returns at most one draft question, and the first that fits wins. The order
// puts the most specific reading first (an explicit question, a condition, an open "whether")
// and the loosest last (an event ahead). Each rule comes with the words it cannot fire
// without, so that the many sentences with none of them are passed over at the cost of a test.
import type { Rule } from './ask.js';
import { EVENT_NOUN, PREDICTIVE_ADJ, READINESS_ADJ } from './cues.js';
import { claimDenied, disputedClaim, hedgedClause, noComment, singleSource, suggestedContent } from './doubts.js';
import { contestedClaim, modalClause } from './fallback.js';
import { apparentClause, estimatesDisagree, HEDGE_ADVERB, hedgedExtraposition, hedgedStatement, hedgeNounClause } from './hedges.js';
import { legalAction, nothingSettled } from './pending.js';
import { deliberation, embeddedQuestion, explicitQuestion, facing, noPlans, notYetDone, onTheAgenda, request, upcomingEvent, withheld } from './events.js';
import { anticipatedNoun, awaitedPassive, conditional, forecast, goingTo, hedgedModal, intention, notRuledOut, predictivePhrase, prospectNoun, recommendation } from './predictions.js';

export type { Draft, RuleContext } from './ask.js';

export interface SentenceRule {
  /** Matches every sentence the rule can ask about (and more). */
  cue: RegExp;
  ask: Rule;
}

const EVENT_WORDS = new RegExp(EVENT_NOUN.source.replace(/^\^/, '\\b').replace(/\$$/, '\\b'), 'i');

export const SENTENCE_RULES: SentenceRule[] = [
  { cue: /\?/, ask: explicitQuestion },
  { cue: /\b(?:if|unless)\b/i, ask: conditional },
  { cue: /\b(?:whether|if|how|what|who|when|where|why|which)\b/i, ask: embeddedQuestion },
  { cue: /\bestimates\b/i, ask: estimatesDisagree },
  { cue: /\b(?:ask|urg|want|press|call|demand|push|request|insist|recommend|propos|expect|predict|tip)/i, ask: request },
  { cue: /\bno plans?\b/i, ask: noPlans },
  { cue: /\bwithh[oe]l|\b(?:not|n['’]t|never|declined|refused|declines|refuses|without|unsure|uncertain|unclear|ignorant|speculation|questions|doubts|uncertainty)\b/i, ask: withheld },
  { cue: /\bcomment on\b/i, ask: noComment },
  { cue: /\b(?:mulling|considering|weighing|reviewing|exploring|debating|discussing|studying|examining|contemplating|eyeing)\b/i, ask: deliberation },
  { cue: /\b(?:agenda|under|being|yet)\b/i, ask: onTheAgenda },
  { cue: /\b(?:sued|suing|appealing|filed|lodged|launched|brought|mounted|issued|begun|started|submitted)\b/i, ask: legalAction },
  { cue: /\bno\b/i, ask: nothingSettled },
  { cue: new RegExp(`\\b(?:${[...PREDICTIVE_ADJ, ...READINESS_ADJ].join('|')})\\s+to\\b|\\b(?:likely|probably)\\s+\\w+ing\\b|\\b(?:is|are)\\s+(?:likely|unlikely|possible|probable|inevitable|imminent)\\b`, 'i'), ask: predictivePhrase },
  { cue: /\b(?:plan|intend|hop|aim|seek|sought|want|wish|expect|threaten|vow|pledg|promis|propos|prepar|like|love)\w*\s+to\b/i, ask: intention },
  { cue: /\bunable\b|\byet\b/i, ask: notYetDone },
  { cue: /\b(?:may|might|could)\b/i, ask: hedgedModal },
  { cue: /\b(?:will|would|shall)\b|['’]ll\b|\bwon['’]t\b/i, ask: forecast },
  { cue: /\bgoing\b/i, ask: goingTo },
  { cue: /\b(?:should|must)\b/i, ask: recommendation },
  { cue: /\b(?:anticipated|expected|forecast|predicted|projected)\b/i, ask: anticipatedNoun },
  { cue: /\b(?:anticipated|expected|awaited)\b/i, ask: awaitedPassive },
  { cue: /\brul\w*\s+out\b/i, ask: notRuledOut },
  { cue: /\b(?:den|disput|reject|contest|challeng|refut|rebut|dismiss|question|disagree|accus|alleg|suspect|charg|doubt|critics|opponents|sceptics|skeptics|attorney|lawyer|defen[cs]e|solicitor|barrister|counsel)/i, ask: disputedClaim },
  { cue: /\b(?:untrue|false|wrong|inaccurate|unfounded|baseless|groundless|incorrect|nonsense|rubbish|unsubstantiated|not true|not accurate|not correct)\b/i, ask: claimDenied },
  { cue: /\b(?:maybe|perhaps|possibly|probably)\b/i, ask: hedgedClause },
  { cue: /\b(?:appear|seem)|^\W*(?:(?:but|and|yet|so)\s+)?(?:apparently|reportedly|allegedly|supposedly|purportedly|seemingly|ostensibly)\b/i, ask: apparentClause },
  { cue: /\b(?:responsibility|according|reportedly|purportedly|supposedly|apparently|report\w*|sources|said|believed|thought|understood|alleged|rumou?red|claimed|suspected|feared|suggest(?:s|ed)?|estimated|presumed)\b/i, ask: singleSource },
  { cue: /\bfac(?:e|es|ing)\b/i, ask: facing },
  { cue: /\b(?:hopes?|fears?|prospects?|possibility|likelihood|chances?|threats?|expectations?|speculation|rumou?rs?|talk)\s+of\b/i, ask: prospectNoun },
  { cue: EVENT_WORDS, ask: upcomingEvent },
  { cue: /\b(?:will|would|could|may|might|shall)\b|['’]ll\b|\bwon['’]t\b/i, ask: modalClause },
  { cue: /\b(?:believe|suggest|indicat|doubt|claim|alleg|hope|expect|fear|contend|maintain|speculat|assert|critics|opponents|supporters|backers|detractors|sceptics|skeptics|defenders|proponents|campaigners|activists|those|court|jury|tribunal|inquiry|hearing|inquest|testif)/i, ask: contestedClaim },
  { cue: /\b(?:suggest(?:s|ed|ing)?|claims|allegations?|suggestions?|rumou?rs|speculation|reports)\b/i, ask: suggestedContent },
  { cue: /\b(?:likely|unlikely|possible|probable|doubtful|conceivable|plausible)\s+\w/i, ask: hedgedExtraposition },
  { cue: new RegExp(HEDGE_ADVERB.source.replace(/^\^/, '\\b').replace(/\$$/, '\\b'), 'i'), ask: hedgedStatement },
  { cue: /\b(?:possibilit|speculation|rumou?r|doubt|suspicion|hope|fear|likelihood|chance)/i, ask: hedgeNounClause },
];
