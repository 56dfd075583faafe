// The sentence rules, one per kind of uncertainty, in the order they are tried: each reads one
// sentence and returns at most one draft question, and the first that fits wins. The order
// puts the most specific reading first (an explicit question, a condition, an open "whether")
// and the loosest last (an event ahead).
import type { Rule } from './ask.js';
import { disputedClaim, singleSource } from './doubts.js';
import { deliberation, embeddedQuestion, explicitQuestion, facing, noPlans, onTheAgenda, request, upcomingEvent } from './events.js';
import { anticipatedNoun, awaitedPassive, conditional, forecast, goingTo, hedgedModal, intention, notRuledOut, predictivePhrase } from './predictions.js';

export type { Draft, RuleContext } from './ask.js';

export const SENTENCE_RULES: Rule[] = [
  explicitQuestion,
  conditional,
  embeddedQuestion,
  request,
  noPlans,
  deliberation,
  onTheAgenda,
  predictivePhrase,
  intention,
  hedgedModal,
  forecast,
  goingTo,
  anticipatedNoun,
  awaitedPassive,
  notRuledOut,
  disputedClaim,
  singleSource,
  facing,
  upcomingEvent,
];
