// One page per fragment step, as the slide looks after each press of "next": the first page with no
// fragment shown, then one more group each page. reveal.js can do this itself, but only before the
// maps are drawn; copying pages once everything is drawn prints every step complete.

/** The slide's fragments grouped by the step that shows them, in order. */
export function fragmentGroups(page: HTMLElement): HTMLElement[][] {
  const fragments = [...page.querySelectorAll<HTMLElement>('.fragment')];
  const byIndex = new Map<number, HTMLElement[]>();
  fragments.forEach((fragment, order) => {
    const declared = Number(fragment.dataset.fragmentIndex);
    const index = Number.isFinite(declared) && fragment.dataset.fragmentIndex !== undefined ? declared : order;
    byIndex.set(index, [...(byIndex.get(index) ?? []), fragment]);
  });
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

/** Returns the slide's page for each step (the page itself first); the copies are not yet in the document. */
export function fragmentStepPages(page: HTMLElement): HTMLElement[] {
  const steps = fragmentGroups(page).length;
  const pages = [page];
  for (let step = 1; step <= steps; step++) pages.push(page.cloneNode(true) as HTMLElement);
  pages.forEach((each, step) => showStep(each, step));
  return pages;
}

/** Step 0 shows no fragment; step n shows the first n groups, the nth as the current one. */
function showStep(page: HTMLElement, step: number): void {
  fragmentGroups(page).forEach((group, index) => {
    for (const fragment of group) {
      fragment.classList.toggle('visible', index < step);
      fragment.classList.toggle('current-fragment', index === step - 1);
    }
  });
}
