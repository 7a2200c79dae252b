// One thing a presenter can fix before sharing a deck, found by the accessibility check: which slide,
// what is wrong, and what to do about it, in words a presenter acts on.

export const accessibilityRules = ['language', 'picture-alt', 'slide-title', 'duplicate-title', 'map-colour-only', 'reading-order', 'contrast', 'text-size'] as const;
export type AccessibilityRule = (typeof accessibilityRules)[number];

export interface AccessibilityProblem {
  rule: AccessibilityRule;
  /** 1-based, as the slide counter shows it; null for the deck as a whole (its language). */
  slide: number | null;
  /** 1-based deck.md line to edit: the slide's first line, or the line of what is wrong when known. */
  line: number;
  /** What is wrong: “picture “chart.png” has no alt text”. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** Problems in slide order (the deck's own first), each rule's in the order they were found. */
export function sortProblems(problems: AccessibilityProblem[]): AccessibilityProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.slide ?? 0) - (b.problem.slide ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}
