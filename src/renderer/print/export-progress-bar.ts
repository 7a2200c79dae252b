// The app's progress bar for a PDF export (File → Export PDF…): a strip at the bottom of the window
// with the stage, a bar and Cancel. The export runs in its own hidden window; this only shows it.
import type { DocentHost, ExportProgress } from '../../shared/api';
import './export-progress-bar.css';

const finished: ExportProgress['stage'][] = ['done', 'failed', 'cancelled'];

export function installExportProgressBar(host: DocentHost): () => void {
  let strip: HTMLElement | null = null;
  let hideTimer: number | undefined;

  const show = (progress: ExportProgress) => {
    strip ??= createStrip(() => void host.cancelExport({}).catch(() => undefined));
    window.clearTimeout(hideTimer);
    strip.hidden = false;
    strip.dataset.stage = progress.stage;
    const bar = strip.querySelector('progress');
    const message = strip.querySelector('.docent-export-message');
    const cancel = strip.querySelector('button');
    if (bar) bar.value = progress.fraction;
    if (message) message.textContent = progress.message;
    if (cancel) cancel.hidden = finished.includes(progress.stage);
    if (finished.includes(progress.stage)) hideTimer = window.setTimeout(() => strip && (strip.hidden = true), progress.stage === 'failed' ? 10_000 : 4_000);
  };
  return host.on('exportProgress', show);
}

function createStrip(cancel: () => void): HTMLElement {
  const strip = document.createElement('div');
  strip.className = 'docent-export-progress';
  strip.setAttribute('role', 'status');
  const message = document.createElement('span');
  message.className = 'docent-export-message';
  const bar = document.createElement('progress');
  bar.max = 1;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Cancel';
  button.addEventListener('click', cancel);
  strip.append(message, bar, button);
  document.body.append(strip);
  return strip;
}
