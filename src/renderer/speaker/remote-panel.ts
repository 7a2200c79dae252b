// "Use phone as remote" in the speaker view: the presenter picks the network the phone is on and how
// many phones may pair; the host starts listening there (only now) and the panel shows the QR code
// of a one-time pairing link, the paired devices with a "Cut off" button each, and Stop. The link is
// shown as a QR code only, never as text, and never reaches the audience window.
import type { DocentHost, RemoteStatus } from '../../shared/api';
import { describeError } from '../views/describe-error';

const statusEveryMs = 1500;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function installRemotePanel(host: DocentHost, opener: HTMLElement, parent: HTMLElement, owner: string): void {
  const toggle = element('button', 'speaker-button speaker-remote-toggle', 'Use phone as remote');
  toggle.type = 'button';
  opener.append(toggle);

  const panel = element('div', 'speaker-remote');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'Phone as remote');
  panel.hidden = true;
  const heading = element('h2', 'speaker-remote-title', 'Phone as remote');
  const network = element('select', 'speaker-remote-network');
  network.setAttribute('aria-label', 'Network the phone is on');
  const devices = element('input', 'speaker-remote-devices');
  Object.assign(devices, { type: 'number', min: '1', max: '10', value: '1' });
  devices.setAttribute('aria-label', 'Phones that may pair');
  const start = element('button', 'speaker-button speaker-remote-start', 'Show pairing code');
  start.type = 'button';
  const form = element('p', 'speaker-remote-form');
  form.append('Network: ', network, ' Phones: ', devices, ' ', start);
  const qr = element('img', 'speaker-remote-qr');
  qr.alt = 'Pairing code: scan it with the phone';
  qr.hidden = true;
  const hint = element('p', 'speaker-remote-hint');
  const list = element('ul', 'speaker-remote-list');
  const stop = element('button', 'speaker-button speaker-remote-stop', 'Stop listening');
  stop.type = 'button';
  const close = element('button', 'speaker-button speaker-remote-close', 'Close');
  close.type = 'button';
  const actions = element('p', 'speaker-remote-actions');
  actions.append(stop, close);
  panel.append(heading, form, qr, hint, list, actions);
  parent.append(panel);

  let timer: number | undefined;
  const showStatus = (status: RemoteStatus) => {
    toggle.classList.toggle('listening', status.listening);
    toggle.textContent = status.listening ? `Phone remote (${status.devices.length})` : 'Use phone as remote';
    stop.hidden = !status.listening;
    if (status.listening && status.offerExpiresAt === null) {
      qr.hidden = true;
      hint.textContent = status.devices.length ? 'Paired. "Show pairing code" makes a new link for another phone.' : 'The pairing link has expired: make a new one.';
    }
    list.replaceChildren(
      ...status.devices.map((device) => {
        const item = element('li', 'speaker-remote-device', `${device.name}, paired at ${new Date(device.pairedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} `);
        const cut = element('button', 'speaker-button', 'Cut off');
        cut.type = 'button';
        cut.addEventListener('click', () => void host.disconnectRemote({ id: device.id }).then(refresh));
        item.append(cut);
        return item;
      }),
    );
  };
  const refresh = async () => {
    try {
      showStatus(await host.remoteStatus({}));
    } catch {
      // The next refresh tries again.
    }
  };
  const watch = () => {
    window.clearInterval(timer);
    timer = window.setInterval(() => void refresh(), statusEveryMs);
  };

  toggle.addEventListener('click', async () => {
    panel.hidden = !panel.hidden;
    if (panel.hidden) return;
    const choices = await host.remoteInterfaces({});
    network.replaceChildren(
      ...choices.map((choice) => Object.assign(document.createElement('option'), { value: choice.address, textContent: `${choice.name} ${choice.address}${choice.internal ? ' (this computer only)' : ''}` })),
    );
    await refresh();
  });
  start.addEventListener('click', async () => {
    try {
      const offer = await host.startRemote({ address: network.value, devices: Math.min(10, Math.max(1, Math.round(Number(devices.value) || 1))), owner });
      qr.src = offer.qrCode;
      qr.hidden = false;
      const minutes = Math.round((offer.expiresAt - Date.now()) / 60_000);
      hint.textContent = `Scan with the phone (on the same network). The link works once${Number(devices.value) > 1 ? ` for ${devices.value} phones` : ''}, for ${minutes > 0 ? `${minutes} min` : 'a moment'}.`;
      watch();
      await refresh();
    } catch (error) {
      hint.textContent = `Could not start: ${describeError(error)}`;
    }
  });
  stop.addEventListener('click', async () => {
    await host.stopRemote({});
    qr.hidden = true;
    hint.textContent = 'Not listening: nothing but this computer can reach Docent.';
    window.clearInterval(timer);
    await refresh();
  });
  close.addEventListener('click', () => (panel.hidden = true));
}
