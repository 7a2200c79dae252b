// A map block as words: the text alternative an exported map picture carries (PowerPoint alt text,
// the PDF's figure), so a reader who cannot see the map still learns its places, events and arrows.
import type { MapBlock } from './map-spec';
import { parseMapBlock } from './parse-map-block';

export function describeMapBlock(block: MapBlock): string {
  const parts: string[] = [block.title ? `Map: ${block.title}.` : 'Map.'];
  const highlighted = unique(block.highlight.map((each) => each.name));
  const places = unique(block.places.map((place) => place.label)).filter((name) => !highlighted.includes(name));
  if (highlighted.length) parts.push(`Highlighted: ${highlighted.join(', ')}.`);
  if (places.length) parts.push(`${highlighted.length ? 'Also marked' : 'Places'}: ${places.join(', ')}.`);
  for (const event of block.events) parts.push(`${event.place}${event.when ? `, ${event.when}` : ''}: ${event.what}.`);
  for (const arrow of block.arrows) parts.push(`Arrow from ${arrow.from} to ${arrow.to}${arrow.label ? `: ${arrow.label}` : ''}.`);
  return parts.join(' ').replace(/\.\./g, '.');
}

/** The description of a map block's YAML, or a plain fallback when the block does not parse. */
export function describeMapYaml(yaml: string): string {
  try {
    return describeMapBlock(parseMapBlock(yaml, 1));
  } catch {
    return 'Map (its block could not be read).';
  }
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
