import { describe, expect, it } from 'vitest';
import { inferDateLocale } from '../../src/extract/dates/locale.js';

describe('inferDateLocale', () => {
  it.each([
    [{ language: 'en-US', text: 'The centre will open.' }, 'en-US'],
    [{ language: 'en-GB', text: 'The center will open.' }, 'en-GB'],
    [{ language: 'en', text: 'The defense ministry will organize talks at the center.' }, 'en-US'],
    [{ language: null, text: 'The defence ministry will organise talks at the centre.' }, 'en-GB'],
    [{ language: null, text: 'Talks will be held on 7/8/07.' }, 'en-GB'],
  ] as const)('%j → %s', (article, locale) => {
    expect(inferDateLocale(article)).toBe(locale);
  });
});
