// "S" opens the speaker view: Electron opens its window; in a browser the page opens /speaker in a
// second window (which a presenter can also open by hand, or on a tablet, with the printed URL).
import type { DocentHost } from '../../shared/api';
import { showNotice } from './notice-banner';
import { describeError } from './describe-error';

export async function openSpeakerView(host: DocentHost): Promise<void> {
  const { opened } = await host.openSpeakerView({});
  if (opened) return;
  // Not "noopener": the new window must get this page's session (it carries the access token).
  const popup = window.open('/speaker', 'docent-speaker', 'popup,width=1280,height=800');
  if (!popup) showNotice('The browser blocked the speaker view window: allow pop-ups for this page, or open /speaker in another window.');
}

export function installSpeakerViewKey(host: DocentHost): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 's' && event.key !== 'S') return;
    const target = event.target as HTMLElement | null;
    if (event.ctrlKey || event.metaKey || event.altKey || (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)))) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    openSpeakerView(host).catch((error: unknown) => showNotice(`Could not open the speaker view: ${describeError(error)}`));
  };
  document.addEventListener('keydown', onKey, true);
  return () => document.removeEventListener('keydown', onKey, true);
}
