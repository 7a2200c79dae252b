// "S" opens the speaker view: Electron opens its window; in a browser the page opens /speaker in a
// second window (which a presenter can also open by hand, or on a tablet, with the printed URL).
import type { DocentHost } from '../../shared/api';
import { showNotice } from './notice-banner';
import { describeError } from './describe-error';
import { bindKeys } from '../keys/keyboard';

export async function openSpeakerView(host: DocentHost): Promise<void> {
  const { opened } = await host.openSpeakerView({});
  if (opened) return;
  // Not "noopener": the new window must get this page's session (it carries the access token).
  const popup = window.open('/speaker', 'docent-speaker', 'popup,width=1280,height=800');
  if (!popup) showNotice('The browser blocked the speaker view window: allow pop-ups for this page, or open /speaker in another window.');
}

export function installSpeakerViewKey(host: DocentHost): () => void {
  return bindKeys({
    speakerView: () => {
      openSpeakerView(host).catch((error: unknown) => showNotice(`Could not open the speaker view: ${describeError(error)}`));
    },
  });
}
