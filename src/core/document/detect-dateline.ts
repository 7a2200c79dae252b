// A first line such as `date 2023-09-19 Beijing` or `2023-09-19, Beijing` states when and where a story was filed.

export interface Dateline {
  date: string;
  place: string | null;
}

const datelinePattern = /^\s*(?:(?:date|dated|published|updated)\s*:?\s+)?(\d{4}-\d{2}-\d{2})(?:[\s,;|–-]+(.+?))?\s*$/i;

export function detectDateline(line: string): Dateline | null {
  const match = datelinePattern.exec(line);
  if (!match?.[1]) return null;
  const place = match[2]?.replace(/[.,;:]+$/, '').trim();
  return { date: match[1], place: place ? place : null };
}
