// Finds the tokens around a character offset, so that rules and the tense and event readers can
// consult part-of-speech tags without walking the whole token list.
import type { Analysis, Sentence, Token } from '../nlp.js';

export class TokenIndex {
  readonly tokens: readonly Token[];
  private readonly starts: Int32Array;
  private readonly sentences: readonly Sentence[];

  constructor(analysis: Analysis) {
    // Whitespace tokens carry no tag worth reading; leave them out once here.
    this.tokens = analysis.tokens.filter((t) => t.pos !== 'SPACE');
    this.starts = new Int32Array(this.tokens.length);
    for (let k = 0; k < this.tokens.length; k++) this.starts[k] = this.tokens[k]!.start;
    this.sentences = analysis.sentences;
  }

  /** The sentence that holds `offset` (the nearest one before it when it falls between two). */
  sentenceAt(offset: number): Sentence | undefined {
    const s = this.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (offset < s[mid]!.start) hi = mid - 1;
      else if (offset >= s[mid]!.end) lo = mid + 1;
      else return s[mid];
    }
    return s[Math.max(0, Math.min(hi, s.length - 1))];
  }

  /** Index of the first token that starts at or after `offset` (tokens.length if none). */
  firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The token right after `offset`, skipping nothing but whitespace. */
  after(offset: number): Token | undefined {
    return this.tokens[this.firstAtOrAfter(offset)];
  }

  /** The last token that ends at or before `offset`. */
  before(offset: number): Token | undefined {
    let i = this.firstAtOrAfter(offset) - 1;
    while (i >= 0 && this.tokens[i]!.end > offset) i--;
    return i >= 0 ? this.tokens[i] : undefined;
  }
}
