// Roles from the text's own appositions and titles: "Former NATO chief Anders
// Rasmussen", "Rod Eddington, BA's chief executive, said", "adviser to
// Ukrainian President Volodymyr Zelenskyy".
import type { Analysis, Token } from '../nlp.js';
import type { NameMention } from './mentions.js';
import { TITLE_WORDS } from './lexicon.js';

const ROLE_GLUE = new Set(['of', 'and', 'for', 'the', "'s", '’s', '-', 'at', 'to']);
const STOP_BEFORE = new Set(['said', 'says', 'told', 'by', 'with', 'from', 'as', 'that', 'said,', 'to', 'adviser', 'advisor', 'which', 'who']);

const isRoleToken = (t: Token): boolean =>
  TITLE_WORDS.has(t.text.toLowerCase()) ||
  t.pos === 'PROPN' ||
  (t.pos === 'ADJ' && /^\p{L}/u.test(t.text)) ||
  (t.pos === 'NOUN' && /^\p{L}/u.test(t.text));

/** The role phrase right before a name, e.g. "Former NATO chief". */
function readRoleBefore(analysis: Analysis, mention: NameMention): string | null {
  const { tokens } = analysis;
  const sentenceFirst = analysis.sentences[mention.sentence]!.first;
  let first = mention.first;
  let sawTitle = false;
  for (let t = mention.first - 1; t >= sentenceFirst; t--) {
    const tok = tokens[t]!;
    const lower = tok.text.toLowerCase();
    if (STOP_BEFORE.has(lower) && !TITLE_WORDS.has(lower)) break;
    if (tok.pos === 'SPACE' || tok.pos === 'PUNCT' && tok.text !== '-') break;
    if (ROLE_GLUE.has(lower)) {
      // Glue only counts when a role word precedes it.
      const before = tokens[t - 1];
      if (!before || !isRoleToken(before) || lower === 'the' || lower === 'to') break;
      continue;
    }
    if (!isRoleToken(tok) && !/^(?:former|current|then|acting|interim|outgoing|incoming|new|deputy|vice)$/i.test(tok.text)) break;
    if (TITLE_WORDS.has(lower)) sawTitle = true;
    first = t;
  }
  if (!sawTitle || first === mention.first) return null;
  return tidy(analysis.text.slice(tokens[first]!.start, tokens[mention.first - 1]!.end));
}

/** The apposition right after a name: "Rod Eddington, BA's chief executive, said". */
function readRoleAfter(analysis: Analysis, mention: NameMention): string | null {
  const { tokens } = analysis;
  const sentenceLast = analysis.sentences[mention.sentence]!.last;
  const comma = tokens[mention.last + 1];
  if (!comma || comma.text !== ',') return null;
  let t = mention.last + 2;
  let sawTitle = false;
  const from = t;
  for (; t <= sentenceLast && t - from < 10; t++) {
    const tok = tokens[t]!;
    if (tok.text === ',' || tok.text === '.' || tok.text === ';') break;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return null;
    if (TITLE_WORDS.has(tok.text.toLowerCase())) sawTitle = true;
  }
  if (!sawTitle || t === from || tokens[t]?.text !== ',' && tokens[t]?.text !== '.') return null;
  return tidy(analysis.text.slice(tokens[from]!.start, tokens[t - 1]!.end));
}

function tidy(role: string): string | null {
  const cleaned = role.replace(/\s+/g, ' ').replace(/^(?:the|a|an)\s+/i, '').trim();
  if (cleaned.length < 2 || cleaned.split(' ').length > 12) return null;
  return cleaned;
}

/** The role a mention's context gives the person, or null. */
export function readRole(analysis: Analysis, mention: NameMention): string | null {
  return readRoleBefore(analysis, mention) ?? readRoleAfter(analysis, mention);
}
