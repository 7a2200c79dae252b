// The speaker view (/speaker): the current slide, the next step (the next fragment or slide), the
// notes, a pausable timer, the clock, "slide k of n" and pacing. It drives the talk as well as the
// audience window does: both follow each other through the host's presentation channel.
import type { DeckFile, DocentHost, Rehearsal } from '../../shared/api';
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
import { pacingAgainstRehearsal, pacingFor } from './pacing';
import { SlideTimes, slideKey } from './rehearsal';
import { buildFindBox } from './find-box';
import { installRemotePanel } from './remote-panel';
import { PresenterTools } from '../tools/presenter-tools';
import { setWindowTitle } from '../views/window-title';
import { MapDrawers } from '../map/map-drawers';
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
  const maps = new MapDrawers().exposeOn(window);
  const current = new DeckView(layout.currentDeck, host, { maps, reveal: previewOptions(true) });
  const next = new DeckView(layout.nextDeck, host, { maps, reveal: previewOptions(false) });
  setWindowTitle({ window: 'speaker' });
  current.onUpdate((shown) => setWindowTitle({ deckTitle: shown.meta.title ?? null }));
  const sync = new PresentationSync(host);
  installPresenterKeys(() => current.reveal);
  const tools = new PresenterTools({ host, origin: sync.origin, root: layout.currentDeck, toolbarParent: layout.tools });
  current.onShown((reveal) => tools.attach(reveal));

  const showDeck = async (file: DeckFile) => {
    await current.show(file);
    await next.show(file);
    if (current.reveal) sync.attach(current.reveal);
    // The slide count may have changed: the position and next step are worked out again.
    refresh();
  };

  // Read before this view publishes anything: its first move would overwrite where the talk was left.
  const memory = await host.recallPresentation({});
  const timer = new TalkTimer(() => Date.now(), memory?.timer.elapsedMs ?? 0);
  // A fresh talk starts counting now; one left half-way waits for the presenter to carry on.
  if (timer.elapsed() === 0) timer.start();
  // Time per slide in this talk, and in a rehearsal while one is recorded; both on the timer's clock.
  const talkTimes = new SlideTimes(() => timer.elapsed());
  let rehearsing: SlideTimes | null = null;
  let rehearsed: Rehearsal | null = memory?.rehearsal ?? null;
  /** The length the presenter typed in; null follows the deck's `minutes`. */
  let minutesOverride: number | null = memory?.timer.minutes ?? null;
  const plannedMinutesNow = (): number | null => {
    const fromDeck = current.deck?.meta.minutes;
    return minutesOverride ?? (typeof fromDeck === 'number' ? fromDeck : null);
  };

  const file = await host.getDeck({});
  try {
    await showDeck(file);
  } catch (error) {
    showNotice(describeError(error, file.fileName));
  }
  const planned = plannedMinutesNow();
  layout.plannedMinutes.value = planned === null ? '' : String(planned);
  const joined = await sync.join();
  await tools.load().catch(() => undefined);
  if (!joined && memory && current.reveal) offerToResume(current.reveal, memory.slide);

  function refresh(): void {
    const reveal = current.reveal;
    if (!reveal) return;
    const step = stepOf(reveal);
    talkTimes.enter(slideKey(step));
    rehearsing?.enter(slideKey(step));
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
    if (reveal) showSlideTime(slideKey(stepOf(reveal)));
    const slides = current.deck?.slides ?? [];
    // A rehearsal paces the talk slide by slide; without one, the planned length is shared equally.
    const byRehearsal = rehearsed && !rehearsing && slides.length > 0 ? slides.map((slide) => rehearsed?.slides[slideKey(slide)] ?? 0) : null;
    if ((plannedMinutes === null && !byRehearsal) || !reveal) {
      layout.pacing.textContent = '';
      delete layout.pacing.dataset.verdict;
      return;
    }
    const pacing = byRehearsal
      ? pacingAgainstRehearsal(elapsed, byRehearsal, reveal.getSlidePastCount())
      : pacingFor(elapsed, plannedMinutes ?? 0, reveal.getSlidePastCount(), reveal.getTotalSlides());
    const left = pacing.remainingMs >= 0 ? `${formatDuration(pacing.remainingMs)} left` : `${formatDuration(-pacing.remainingMs)} over`;
    const verdict = pacing.verdict === 'on time' ? 'on time' : `${formatDuration(Math.abs(pacing.behindMs))} ${pacing.verdict}`;
    layout.pacing.textContent = `${left} · ${verdict}`;
    layout.pacing.dataset.verdict = pacing.verdict;
  }

  function showSlideTime(key: string): void {
    if (rehearsing) {
      layout.slideTime.textContent = `Rehearsing (R stops): this slide ${formatDuration(rehearsing.on(key))}`;
      layout.slideTime.dataset.mode = 'rehearsing';
      return;
    }
    const planned = rehearsed?.slides[key];
    layout.slideTime.textContent = `This slide ${formatDuration(talkTimes.on(key))}${planned === undefined ? '' : ` of ${formatDuration(planned)} rehearsed`}`;
    delete layout.slideTime.dataset.mode;
  }

  const toggleRehearsal = () => {
    const reveal = current.reveal;
    if (!reveal) return;
    if (!rehearsing) {
      // A rehearsal starts the clock from zero on the slide the presenter is on.
      timer.reset();
      timer.start();
      rehearsing = new SlideTimes(() => timer.elapsed());
      rehearsing.enter(slideKey(stepOf(reveal)));
      void rememberTimer();
      layout.root.classList.add('rehearsing');
      showNotice('Rehearsing: the time on each slide is recorded. Press R again to stop.', 'info');
    } else {
      rehearsed = { slides: rehearsing.all(), recordedAt: new Date().toISOString() };
      rehearsing = null;
      layout.root.classList.remove('rehearsing');
      host.rememberRehearsal(rehearsed).catch((error: unknown) => showNotice(`Could not keep the rehearsal: ${describeError(error)}`));
      const total = Object.values(rehearsed.slides).reduce((sum, ms) => sum + ms, 0);
      showNotice(`Rehearsal kept: ${formatDuration(total)} over ${Object.keys(rehearsed.slides).length} slides. Pacing follows it now.`, 'info');
    }
    tick();
  };
  const findBox = buildFindBox(layout.root, () => current.deck, (slide) => current.reveal?.slide(slide.h, slide.v));
  bindKeys({
    find: () => findBox.open(),
    rehearse: toggleRehearsal,
    dismiss: () => findBox.close(),
  });

  const rememberTimer = () => {
    // A paired phone shows the timer too.
    host.publishTimer({ elapsedMs: Math.round(timer.elapsed()), running: timer.running }).catch(() => undefined);
    return host.rememberTimer({ elapsedMs: Math.round(timer.elapsed()), minutes: minutesOverride }).catch(() => undefined);
  };
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
  window.setInterval(() => host.publishTimer({ elapsedMs: Math.round(timer.elapsed()), running: timer.running }).catch(() => undefined), 5_000);
  window.addEventListener('pagehide', () => {
    void rememberTimer();
    // The talk is over for this view: the phone remote's listener closes with it.
    void host.stopRemote({}).catch(() => undefined);
  });

  // The phone remote needs a host that can listen on the network; an exported HTML file has none.
  if (host.kind !== 'file') installRemotePanel(host, layout.tools, layout.root, sync.origin);
  host.on('remoteCommand', ({ command, to }) => {
    const reveal = current.reveal;
    if (to !== sync.origin || !reveal) return;
    if (command === 'next') reveal.next();
    if (command === 'previous') reveal.prev();
    if (command === 'blackout') reveal.togglePause();
  });

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
    showDeck(changed).then(
      () => showNotice(`Reloaded ${changed.fileName}`, 'info', 2),
      (error: unknown) => showNotice(describeError(error, changed.fileName)),
    );
  });
  const bridge = (window as unknown as { docent?: DocentBridge }).docent;
  bridge?.onCommand((command) => {
    if (command === 'overview') current.reveal?.toggleOverview();
    if (command === 'help') toggleHelp();
    if (command.startsWith('tool:')) tools.command(command);
    if (command === 'find') findBox.open();
    if (command === 'rehearse') toggleRehearsal();
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
