// A first line such as `date 2023-09-19 Beijing` or `2023-09-19, Beijing` states when and where a story was filed,
// as does a wire dateline set on its own line above the story: `OSLO, April 26, 2006 --`.

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

const monthNumbers: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** "OSLO, April 26, 2006 --" (place in capitals, a month and day, a year, a dash or none), a line of its own. */
const wireLinePattern =
  /^\s*(\p{Lu}[\p{Lu} .'’-]{1,40}?),\s*((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:,\s*(\d{4}))?)\s*(?:[-–—]{1,2})?\s*$/u;

export function detectWireDatelineLine(line: string): Dateline | null {
  const match = wireLinePattern.exec(line);
  if (!match?.[1] || !match[2] || !match[3] || !match[4]) return null;
  const month = monthNumbers[match[3].toLowerCase()] as number;
  // Without a year the date stays as written, as a wire story gives it ("April 26").
  const date = match[5] ? `${match[5]}-${String(month).padStart(2, '0')}-${match[4].padStart(2, '0')}` : match[2].replace(/\s+/g, ' ');
  return { date, place: match[1].trim() };
}
