// One line at the top of the window for errors and notices ("deck.md:12: …"), never covering the slide for long.
let banner: HTMLElement | null = null;
let timer: number | undefined;

export function showNotice(text: string, kind: 'error' | 'info' = 'error', seconds = kind === 'error' ? 0 : 4): void {
  if (!banner) {
    banner = document.createElement('div');
    banner.className = 'docent-notice';
    banner.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    banner.addEventListener('click', hideNotice);
    document.body.append(banner);
  }
  banner.dataset.kind = kind;
  banner.textContent = text;
  banner.hidden = false;
  window.clearTimeout(timer);
  if (seconds > 0) timer = window.setTimeout(hideNotice, seconds * 1000);
}

export function hideNotice(): void {
  if (banner) banner.hidden = true;
}
