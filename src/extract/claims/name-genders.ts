// The gender a given name usually signals, for "he" and "she". The project's own given-name lists
// (extract/lexicon/names.ts, from compromise) come first; names they lack ("Mitt", "Jeb") are read
// from the English list of the gender-detection-from-name package (MIT, 32,000 names). Only this
// module imports it. It decides what is a name in one place only: a name glued after a body's in a
// title's complement ("the head of Vodafone Arun Sarin"), where the words can be nothing else.
import englishNames from 'gender-detection-from-name/names/en.js';
import { GIVEN_NAMES } from '../lexicon/names.js';

export function genderOfGivenName(name: string): 'male' | 'female' | null {
  const word = name.toLowerCase();
  // (A name the project's lists hold as used by both is left open, whatever the package says.)
  if (GIVEN_NAMES.has(word)) return GIVEN_NAMES.get(word) ?? null;
  return englishNames.get(word) ?? null;
}

/** Whether the package's English list holds the word as a given name ("Arun", "Mikko"). */
export const isListedGivenName = (name: string): boolean => englishNames.has(name.toLowerCase());
