// The pictures a CSS background value names: `url("a.png"), linear-gradient(…)` names a.png.

export function backgroundUrls(value: string): string[] {
  return [...value.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)].flatMap((match) => (match[2] ? [match[2]] : []));
}
