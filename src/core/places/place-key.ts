// The key a place name is looked up by: lower case, accents dropped ("Pointe-à-Pitre" and
// "Pointe-a-Pitre" are one town), curly apostrophes straight, one space. scripts/build-gazetteer.mjs
// compiles and imports this very file to key its index. No imports: the script bundles it alone.
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
