// The speaker view's screen: a bar (position, timer, pacing, clock, notes size) over three panes,
// current slide | next slide / notes, with splitters the presenter can drag (or move with arrows).
import { notesFontRange, paneRange, saveSpeakerSettings, type SpeakerSettings } from './speaker-settings';

export interface SpeakerLayout {
  root: HTMLElement;
  currentDeck: HTMLElement;
  /** Above the current slide: the presenter's tools (laser, pen, zoom…). */
  tools: HTMLElement;
  nextDeck: HTMLElement;
  nextEnd: HTMLElement;
  notes: HTMLElement;
  position: HTMLElement;
  elapsed: HTMLElement;
  timerToggle: HTMLButtonElement;
  timerReset: HTMLButtonElement;
  plannedMinutes: HTMLInputElement;
  pacing: HTMLElement;
  /** Time on this slide so far, against the rehearsed time. */
  slideTime: HTMLElement;
  blackout: HTMLElement;
  clock: HTMLElement;
  /** Applies a notes size step (+1 larger, -1 smaller) and remembers it. */
  stepNotesFont(direction: 1 | -1): void;
  /** Called after a pane changed size, so the previews can lay their slides out again. */
  onResize(listener: () => void): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function pane(className: string, title: string): { section: HTMLElement; body: HTMLElement } {
  const section = element('section', `speaker-pane ${className}`);
  section.setAttribute('aria-label', title);
  const heading = element('h2', 'speaker-pane-title', title);
  const body = element('div', 'speaker-pane-body');
  section.append(heading, body);
  return { section, body };
}

export function buildSpeakerLayout(parent: HTMLElement, settings: SpeakerSettings): SpeakerLayout {
  const root = element('div', 'speaker-view');
  const bar = element('header', 'speaker-bar');

  const position = element('span', 'speaker-position');
  const timer = element('span', 'speaker-timer');
  const elapsed = element('output', 'speaker-elapsed', '0:00');
  elapsed.setAttribute('aria-label', 'Elapsed time');
  const timerToggle = element('button', 'speaker-button speaker-timer-toggle', 'Pause');
  timerToggle.type = 'button';
  const timerReset = element('button', 'speaker-button speaker-timer-reset', 'Reset');
  timerReset.type = 'button';
  timer.append(elapsed, timerToggle, timerReset);

  const planned = element('label', 'speaker-planned');
  const plannedMinutes = element('input', 'speaker-planned-minutes');
  Object.assign(plannedMinutes, { type: 'number', min: '1', max: '1440', step: '1', placeholder: '–' });
  plannedMinutes.setAttribute('aria-label', 'Planned length in minutes');
  planned.append('of ', plannedMinutes, ' min');
  const pacing = element('span', 'speaker-pacing');
  const slideTime = element('span', 'speaker-slide-time');
  slideTime.setAttribute('aria-label', 'Time on this slide');
  const blackout = element('span', 'speaker-blackout', 'Audience sees black (B)');
  blackout.hidden = true;
  const clock = element('time', 'speaker-clock');
  clock.setAttribute('aria-label', 'Time of day');

  const fontControls = element('span', 'speaker-font');
  const smaller = element('button', 'speaker-button', 'A−');
  const larger = element('button', 'speaker-button', 'A+');
  smaller.title = 'Smaller notes (-)';
  larger.title = 'Larger notes (+)';
  fontControls.append(smaller, larger);
  bar.append(position, timer, planned, pacing, slideTime, blackout, element('span', 'speaker-spacer'), fontControls, clock);

  const panes = element('div', 'speaker-panes');
  const current = pane('speaker-current', 'Current slide');
  const next = pane('speaker-next', 'Next');
  const notesPane = pane('speaker-notes', 'Notes');
  const currentDeck = element('div', 'reveal');
  current.body.append(currentDeck);
  const tools = element('div', 'speaker-tools');
  current.section.insertBefore(tools, current.body);
  const nextDeck = element('div', 'reveal');
  const nextEnd = element('p', 'speaker-next-end', 'End of the deck');
  nextEnd.hidden = true;
  next.body.append(nextDeck, nextEnd);
  const notes = element('div', 'speaker-notes-text');
  notesPane.body.append(notes);

  const side = element('div', 'speaker-side');
  const columnSplitter = element('div', 'speaker-splitter speaker-splitter-columns');
  const rowSplitter = element('div', 'speaker-splitter speaker-splitter-rows');
  side.append(next.section, rowSplitter, notesPane.section);
  panes.append(current.section, columnSplitter, side);
  root.append(bar, panes);
  parent.append(root);

  const resizeListeners = new Set<() => void>();
  const apply = () => {
    root.style.setProperty('--speaker-current', `${settings.currentPercent}%`);
    root.style.setProperty('--speaker-next', `${settings.nextPercent}%`);
    root.style.setProperty('--speaker-notes-font', `${settings.notesFontPx}px`);
  };
  apply();
  const observer = new ResizeObserver(() => resizeListeners.forEach((listener) => listener()));
  observer.observe(current.body);
  observer.observe(next.body);

  makeSplitter(columnSplitter, 'vertical', panes, (percent) => {
    settings.currentPercent = percent;
    apply();
  }, () => settings.currentPercent);
  makeSplitter(rowSplitter, 'horizontal', side, (percent) => {
    settings.nextPercent = percent;
    apply();
  }, () => settings.nextPercent);
  columnSplitter.addEventListener('change', () => saveSpeakerSettings(settings));
  rowSplitter.addEventListener('change', () => saveSpeakerSettings(settings));

  const stepNotesFont = (direction: 1 | -1) => {
    const size = settings.notesFontPx + direction * notesFontRange.step;
    settings.notesFontPx = Math.min(notesFontRange.max, Math.max(notesFontRange.min, size));
    apply();
    saveSpeakerSettings(settings);
  };
  smaller.addEventListener('click', () => stepNotesFont(-1));
  larger.addEventListener('click', () => stepNotesFont(1));

  return {
    root,
    currentDeck,
    tools,
    nextDeck,
    nextEnd,
    notes,
    position,
    elapsed,
    timerToggle,
    timerReset,
    plannedMinutes,
    pacing,
    slideTime,
    blackout,
    clock,
    stepNotesFont,
    onResize: (listener) => resizeListeners.add(listener),
  };
}

/** A separator that sets a percentage of its container by dragging or with the arrow keys; fires "change" when done. */
function makeSplitter(splitter: HTMLElement, orientation: 'vertical' | 'horizontal', container: HTMLElement, set: (percent: number) => void, get: () => number): void {
  splitter.setAttribute('role', 'separator');
  splitter.setAttribute('aria-orientation', orientation);
  splitter.setAttribute('aria-valuemin', String(paneRange.min));
  splitter.setAttribute('aria-valuemax', String(paneRange.max));
  splitter.tabIndex = 0;
  const update = (percent: number) => {
    const clamped = Math.round(Math.min(paneRange.max, Math.max(paneRange.min, percent)));
    set(clamped);
    splitter.setAttribute('aria-valuenow', String(clamped));
  };
  update(get());
  const done = () => splitter.dispatchEvent(new Event('change'));
  splitter.addEventListener('pointerdown', (event) => {
    splitter.setPointerCapture(event.pointerId);
    splitter.classList.add('dragging');
    const box = container.getBoundingClientRect();
    const move = (moved: PointerEvent) => {
      update(orientation === 'vertical' ? ((moved.clientX - box.left) / box.width) * 100 : ((moved.clientY - box.top) / box.height) * 100);
    };
    const up = () => {
      splitter.classList.remove('dragging');
      splitter.removeEventListener('pointermove', move);
      splitter.removeEventListener('pointerup', up);
      splitter.removeEventListener('pointercancel', up);
      done();
    };
    splitter.addEventListener('pointermove', move);
    splitter.addEventListener('pointerup', up);
    splitter.addEventListener('pointercancel', up);
    event.preventDefault();
  });
  splitter.addEventListener('keydown', (event) => {
    const step = { ArrowLeft: -2, ArrowUp: -2, ArrowRight: 2, ArrowDown: 2 }[event.key];
    if (step === undefined) return;
    update(get() + step);
    done();
    // The arrows move the splitter here, not the slides.
    event.preventDefault();
    event.stopImmediatePropagation();
  });
}
