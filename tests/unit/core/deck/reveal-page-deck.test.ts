import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../../src/core/deck/parse-deck';
import { localPictureReferences, noVerticalSeparator, revealPageDeck, templateMarkdown } from '../../../../src/core/deck/reveal-page-deck';

describe('a reveal.js page as a deck', () => {
  it('reads a template as reveal.js does: the first line’s indentation off every line, __SCRIPT_END__ back to </script>', () => {
    expect(templateMarkdown('\n      ## A\n\n      text\n          code\n    ')).toBe('\n## A\n\ntext\n    code\n    ');
    expect(templateMarkdown('\n\t\t## A\n\t\tx __SCRIPT_END__')).toBe('\n## A\nx </script>');
  });

  it('keeps one section’s text as written, with the page’s separators in the front matter', () => {
    const { markdown } = revealPageDeck({ title: 'Talk', theme: 'night', sections: [{ kind: 'markdown', markdown: '# One\n\n\n\n# Two\n\nSpeaker: hi', stack: 0, separator: '^\\n\\n\\n', notesSeparator: '^Speaker:' }] });
    expect(markdown).toBe('---\ntitle: Talk\ntheme: night\nseparator: ^\\n\\n\\n\nnotesSeparator: "^Speaker:"\n---\n\n# One\n\n\n\n# Two\n\nSpeaker: hi\n');
    const deck = parseDeck(markdown);
    expect(deck.slides.map((slide) => [slide.content, slide.notes])).toEqual([['# One', null], ['# Two', 'hi']]);
  });

  it('makes `--` and `----` text when the page has no vertical separator, as in reveal.js', () => {
    const { markdown } = revealPageDeck({ title: null, theme: null, sections: [{ kind: 'markdown', markdown: '# A\n\n--\n\nstill A\n\n---\n\n# B', stack: 0 }] });
    expect(parseDeck(markdown).meta.verticalSeparator).toBe(noVerticalSeparator);
    expect(parseDeck(markdown).slides.map((slide) => slide.v)).toEqual([0, 0]);
    // A `--` inside code needs nothing.
    expect(revealPageDeck({ title: null, theme: null, sections: [{ kind: 'markdown', markdown: '```\n--\n```', stack: 0 }] }).markdown).toBe('```\n--\n```\n');
  });

  it('writes several sections and stacks in Docent’s format, each split by its own separators', () => {
    const { markdown, notices } = revealPageDeck({
      title: 'T',
      theme: 'unknown-theme',
      sections: [
        { kind: 'markdown', markdown: '## One\n---\n## Two', stack: 0 },
        { kind: 'markdown', markdown: '## Three\n\n\n## Below', stack: 1, verticalSeparator: '^\\n\\n' },
        { kind: 'markdown', markdown: '## Stack top', stack: 2 },
        { kind: 'html', html: '<h2>Stack, HTML</h2>', stack: 2 },
      ],
    });
    expect(notices).toEqual(['theme "unknown-theme" is not one of Docent\'s; the default theme is used']);
    const slides = parseDeck(markdown).slides.map((slide) => `${slide.h}.${slide.v} ${slide.content}`);
    expect(slides).toEqual(['0.0 ## One', '1.0 ## Two', '2.0 ## Three', '2.1 ## Below', '3.0 ## Stack top', '3.1 <h2>Stack, HTML</h2>']);
  });

  it('refuses a page without data-markdown, and sections it cannot write faithfully', () => {
    expect(() => revealPageDeck({ title: null, theme: null, sections: [{ kind: 'html', html: '<p>x</p>', stack: 0 }] })).toThrow(/no data-markdown sections/);
    expect(() =>
      revealPageDeck({ title: null, theme: null, sections: [{ kind: 'markdown', markdown: 'a\n---\nb', stack: 0, separator: '^SPLIT$' }, { kind: 'markdown', markdown: 'c', stack: 1 }] }),
    ).toThrow(/slide 1 holds a line Docent would read as a slide separator/);
  });

  it('finds the local pictures a deck shows, not URLs or colours', () => {
    const markdown = '![a](pictures/a.png "t") ![b](<my pic.png>)\n<img src="img/c.jpg">\n<!-- .slide: data-background="#123" -->\n<!-- .slide: data-background-image="bg/d.svg" -->\n![r](https://x/y.png) <img src="data:image/png;base64,AA">';
    expect(localPictureReferences(markdown).sort()).toEqual(['bg/d.svg', 'img/c.jpg', 'my pic.png', 'pictures/a.png']);
  });
});
