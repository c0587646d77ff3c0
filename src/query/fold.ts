/**
 * Fold a name for matching: lower case, no diacritics, so "krakow" finds "Kraków" and "lodz"
 * finds "Łódź". Letters that Unicode does not decompose (ł, ø, ß, đ, ı …) are mapped by hand;
 * punctuation and runs of spaces become one space.
 */
const EXTRA: Record<string, string> = {
  ł: 'l', ø: 'o', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŧ: 't',
  '’': "'", 'ʼ': "'", '‘': "'",
};

export function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łøßđðþæœıħŧ’ʼ‘]/g, (c) => EXTRA[c] ?? c)
    .replace(/[\s\-–—_.,/()"]+/g, ' ')
    .trim();
}
