// A cheap guess whether a text is English: the share of its words that are
// common English function words. Extraction is tuned for English; anything
// else is still briefed, with a warning that it may miss things.
const COMMON = new Set(
  'the of and to a in is that for it on was with as he she they be by at this from have has had are were not but said his her their an or which will would who been its after more also we you i there than about one up out into over new two last year'.split(' '),
);

export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return true;
  const common = words.filter((w) => COMMON.has(w)).length;
  return common / words.length >= 0.12;
}
