// The modal auxiliaries of English (Quirk et al. 1985, §3.40: the central modals, with "shall" and
// the clitic "'ll"), as the tagger's tokens write them.

/** Lower-cased modal auxiliaries, the clitic with a straight and a curly apostrophe. */
export const MODAL_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", '’ll']);
