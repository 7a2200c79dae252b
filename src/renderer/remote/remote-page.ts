// The phone's page (/remote on the phone remote's listener): next and previous as big touch targets
// and by swiping, the current slide's notes with their quotes, the timer, the slide number and
// blackout. It pairs once with the token in the QR code's link (the address's fragment, which no
// request carries) and from then on sends its own device key with every request.
import type { RemoteCommand, RemoteState } from '../../shared/api';
import { renderMarkdown } from '../../core/deck/render-markdown';
import { sanitizeDeckHtml } from '../deck/sanitize-html';
import { renderSpeakerNotes } from '../speaker/speaker-notes';
import { formatDuration } from '../speaker/talk-timer';
import './remote.css';

const keyStorage = 'docent-remote-device';
const pollEveryMs = 700;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

class Refused extends Error {}

async function post(path: string, body: unknown, key?: string): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'X-Docent-Device': key } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Refused((await response.text()).trim() || `refused (${response.status})`);
  return response.json();
}

function deviceName(): string {
  const agent = navigator.userAgent;
  if (/iPhone/.test(agent)) return 'iPhone';
  if (/iPad/.test(agent)) return 'iPad';
  if (/Android/.test(agent)) return 'Android phone';
  return 'Browser';
}

/** Pairs with the link's token if it has one; returns the device key, or throws the refusal. */
async function pair(): Promise<string> {
  const token = /(?:^#|&)pair=([A-Za-z0-9_-]+)/.exec(window.location.hash)?.[1];
  // The token leaves the address bar (and history) before anything else happens.
  if (window.location.hash) history.replaceState(null, '', window.location.pathname);
  if (token) {
    const { key } = (await post('/remote/pair', { token, name: deviceName() })) as { key: string };
    sessionStorage.setItem(keyStorage, key);
    return key;
  }
  const kept = sessionStorage.getItem(keyStorage);
  if (kept) return kept;
  throw new Refused('Docent: this device is not paired. Scan the QR code in the speaker view.');
}

export async function startRemotePage(): Promise<void> {
  document.documentElement.classList.add('docent-remote');
  document.querySelector('body > .reveal')?.remove();
  const root = element('main', 'remote');
  const top = element('header', 'remote-top');
  const position = element('span', 'remote-position', '–');
  const timer = element('span', 'remote-timer', '0:00');
  const blackout = element('button', 'remote-blackout', 'Blackout');
  blackout.type = 'button';
  top.append(position, timer, blackout);
  const notes = element('section', 'remote-notes');
  notes.setAttribute('aria-label', 'Notes');
  const buttons = element('nav', 'remote-buttons');
  const previous = element('button', 'remote-previous', '‹ Previous');
  const next = element('button', 'remote-next', 'Next ›');
  previous.type = next.type = 'button';
  buttons.append(previous, next);
  const refusal = element('p', 'remote-refusal');
  refusal.hidden = true;
  root.append(top, notes, buttons);
  document.body.append(root, refusal);

  const refuse = (message: string) => {
    root.hidden = true;
    refusal.hidden = false;
    refusal.textContent = message;
    document.documentElement.dataset.remote = 'refused';
  };

  let key: string;
  try {
    key = await pair();
  } catch (error) {
    refuse(error instanceof Error ? error.message : String(error));
    return;
  }
  document.documentElement.dataset.remote = 'paired';

  let stopped = false;
  const send = (command: RemoteCommand) => {
    navigator.vibrate?.(15);
    post('/remote/api/command', { command }, key).then(() => void poll(), fail);
  };
  const fail = (error: unknown) => {
    if (error instanceof Refused) {
      stopped = true;
      refuse(error.message);
    }
  };
  previous.addEventListener('click', () => send('previous'));
  next.addEventListener('click', () => send('next'));
  blackout.addEventListener('click', () => send('blackout'));
  swipe(notes, (direction) => send(direction === 'left' ? 'next' : 'previous'));

  let shownNotes: string | null | undefined;
  const show = (state: RemoteState) => {
    position.textContent = state.slide ? `${state.slide.number} / ${state.slide.total}` : '–';
    timer.textContent = state.timer ? formatDuration(state.timer.elapsedMs) : '';
    timer.classList.toggle('paused', !state.timer?.running);
    blackout.setAttribute('aria-pressed', String(state.paused));
    root.classList.toggle('audience-black', state.paused);
    if (state.notes !== shownNotes) {
      shownNotes = state.notes;
      // The notes go through the same sanitizer and quotation layout as the speaker view's.
      const slide = document.createElement('section');
      if (state.notes) {
        const aside = document.createElement('aside');
        aside.className = 'notes';
        // The phone has no access to the deck's files: a picture in the notes shows its text only.
        aside.append(sanitizeDeckHtml(renderMarkdown(state.notes), { assetUrl: () => '' }));
        slide.append(aside);
      }
      renderSpeakerNotes(notes, slide);
      notes.scrollTop = 0;
    }
  };
  const poll = async () => {
    if (stopped) return;
    try {
      show((await post('/remote/api/state', {}, key)) as RemoteState);
    } catch (error) {
      fail(error);
    }
  };
  await poll();
  window.setInterval(() => void poll(), pollEveryMs);
}

/** A horizontal swipe of at least 60 px on `area`. */
function swipe(area: HTMLElement, done: (direction: 'left' | 'right') => void): void {
  let start: { x: number; y: number } | null = null;
  area.addEventListener('pointerdown', (event) => (start = { x: event.clientX, y: event.clientY }));
  area.addEventListener('pointerup', (event) => {
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    start = null;
    if (Math.abs(dx) >= 60 && Math.abs(dx) > Math.abs(dy) * 1.5) done(dx < 0 ? 'left' : 'right');
  });
  area.addEventListener('pointercancel', () => (start = null));
}
