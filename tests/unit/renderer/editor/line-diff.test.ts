import { describe, expect, it } from 'vitest';
import { sideBySide } from '../../../../src/renderer/editor/line-diff';

describe('sideBySide', () => {
  it('puts a changed line next to the line it replaced, and shared lines on both sides', () => {
    const rows = sideBySide('# A\n\n## mine\n\nend', '# A\n\n## theirs\n\nend');
    expect(rows).toEqual([
      { mine: '# A', theirs: '# A', changed: false },
      { mine: '', theirs: '', changed: false },
      { mine: '## mine', theirs: '## theirs', changed: true },
      { mine: '', theirs: '', changed: false },
      { mine: 'end', theirs: 'end', changed: false },
    ]);
  });

  it('leaves a gap on the side that lacks an added line', () => {
    const rows = sideBySide('a\nc', 'a\nb\nc');
    expect(rows).toEqual([
      { mine: 'a', theirs: 'a', changed: false },
      { mine: null, theirs: 'b', changed: true },
      { mine: 'c', theirs: 'c', changed: false },
    ]);
  });

  it('finds every change in texts changed in several places', () => {
    const mine = ['1', '2', 'x', '4', '5', '6', 'y', '8'].join('\n');
    const theirs = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n');
    const changed = sideBySide(mine, theirs).filter((row) => row.changed);
    expect(changed).toEqual([
      { mine: 'x', theirs: '3', changed: true },
      { mine: 'y', theirs: '7', changed: true },
      { mine: null, theirs: '9', changed: true },
    ]);
  });

  it('keeps every line of both texts, in order', () => {
    const mine = 'a\nb\nc\nd\ne';
    const theirs = 'b\nx\nd\ny\nz';
    const rows = sideBySide(mine, theirs);
    expect(rows.flatMap((row) => (row.mine === null ? [] : [row.mine])).join('\n')).toBe(mine);
    expect(rows.flatMap((row) => (row.theirs === null ? [] : [row.theirs])).join('\n')).toBe(theirs);
  });

  it('shows identical texts as unchanged', () => {
    expect(sideBySide('same\ntext', 'same\ntext').every((row) => !row.changed)).toBe(true);
  });
});
