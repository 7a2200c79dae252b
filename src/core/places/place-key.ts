// The key a place name is looked up by: lower case, accents dropped ("Pointe-à-Pitre" and
// "Pointe-a-Pitre" are one town), curly apostrophes straight, one space. scripts/build-gazetteer.mjs
// computes the same keys for its index (a unit test checks that the two agree).
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
