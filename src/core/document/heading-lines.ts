// Whether a line of text reads as a heading: short, opening with a capital or a section number, not
// ending like a sentence. A numbered heading ("2.1. Property Rights", "IV. Results", "Chapter 3") is
// one on its own; a date line ("March 3, 2021"), a byline, a credit or a list item never is.

const maxHeadingWords = 14;

const months = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const weekdays = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun';
/**
 * "March 3, 2021", "3 March 2021", "Tuesday, 4 May", "2021-03-03", "Updated: 12 May 2020, 10:30", and a wire
 * dateline on its own line: "OSLO, April 26, 2006 --".
 */
const dateLine = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu} .'’-]{1,40},\s*)?(?:(?:updated|published|posted|dated?|last\s+modified)\s*:?\s*)?(?:(?:${weekdays}),?\s+)?(?:(?:${months})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${months})\.?(?:,?\s+\d{4})?|(?:${months})\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+\p{Lu}{2,5})?)?\s*(?:[-–—]{1,2})?\s*$`,
  'iu',
);
/** "2.1. Property Rights", "3 Methods", "IV. Results", "Chapter 3: …", "Part Two". */
const numberedHeading = /^(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVXLC]{1,6}\.|[A-H]\.)\s+\p{Lu}|(?:Chapter|Part|Section|Appendix|Lesson|Unit)\s+(?:\d{1,3}|[IVXLC]{1,6}|[A-Z]|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b)/u;
/** Bullets and credits: "- item", "• item", "By Jane Roe", "Photo: …", "Source: …". */
const notHeading = /^(?:[-*•–—+·▪●◦]\s|By\s+\p{Lu}|(?:Photo|Photograph|Image|Picture|Credit|Source|Copyright|©|Caption|Read more|Related|Advertisement|Share|Tags?)\b)/iu;

export function isDateLine(line: string): boolean {
  return dateLine.test(line.trim());
}

export function isNumberedHeading(line: string): boolean {
  const text = line.trim();
  return numberedHeading.test(text) && text.split(/\s+/).length <= maxHeadingWords && !/[.;,]$/.test(text.replace(/^[\d.]+\s/, ''));
}

/** A short line that starts with a capital (or a section number) and ends without sentence punctuation. */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (!text || isDateLine(text) || notHeading.test(text) || isSpeakerTurn(text)) return false;
  if (isNumberedHeading(text)) return true;
  const words = text.split(/\s+/);
  if (words.length > maxHeadingWords) return false;
  // Past ten words only a title-cased line or one with a colon reads as a heading ("My Story: How …").
  if (words.length > 10 && !/:\s/.test(text) && words.filter((word) => /^\p{Lu}/u.test(word)).length < words.length / 2) return false;
  // A line ending on a dash leads into the text below it ("OSLO, Monday --"), as one ending on a colon does.
  return /^[\p{Lu}\d]/u.test(text) && !/[.,;:!"”'’)\-–—]$/.test(text);
}

/** "Q: Why?", "Q. And then?", "ADA ROE: …": a transcript's turn, not a heading, however short. */
function isSpeakerTurn(line: string): boolean {
  return /^(?:Q|A|Question|Answer|\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3})\s*[:.]\s+\S/u.test(line);
}
