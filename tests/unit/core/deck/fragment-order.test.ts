import { describe, expect, it } from 'vitest';
import { fragmentOrder } from '../../../../src/core/deck/fragment-order';
import { slideBlocks } from '../../../../src/core/deck/slide-blocks';

describe('fragmentOrder', () => {
  it('has one step without fragments', () => {
    const order = fragmentOrder(slideBlocks('## Plain\n\n- one\n- two'));
    expect(order.steps).toBe(1);
  });

  it('orders indexed fragments first (equal indexes together), then the rest in document order, as reveal.js does', () => {
    const blocks = slideBlocks(
      [
        '- a <!-- .element: class="fragment" -->',
        '- b <!-- .element: class="fragment" data-fragment-index="3" -->',
        '- c <!-- .element: class="fragment" data-fragment-index="1" -->',
        '- d <!-- .element: class="fragment" data-fragment-index="3" -->',
        '',
        'Last <!-- .element: class="fragment" -->',
      ].join('\n'),
    );
    const order = fragmentOrder(blocks);
    const [list, paragraph] = blocks;
    if (list?.kind !== 'list' || paragraph?.kind !== 'paragraph') throw new Error('unexpected blocks');
    expect(list.items.map((item) => order.stepOf(item.fragment))).toEqual([3, 2, 1, 2]);
    expect(order.stepOf(paragraph.fragment)).toBe(4);
    expect(order.steps).toBe(5);
  });
});
