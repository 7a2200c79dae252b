// The current slide's speaker notes, set for reading at a glance. An attributed statement in the
// notes is a Markdown block quote whose words end with a dash and who said it, on the same line (as
// the generator writes them) or on a line of its own:
//
//     > Rates will stay high until the summer. — **Maria Lopez**, an economist at the University of Leeds (to Reuters) · *reported*
//
//     > Cooperation would not happen without approval.
//     > — Jane Doe, a researcher, to the Example News
//
// Each becomes a quotation with the speaker, role, outlet (and direct/reported) set apart. The notes
// were sanitized when the slide was rendered; this only moves those nodes and adds plain text.
import { findAttributionStart, readAttribution, readKindLabel, startsWithDash, type QuoteAttribution } from '../../core/notes/quote-notes';

export function renderSpeakerNotes(target: HTMLElement, slide: HTMLElement | null): void {
  const notes = slide?.querySelector(':scope > aside.notes');
  target.replaceChildren();
  if (!notes || !notes.textContent?.trim()) {
    const none = document.createElement('p');
    none.className = 'speaker-no-notes';
    none.textContent = 'No notes for this slide.';
    target.append(none);
    return;
  }
  const copy = notes.cloneNode(true) as HTMLElement;
  for (const quote of Array.from(copy.querySelectorAll('blockquote'))) setQuotations(quote);
  target.append(...Array.from(copy.childNodes));
}

/** Splits a block quote into one quotation per attributed statement. */
function setQuotations(quote: HTMLElement): void {
  const figures: HTMLElement[] = [];
  let words: Node[] = [];
  const flush = (attribution: QuoteAttribution | null) => {
    if (words.length === 0 && !attribution) return;
    figures.push(quotation(words, attribution));
    words = [];
  };
  for (const child of Array.from(quote.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE && !child.textContent?.trim()) continue;
    if (child instanceof HTMLElement && child.tagName === 'P') {
      const found = findAttributionStart(child.textContent ?? '');
      if (found) {
        if (found.offset > 0) {
          cutFrom(child, found.offset);
          words.push(child);
        }
        flush(readAttribution(found.text));
        continue;
      }
    }
    words.push(child);
  }
  // "— Name, role" as the paragraph right after the quote.
  const after = quote.nextElementSibling;
  if (words.length > 0 && after?.tagName === 'P' && startsWithDash(after.textContent ?? '')) {
    flush(readAttribution(after.textContent ?? ''));
    after.remove();
  }
  flush(null);
  quote.replaceWith(...figures);
}

function quotation(words: Node[], attribution: QuoteAttribution | null): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'speaker-quote';
  const body = document.createElement('blockquote');
  body.append(...words);
  figure.append(body);
  const label = takeKindLabel(body);
  if (!attribution) return figure;
  if (label && !attribution.kind) attribution = { ...attribution, kind: label };
  if (attribution.kind) figure.dataset.kind = attribution.kind.toLowerCase();
  const caption = document.createElement('figcaption');
  caption.className = 'speaker-attribution';
  const part = (tag: 'cite' | 'span', className: string, text: string) => Object.assign(document.createElement(tag), { className, textContent: text });
  caption.append('— ', part('cite', 'speaker-name', attribution.speaker));
  if (attribution.role) caption.append(', ', part('span', 'speaker-role', attribution.role));
  if (attribution.outlet) caption.append(', ', part('span', 'speaker-outlet', attribution.outlet));
  if (attribution.kind) caption.append(' ', part('span', 'speaker-kind', attribution.kind));
  figure.append(caption);
  return figure;
}

/** "*Reported:* words…": an emphasised label ending in a colon before the words says what kind of statement it is. */
function takeKindLabel(body: HTMLElement): string | null {
  const first = body.firstElementChild;
  const label = first?.tagName === 'P' ? first.firstChild : null;
  if (!(label instanceof HTMLElement) || !['EM', 'STRONG'].includes(label.tagName)) return null;
  const kind = readKindLabel(label.textContent ?? '');
  if (!kind) return null;
  const after = label.nextSibling;
  if (after?.nodeType === Node.TEXT_NODE) after.textContent = (after.textContent ?? '').replace(/^\s+/, '');
  label.remove();
  return kind;
}

/** Removes a paragraph's text from a character offset to its end, whatever inline markup it crosses. */
function cutFrom(paragraph: HTMLElement, offset: number): void {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let left = offset;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.length) {
      const range = document.createRange();
      range.setStart(node, left);
      range.setEnd(paragraph, paragraph.childNodes.length);
      range.deleteContents();
      return;
    }
    left -= node.length;
  }
}
