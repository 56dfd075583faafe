import { describe, expect, it } from 'vitest';
import { headingOf } from '../src/brief/heading.js';

describe('headingOf', () => {
  it('is the headline when there is one', () => {
    expect(headingOf({ title: 'Harbour town votes', text: 'Residents voted.' })).toBe('Harbour town votes');
  });

  it('is the lead sentence of an article without a headline, cut at a word and never inside a quotation', () => {
    expect(headingOf({ title: null, text: 'Prices rose on Monday. The bank said so.' })).toBe('Prices rose on Monday.');
    const text = "Israel's prime minister has apologised to Turkey for \"any errors that could have led to loss of life\" during the raid.";
    expect(headingOf({ title: null, text })).toBe("Israel's prime minister has apologised to Turkey for…");
    expect(headingOf({ title: '', text: '' })).toBe('(untitled article)');
  });
});
