import { describe, expect, it } from 'vitest';
import { inferDateLocale } from '../../src/extract/dates/locale.js';

describe('inferDateLocale', () => {
  it.each([
    [{ language: 'en-US', text: 'The centre will open.' }, 'en-US'],
    [{ language: 'en-GB', text: 'The center will open.' }, 'en-GB'],
    [{ language: 'en', text: 'The defense ministry will organize talks at the center.' }, 'en-US'],
    [{ language: null, text: 'The defence ministry will organise talks at the centre.' }, 'en-GB'],
    [{ language: null, text: 'Talks will be held on 7/8/07.' }, 'en-GB'],
    [{ language: null, text: 'Talks will be held on 7/8/07, after the 12/25/2006 deadline passed at the centre.' }, 'en-US'],
    [{ language: 'en', text: 'The center reopened on 7/8/07; it had closed on 25/12/2006.' }, 'en-GB'],
    [{ language: null, text: 'A 3/4 majority on 7/8/07 at the center.' }, 'en-US'],
    [{ language: null, text: 'The 2/3 and 30/4/2007 and 4/30/2007 figures disagree at the centre.' }, 'en-GB'],
  ] as const)('%j → %s', (article, locale) => {
    expect(inferDateLocale(article)).toBe(locale);
  });
});
