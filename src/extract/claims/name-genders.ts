// The gender a given name usually signals, for "he" and "she". The project's own given-name lists
// (extract/lexicon/names.ts, from compromise) come first; names they lack ("Mitt", "Jeb") are read
// from the English list of the gender-detection-from-name package (MIT, 32,000 names). Only this
// module imports it, and only for genders: it does not decide what is a name.
import englishNames from 'gender-detection-from-name/names/en.js';
import { GIVEN_NAMES } from '../lexicon/names.js';

export function genderOfGivenName(name: string): 'male' | 'female' | null {
  const word = name.toLowerCase();
  // (A name the project's lists hold as used by both is left open, whatever the package says.)
  if (GIVEN_NAMES.has(word)) return GIVEN_NAMES.get(word) ?? null;
  return englishNames.get(word) ?? null;
}
