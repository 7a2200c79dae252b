// The speaker view (/speaker): the current slide, the next step (the next fragment or slide), the
// notes, a pausable timer, the clock, "slide k of n" and pacing. It drives the talk as well as the
// audience window does: both follow each other through the host's presentation channel.
import type { DocentHost } from '../../shared/api';
import type { DocentBridge } from '../../preload/bridge-types';
import { DeckView } from '../deck/deck-view';
import { installPresenterKeys } from '../views/presenter-keys';
import { bindKeys } from '../keys/keyboard';
import { toggleHelp } from '../views/help-overlay';
import { showNotice } from '../views/notice-banner';
import { describeError } from '../views/describe-error';
import { PresentationSync, stepOf } from '../views/presentation-sync';
import { offerToResume } from '../views/resume-offer';
import { buildSpeakerLayout, type SpeakerLayout } from './speaker-layout';
import { loadSpeakerSettings } from './speaker-settings';
import { renderSpeakerNotes } from './speaker-notes';
import { TalkTimer, formatDuration } from './talk-timer';
import { pacingFor } from './pacing';
import './speaker.css';

/** reveal.js options for the two previews: no chrome, no transitions; only the current one takes keys. */
function previewOptions(drivesTheTalk: boolean): Record<string, unknown> {
  return {
    embedded: true,
    controls: false,
    progress: false,
    slideNumber: false,
    transition: 'none',
    backgroundTransition: 'none',
    keyboard: drivesTheTalk,
    touch: drivesTheTalk,
    mouseWheel: false,
    autoPlayMedia: false,
    // reveal.js turns a narrow deck into a scrolling page (its phone layout); a preview is narrow on purpose.
    scrollActivationWidth: null,
  };
}

const timerSaveEveryMs = 15_000;

export async function startSpeakerView(host: DocentHost): Promise<void> {
  document.documentElement.classList.add('docent-speaker');
  document.querySelector('body > .reveal')?.remove();
  const layout = buildSpeakerLayout(document.body, loadSpeakerSettings());
  const current = new DeckView(layout.currentDeck, host, { reveal: previewOptions(true) });
  const next = new DeckView(layout.nextDeck, host, { reveal: previewOptions(false) });
  const sync = new PresentationSync(host);
  installPresenterKeys(() => current.reveal);

  const showDeck = async (text: string) => {
    await current.show(text);
    await next.show(text);
    if (current.reveal) sync.attach(current.reveal);
    // Tells the presenter's window from the audience's in the task bar.
    document.title = `Speaker view — ${current.deck?.meta.title ?? 'Docent'}`;
    // The slide count may have changed: the position and next step are worked out again.
    refresh();
  };

  // Read before this view publishes anything: its first move would overwrite where the talk was left.
  const memory = await host.recallPresentation({});
  const timer = new TalkTimer(() => Date.now(), memory?.timer.elapsedMs ?? 0);
  // A fresh talk starts counting now; one left half-way waits for the presenter to carry on.
  if (timer.elapsed() === 0) timer.start();
  /** The length the presenter typed in; null follows the deck's `minutes`. */
  let minutesOverride: number | null = memory?.timer.minutes ?? null;
  const plannedMinutesNow = (): number | null => {
    const fromDeck = current.deck?.meta.minutes;
    return minutesOverride ?? (typeof fromDeck === 'number' ? fromDeck : null);
  };

  const file = await host.getDeck({});
  try {
    await showDeck(file.text);
  } catch (error) {
    showNotice(describeError(error, file.fileName));
  }
  const planned = plannedMinutesNow();
  layout.plannedMinutes.value = planned === null ? '' : String(planned);
  const joined = await sync.join();
  if (!joined && memory && current.reveal) offerToResume(current.reveal, memory.slide);

  function refresh(): void {
    const reveal = current.reveal;
    if (!reveal) return;
    const step = stepOf(reveal);
    layout.position.textContent = `Slide ${reveal.getSlidePastCount() + 1} of ${reveal.getTotalSlides()}`;
    layout.blackout.hidden = !step.paused;
    layout.root.classList.toggle('audience-black', step.paused);
    renderSpeakerNotes(layout.notes, reveal.getCurrentSlide());
    showNextStep(layout, next, step);
    tick();
  }

  function tick(): void {
    const reveal = current.reveal;
    const elapsed = timer.elapsed();
    const plannedMinutes = plannedMinutesNow();
    layout.elapsed.textContent = formatDuration(elapsed);
    layout.elapsed.classList.toggle('paused', !timer.running);
    layout.timerToggle.textContent = timer.running ? 'Pause' : 'Start';
    layout.clock.textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    if (plannedMinutes === null || !reveal) {
      layout.pacing.textContent = '';
      delete layout.pacing.dataset.verdict;
      return;
    }
    const pacing = pacingFor(elapsed, plannedMinutes, reveal.getSlidePastCount(), reveal.getTotalSlides());
    const left = pacing.remainingMs >= 0 ? `${formatDuration(pacing.remainingMs)} left` : `${formatDuration(-pacing.remainingMs)} over`;
    const verdict = pacing.verdict === 'on time' ? 'on time' : `${formatDuration(Math.abs(pacing.behindMs))} ${pacing.verdict}`;
    layout.pacing.textContent = `${left} · ${verdict}`;
    layout.pacing.dataset.verdict = pacing.verdict;
  }

  const rememberTimer = () => host.rememberTimer({ elapsedMs: Math.round(timer.elapsed()), minutes: minutesOverride }).catch(() => undefined);
  layout.timerToggle.addEventListener('click', () => {
    timer.toggle();
    tick();
    void rememberTimer();
  });
  layout.timerReset.addEventListener('click', () => {
    timer.reset();
    tick();
    void rememberTimer();
  });
  layout.plannedMinutes.addEventListener('change', () => {
    const minutes = Number(layout.plannedMinutes.value);
    minutesOverride = layout.plannedMinutes.value.trim() && minutes > 0 && minutes <= 1440 ? minutes : null;
    tick();
    void rememberTimer();
  });
  window.setInterval(tick, 500);
  window.setInterval(() => {
    if (timer.running) void rememberTimer();
  }, timerSaveEveryMs);
  window.addEventListener('pagehide', () => void rememberTimer());

  sync.onStep(() => refresh());
  layout.onResize(() => {
    current.reveal?.layout();
    next.reveal?.layout();
  });
  installSpeakerKeys(layout, timer, () => {
    tick();
    void rememberTimer();
  });

  host.on('deckChanged', (changed) => {
    showDeck(changed.text).then(
      () => showNotice(`Reloaded ${changed.fileName}`, 'info', 2),
      (error: unknown) => showNotice(describeError(error, changed.fileName)),
    );
  });
  const bridge = (window as unknown as { docent?: DocentBridge }).docent;
  bridge?.onCommand((command) => {
    if (command === 'overview') current.reveal?.toggleOverview();
    if (command === 'help') toggleHelp();
  });
  refresh();
}

/** Shows in the second preview what the next press of → will show: the next fragment, or the next slide. */
function showNextStep(layout: SpeakerLayout, next: DeckView, step: ReturnType<typeof stepOf>): void {
  const reveal = next.reveal;
  if (!reveal) return;
  reveal.slide(step.h, step.v, step.f);
  const before = stepOf(reveal);
  reveal.next();
  const after = stepOf(reveal);
  const atEnd = before.h === after.h && before.v === after.v && before.f === after.f;
  layout.nextEnd.hidden = !atEnd;
  layout.nextDeck.style.visibility = atEnd ? 'hidden' : '';
  layout.nextDeck.dataset.step = `${after.h}/${after.v}/${after.f}`;
}

/** Keys only the speaker view has: notes size and the timer. */
function installSpeakerKeys(layout: SpeakerLayout, timer: TalkTimer, changed: () => void): void {
  bindKeys({
    notesLarger: () => layout.stepNotesFont(1),
    notesSmaller: () => layout.stepNotesFont(-1),
    timer: () => {
      timer.toggle();
      changed();
    },
  });
}
