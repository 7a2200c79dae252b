// Document -> Analysis: sentences, captions, sections with titles and bullets, attributed statements,
// places and map events. Pure and deterministic; the gazetteer is passed in.
import { DocentError } from '../errors';
import type { DocumentPlace, Paragraph, SourceDocument } from '../document/document-model';
import { extractPlaces } from '../places/extract-places';
import type { Gazetteer } from '../places/gazetteer';
import type { AnalyzedSection, Analysis } from './analysis-model';
import { attributeStatements } from './attribute-statements';
import { createNameClassifier, titleWords, type NameClassifier } from './classify-name';
import { findAuthor } from './find-author';
import { findCaptions } from './find-captions';
import { findHeadingVoices } from './find-heading-voices';
import { findInterviewTurns } from './find-interview-turns';
import { interviewSections } from './interview-sections';
import { findArrow, findMeetings, type DocumentFlow, type DocumentEvent } from './find-map-events';
import { findNames, lowerCaseVocabulary } from './find-names';
import { createPeopleRegistry } from './people-registry';
import { maxBullets, pickBullets } from './pick-bullets';
import { segmentSections, type SectionSpan } from './segment-sections';
import { sentencesOf, type Sentence } from './split-sentences';
import { titleSections } from './title-sections';
import { contentWords, wordCount } from './words';

/**
 * "Jean-Pierre" -> "Karine Jean-Pierre": the full name the title or the text gives a surname that a
 * transcript's labels use alone. The document's names are collected once, on the first question.
 */
function fullNameIn(source: SourceDocument, classifier: NameClassifier): (surname: string) => string | null {
  let names: string[][] | null = null;
  return (surname) => {
    names ??= [source.title ?? '', ...source.paragraphs.map((paragraph) => paragraph.text)].flatMap((text) => findNames(text, new Set()).map((span) => span.text.split(/\s+/)));
    for (const words of names) {
      const at = words.indexOf(surname);
      const given = at > 0 ? (words[at - 1] as string) : '';
      if (given && /^\p{Lu}\p{Ll}/u.test(given) && !titleWords.has(given.toLowerCase()) && classifier.kind(given) !== 'country') return `${given} ${surname}`;
    }
    return null;
  };
}

/** A section longer than this many sentences is shown on several vertical slides. */
const sentencesPerSlide = 7;
const maxSlidesPerSection = 6;
const maxTitleSentences = 12;

export function analyzeDocument(source: SourceDocument, gazetteer: Gazetteer): Analysis {
  const classifier = createNameClassifier(gazetteer);
  // A speech's speaker or a text's author, named in a byline; an interview's turns ("Q:", "JANE ROE:").
  const author = findAuthor(source.title, source.paragraphs, classifier);
  const interview = findInterviewTurns(source.paragraphs, author, fullNameIn(source, classifier));
  const paragraphs = interview ? interview.paragraphs : source.paragraphs;
  const questionParagraphs = new Set((interview?.turns ?? []).filter((turn) => turn.question).map((turn) => turn.paragraph));
  const sentences = sentencesOf(paragraphs);
  if (!sentences.some((sentence) => wordCount(sentence.text) >= 3 && /\p{L}/u.test(sentence.text))) {
    throw new DocentError('DOCUMENT_NO_SENTENCES', 'the document has no sentences to make slides from', { file: source.fileName });
  }
  const lowerCaseWords = lowerCaseVocabulary(paragraphs.map((paragraph) => paragraph.text));
  const people = createPeopleRegistry();

  const captions = findCaptions(paragraphs);
  const captionParagraphs = new Set(captions.map((caption) => caption.paragraph));

  const namesByParagraph = new Map<number, string[]>();
  for (const sentence of sentences) {
    const list = namesByParagraph.get(sentence.paragraph) ?? [];
    list.push(...findNames(sentence.text, lowerCaseWords).map((span) => span.text));
    namesByParagraph.set(sentence.paragraph, list);
  }

  classifier.prime([...namesByParagraph.values()].flat());
  // The byline is no sentence of the body: it makes no bullet and says nothing itself.
  const skipped = new Set([...captionParagraphs, ...(author && author.paragraph >= 0 ? [author.paragraph] : [])]);
  const panel = interview ? null : findHeadingVoices(paragraphs, classifier);
  const statements = attributeStatements(
    sentences,
    skipped,
    { gazetteer, classifier, people, lowerCaseWords },
    { author, turns: interview?.turns ?? panel?.turns ?? null, roles: panel?.roles ?? null },
  );
  const spans = interview
    ? interviewSections(paragraphs, interview.turns, (opening) => segmentSections(opening, captionParagraphs, namesByParagraph, source.headings))
    : segmentSections(paragraphs, captionParagraphs, namesByParagraph, source.headings);
  const weights = sectionWeights(spans.map((span) => span.paragraphs.map((i) => (paragraphs[i] as Paragraph).text).join('\n')));

  // Sentences by paragraph, so a slide's sentences are found without scanning the whole text.
  const sentencesByParagraph = new Map<number, Sentence[]>();
  for (const sentence of sentences) {
    const list = sentencesByParagraph.get(sentence.paragraph);
    if (list) list.push(sentence);
    else sentencesByParagraph.set(sentence.paragraph, [sentence]);
  }
  // An interview's questions head their slides; the bullets come from the answers.
  const bodySentences = (paragraphIndexes: number[]): Sentence[] =>
    paragraphIndexes.filter((i) => !skipped.has(i) && !questionParagraphs.has(i)).flatMap((i) => sentencesByParagraph.get(i) ?? []);

  const personWords = new Set(people.all().flatMap((person) => person.name.split(/\s+/)));
  const roleWords = new Set(
    statements
      .flatMap((statement) => (statement.role ?? '').split(/[\s,]+/))
      .concat(people.all().flatMap((person) => (person.role ?? '').split(/[\s,]+/)))
      .map((word) => word.toLowerCase()),
  );
  const isPersonName = (word: string): boolean => personWords.has(word);
  const isDescriptive = (word: string): boolean => {
    const bare = word.replace(/[’']s$/, '');
    return personWords.has(bare) || titleWords.has(bare.toLowerCase()) || roleWords.has(bare.toLowerCase()) || gazetteer.countryOfDemonym(bare) !== null;
  };
  // An interview's slide is titled by what its question asks about ("Natural gas prices"), not by the
  // question's opening words; the question itself goes to the notes.
  const questionOf = (span: SectionSpan): string | null => (interview && span.heading && span.paragraphs.some((i) => questionParagraphs.has(i)) ? span.heading : null);
  const titles = titleSections(
    spans.map((span, i) => {
      const question = questionOf(span);
      // "Berg on …" only for a person whose views (not just words) the section reports; in an interview every answer is the interviewee's.
      const first = question
        ? undefined
        : statements.find((statement) => span.paragraphs.includes(statement.paragraph) && statement.speakerKind === 'person' && statement.kind === 'reported');
      const asked = span.paragraphs.filter((index) => questionParagraphs.has(index)).flatMap((index) => sentencesByParagraph.get(index) ?? []);
      const opening = bodySentences(span.paragraphs).map((sentence) => sentence.text);
      return {
        isDescriptive,
        isPersonName,
        heading: question ? null : span.heading,
        // A section's opening names its topic; a book-length section is not read to the end for a title.
        sentences: opening.slice(0, maxTitleSentences),
        ...(question ? { asked: [question, ...asked.map((sentence) => sentence.text).filter((text) => !question.includes(text))] } : {}),
        weights: weights[i] as Map<string, number>,
        mainSpeaker: first?.speaker ?? null,
        speakerText: statements
          .filter((statement) => first && statement.speaker === first.speaker && span.paragraphs.includes(statement.paragraph))
          .map((statement) => statement.text)
          .join(' '),
      };
    }),
  );

  const sections: AnalyzedSection[] = spans.map((span, i) => {
    const slides = splitLongSection(span.paragraphs, bodySentences).map((part) => ({
      paragraphs: part,
      bullets: pickBullets(bodySentences(part), weights[i] as Map<string, number>, maxBullets),
    }));
    return { title: titles[i] as string, heading: span.heading, question: questionOf(span), paragraphs: span.paragraphs, bullets: slides.flatMap((slide) => slide.bullets), slides };
  });

  const personNames = new Set(people.all().flatMap((person) => [person.name, ...person.name.split(/\s+/)]));
  // Headings and the title name places too ("Lagos, Nigeria" under a speaker's name), met where their section starts.
  const headingTexts = new Map<number, { index: number; text: string }>();
  for (const paragraph of paragraphs) {
    if (paragraph.heading === null || headingTexts.has(paragraph.headingNumber)) continue;
    const first = sentencesByParagraph.get(paragraph.index)?.[0]?.index ?? 0;
    headingTexts.set(paragraph.headingNumber, { index: first, text: paragraph.heading });
  }
  const titleText = source.title ? [{ index: 0, text: source.title }] : [];
  const places = extractPlaces(
    [...titleText, ...headingTexts.values(), ...sentences.filter((s) => s.text.length > 0)],
    gazetteer,
    { personNames, dateline: source.dateline, lowerCaseWords },
  );

  const events: DocumentEvent[] = [];
  for (const caption of captions) {
    const event = findMeetings(caption.text, caption.paragraph, gazetteer, classifier, lowerCaseWords);
    if (event) events.push(event);
  }
  const arrows: DocumentFlow[] = [];
  for (const sentence of sentences) {
    if (captionParagraphs.has(sentence.paragraph)) continue;
    const arrow = findArrow(sentence.text, gazetteer, lowerCaseWords);
    if (arrow && !arrows.some((a) => a.from === arrow.from && a.to === arrow.to)) arrows.push(arrow);
  }

  return {
    title: source.title ?? titleFromFileName(source.fileName),
    author: author ? { name: author.name, role: author.role } : null,
    interview: interview !== null,
    date: source.date,
    dateline: source.dateline,
    source: source.fileName,
    paragraphs,
    sentences,
    sections,
    statements,
    places,
    captions,
    events,
    arrows,
    pictures: source.pictures.map((picture) => ({ ...picture, section: sectionOf(picture, paragraphs, sections) })),
    tables: source.tables.map((table) => ({ ...table, section: sectionOf(table, paragraphs, sections) })),
    readingNotes: source.readingNotes,
  };
}

/** The section a picture or table belongs to: the one of the paragraph after it when that is under the same heading, else the one before. */
function sectionOf(placed: DocumentPlace, paragraphs: Paragraph[], sections: AnalyzedSection[]): number {
  const next = paragraphs[placed.afterParagraph + 1];
  const paragraph = next && next.headingNumber === placed.headingNumber ? next.index : Math.max(0, placed.afterParagraph);
  const found = sections.findIndex((section) => section.paragraphs.includes(paragraph));
  return found >= 0 ? found : Math.max(0, sections.length - 1);
}

/** TF-IDF of each stemmed content word in each section, against the other sections. */
function sectionWeights(texts: string[]): Array<Map<string, number>> {
  const counts = texts.map((text) => {
    const bag = new Map<string, number>();
    for (const word of contentWords(text)) bag.set(word, (bag.get(word) ?? 0) + 1);
    return bag;
  });
  const frequency = new Map<string, number>();
  for (const bag of counts) for (const word of bag.keys()) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return counts.map((bag) => {
    const weights = new Map<string, number>();
    for (const [word, count] of bag) weights.set(word, Math.sqrt(count) * (0.3 + Math.log((texts.length + 1) / (frequency.get(word) ?? 1))));
    return weights;
  });
}

function splitLongSection(paragraphIndexes: number[], bodySentences: (indexes: number[]) => Sentence[]): number[][] {
  // A heading with no text of its own still has its (dividing) slide.
  if (paragraphIndexes.length === 0) return [[]];
  const total = bodySentences(paragraphIndexes).length;
  if (total <= sentencesPerSlide + 2) return [paragraphIndexes];
  // A very long section still gets a handful of slides, each summarising more text.
  const perSlide = Math.max(sentencesPerSlide, Math.ceil(total / maxSlidesPerSection));
  const parts: number[][] = [];
  let current: number[] = [];
  let inCurrent = 0;
  for (const index of paragraphIndexes) {
    const count = bodySentences([index]).length;
    if (inCurrent > 0 && inCurrent + count > perSlide) {
      parts.push(current);
      current = [];
      inCurrent = 0;
    }
    current.push(index);
    inCurrent += count;
  }
  if (current.length > 0) parts.push(current);
  // A last part with only a caption or a single short sentence joins the one before.
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last && bodySentences(last).length < 2) (parts[parts.length - 2] as number[]).push(...(parts.pop() as number[]));
  return parts;
}

function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const words = base.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Untitled';
}
