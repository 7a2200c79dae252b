// Analysis -> Deck: a title slide, the map slide, one slide per section (vertical slides for a long one)
// with its bullets, and speaker notes holding the section's statements and captions. Deterministic.
import { stringify } from 'yaml';
import type { Analysis } from '../analysis/analysis-model';
import type { SlideText } from '../deck/deck-model';
import { defaultTheme, type DeckText } from '../deck/deck-model';
import { serializeDeck } from '../deck/serialize-deck';
import { escapeInline } from './escape-markdown';
import { formatNotes, safeMarkdown } from './format-notes';
import { mapBlock } from './map-block';
import { omittedPicturesNote, pictureSlide, tableFits, tableLeftOutNote, tableSlide } from './picture-slides';

const generated = { start: 0, end: 0 };


export function generateDeck(analysis: Analysis): DeckText {
  const meta = {
    title: analysis.title,
    ...(analysis.dateline ? { subtitle: analysis.dateline } : {}),
    ...(analysis.date ? { date: analysis.date } : {}),
    source: analysis.source,
    theme: defaultTheme,
    // Docent reads English documents only (its NLP is English): the deck says so, for screen readers and the tagged PDF.
    lang: 'en',
  };
  const slides: SlideText[] = [];
  const add = (content: string, notes: string | null, vertical = false): void => {
    const previous = slides[slides.length - 1];
    const h = previous ? (vertical ? previous.h : previous.h + 1) : 0;
    const v = previous && vertical ? previous.v + 1 : 0;
    slides.push({ h, v, content: safeMarkdown(content), notes, lines: generated });
  };

  const when = [analysis.dateline, analysis.date].filter(Boolean).join(' · ');
  const map = mapBlock(analysis);
  const mentioned = analysis.places.map((place) => `${escapeInline(place.name)} (${place.mentions}×)`).join(', ');
  const placesNote = mentioned ? `Places in the order of how often the story names them: ${mentioned}.` : null;
  // Places the map cannot show (a landmark without coordinates) are still named: on the title slide when there is no map.
  const titleNotes = [analysis.readingNotes.map(escapeInline).join('\n\n'), omittedPicturesNote(analysis.pictures.filter((picture) => picture.omitted !== null)), map ? '' : (placesNote ?? '')].filter(Boolean).join('\n\n');
  // A speech or interview names who speaks on its title slide (unless the title already is the byline).
  const author = analysis.author;
  const speaker = author && !analysis.title.includes(author.name) ? `\n**${escapeInline(author.name)}**${author.role ? `, ${escapeInline(author.role)}` : ''}` : '';
  // A document whose only title is its byline ("President: Jane Roe") is titled by the speaker, the office under the name.
  const bylineTitle = author && author.role && analysis.title.trim() === `${author.role}: ${author.name}`;
  const heading = bylineTitle ? `# ${escapeInline(author.name)}\n\n*${escapeInline(author.role as string)}*` : `# ${escapeInline(analysis.title)}`;
  add([heading, speaker, when ? `\n${escapeInline(when)}` : '', `\n*Source: ${escapeInline(analysis.source)}*`].join('\n').replace(/\n{3,}/g, '\n\n'), titleNotes ? safeMarkdown(titleNotes) : null);

  if (map) add(`## Where it happens\n\n${map}`, placesNote);

  const statementsByParagraph = groupBy(analysis.statements, (statement) => statement.paragraph);
  const captionsByParagraph = groupBy(analysis.captions, (caption) => caption.paragraph);
  for (const section of analysis.sections) {
    section.slides.forEach((part, index) => {
      const heading = section.slides.length > 1 && index > 0 ? `## ${escapeInline(section.title)} (${index + 1}/${section.slides.length})` : `## ${escapeInline(section.title)}`;
      const bullets = part.bullets.map((bullet) => `- ${escapeInline(bullet.text)}`).join('\n');
      const notes = withQuestion(
        index === 0 ? section.question : null,
        formatNotes(
          part.paragraphs.flatMap((paragraph) => statementsByParagraph.get(paragraph) ?? []),
          part.paragraphs.flatMap((paragraph) => captionsByParagraph.get(paragraph) ?? []),
          part.bullets,
        ),
      );
      add(bullets ? `${heading}\n\n${bullets}` : heading, notes, index > 0);
    });
    // The section's pictures and tables follow its bullets as vertical slides, in document order.
    const sectionIndex = analysis.sections.indexOf(section);
    for (const picture of analysis.pictures) {
      if (picture.section !== sectionIndex || picture.omitted !== null) continue;
      const slide = pictureSlide(picture, section.title);
      add(slide.content, slide.notes, true);
    }
    for (const table of analysis.tables) {
      if (table.section !== sectionIndex) continue;
      if (tableFits(table)) add(tableSlide(table, section.title).content, null, true);
      else {
        const last = slides[slides.length - 1] as SlideText;
        last.notes = safeMarkdown([last.notes, tableLeftOutNote(table)].filter(Boolean).join('\n\n'));
      }
    }
  }

  const frontMatter = stringify(meta, { lineWidth: 0 });
  return { frontMatter, meta, slides };
}

/** An interview slide's notes open with the question it answers, so the presenter can read it out. */
function withQuestion(question: string | null, notes: string | null): string | null {
  if (!question) return notes;
  return safeMarkdown([`Question: *${escapeInline(question)}*`, notes].filter(Boolean).join('\n\n'));
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The deck.md text a document generates. */
export function generateDeckMarkdown(analysis: Analysis): string {
  return serializeDeck(generateDeck(analysis));
}
