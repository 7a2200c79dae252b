// @vitest-environment jsdom
// The notes format's round trip: the generator writes each statement shape into notes markdown
// (core/generate/format-notes.ts, through core/notes/quote-notes.ts), the deck renders it as the app
// does (core/deck/render-markdown.ts), and the speaker view reads it back (renderer/speaker/speaker-notes.ts).
// Whatever the generator knew of a statement must come back out: words, speaker, role, outlet, kind.
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../../src/core/analysis/statement-model';
import { renderSlide } from '../../../../src/core/deck/render-markdown';
import { formatNotes } from '../../../../src/core/generate/format-notes';
import { renderSpeakerNotes } from '../../../../src/renderer/speaker/speaker-notes';

function statement(fields: Partial<Statement>): Statement {
  return {
    speaker: 'Maria Lopez',
    speakerKind: 'person',
    role: null,
    outlet: null,
    kind: 'direct',
    text: 'Rates will stay high until the summer.',
    source: 'irrelevant here',
    paragraph: 0,
    sentence: 0,
    ...fields,
  };
}

const shapes: Array<[string, Statement]> = [
  ['a bare direct quote', statement({})],
  ['a reported claim', statement({ kind: 'reported', text: 'the rates would stay high' })],
  ['a role', statement({ role: 'an economist at the University of Leeds' })],
  ['an outlet', statement({ outlet: 'Reuters' })],
  ['a role and an outlet', statement({ kind: 'reported', role: 'the ministry’s spokeswoman', outlet: 'the Example News', text: 'talks had stalled' })],
  ['a role with commas', statement({ role: 'a professor of law, formerly a judge, at the university' })],
  ['a role with parentheses', statement({ role: 'the head of the agency (since 2019)', outlet: 'reporters' })],
  ['an organisation', statement({ speaker: 'The Ministry of Health', speakerKind: 'organization', kind: 'reported', text: 'vaccines were safe' })],
  ['markdown-looking words', statement({ text: 'Use *stars*, _lines_, [brackets] and <b>tags</b> freely.' })],
  ['a dash inside the words', statement({ text: 'We waited — and then we left.' })],
  ['quotation marks inside the words', statement({ text: 'He called it “a failure” twice.' })],
  ['a name with diacritics and a hyphen', statement({ speaker: 'Zoë Dubois-Ngata', role: 'the mayor' })],
];

/** The quotations the speaker view shows for one slide whose notes the generator wrote. */
function speakerQuotes(statements: Statement[]) {
  const rendered = renderSlide('## A slide', formatNotes(statements, []));
  const section = document.createElement('section');
  section.innerHTML = `${rendered.html}<aside class="notes">${rendered.notesHtml ?? ''}</aside>`;
  const target = document.createElement('div');
  renderSpeakerNotes(target, section);
  return Array.from(target.querySelectorAll('figure.speaker-quote')).map((figure) => ({
    words: figure.querySelector('blockquote')?.textContent?.trim() ?? '',
    speaker: figure.querySelector('.speaker-name')?.textContent ?? null,
    role: figure.querySelector('.speaker-role')?.textContent ?? null,
    outlet: figure.querySelector('.speaker-outlet')?.textContent ?? null,
    kind: (figure as HTMLElement).dataset.kind ?? null,
  }));
}

function expected(s: Statement) {
  const words = s.kind === 'direct' ? `“${s.text}”` : s.text.charAt(0).toUpperCase() + s.text.slice(1);
  return { words, speaker: s.speaker, role: s.role, outlet: s.outlet ? `to ${s.outlet}` : null, kind: s.kind === 'direct' ? 'direct quote' : 'reported' };
}

describe('speaker notes: what the generator writes, the speaker view reads', () => {
  it.each(shapes)('%s', (_name, shape) => {
    expect(speakerQuotes([shape])).toEqual([expected(shape)]);
  });

  it('keeps several statements of one slide apart, in order', () => {
    const all = shapes.map(([, shape]) => shape);
    expect(speakerQuotes(all)).toEqual(all.map(expected));
  });
});
