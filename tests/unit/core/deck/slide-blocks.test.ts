import { describe, expect, it } from 'vitest';
import { notesParagraphs, runsText, slideBlocks } from '../../../../src/core/deck/slide-blocks';

describe('slideBlocks', () => {
  it('reads a title, bullets with emphasis, nested items and their levels', () => {
    const blocks = slideBlocks('## The *harbour* plan\n\n- first **bold** point\n  - a detail\n- second point\n');
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'list']);
    const [heading, list] = blocks;
    expect(heading?.kind === 'heading' && heading.level).toBe(2);
    expect(heading?.kind === 'heading' && heading.runs).toEqual([{ text: 'The ' }, { text: 'harbour', italic: true }, { text: ' plan' }]);
    if (list?.kind !== 'list') throw new Error('no list');
    expect(list.items.map((item) => [runsText(item.runs), item.level])).toEqual([
      ['first bold point', 0],
      ['a detail', 1],
      ['second point', 0],
    ]);
    expect(list.items[0]?.runs.find((run) => run.bold)?.text).toBe('bold');
  });

  it('marks fragments as the renderer does: the item or picture before an .element comment', () => {
    const blocks = slideBlocks('- shown\n- later <!-- .element: class="fragment" data-fragment-index="2" -->\n\n![A chart](images/chart.png) <!-- .element: class="fragment" -->\n');
    const [list, image] = blocks;
    if (list?.kind !== 'list') throw new Error('no list');
    expect(list.items.map((item) => item.fragment)).toEqual([null, { index: 2 }]);
    expect(image).toEqual({ kind: 'image', src: 'images/chart.png', alt: 'A chart', fragment: { index: null } });
  });

  it('reads tables cell by cell, code, and map blocks as their YAML', () => {
    const blocks = slideBlocks('| Port | Ships |\n| --- | ---: |\n| North & South | 12 |\n\n```map\nplaces:\n  - Harbourtown\n```\n\n```js\nlet a = 1;\n```\n');
    expect(blocks.map((block) => block.kind)).toEqual(['table', 'map', 'code']);
    const [table, map] = blocks;
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.header.map(runsText)).toEqual(['Port', 'Ships']);
    expect(table.rows.map((row) => row.map(runsText))).toEqual([['North & South', '12']]);
    expect(map?.kind === 'map' && map.yaml).toBe('places:\n  - Harbourtown');
  });

  it('drops slide attribute comments and joins soft line breaks with a space', () => {
    const blocks = slideBlocks('<!-- .slide: data-background-color="#000" -->\nOne line\nand the next');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.kind === 'paragraph' && runsText(blocks[0].runs)).toBe('One line and the next');
  });
});

describe('notesParagraphs', () => {
  it('unwraps quotes and keeps who said them', () => {
    const paragraphs = notesParagraphs('Who says what:\n\n> *Reported:* The bridge will open in May — **A. Mayor**, the city\'s mayor\n>\n> *Said:* Not before June — **B. Critic**');
    expect(paragraphs.map(runsText)).toEqual(['Who says what:', "Reported: The bridge will open in May — A. Mayor, the city's mayor", 'Said: Not before June — B. Critic']);
    expect(paragraphs[1]?.find((run) => run.bold)?.text).toBe('A. Mayor');
  });

  it('is empty for a slide without notes', () => {
    expect(notesParagraphs(null)).toEqual([]);
    expect(notesParagraphs('  \n')).toEqual([]);
  });
});
