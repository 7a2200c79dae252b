// The versions the kill-during-save child writes, so the test can recognise each one whole.
// Sizes differ from version to version: a cut-off file cannot pass for another version.

export function deckVersion(n: number): string {
  const slides = 400 + (n % 7) * 90;
  const body = Array.from({ length: slides }, (_, i) => `## Version ${n}, slide ${i + 1}\n\n- ${'word '.repeat(20 + (i % 5))}\n\nNote:\nnotes of version ${n}, slide ${i + 1}`);
  return `---\ntitle: "Version ${n}"\n---\n\n${body.join('\n\n---\n\n')}\n`;
}

export function pdfTitle(n: number): string {
  return `Export version ${n}`;
}

export function pdfPages(n: number): number {
  return 8 + (n % 5) * 3;
}
