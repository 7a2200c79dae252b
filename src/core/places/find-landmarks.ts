// Named features and buildings: islands, capes, valleys, falls, forts, stadiums, memorials, stations,
// hotels, seas ("Central Station", "Fort Alder", "the Berg Valley", "the Narrow Channel", "Gulf of
// Norland"). Found by the word that says what they are; the offline data has no coordinates for most of
// them, so they are listed and named in the notes, and mapped only when the gazetteer knows the name.

/** Words that, after a capitalised name, make it a feature or a building. */
const headsAfter =
  'Island|Islands|Isles|Isle|Valley|Falls|Stadium|Arena|Memorial|Station|Hotel|Sea|Ocean|Channel|Bay|Gulf|River|Lake|Mountains|Mountain|Hills|Strait|Straits|Peninsula|Desert|Canyon|Gorge|Airport|Bridge|Harbour|Harbor|Beach|Coast|Glacier|Volcano|Reef|Dam|Canal|Forest|Plateau|Basin|Lagoon|Cathedral|Castle|Palace|Fortress|Monument|Museum|Square|Park|Cemetery|Pass|Delta|Fjord|Sound|Tunnel|Archipelago|Atoll|County|Parish|Region';
/** Words that, before a capitalised name, make it a feature ("Fort X", "Mount X", "Lake X", "Cape X"). */
const headsBefore = 'Fort|Mount|Mt\\.|Lake|Cape|Isle\\s+of|Gulf\\s+of|Bay\\s+of|Sea\\s+of|Strait\\s+of|Straits\\s+of|Lake\\s+of|Cape\\s+of';

const name = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*`;
/** Words that open a feature's or building's name before "of" ("Statue of Liberty", "Museum of Fine Arts"). */
const headsOf = 'Statue|Museum|Palace|Cathedral|Basilica|Church|Temple|Tower|Bridge|Castle|Fortress|Valley|Mount|Mountains|Isle|Island|Islands|Gulf|Bay|Sea|Strait|Straits|Lake|Cape|Port|Battle';
// Inside a name, "and" and "of" may join capitalised words ("National Air and Space Museum").
const words = String.raw`${name}(?:\s+(?:(?:and|of|of\s+the|de|del|du)\s+)?${name}){0,3}`;
const landmarkPattern = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:(?:${headsBefore})\s+${words}|(?:${headsOf})\s+of\s+(?:the\s+)?${words}|${words}\s+(?:${headsAfter}))(?![\p{L}\p{M}])`,
  'gu',
);

export interface LandmarkSpan {
  text: string;
  start: number;
  end: number;
  /** "Fort X", "Port X": often a town's whole name (the gazetteer is asked first). */
  mayBeTown: boolean;
}

/** Words that open a sentence or a clause and are not part of a name ("The", "In"). */
const notNameStart = /^(?:The|A|An|In|At|On|From|To|Near|By|Of|And|But|Or|For|With|After|Before|During|Since|Across|Along|Through|Into|When|While|As|If|This|That|These|Those|Its|His|Her|Their|Our|My|Both|Each|Every|Some|Many|New\s+York's)\s+/u;

export function findLandmarks(text: string): LandmarkSpan[] {
  const spans: LandmarkSpan[] = [];
  for (const match of text.matchAll(landmarkPattern)) {
    let found = match[0];
    let start = match.index ?? 0;
    // "In Berg Valley" is "Berg Valley"; "The" opens a name only as "The Hague" does, never a feature's.
    for (let opener = notNameStart.exec(found); opener; opener = notNameStart.exec(found)) {
      found = found.slice(opener[0].length);
      start += opener[0].length;
    }
    // "the Inhabitants of Albemarle County": people of a place, the place being the name.
    const people = /^\p{Lu}\p{Ll}+s\s+of\s+(?:the\s+)?/u.exec(found);
    if (people && !new RegExp(String.raw`^(?:${headsOf})\s`, 'u').test(found)) {
      found = found.slice(people[0].length);
      start += people[0].length;
    }
    if (!/\s/.test(found)) continue;
    spans.push({ text: found, start, end: start + found.length, mayBeTown: /^(?:Fort|Mount|Lake|Cape)\s/.test(found) });
  }
  return spans;
}
