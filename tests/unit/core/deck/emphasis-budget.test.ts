// marked's emphasis search is quadratic in a block's delimiter runs (10 KB of `*a_` took 6 s in the
// page); a slide past the budget is shown as its text (issue 19). The time-budget suite holds the
// megabyte case; this pins what still renders.
import { describe, expect, it } from 'vitest';
import { exceedsEmphasisBudget, maxEmphasisRuns } from '../../../../src/core/deck/emphasis-budget';
import { renderMarkdown } from '../../../../src/core/deck/render-markdown';

describe('the emphasis budget', () => {
  it('renders ordinary emphasis, and a slide at the budget, as markdown', () => {
    expect(renderMarkdown('Some *emphasis*, __strong__ and a_snake_case_name.')).toContain('<em>emphasis</em>');
    const atBudget = Array.from({ length: maxEmphasisRuns / 2 }, (_, i) => `*w${i}*`).join(' ');
    expect(exceedsEmphasisBudget(atBudget)).toBe(false);
    expect(renderMarkdown(atBudget)).toContain('<em>w0</em>');
  });

  it('shows a slide past the budget as its text', () => {
    const hostile = '*a_'.repeat(maxEmphasisRuns);
    expect(exceedsEmphasisBudget(hostile)).toBe(true);
    const html = renderMarkdown(hostile);
    expect(html).toContain('docent-unrendered');
    expect(html).not.toContain('<em>');
  });

  it('does not count what is inside code blocks', () => {
    const code = `\`\`\`c\n${'int **p; '.repeat(maxEmphasisRuns)}\n\`\`\`\n\nA *real* slide.`;
    expect(exceedsEmphasisBudget(code)).toBe(false);
    expect(renderMarkdown(code)).toContain('<em>real</em>');
  });
});
